//! The newsroom's work around the pipeline: starting a site (`init`),
//! scaffolding a new fact-check (`new`) and the status report
//! (`status`). None writes to the public site.

pub mod init;
pub mod new;
pub mod status;

/// A TOML basic string for `s`, quotes and escapes included.
pub(crate) fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

//! The newsroom's daily work around the pipeline: scaffolding a new
//! fact-check (`new`) and the status report (`status`). Neither writes
//! to the public site.

pub mod new;
pub mod status;

/// A TOML basic string for `s`, quotes and escapes included.
pub(crate) fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

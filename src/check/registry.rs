//! The rule table and a site's `[rules]`, as the check stage sees them:
//! both live on the ground floor (`diag::rules`, `diag::settings`) so
//! that the configuration can hold them; this module names them for the
//! check stage and its callers.

pub use crate::diag::rules::{Level, Param, ParamKind, RULES, Rule, RuleInfo, rule};
pub use crate::diag::settings::{RuleSettings, SettingError};

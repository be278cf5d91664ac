//! SARIF 2.1.0: one `rules` entry per rule id, `results` with regions
//! (columns in Unicode code points, as RULES.md counts them).

use crate::check::registry::{Level, RULES};
use crate::diag::{Finding, Severity};
use serde_json::{Value, json};

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Suggestion => "note",
    }
}

/// The SARIF log of one run.
pub fn sarif(findings: &[Finding], lang: crate::text::Language) -> Value {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            let level = match r.default {
                Level::On(s) => sarif_level(s),
                Level::Off | Level::ReportOnly => "none",
            };
            let summary = r.summary_in(lang);
            let full = say!(lang, "sarif-rule-description", summary = summary, id = r.id);
            json!({
                "id": r.id,
                "name": r.id.replace(['.', '-'], "_"),
                "shortDescription": { "text": summary },
                "fullDescription": { "text": full },
                "defaultConfiguration": { "level": level },
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let mut result = json!({
                "ruleId": f.rule,
                "level": sarif_level(f.severity),
                "message": { "text": f.message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": f.file },
                        "region": {
                            "startLine": f.line,
                            "startColumn": f.column,
                            "endLine": f.end_line,
                            "endColumn": f.end_column.max(1),
                        }
                    }
                }],
            });
            if let Some(i) = RULES.iter().position(|r| r.rule == f.rule) {
                result["ruleIndex"] = json!(i);
            }
            if let Some(fix) = &f.fix {
                result["fixes"] = json!([{
                    "description": { "text": say!(lang, "sarif-fix", fix = fix) },
                    "artifactChanges": [{
                        "artifactLocation": { "uri": f.file },
                        "replacements": [{
                            "deletedRegion": {
                                "startLine": f.line,
                                "startColumn": f.column,
                                "endLine": f.end_line,
                                "endColumn": f.end_column.max(1),
                            },
                            "insertedContent": { "text": fix },
                        }],
                    }],
                }]);
            }
            result
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "yoxla",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

//! Quick fixes: every fix a finding carries, offered where the finding
//! is, and "fix all in file", which makes every certain fix at once (the
//! fixes `yoxla check --fix` makes: number format, a near-miss verdict,
//! an initial the article gives in full, a misspelt front-matter key).
//! A fix that is only a likely guess (the nearest category, a rounded
//! figure) is offered one by one, never in the fix-all.

use super::convert;
use super::workspace::Workspace;
use crate::diag::Finding;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, TextEdit, Uri, WorkspaceEdit,
};
use std::collections::HashMap;

/// The code actions for a range of a document, of the kinds asked for.
pub fn code_actions(ws: &Workspace, params: &CodeActionParams) -> Vec<CodeActionOrCommand> {
    let uri = &params.text_document.uri;
    let (Some(doc), Some(published)) = (ws.docs.get(uri), ws.published.get(uri)) else {
        return Vec::new();
    };
    if published.version != doc.version {
        return Vec::new();
    }
    let only = params.context.only.as_deref();
    let lang = ws.lang();
    let mut actions = Vec::new();
    let fixes = published
        .findings
        .iter()
        .zip(&published.diagnostics)
        .filter_map(|(f, d)| Some((f, d, convert::fix_edit(f, &doc.text, ws.enc)?)));
    let mut certain = Vec::new();
    for (f, diagnostic, edit) in fixes {
        if f.certain {
            certain.push(edit.clone());
        }
        let here = convert::overlaps(&diagnostic.range, &params.range)
            || convert::overlaps(&edit.range, &params.range);
        if here && wanted(&CodeActionKind::QUICKFIX, only) {
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: title(f, lang),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(edit_of(uri, vec![edit])),
                is_preferred: Some(f.certain),
                ..CodeAction::default()
            }));
        }
    }
    if !certain.is_empty() && wanted(&CodeActionKind::SOURCE_FIX_ALL, only) {
        actions.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: say!(lang, "editor-yoxla-fix-all-file"),
            kind: Some(CodeActionKind::SOURCE_FIX_ALL),
            edit: Some(edit_of(uri, apart(certain))),
            ..CodeAction::default()
        }));
    }
    actions
}

/// Whether an action of `kind` is among the kinds asked for: all when
/// none are named, else a named kind or one of its sub-kinds.
fn wanted(kind: &CodeActionKind, only: Option<&[CodeActionKind]>) -> bool {
    only.is_none_or(|kinds| {
        kinds.iter().any(|k| {
            let (k, kind) = (k.as_str(), kind.as_str());
            kind == k || kind.starts_with(&format!("{k}."))
        })
    })
}

/// What a fix does, in the site's language.
fn title(f: &Finding, lang: crate::text::Language) -> String {
    let fix = crate::text::visible_text(f.fix.as_deref().unwrap_or_default());
    say!(lang, "editor-fix-write", f_rule = f.rule, fix = fix)
}

/// Edits that do not overlap, in order: of two fixes of one span, the
/// first is kept (fixing the same words twice would garble them).
fn apart(mut edits: Vec<TextEdit>) -> Vec<TextEdit> {
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut kept: Vec<TextEdit> = Vec::new();
    for e in edits {
        if kept
            .last()
            .is_none_or(|last| last.range.end <= e.range.start)
        {
            kept.push(e);
        }
    }
    kept
}

fn edit_of(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..WorkspaceEdit::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};

    fn edit(from: u32, to: u32, text: &str) -> TextEdit {
        let at = |character| Position { line: 3, character };
        TextEdit {
            range: Range {
                start: at(from),
                end: at(to),
            },
            new_text: text.into(),
        }
    }

    #[test]
    fn overlapping_fixes_are_made_once() {
        let kept = apart(vec![edit(9, 14, "b"), edit(0, 5, "a"), edit(3, 6, "c")]);
        let texts: Vec<&str> = kept.iter().map(|e| e.new_text.as_str()).collect();
        assert_eq!(texts, ["a", "b"]);
    }

    #[test]
    fn kinds_asked_for_include_their_sub_kinds() {
        let fix_all = [CodeActionKind::SOURCE_FIX_ALL];
        assert!(wanted(&CodeActionKind::SOURCE_FIX_ALL, Some(&fix_all)));
        assert!(!wanted(&CodeActionKind::QUICKFIX, Some(&fix_all)));
        assert!(wanted(
            &CodeActionKind::SOURCE_FIX_ALL,
            Some(&[CodeActionKind::SOURCE])
        ));
        assert!(!wanted(&CodeActionKind::SOURCE, Some(&fix_all)));
        assert!(wanted(&CodeActionKind::QUICKFIX, None));
    }
}

//! Playbook files: the one that ships for the seven habits, a facilitator's own
//! copy in huddle's folder (`playbooks/<framework id>.ron`), and checking a
//! playbook against its framework with file, line and column in every message.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::assets;
use super::error::StorageError;
use super::files::{load_framework, read_text};
use super::format::{invalid, parse, without_byte_order_mark};
use super::paths::home;
use crate::domain::{Framework, Playbook};

/// The playbook of the seven-habits framework as shipped.
pub const SEVEN_HABITS_PLAYBOOK: &str = include_str!("../../assets/playbooks/seven-habits.ron");

/// The playbooks inside the binary, by the id of their framework.
const BUNDLED: &[(&str, &str)] = &[("seven-habits", SEVEN_HABITS_PLAYBOOK)];

/// Parses a playbook and checks it against its framework. `path` is only used
/// in messages.
pub fn parse_playbook(
    text: &str,
    path: &Path,
    framework: &Framework,
) -> Result<Playbook, StorageError> {
    let text = without_byte_order_mark(text);
    let playbook: Playbook = parse(text, path)?;
    let problems = playbook.problems(framework);
    if problems.is_empty() {
        Ok(playbook)
    } else {
        Err(refused(text, path, problems))
    }
}

/// The refusal of a playbook with its problems, each placed at its field: the
/// place is found in the text with its comments blanked out, so a word such as
/// "framework:" in a comment is never taken for the field.
fn refused(text: &str, path: &Path, problems: Vec<crate::domain::Problem>) -> StorageError {
    invalid(&without_comments(text), path, problems)
}

/// `text` with each comment's characters turned into spaces (line breaks kept),
/// so lines and columns stay where they were. Quoted text is left alone.
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                '\\' => out.extend(chars.next()),
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match (c, chars.peek()) {
            ('"', _) => {
                in_string = true;
                out.push(c);
            }
            ('/', Some('/')) => {
                out.push(' ');
                while let Some(&next) = chars.peek() {
                    if next == '\n' {
                        break;
                    }
                    out.push(' ');
                    chars.next();
                }
            }
            ('/', Some('*')) => {
                out.push(' ');
                let mut last = ' ';
                for next in chars.by_ref() {
                    out.push(if next == '\n' { '\n' } else { ' ' });
                    if last == '*' && next == '/' {
                        break;
                    }
                    last = next;
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// The folder a facilitator's own playbooks live in: `playbooks` in huddle's
/// folder (`HUDDLE_HOME`, or the platform's data folder).
pub fn playbooks_folder() -> Result<PathBuf, StorageError> {
    Ok(home()?.join("playbooks"))
}

/// The playbook for a framework: the facilitator's copy in `folder`
/// (`<framework id>.ron`) if there is one, else the one shipped for it, else
/// none. A copy that does not fit the framework is refused with its problems.
pub fn playbook_for(
    framework: &Framework,
    folder: &Path,
) -> Result<Option<Playbook>, StorageError> {
    let own = folder.join(format!("{}.ron", framework.id));
    if own.is_file() {
        return parse_playbook(&read_text(&own)?, &own, framework).map(Some);
    }
    match BUNDLED.iter().find(|(id, _)| *id == framework.id) {
        Some((id, text)) => {
            let path = PathBuf::from(format!("assets/playbooks/{id}.ron"));
            parse_playbook(text, &path, framework).map(Some)
        }
        None => Ok(None),
    }
}

/// The playbook for a framework, looked for in huddle's `playbooks` folder first.
pub fn load_playbook(framework: &Framework) -> Result<Option<Playbook>, StorageError> {
    playbook_for(framework, &playbooks_folder()?)
}

/// Only the field that tells a playbook apart: the id of its framework, as text
/// (a session's `framework` is a whole framework).
#[derive(Deserialize)]
struct PlaybookProbe {
    framework: Option<String>,
}

/// Whether a file is a playbook. Text the parser cannot read that far is judged
/// by the words a playbook has and a session lacks.
pub fn is_playbook(text: &str) -> bool {
    let text = without_byte_order_mark(text);
    match ron::from_str::<PlaybookProbe>(text) {
        Ok(probe) => probe.framework.is_some(),
        Err(_) => text.contains("practices:") && !text.contains("format_version"),
    }
}

/// Checks a playbook file for `huddle check` as the app would load it. huddle
/// finds a framework's playbook by its file name (`<framework id>.ron`), so a
/// file in a `playbooks` folder, or named for a framework at hand, is checked
/// against the framework its name says, and refused as the app refuses it when
/// its `framework` field says another. The framework is the file
/// `../frameworks/<id>.ron` beside it (as in huddle's `assets/`), else the one
/// shipped with that id. Says what was checked.
pub fn check_playbook(text: &str, path: &Path) -> Result<String, StorageError> {
    let text = without_byte_order_mark(text);
    let playbook: Playbook = parse(text, path)?;
    let stem = path
        .file_stem()
        .and_then(|stem| stem.to_str())
        .filter(|stem| *stem != playbook.framework);
    let in_playbooks = path
        .parent()
        .and_then(Path::file_name)
        .is_some_and(|folder| folder == "playbooks");
    let (framework, named_for) = match stem {
        Some(stem) => match framework_for(stem, path)? {
            Some(framework) => (Some(framework), None),
            None if in_playbooks => (None, Some(stem)),
            None => (framework_for(&playbook.framework, path)?, None),
        },
        None => (framework_for(&playbook.framework, path)?, None),
    };
    let practices: usize = playbook.habits.iter().map(|h| h.practices.len()).sum();
    match framework {
        Some(framework) => {
            parse_playbook(text, path, &framework)?;
            Ok(format!(
                "playbook \"{}\" for framework \"{}\", {practices} practices",
                playbook.name, framework.id
            ))
        }
        None => {
            let mut problems = playbook.own_problems();
            if let Some(stem) = named_for {
                problems.insert(
                    0,
                    crate::domain::Problem::new(
                        format!(
                            "the playbook is for framework \"{}\", but huddle would use a file named {stem}.ron for framework \"{stem}\"; name it {}.ron",
                            playbook.framework, playbook.framework
                        ),
                        &["framework:"],
                    ),
                );
            }
            if !problems.is_empty() {
                return Err(refused(text, path, problems));
            }
            Ok(format!(
                "playbook \"{}\", {practices} practices; its habits and levels are not checked: \
                 framework \"{}\" is neither in ../frameworks/ beside it nor shipped with huddle",
                playbook.name, playbook.framework
            ))
        }
    }
}

/// The framework `id` a playbook at `path` is checked against: the file
/// `../frameworks/<id>.ron` beside it, else the one shipped with that id.
fn framework_for(id: &str, path: &Path) -> Result<Option<Framework>, StorageError> {
    let beside = path
        .parent()
        .and_then(Path::parent)
        .map(|folder| folder.join("frameworks").join(format!("{id}.ron")))
        .filter(|framework| framework.is_file());
    match beside {
        Some(framework) => load_framework(&framework).map(Some),
        None => Ok(Some(assets::default_framework()?).filter(|framework| framework.id == id)),
    }
}

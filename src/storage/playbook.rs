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
        Err(invalid(text, path, problems))
    }
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

/// Checks a playbook file for `huddle check`, against its framework: the file
/// `../frameworks/<id>.ron` beside it (as in huddle's `assets/`), else the one
/// shipped with that id. Says what was checked.
pub fn check_playbook(text: &str, path: &Path) -> Result<String, StorageError> {
    let text = without_byte_order_mark(text);
    let playbook: Playbook = parse(text, path)?;
    let beside = path
        .parent()
        .and_then(Path::parent)
        .map(|folder| {
            folder
                .join("frameworks")
                .join(format!("{}.ron", playbook.framework))
        })
        .filter(|framework| framework.is_file());
    let framework = match beside {
        Some(framework) => Some(load_framework(&framework)?),
        None => Some(assets::default_framework()?)
            .filter(|framework| framework.id == playbook.framework),
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
        None if !playbook.own_problems().is_empty() => {
            Err(invalid(text, path, playbook.own_problems()))
        }
        None => Ok(format!(
            "playbook \"{}\", {practices} practices; its habits and levels are not checked: \
             framework \"{}\" is neither in ../frameworks/ beside it nor shipped with huddle",
            playbook.name, playbook.framework
        )),
    }
}

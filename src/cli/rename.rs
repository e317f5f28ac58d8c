//! `huddle rename SESSION [NEW-NAME]`: a session file named after its title (or
//! the name given). The session's lock is taken first, so a session open in
//! another huddle is refused; its backup and phones' claims move with it, no
//! file is overwritten, and sessions in the folder that follow it are pointed at
//! the new name so their comparison still finds it.

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::session_path;
use crate::room::claims_file;
use crate::storage::{self, SessionLock, StorageError};

pub fn run(session: &str, new_name: Option<&str>) -> Result<bool> {
    let path = session_path(session)?;
    let lock = SessionLock::acquire(&path)?;
    let loaded = storage::load_session(&path)?;
    let stem = match new_name {
        Some(name) => file_stem(name)?,
        None => storage::slug(&loaded.title),
    };
    if stem.is_empty() {
        return Err(StorageError::BadName {
            name: loaded.title.clone(),
        }
        .into());
    }
    let target = path.with_file_name(format!("{stem}.ron"));
    if target == path {
        println!("{} already has that name", path.display());
        return Ok(true);
    }
    storage::rename_session(&path, &target, &[claims_file::path_for])?;
    drop(lock);
    println!("{}", target.display());
    let mut all_followed = true;
    for follower in follow_ups(&path) {
        if let Err(why) = point_at(&follower, &target) {
            all_followed = false;
            eprintln!(
                "{} follows this session but still names the old file: {why}",
                follower.display()
            );
        }
    }
    Ok(all_followed)
}

/// A name typed for the file: without `.ron`, and with no folder in it.
fn file_stem(name: &str) -> Result<String, StorageError> {
    let name = name.trim();
    let stem = name.strip_suffix(".ron").unwrap_or(name);
    let plain = Path::new(stem).components().count() == 1
        && !stem.contains(['/', '\\'])
        && !matches!(stem, "" | "." | "..");
    if plain {
        Ok(stem.to_string())
    } else {
        Err(StorageError::BadName {
            name: name.to_string(),
        })
    }
}

/// The sessions beside `old` that follow the session it was.
fn follow_ups(old: &Path) -> Vec<PathBuf> {
    let Some(folder) = old.parent() else {
        return Vec::new();
    };
    storage::list_sessions(folder)
        .unwrap_or_default()
        .into_iter()
        .filter(|entry| {
            entry.session.as_ref().is_ok_and(|session| {
                session.follows.as_ref().is_some_and(|previous| {
                    Path::new(&previous.file).file_name() == old.file_name()
                })
            })
        })
        .map(|entry| entry.path)
        .collect()
}

/// Points a follow-up at the renamed session, under its own lock.
fn point_at(follower: &Path, renamed: &Path) -> Result<(), StorageError> {
    let _lock = SessionLock::acquire(follower)?;
    let mut session = storage::load_session(follower)?;
    if let Some(previous) = session.follows.as_mut() {
        let name = renamed.file_name().unwrap_or_default();
        previous.file = Path::new(&previous.file)
            .with_file_name(name)
            .to_string_lossy()
            .into_owned();
    }
    storage::save_session(follower, &session)
}

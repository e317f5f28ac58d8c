//! `huddle rename SESSION [NEW-NAME]`: a session file named after its title (or
//! the name given). The session's lock is taken first, so a session open in
//! another huddle is refused; its backup and phones' claims move with it, no
//! file is overwritten, and sessions in the folder that follow it are pointed at
//! the new name so their comparison still finds it.

use std::path::Path;

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
    let left = storage::repoint_follow_ups(&path, &target);
    for why in &left {
        eprintln!("{why}");
    }
    Ok(left.is_empty())
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

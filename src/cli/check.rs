//! `huddle check`: whether session, framework and playbook files load, for a facilitator
//! who edited one by hand or a CI job.

use std::path::{Path, PathBuf};

use crate::storage::{self, Kind, StorageError};

/// Checks each file; prints "ok" lines to stdout and one message per broken file
/// to stderr. Returns whether every file is fine.
pub fn run(paths: &[PathBuf]) -> bool {
    let mut all_fine = true;
    for path in paths {
        match check_one(path) {
            Ok(what) => println!("ok: {} ({what})", path.display()),
            Err(error) => {
                all_fine = false;
                eprintln!("{error}");
            }
        }
    }
    all_fine
}

fn check_one(path: &Path) -> Result<String, StorageError> {
    let text = storage::read_text(path)?;
    if storage::playbook::is_playbook(&text) {
        return storage::playbook::check_playbook(&text, path);
    }
    match storage::kind_of(&text) {
        Kind::Session => {
            let session = storage::parse_session(&text, path)?;
            Ok(format!(
                "session \"{}\", {} participants",
                session.title,
                session.participants.len()
            ))
        }
        Kind::Framework => {
            let framework = storage::parse_framework(&text, path)?;
            Ok(format!(
                "framework \"{}\", {} habits",
                framework.name,
                framework.habits.len()
            ))
        }
        Kind::Empty => Err(StorageError::Empty {
            path: path.to_path_buf(),
        }),
        Kind::Neither => Err(StorageError::Neither {
            path: path.to_path_buf(),
        }),
    }
}

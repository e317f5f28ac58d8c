//! Many sessions at once, for a trend or a rollup: the files named, every session
//! file of a folder, or a session and the benchmarks it follows (its `follows`
//! chain, each file named relative to the one before).

use std::fs;
use std::path::{Path, PathBuf};

use super::error::StorageError;
use super::files::load_session;
use crate::domain::Session;

/// How many benchmarks back a chain is followed at most: far more than any
/// organisation runs, and a stop for a chain that loops through copies.
const LONGEST_CHAIN: usize = 100;

/// Sessions of the given paths, in that order; a folder gives each of its `.ron`
/// files, by name. A file named twice (itself and through its folder, or by two
/// spellings of its path) loads once: counted twice, its scores would weigh double.
/// Any file that does not load refuses the whole set, naming it: a report quietly
/// missing a workshop would mislead.
pub fn load_sessions(paths: &[PathBuf]) -> Result<Vec<(PathBuf, Session)>, StorageError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = fs::read_dir(path).map_err(|reason| StorageError::Folder {
                path: path.clone(),
                reason,
            })?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|p| p.extension().is_some_and(|ext| ext == "ron") && p.is_file())
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    let mut seen = Vec::new();
    files.retain(|file| {
        let key = file.canonicalize().unwrap_or_else(|_| file.clone());
        let new = !seen.contains(&key);
        seen.push(key);
        new
    });
    files
        .into_iter()
        .map(|file| load_session(&file).map(|session| (file, session)))
        .collect()
}

/// The file of the session this one follows (named relative to this session's
/// folder), if it follows one.
pub fn previous_path(session_path: &Path, session: &Session) -> Option<PathBuf> {
    let file = Path::new(&session.follows.as_ref()?.file);
    Some(match session_path.parent() {
        Some(folder) if file.is_relative() => folder.join(file),
        _ => file.to_path_buf(),
    })
}

/// The benchmarks a session follows, oldest first (without the session itself),
/// and why the chain stops early if it does: a file that does not load, or a
/// chain that comes back to a file already in it.
pub fn earlier_sessions(path: &Path, session: &Session) -> (Vec<Session>, Option<String>) {
    let (earlier, broken) = earlier_files(path, session);
    (earlier.into_iter().map(|(_, s)| s).collect(), broken)
}

/// As `earlier_sessions`, each session with its file.
pub fn earlier_files(path: &Path, session: &Session) -> (Vec<(PathBuf, Session)>, Option<String>) {
    let same_file = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    let mut seen = vec![path.to_path_buf()];
    let mut earlier: Vec<(PathBuf, Session)> = Vec::new();
    let mut broken = None;
    let mut link = previous_path(path, session);
    while let Some(file) = link.take() {
        if seen.iter().any(|s| same_file(s, &file)) || earlier.len() >= LONGEST_CHAIN {
            broken = Some(format!(
                "the benchmarks loop back to {}: the trend stops there",
                file.display()
            ));
            break;
        }
        match load_session(&file) {
            Ok(previous) => {
                link = previous_path(&file, &previous);
                seen.push(file.clone());
                earlier.push((file, previous));
            }
            Err(error) => {
                broken = Some(format!("the trend stops at an earlier benchmark: {error}"));
                break;
            }
        }
    }
    earlier.reverse();
    (earlier, broken)
}

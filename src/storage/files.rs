//! Reading and writing session files, and finding the sessions in a folder. The
//! writing itself is [`super::atomic`]'s: a save never leaves a half-written file.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::atomic::{backup_path, write_atomically};
use super::error::StorageError;
use super::format::{parse_framework, parse_session, problems_before_saving, session_to_ron};
use crate::domain::{Framework, Session};

/// Reads and checks a session file; the file is never changed by reading.
pub fn load_session(path: &Path) -> Result<Session, StorageError> {
    parse_session(&read_text(path)?, path)
}

/// Reads and checks a framework file.
pub fn load_framework(path: &Path) -> Result<Framework, StorageError> {
    parse_framework(&read_text(path)?, path)
}

/// Saves a session atomically, keeping the previous file as a backup. A session
/// huddle would refuse to open is not written: the file stays as it was.
pub fn save_session(path: &Path, session: &Session) -> Result<(), StorageError> {
    let problems = problems_before_saving(session);
    if !problems.is_empty() {
        return Err(StorageError::NotSaved {
            path: path.to_path_buf(),
            problems,
        });
    }
    write_atomically(path, session_to_ron(session)?.as_bytes())
}

/// Gives a session file a new name: the file, its backup (the version before
/// the last save) and the files `beside` names after it (e.g. the phones'
/// claims) move together, so the backup stays the backup of this session. No
/// file is ever overwritten: each move is a new link made only where nothing
/// is, then the old name removed. The caller holds the session's lock.
pub fn rename_session(
    from: &Path,
    to: &Path,
    beside: &[fn(&Path) -> PathBuf],
) -> Result<(), StorageError> {
    let mut moves = vec![(from.to_path_buf(), to.to_path_buf())];
    for companion in [backup_path as fn(&Path) -> PathBuf].iter().chain(beside) {
        if companion(from).exists() {
            moves.push((companion(from), companion(to)));
        }
    }
    // Everything is checked before anything moves: a refusal changes nothing.
    if let Some((_, taken)) = moves.iter().find(|(_, target)| target.exists()) {
        return Err(StorageError::Exists {
            path: taken.clone(),
        });
    }
    for (old, new) in moves {
        let write_error = |source| StorageError::Write {
            path: new.clone(),
            reason: source,
        };
        fs::hard_link(&old, &new).map_err(write_error)?;
        fs::remove_file(&old).map_err(|source| StorageError::Write {
            path: old.clone(),
            reason: source,
        })?;
    }
    Ok(())
}

/// Points the sessions beside a renamed one that follow it at its new name,
/// each under its own lock, so their comparison still finds it. Returns what
/// could not be pointed (e.g. a follow-up open in another huddle), in words.
pub fn repoint_follow_ups(old: &Path, new: &Path) -> Vec<String> {
    let Some(folder) = old.parent() else {
        return Vec::new();
    };
    let follows_old = |session: &Session| {
        session
            .follows
            .as_ref()
            .is_some_and(|previous| Path::new(&previous.file).file_name() == old.file_name())
    };
    list_sessions(folder)
        .unwrap_or_default()
        .into_iter()
        .filter(|entry| entry.session.as_ref().is_ok_and(follows_old))
        .filter_map(|entry| {
            point_at(&entry.path, new).err().map(|why| {
                format!(
                    "{} follows this session but still names its old file: {why}",
                    entry.path.display()
                )
            })
        })
        .collect()
}

/// Points one follow-up at the renamed session it follows.
fn point_at(follower: &Path, renamed: &Path) -> Result<(), StorageError> {
    let _lock = super::SessionLock::acquire(follower)?;
    let mut session = load_session(follower)?;
    if let Some(previous) = session.follows.as_mut() {
        let name = renamed.file_name().unwrap_or_default();
        previous.file = Path::new(&previous.file)
            .with_file_name(name)
            .to_string_lossy()
            .into_owned();
    }
    save_session(follower, &session)
}

/// Reads a text file, saying plainly when the path is a folder.
pub fn read_text(path: &Path) -> Result<String, StorageError> {
    refuse_folder(path)?;
    fs::read_to_string(path).map_err(|source| StorageError::Read {
        path: path.to_path_buf(),
        reason: source,
    })
}

pub(crate) fn refuse_folder(path: &Path) -> Result<(), StorageError> {
    if path.is_dir() {
        return Err(StorageError::IsFolder {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// A session file found in a folder, loaded or with the reason it does not load.
#[derive(Debug)]
pub struct SessionEntry {
    pub path: PathBuf,
    pub modified: SystemTime,
    pub session: Result<Session, StorageError>,
}

impl SessionEntry {
    /// The name a facilitator types to open it: the file name without `.ron`.
    pub fn name(&self) -> String {
        self.path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned()
    }
}

/// The `.ron` session files in a folder, most recently changed first. A folder
/// that does not exist yet holds no sessions.
pub fn list_sessions(folder: &Path) -> Result<Vec<SessionEntry>, StorageError> {
    let entries = match fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(StorageError::Folder {
                path: folder.to_path_buf(),
                reason: source,
            });
        }
    };
    let mut sessions: Vec<SessionEntry> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron") && path.is_file())
        .map(|path| SessionEntry {
            modified: fs::metadata(&path)
                .and_then(|meta| meta.modified())
                .unwrap_or(SystemTime::UNIX_EPOCH),
            session: load_session(&path),
            path,
        })
        .collect();
    sessions.sort_by(|a, b| {
        b.modified
            .cmp(&a.modified)
            .then_with(|| a.path.cmp(&b.path))
    });
    Ok(sessions)
}

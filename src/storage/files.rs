//! Reading and writing session files. A save never leaves a half-written file:
//! it writes a temporary file beside the target, syncs it, keeps the previous
//! version as `<name>.ron.bak`, renames the new file over the target and syncs
//! the folder.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

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

/// The backup kept beside a session file: the version before the last save.
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Reads a text file, saying plainly when the path is a folder.
pub fn read_text(path: &Path) -> Result<String, StorageError> {
    refuse_folder(path)?;
    fs::read_to_string(path).map_err(|source| StorageError::Read {
        path: path.to_path_buf(),
        reason: source,
    })
}

fn refuse_folder(path: &Path) -> Result<(), StorageError> {
    if path.is_dir() {
        return Err(StorageError::IsFolder {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// The file a path names, with every symbolic link on the way followed: a session
/// opened through a link is locked and saved as the file it points to, so a
/// second huddle opening it by another name is refused and a save leaves the link
/// a link. A path that does not exist yet names itself.
pub(crate) fn real_path(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// What a temporary file adds to its target's name, before the process id.
const TEMPORARY_MARK: &str = ".tmp-";

/// Where a save writes before it renames: beside the target, named after it and
/// this process, so two processes never share one.
fn temporary_path(path: &Path) -> PathBuf {
    with_suffix(path, &format!("{TEMPORARY_MARK}{}", std::process::id()))
}

/// Removes the temporary files saves of this file left behind when they were
/// killed before renaming. Only call it while holding the file's lock: then no
/// save of it is under way. A file that cannot be removed is left; it harms nothing.
pub(crate) fn remove_leftover_temporaries(path: &Path) {
    let (Some(name), Some(folder)) = (path.file_name(), path.parent()) else {
        return;
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let mut prefix = name.to_os_string();
    prefix.push(TEMPORARY_MARK);
    let prefix = prefix.as_encoded_bytes();
    for entry in entries.filter_map(Result::ok) {
        let entry_name = entry.file_name();
        let is_leftover = entry_name
            .as_encoded_bytes()
            .strip_prefix(prefix)
            .is_some_and(|pid| !pid.is_empty() && pid.iter().all(u8::is_ascii_digit));
        if is_leftover && entry.file_type().is_ok_and(|kind| kind.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` to `path` so that a crash at any moment leaves either the old or
/// the new file complete, never a mix.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let path = &real_path(path);
    let write_error = |source| StorageError::Write {
        path: path.to_path_buf(),
        reason: source,
    };
    refuse_folder(path)?;
    let temporary = temporary_path(path);
    let written = (|| {
        let mut file = File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    if let Err(source) = written {
        let _ = fs::remove_file(&temporary);
        return Err(write_error(source));
    }
    if path.exists()
        && let Err(source) = keep_backup(path)
    {
        let _ = fs::remove_file(&temporary);
        return Err(write_error(source));
    }
    if let Err(source) = fs::rename(&temporary, path) {
        let _ = fs::remove_file(&temporary);
        return Err(write_error(source));
    }
    sync_folder(path).map_err(write_error)
}

/// Keeps the current file as the backup. A hard link costs no copy; where the file
/// system has none, the file is copied.
fn keep_backup(path: &Path) -> std::io::Result<()> {
    let backup = backup_path(path);
    match fs::remove_file(&backup) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => return Err(error),
        _ => {}
    }
    if fs::hard_link(path, &backup).is_err() {
        fs::copy(path, &backup)?;
    }
    Ok(())
}

/// Makes the rename itself durable: on Unix a folder's entries are synced through it.
fn sync_folder(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let folder = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        File::open(folder)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
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

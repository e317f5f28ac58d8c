//! The atomic save: a temporary file beside the target, written and synced, the
//! previous version kept as `<name>.bak`, the new file renamed over the target and
//! the folder synced, so a crash at any moment leaves the old or the new file
//! whole, never a mix.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::StorageError;
use super::files::refuse_folder;

/// The backup kept beside a session file: the version before the last save.
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
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
        // The new version keeps who may read the old one: a session kept private
        // (it holds ballots and who is anonymous) must not become readable by all.
        if let Ok(existing) = fs::metadata(path) {
            file.set_permissions(existing.permissions())?;
        }
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

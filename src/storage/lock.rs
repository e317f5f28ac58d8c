//! One huddle at a time per session: an operating-system lock on a file beside
//! the session, taken before the session is read and held until huddle closes it.
//! The system releases the lock when the process ends, however it ends, so a lock
//! file left by a killed huddle never blocks the next one. The process id written
//! into the file only tells the facilitator who has the session; it decides nothing.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::atomic::{real_path, remove_leftover_temporaries, with_suffix};
use super::error::StorageError;

/// How often to try again when the file just locked was removed by the huddle
/// that held it before; each retry means another huddle made progress.
const TRIES: usize = 8;

/// Held while a session is open for changes; dropping it releases the lock.
#[derive(Debug)]
pub struct SessionLock {
    path: PathBuf,
    // Kept open: closing it would release the lock.
    _file: File,
}

impl SessionLock {
    /// Takes the lock of a session file, or says that another huddle has it.
    /// With the lock held nobody else can be saving the session, so the
    /// temporary files a killed save left beside it are removed here.
    pub fn acquire(session: &Path) -> Result<Self, StorageError> {
        // Locked as the file it is, whichever link named it.
        let real = real_path(session);
        let path = with_suffix(&real, ".lock");
        let write_error = |source| StorageError::Write {
            path: path.clone(),
            reason: source,
        };
        for _ in 0..TRIES {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(write_error)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    return Err(StorageError::Locked {
                        path: session.to_path_buf(),
                        pid: holder(&mut file),
                    });
                }
                Err(TryLockError::Error(source)) => return Err(write_error(source)),
            }
            if !still_named(&path, &file).map_err(write_error)? {
                continue;
            }
            note_holder(&mut file).map_err(write_error)?;
            remove_leftover_temporaries(&real);
            return Ok(SessionLock { path, _file: file });
        }
        Err(StorageError::Locked {
            path: session.to_path_buf(),
            pid: None,
        })
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        // Removed while still locked: a huddle that opened this file meanwhile
        // finds it no longer named by the path and tries again (see `still_named`).
        #[cfg(unix)]
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Whether the path still names the file just locked: the huddle before may have
/// removed it between our opening and our locking it.
#[cfg(unix)]
fn still_named(path: &Path, file: &File) -> io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let named = match std::fs::metadata(path) {
        Ok(named) => named,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(error) => return Err(error),
    };
    let locked = file.metadata()?;
    Ok(named.dev() == locked.dev() && named.ino() == locked.ino())
}

/// Elsewhere the lock file is never removed, so the path always names it.
#[cfg(not(unix))]
fn still_named(_path: &Path, _file: &File) -> io::Result<bool> {
    Ok(true)
}

/// Writes this process's id into the lock file, for the facilitator's information.
fn note_holder(file: &mut File) -> io::Result<()> {
    file.set_len(0)?;
    file.rewind()?;
    write!(file, "{}", std::process::id())
}

/// The process id the holder wrote, if it has written one yet.
fn holder(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}

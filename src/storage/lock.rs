//! One huddle at a time per session: a lock file beside the session holds the
//! process id of the huddle that has it open. A lock left by a process that no
//! longer runs is taken over.

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use super::error::StorageError;
use super::files::with_suffix;

/// Held while a session is open for changes; dropping it removes the lock file.
#[derive(Debug)]
pub struct SessionLock {
    path: PathBuf,
}

impl SessionLock {
    /// Takes the lock of a session file, or says which process holds it.
    pub fn acquire(session: &Path) -> Result<Self, StorageError> {
        let path = with_suffix(session, ".lock");
        let write_error = |source| StorageError::Write {
            path: path.clone(),
            source,
        };
        // Two tries: the second follows the removal of a stale lock.
        for _ in 0..2 {
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut file) => {
                    write!(file, "{}", std::process::id()).map_err(write_error)?;
                    return Ok(SessionLock { path });
                }
                Err(error) if error.kind() == ErrorKind::AlreadyExists => {
                    let holder = fs::read_to_string(&path)
                        .ok()
                        .and_then(|text| text.trim().parse::<u32>().ok());
                    if let Some(pid) = holder.filter(|&pid| process_is_running(pid)) {
                        return Err(StorageError::Locked {
                            path: session.to_path_buf(),
                            pid,
                        });
                    }
                    match fs::remove_file(&path) {
                        Err(error) if error.kind() != ErrorKind::NotFound => {
                            return Err(write_error(error));
                        }
                        _ => {}
                    }
                }
                Err(error) => return Err(write_error(error)),
            }
        }
        Err(write_error(std::io::Error::new(
            ErrorKind::AlreadyExists,
            "another huddle took the lock at the same moment",
        )))
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

#[cfg(unix)]
fn process_is_running(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if pid <= 0 {
        return false;
    }
    // Signal 0 checks the process exists without touching it; EPERM means it
    // exists but belongs to someone else.
    // SAFETY: kill with signal 0 has no effect on the target process.
    let result = unsafe { libc::kill(pid, 0) };
    let exists = result == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM);
    exists && !is_zombie(pid)
}

/// A killed process whose parent has not collected it yet still answers signal 0,
/// but it has exited: its lock is stale.
#[cfg(unix)]
fn is_zombie(pid: libc::pid_t) -> bool {
    // /proc/PID/stat reads "PID (name) STATE ..."; the name may hold spaces.
    fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| {
            stat.rsplit_once(')')
                .map(|(_, rest)| rest.trim_start().starts_with('Z'))
        })
        .unwrap_or(false)
}

#[cfg(not(unix))]
fn process_is_running(_pid: u32) -> bool {
    // Without a cheap check, assume the holder runs: refusing is safer than sharing.
    true
}

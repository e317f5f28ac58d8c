//! `huddle open`: a session on screen, locked for as long as it is open (unless
//! read-only). `new`, `demo` and the picker end here too.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::app::App;
use crate::app::ThemeName;
use crate::domain::Session;
use crate::room::{RoomOptions, claims_file};
use crate::run::run_app;
use crate::storage::{self, SessionLock, StorageError};
use crate::ui::theme::Theme;

/// Opens the session at `path`, taking its lock unless `read_only`.
pub fn open(path: &Path, read_only: bool, theme: ThemeName, room: RoomOptions) -> Result<bool> {
    Opened::load(path, read_only)?.show(theme, room)
}

/// A session ready for the screen: loaded, and locked unless read-only.
pub struct Opened {
    path: PathBuf,
    session: Session,
    read_only: bool,
    // Held until the session leaves the screen.
    _lock: Option<SessionLock>,
}

impl Opened {
    /// Takes the lock, then reads the session: what is loaded is then what
    /// nobody else can change.
    pub fn load(path: &Path, read_only: bool) -> Result<Self, StorageError> {
        let lock = if read_only {
            None
        } else {
            Some(SessionLock::acquire(path)?)
        };
        let session = storage::load_session(path)?;
        Ok(Opened {
            path: path.to_path_buf(),
            session,
            read_only,
            _lock: lock,
        })
    }

    /// Runs the workshop until the facilitator quits, then releases the lock.
    pub fn show(self, theme: ThemeName, room: RoomOptions) -> Result<bool> {
        show(self.session, &self.path, self.read_only, theme, room)?;
        Ok(true)
    }
}

/// Runs the workshop on screen until the facilitator quits; the caller holds the
/// lock.
pub fn show(
    session: Session,
    path: &Path,
    read_only: bool,
    theme: ThemeName,
    room: RoomOptions,
) -> Result<()> {
    let label = path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let previous = storage::load_previous(path, &session);
    let playbook = storage::playbook::load_playbook(&session.framework).into();
    let earlier = storage::earlier_sessions(path, &session).0;
    let app = App::new(
        session,
        label,
        read_only,
        theme,
        Theme::no_color_requested(),
    )
    .with_previous(previous)
    .with_earlier(earlier)
    .with_claims(claims_file::load(path)?)
    .with_playbook(playbook);
    run_app(app, path, room).context("cannot use the terminal")
}

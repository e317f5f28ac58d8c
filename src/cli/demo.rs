//! `huddle demo`: a fresh copy of the example workshop, opened.

use anyhow::Result;

use super::open::show;
use crate::app::ThemeName;
use crate::room::RoomOptions;
use crate::storage::{self, SessionLock, assets};

/// Copies the example workshop into the demo folder and opens the copy.
pub fn run(theme: ThemeName, room: RoomOptions) -> Result<bool> {
    let folder = storage::demo_folder()?;
    storage::ensure_folder(&folder)?;
    let path = folder.join(assets::DEMO_FILE_NAME);
    // Take the lock before replacing the copy, so a demo open elsewhere is left alone.
    let lock = SessionLock::acquire(&path)?;
    storage::write_atomically(&path, assets::DEMO_SESSION.as_bytes())?;
    let session = storage::load_session(&path)?;
    show(session, &path, false, theme, room)?;
    drop(lock);
    Ok(true)
}

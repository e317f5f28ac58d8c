//! `huddle new`: create a session, from the seven habits, another framework, or
//! as the follow-up of an earlier benchmark, and open it.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use chrono::Local;

use super::open::open;
use crate::app::ThemeName;
use crate::domain::{Session, follow_up};
use crate::room::RoomOptions;
use crate::storage::{self, assets};

/// The title of a session created without one.
pub const DEFAULT_TITLE: &str = "Customer culture workshop";

pub fn run(
    title: Option<String>,
    framework: Option<PathBuf>,
    follow_up: Option<String>,
    no_open: bool,
    theme: ThemeName,
    room: RoomOptions,
) -> Result<bool> {
    let path = match follow_up {
        Some(previous) => create_follow_up(&previous, title.as_deref())?,
        None => create(
            title.as_deref().unwrap_or(DEFAULT_TITLE),
            framework.as_deref(),
        )?,
    };
    if no_open {
        println!("{}", path.display());
        Ok(true)
    } else {
        open(&path, false, theme, room)
    }
}

/// Creates a new session file in the sessions folder and returns its path.
pub fn create(title: &str, framework: Option<&Path>) -> Result<PathBuf> {
    if title.trim().is_empty() {
        bail!("the title is empty; give the workshop a title with --title");
    }
    let framework = match framework {
        Some(path) => storage::load_framework(path)?,
        None => assets::default_framework()?,
    };
    let folder = storage::sessions_folder()?;
    storage::ensure_folder(&folder)?;
    let date = Local::now().date_naive();
    let session = Session::new(title.trim(), date, framework);
    let path = storage::new_session_path(&folder, title, date);
    storage::save_session(&path, &session)?;
    Ok(path)
}

/// Creates the next benchmark after an earlier session and returns its path.
fn create_follow_up(previous: &str, title: Option<&str>) -> Result<PathBuf> {
    let folder = storage::sessions_folder()?;
    let previous_path = storage::resolve_session(previous, &folder)?;
    let previous = storage::load_session(&previous_path)?;
    let date = Local::now().date_naive();
    let title = match title {
        Some(title) if title.trim().is_empty() => {
            bail!("the title is empty; give the workshop a title with --title")
        }
        Some(title) => title.trim().to_string(),
        None => format!("{} (follow-up)", previous.title),
    };
    // The earlier session by name when it sits in the sessions folder, else by
    // its full path, so the comparison finds it again.
    let absolute = std::fs::canonicalize(&previous_path).unwrap_or(previous_path.clone());
    let file = match absolute.strip_prefix(std::fs::canonicalize(&folder).unwrap_or(folder.clone()))
    {
        Ok(name) => name.to_string_lossy().into_owned(),
        Err(_) => absolute.to_string_lossy().into_owned(),
    };
    let session = follow_up(&previous, &file, &title, date);
    storage::ensure_folder(&folder)?;
    let path = storage::new_session_path(&folder, &title, date);
    storage::save_session(&path, &session)?;
    Ok(path)
}

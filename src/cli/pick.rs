//! `huddle` with no command: pick a recent session, or start a new one.

use anyhow::{Context, Result};

use super::new::{DEFAULT_TITLE, create};
use super::open::Opened;
use crate::app::ThemeName;
use crate::app::picker::{Choice, Picker};
use crate::room::RoomOptions;
use crate::run::run_picker;
use crate::storage;
use crate::ui::theme::Theme;

pub fn run(theme: ThemeName) -> Result<bool> {
    let folder = storage::sessions_folder()?;
    let entries = storage::list_sessions(&folder)?;
    let no_color = Theme::no_color_requested();
    let picker = Picker::new(entries, folder.display().to_string(), theme, no_color);
    let opened = run_picker(picker, |choice| {
        open_choice(choice).map_err(|error| format!("{error:#}"))
    })
    .context("cannot use the terminal")?;
    match opened {
        Some(opened) => opened.show(theme, RoomOptions::default()),
        None => Ok(true),
    }
}

/// What the picker's choice opens, or nothing when the facilitator quits. A
/// session another huddle holds, or one that does not load, is refused here,
/// while the picker is still on screen to say so.
fn open_choice(choice: Choice) -> Result<Option<Opened>> {
    let path = match choice {
        Choice::Open(path) => path,
        Choice::New => create(DEFAULT_TITLE, None)?,
        Choice::Quit => return Ok(None),
    };
    Ok(Some(Opened::load(&path, false)?))
}

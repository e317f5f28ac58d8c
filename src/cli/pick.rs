//! `huddle` with no command: pick a recent session, or start a new one.

use anyhow::{Context, Result};

use super::new::{DEFAULT_TITLE, create};
use super::open::open;
use crate::storage;
use crate::ui::picker::{Choice, Picker};
use crate::ui::terminal::run_picker;
use crate::ui::theme::{Theme, ThemeName};

pub fn run(theme: ThemeName) -> Result<bool> {
    let folder = storage::sessions_folder()?;
    let entries = storage::list_sessions(&folder)?;
    let picker = Picker::new(entries, folder.display().to_string(), screen_theme(theme));
    match run_picker(picker).context("cannot use the terminal")? {
        Choice::Open(path) => open(&path, false, theme),
        Choice::New => {
            let path = create(DEFAULT_TITLE, None)?;
            open(&path, false, theme)
        }
        Choice::Quit => Ok(true),
    }
}

fn screen_theme(name: ThemeName) -> Theme {
    Theme::new(name, Theme::no_color_requested())
}

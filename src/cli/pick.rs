//! `huddle` with no command: pick a recent session, or start a new one.

use anyhow::{Context, Result};

use super::new::{DEFAULT_TITLE, create};
use super::open::open;
use crate::app::ThemeName;
use crate::app::picker::{Choice, Picker};
use crate::run::run_picker;
use crate::storage;
use crate::ui::theme::Theme;

pub fn run(theme: ThemeName) -> Result<bool> {
    let folder = storage::sessions_folder()?;
    let entries = storage::list_sessions(&folder)?;
    let no_color = Theme::no_color_requested();
    let picker = Picker::new(entries, folder.display().to_string(), theme, no_color);
    match run_picker(picker).context("cannot use the terminal")? {
        Choice::Open(path) => open(&path, false, theme),
        Choice::New => {
            let path = create(DEFAULT_TITLE, None)?;
            open(&path, false, theme)
        }
        Choice::Quit => Ok(true),
    }
}

//! The terminal loop: set the terminal up, draw, turn keys into messages, perform
//! the effects `update` asks for, and restore the terminal however the loop ends
//! (a panic included: ratatui's init installs a hook that restores it first).

use std::io;
use std::path::Path;
use std::time::Duration;

use chrono::Local;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};
use ratatui::layout::{Position, Rect, Size};

use super::keymap::{action_for, is_ctrl_c};
use super::picker::{
    Choice, KEYS as PICKER_KEYS, MIN_SIZE as PICKER_MIN_SIZE, Picker, PickerAction,
};
use crate::app::keymap::msg_for;
use crate::app::{App, Effect, Msg};
use crate::storage::{save_session, write_export};

/// How often the screen is redrawn without a key press.
const TICK: Duration = Duration::from_millis(500);

/// Runs the workshop app on the session at `path` until the facilitator quits.
pub fn run_app(mut app: App, path: &Path) -> io::Result<()> {
    with_terminal(|terminal| {
        // After a failed save, quitting takes a second request, so a full disk is
        // noticed before the app closes.
        let mut warned = false;
        // The app knows the window's size, so it can hold keys while the screen
        // only asks for a larger window.
        let size = terminal.size()?;
        app.update(Msg::Resize(size.width, size.height));
        loop {
            app.update(Msg::Tick(Local::now().naive_local()));
            terminal.draw(|frame| frame.render_widget(&app, frame.area()))?;
            // Wake twice a second, so a running timer counts down on screen.
            if !event::poll(TICK)? {
                continue;
            }
            let key = match event::read()? {
                Event::Key(key) => key,
                Event::Resize(width, height) => {
                    app.update(Msg::Resize(width, height));
                    continue;
                }
                _ => continue,
            };
            app.update(Msg::Tick(Local::now().naive_local()));
            let Some(msg) = msg_for(&app, key) else {
                continue;
            };
            let mut save_failed = false;
            for effect in app.update(msg) {
                match effect {
                    Effect::Save => {
                        let result = match save_session(path, app.session()) {
                            Ok(()) => Msg::Saved(Local::now().time()),
                            Err(error) => {
                                Msg::SaveFailed(format!("{error} (q twice quits anyway)"))
                            }
                        };
                        save_failed = matches!(result, Msg::SaveFailed(_));
                        warned &= save_failed;
                        app.update(result);
                    }
                    Effect::Export(format) => {
                        let result = match write_export(path, app.session(), format, None) {
                            Ok(written) => Msg::Exported(written.display().to_string()),
                            Err(error) => Msg::ExportFailed(error.to_string()),
                        };
                        app.update(result);
                    }
                    Effect::Quit if save_failed && !warned => warned = true,
                    Effect::Quit => return Ok(()),
                }
            }
        }
    })
}

/// Shows the session picker and returns what was chosen.
pub fn run_picker(mut picker: Picker) -> io::Result<Choice> {
    with_terminal(|terminal| {
        let mut size = terminal.size()?;
        loop {
            terminal.draw(|frame| frame.render_widget(&picker, frame.area()))?;
            let key = match event::read()? {
                Event::Key(key) => key,
                Event::Resize(width, height) => {
                    size = Size { width, height };
                    continue;
                }
                _ => continue,
            };
            let action = if is_ctrl_c(&key) {
                Some(PickerAction::Quit)
            } else {
                action_for(&[PICKER_KEYS], key)
            };
            // While only "make the window larger" shows, nobody can see what a
            // key would open: every key but quit waits.
            let too_small = !PICKER_MIN_SIZE.fits(Rect::from((Position::ORIGIN, size)));
            let action = action.filter(|&action| !too_small || action == PickerAction::Quit);
            if let Some(action) = action
                && !picker.apply(action)
            {
                return Ok(());
            }
        }
    })?;
    Ok(picker.choice())
}

fn with_terminal<R>(body: impl FnOnce(&mut DefaultTerminal) -> io::Result<R>) -> io::Result<R> {
    let mut terminal = ratatui::try_init()?;
    let result = body(&mut terminal);
    ratatui::restore();
    result
}

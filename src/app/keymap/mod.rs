//! Which key means which message, by phase and mode. The hint line and the help
//! screen are drawn from these same lists (`phases` holds each phase's list).

mod binding;
mod phases;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tui_input::InputRequest;
use tui_input::backend::crossterm::to_input_request;

use super::choices::CHOOSING;
use super::{App, Mode, Msg};
use crate::domain::Phase;
use binding::is_press;
pub use binding::{Binding, action_for, is_ctrl_c};
pub use phases::phase_keys;

const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

/// Keys that work in every phase.
pub const GLOBAL: &[Binding<Msg>] = &[
    Binding::new(
        &[KeyCode::Tab],
        "Tab",
        "phase",
        "next phase (Shift+Tab: previous)",
        Msg::NextPhase,
    ),
    Binding::new(&[KeyCode::BackTab], "Shift+Tab", "", "", Msg::PreviousPhase),
    Binding::new(
        &[KeyCode::Char('u')],
        "u",
        "undo",
        "undo the last change (Ctrl+Z too)",
        Msg::Undo,
    ),
    Binding::new(&[KeyCode::Char('z')], "Ctrl+Z", "", "", Msg::Undo).with(CTRL),
    Binding::new(
        &[KeyCode::Char('r')],
        "Ctrl+R",
        "",
        "redo what was undone (Ctrl+Y too)",
        Msg::Redo,
    )
    .with(CTRL),
    Binding::new(&[KeyCode::Char('y')], "Ctrl+Y", "", "", Msg::Redo).with(CTRL),
    Binding::new(
        &[KeyCode::Char('t')],
        "t",
        "",
        "switch theme: default / high contrast",
        Msg::SwitchTheme,
    ),
    Binding::new(
        &[KeyCode::Char('?')],
        "?",
        "help",
        "all keys of this screen",
        Msg::ToggleHelp,
    ),
    Binding::new(
        &[KeyCode::Char('p')],
        "p",
        "presenter",
        "presenter view for the room, or back",
        Msg::TogglePresenter,
    ),
    Binding::new(
        &[KeyCode::Char('R')],
        "R",
        "",
        "open the room to phones, or close it",
        Msg::ToggleRoom,
    ),
    Binding::new(
        &[KeyCode::Char('T')],
        "T",
        "",
        "set the activity timer (minutes)",
        Msg::SetTimer,
    ),
    Binding::new(
        &[KeyCode::Char('t')],
        "Ctrl+T",
        "",
        "pause the activity timer, or let it run on",
        Msg::PauseTimer,
    )
    .with(CTRL),
    Binding::new(
        &[KeyCode::Char('E')],
        "E",
        "",
        "export: Markdown, CSV, HTML or JSON",
        Msg::Export,
    ),
    Binding::new(
        &[KeyCode::Char('q')],
        "q",
        "quit",
        "quit; everything is saved already (Ctrl+C too)",
        Msg::Quit,
    ),
];

/// The keys while votes are collected.
pub const VOTING: &[Binding<Msg>] = &[
    Binding::new(
        &[KeyCode::Up],
        "↑↓",
        "choose",
        "choose a name or a candidate",
        Msg::Up,
    ),
    Binding::new(&[KeyCode::Down], "↓", "", "", Msg::Down),
    Binding::new(
        &[KeyCode::Right, KeyCode::Char('+')],
        "+ -",
        "dots",
        "one dot more or less (→ ← too)",
        Msg::Right,
    ),
    Binding::new(&[KeyCode::Left, KeyCode::Char('-')], "-", "", "", Msg::Left),
    Binding::new(
        &[KeyCode::Backspace],
        "⌫",
        "",
        "clear the number",
        Msg::ClearScore,
    ),
    Binding::new(
        &[KeyCode::Enter],
        "Enter",
        "confirm",
        "confirm the name, the ballot or the tally",
        Msg::Commit,
    ),
    Binding::new(
        &[KeyCode::Esc],
        "Esc",
        "back",
        "back without saving",
        Msg::Cancel,
    ),
    Binding::new(
        &[KeyCode::Char('R')],
        "R",
        "",
        "open the room so phones vote too, or close it (in the list of names)",
        Msg::ToggleRoom,
    ),
];

/// The keys while a field is being edited. Keys not listed here go to the
/// text itself (`to_input_request`: Ctrl+A/E, Ctrl+K and more work too).
pub const EDITING: &[Binding<Msg>] = &[
    Binding::new(&[KeyCode::Enter], "Enter", "save", "", Msg::Commit),
    Binding::new(&[KeyCode::Esc], "Esc", "cancel", "", Msg::Cancel),
    Binding::new(
        &[KeyCode::Tab],
        "Tab",
        "complete",
        "typing: complete an owner's name (again: the next match)",
        Msg::Complete,
    ),
    Binding::new(
        &[KeyCode::Home],
        "Home End",
        "",
        "typing: to the start or end of the text (Ctrl+A, Ctrl+E)",
        Msg::Input(InputRequest::GoToStart),
    ),
    Binding::new(
        &[KeyCode::End],
        "End",
        "",
        "",
        Msg::Input(InputRequest::GoToEnd),
    ),
    Binding::new(
        &[KeyCode::Left],
        "Ctrl+←→",
        "",
        "typing: a word back or on",
        Msg::Input(InputRequest::GoToPrevWord),
    )
    .with(CTRL),
    Binding::new(
        &[KeyCode::Right],
        "Ctrl+→",
        "",
        "",
        Msg::Input(InputRequest::GoToNextWord),
    )
    .with(CTRL),
    Binding::new(
        &[KeyCode::Char('w')],
        "Ctrl+W",
        "",
        "",
        Msg::Input(InputRequest::DeletePrevWord),
    )
    .with(CTRL),
    Binding::new(
        &[KeyCode::Char('u')],
        "Ctrl+U W",
        "",
        "typing: clear all (a due date too); delete a word",
        Msg::Input(InputRequest::DeleteLine),
    )
    .with(CTRL),
    Binding::new(
        &[KeyCode::Left],
        "←→",
        "move in text",
        "",
        Msg::Input(InputRequest::GoToPrevChar),
    ),
];

/// The digit keys that score, e.g. "1-5", for hints and help.
pub fn score_keys(app: &App) -> String {
    let scale = &app.session().framework.scale;
    format!("{}-{}", scale.min, scale.max)
}

/// The message a key means right now, if any.
pub fn msg_for(app: &App, key: KeyEvent) -> Option<Msg> {
    if !is_press(&key) {
        return None;
    }
    if is_ctrl_c(&key) {
        return Some(Msg::Quit);
    }
    match &app.mode {
        Mode::Editing(_) => action_for(&[EDITING], key)
            .or_else(|| to_input_request(&Event::Key(key)).map(Msg::Input)),
        Mode::Confirm(_) => match key.code {
            KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(Msg::Confirm),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Msg::Decline),
            _ => None,
        },
        Mode::Help => match key.code {
            KeyCode::Char('?') | KeyCode::Esc => Some(Msg::ToggleHelp),
            KeyCode::Char('q') => Some(Msg::Quit),
            KeyCode::Up | KeyCode::PageUp => Some(Msg::Up),
            KeyCode::Down | KeyCode::PageDown => Some(Msg::Down),
            _ => None,
        },
        Mode::Choosing(_) => action_for(&[CHOOSING], key),
        Mode::Voting(_) => match key.code {
            KeyCode::Char(digit @ '0'..='9') => Some(Msg::Score(digit as u8 - b'0')),
            _ => action_for(&[VOTING], key),
        },
        Mode::Suggesting(_) => action_for(&[super::suggestions::KEYS], key),
        Mode::Normal => {
            if app.phase() == Phase::Benchmark
                && !key.modifiers.intersects(CTRL | KeyModifiers::ALT)
                && let KeyCode::Char(digit @ '0'..='9') = key.code
            {
                return Some(Msg::Score(digit as u8 - b'0'));
            }
            action_for(&[phase_keys(app.phase()), GLOBAL], key)
        }
    }
}

//! Which key means which message, by phase and mode. The hint line and the help
//! screen are drawn from these same lists.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tui_input::backend::crossterm::to_input_request;

mod binding;

pub use binding::{Binding, action_for, is_ctrl_c};

use super::{App, Mode, Msg};
use crate::domain::Phase;
use binding::is_press;

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
        &[KeyCode::Char('T')],
        "T",
        "",
        "set the activity timer (minutes)",
        Msg::SetTimer,
    ),
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

const SETUP: &[Binding<Msg>] = &[
    Binding::new(
        &[KeyCode::Up],
        "↑↓",
        "move",
        "move between fields and areas",
        Msg::Up,
    ),
    Binding::new(&[KeyCode::Down], "↓", "", "", Msg::Down),
    Binding::new(
        &[KeyCode::Enter],
        "Enter",
        "edit",
        "edit the field, the area or a review note",
        Msg::Edit,
    ),
    Binding::new(
        &[KeyCode::Char('a')],
        "a",
        "add area",
        "add an area of the business",
        Msg::Add,
    ),
    Binding::new(
        &[KeyCode::Char('d')],
        "d",
        "remove",
        "remove the area",
        Msg::Delete,
    ),
    Binding::new(
        &[KeyCode::Up],
        "Shift+↑↓",
        "reorder",
        "move the area up or down",
        Msg::MoveUp,
    )
    .with(SHIFT),
    Binding::new(&[KeyCode::Down], "Shift+↓", "", "", Msg::MoveDown).with(SHIFT),
    Binding::new(
        &[KeyCode::Char(' ')],
        "Space",
        "",
        "review: next status of the earlier action",
        Msg::Toggle,
    ),
];

const PARTICIPANTS: &[Binding<Msg>] = &[
    Binding::new(
        &[KeyCode::Up],
        "↑↓←→",
        "move",
        "move around the table",
        Msg::Up,
    ),
    Binding::new(&[KeyCode::Down], "↓", "", "", Msg::Down),
    Binding::new(&[KeyCode::Left], "←", "", "", Msg::Left),
    Binding::new(&[KeyCode::Right], "→", "", "", Msg::Right),
    Binding::new(
        &[KeyCode::Char('a')],
        "a",
        "add",
        "add a participant (name, then role)",
        Msg::Add,
    ),
    Binding::new(
        &[KeyCode::Enter],
        "Enter",
        "edit",
        "edit the name or role; next area; anonymous on/off",
        Msg::Edit,
    ),
    Binding::new(
        &[KeyCode::Char(' ')],
        "Space",
        "",
        "next area, or anonymous on/off",
        Msg::Toggle,
    ),
    Binding::new(
        &[KeyCode::Char('d')],
        "d",
        "delete",
        "delete the participant (asks first)",
        Msg::Delete,
    ),
];

const BENCHMARK: &[Binding<Msg>] = &[
    Binding::new(
        &[KeyCode::Backspace, KeyCode::Delete],
        "⌫",
        "clear",
        "clear the score back to missing",
        Msg::ClearScore,
    ),
    Binding::new(
        &[KeyCode::Up],
        "↑↓",
        "move",
        "move between people, notes and barriers",
        Msg::Up,
    ),
    Binding::new(&[KeyCode::Down], "↓", "", "", Msg::Down),
    Binding::new(
        &[KeyCode::Char(' ')],
        "Space",
        "cur/target",
        "switch between current and target",
        Msg::Toggle,
    ),
    Binding::new(
        &[KeyCode::Left, KeyCode::Char('[')],
        "←→ [ ]",
        "habit",
        "previous or next habit",
        Msg::PreviousHabit,
    ),
    Binding::new(
        &[KeyCode::Right, KeyCode::Char(']')],
        "→",
        "",
        "",
        Msg::NextHabit,
    ),
    Binding::new(
        &[KeyCode::Char('r')],
        "r",
        "reveal",
        "reveal or hide this habit's scores",
        Msg::ToggleReveal,
    ),
    Binding::new(
        &[KeyCode::Char('n')],
        "n",
        "note",
        "add a note: evidence, a quote",
        Msg::AddNote,
    ),
    Binding::new(
        &[KeyCode::Char('b')],
        "b",
        "barrier",
        "add a barrier: what stops us?",
        Msg::AddBarrier,
    ),
    Binding::new(
        &[KeyCode::Enter],
        "Enter",
        "",
        "edit the note or barrier",
        Msg::Edit,
    ),
    Binding::new(
        &[KeyCode::Char('d')],
        "d",
        "",
        "delete the note or barrier",
        Msg::Delete,
    ),
];

const RESULTS: &[Binding<Msg>] = &[Binding::new(
    &[KeyCode::Char('h')],
    "h",
    "heat map",
    "next view: habits, heat map, and what moved since the last benchmark",
    Msg::ToggleHeatMap,
)];

const PRIORITISE: &[Binding<Msg>] = &[
    Binding::new(
        &[KeyCode::Char('v')],
        "v",
        "vote",
        "collect the votes of this round",
        Msg::CollectVotes,
    ),
    Binding::new(
        &[KeyCode::Char('r')],
        "r",
        "reveal",
        "reveal or hide the tally",
        Msg::ToggleReveal,
    ),
    Binding::new(
        &[KeyCode::Char('n')],
        "n",
        "habit round",
        "new round on the habits, largest gap first",
        Msg::NewHabitRound,
    ),
    Binding::new(
        &[KeyCode::Char('b')],
        "b",
        "barrier round",
        "new round on the barriers from the benchmark",
        Msg::NewBarrierRound,
    ),
    Binding::new(
        &[KeyCode::Char('i')],
        "i",
        "idea",
        "add an idea as a candidate (before votes)",
        Msg::AddIdea,
    ),
    Binding::new(
        &[KeyCode::Up],
        "↑↓",
        "move",
        "move between settings and candidates",
        Msg::Up,
    ),
    Binding::new(&[KeyCode::Down], "↓", "", "", Msg::Down),
    Binding::new(
        &[KeyCode::Left, KeyCode::Char('-')],
        "←→ -+",
        "change",
        "change the setting (before votes)",
        Msg::Left,
    ),
    Binding::new(
        &[KeyCode::Right, KeyCode::Char('+')],
        "→",
        "",
        "",
        Msg::Right,
    ),
    Binding::new(
        &[KeyCode::Char('d')],
        "d",
        "",
        "remove the candidate (before votes)",
        Msg::Delete,
    ),
    Binding::new(
        &[KeyCode::Char('c')],
        "c",
        "close",
        "close the round (ballots final) or reopen it",
        Msg::ToggleClosed,
    ),
    Binding::new(
        &[KeyCode::Char('[')],
        "[ ]",
        "",
        "previous or next round",
        Msg::PreviousHabit,
    ),
    Binding::new(&[KeyCode::Char(']')], "]", "", "", Msg::NextHabit),
];

const PLAN: &[Binding<Msg>] = &[
    Binding::new(
        &[KeyCode::Char('a')],
        "a",
        "add",
        "add an action (what, then owner)",
        Msg::Add,
    ),
    Binding::new(
        &[KeyCode::Up],
        "↑↓←→",
        "move",
        "move around the plan",
        Msg::Up,
    ),
    Binding::new(&[KeyCode::Down], "↓", "", "", Msg::Down),
    Binding::new(&[KeyCode::Left], "←", "", "", Msg::Left),
    Binding::new(&[KeyCode::Right], "→", "", "", Msg::Right),
    Binding::new(
        &[KeyCode::Enter],
        "Enter",
        "edit",
        "edit the cell; next link or status",
        Msg::Edit,
    ),
    Binding::new(
        &[KeyCode::Char(' ')],
        "Space",
        "",
        "next link or status",
        Msg::Toggle,
    ),
    Binding::new(
        &[KeyCode::Char('d')],
        "d",
        "delete",
        "delete the action (asks first)",
        Msg::Delete,
    ),
    Binding::new(
        &[KeyCode::Up],
        "Shift+↑↓",
        "reorder",
        "move the action up or down",
        Msg::MoveUp,
    )
    .with(SHIFT),
    Binding::new(&[KeyCode::Down], "Shift+↓", "", "", Msg::MoveDown).with(SHIFT),
    Binding::new(
        &[KeyCode::Char('o')],
        "o",
        "owners",
        "owners: participants only, or any name",
        Msg::ToggleOwnerPolicy,
    ),
];

const WRAP_UP: &[Binding<Msg>] = &[Binding::new(
    &[KeyCode::Enter],
    "Enter",
    "next benchmark",
    "set the date of the next benchmark",
    Msg::Edit,
)];

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
];

/// The keys of a phase's screen (without the global ones).
pub fn phase_keys(phase: Phase) -> &'static [Binding<Msg>] {
    match phase {
        Phase::Setup => SETUP,
        Phase::Participants => PARTICIPANTS,
        Phase::Benchmark => BENCHMARK,
        Phase::Results => RESULTS,
        Phase::Prioritise => PRIORITISE,
        Phase::Plan => PLAN,
        Phase::WrapUp => WRAP_UP,
    }
}

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
        Mode::Editing(_) => match key.code {
            KeyCode::Enter => Some(Msg::Commit),
            KeyCode::Esc => Some(Msg::Cancel),
            _ => to_input_request(&Event::Key(key)).map(Msg::Input),
        },
        Mode::Confirm(_) => match key.code {
            KeyCode::Char('y' | 'Y') | KeyCode::Enter => Some(Msg::Confirm),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Some(Msg::Decline),
            _ => None,
        },
        Mode::Help => match key.code {
            KeyCode::Char('?') | KeyCode::Esc => Some(Msg::ToggleHelp),
            KeyCode::Char('q') => Some(Msg::Quit),
            _ => None,
        },
        Mode::Voting(_) => match key.code {
            KeyCode::Char(digit @ '0'..='9') => Some(Msg::Score(digit as u8 - b'0')),
            _ => action_for(&[VOTING], key),
        },
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

//! The keys of each phase's screen, one list per phase.

use ratatui::crossterm::event::KeyCode;

use super::{Binding, SHIFT};
use crate::app::Msg;
use crate::domain::Phase;

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
    Binding::new(
        &[KeyCode::Char('x')],
        "x",
        "",
        "release the person's phone (they switched phones)",
        Msg::ReleasePhone,
    ),
    Binding::new(
        &[KeyCode::Char('j')],
        "j",
        "",
        "phones may add their person to the list, or not",
        Msg::TogglePhonesMayJoin,
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
    "next view: habits, heat map, what moved since the last benchmark, and the trend",
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
        &[KeyCode::Enter],
        "Enter",
        "",
        "choose how votes are collected (on its row)",
        Msg::Edit,
    ),
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
        "edit the cell; choose what it is for; next status",
        Msg::Edit,
    ),
    Binding::new(
        &[KeyCode::Char(' ')],
        "Space",
        "",
        "next link (For) or status",
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
    Binding::new(
        &[KeyCode::Char('s')],
        "s",
        "suggest",
        "suggest practices from the playbook for the top priorities",
        Msg::Suggest,
    ),
];

const WRAP_UP: &[Binding<Msg>] = &[Binding::new(
    &[KeyCode::Enter],
    "Enter",
    "next benchmark",
    "set the date of the next benchmark",
    Msg::Edit,
)];

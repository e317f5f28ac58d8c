//! The workshop app's state and its one way of changing: `update(Msg)`, which
//! returns the effects (save, quit) for the terminal loop to perform. Nothing here
//! touches the terminal, the files or the clock.

mod history;
pub mod keymap;
mod update;

use chrono::NaiveTime;
use tui_input::{Input, InputRequest};

use crate::domain::{Habit, NoteKind, Phase, Results, Session, SetupField};
use crate::ui::theme::ThemeName;
use history::History;

/// The phases shown in the stepper. Prioritise, plan and wrap-up join them when
/// their screens exist.
pub const PHASES: [Phase; 4] = [
    Phase::Setup,
    Phase::Participants,
    Phase::Benchmark,
    Phase::Results,
];

/// What the facilitator asked for, from a key or from the loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    NextPhase,
    PreviousPhase,
    Up,
    Down,
    PreviousHabit,
    NextHabit,
    /// Left and right within a table.
    Left,
    Right,
    /// Enter: edit what is under the cursor.
    Edit,
    Add,
    Delete,
    MoveUp,
    MoveDown,
    /// Space: flip what is under the cursor (a flag, the score column).
    Toggle,
    Score(u8),
    ClearScore,
    AddNote,
    AddBarrier,
    ToggleReveal,
    ToggleHeatMap,
    Undo,
    Redo,
    ToggleHelp,
    SwitchTheme,
    Quit,
    /// A key typed into the text being edited.
    Input(InputRequest),
    Commit,
    Cancel,
    Confirm,
    Decline,
    /// The loop saved the session at this time of day.
    Saved(NaiveTime),
    SaveFailed(String),
}

/// What the loop must do after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Save,
    Quit,
}

/// What the keys do right now.
#[derive(Debug, Clone)]
pub enum Mode {
    Normal,
    Editing(Edit),
    Confirm(Confirmation),
    Help,
}

/// Text being typed, and where it goes on Enter.
#[derive(Debug, Clone)]
pub struct Edit {
    pub target: EditTarget,
    pub input: Input,
}

/// Where edited text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditTarget {
    Setup(SetupField),
    NewArea,
    Area(usize),
    NewParticipant,
    ParticipantName(usize),
    ParticipantRole(usize),
    /// A note or barrier of the current habit; `None` adds one.
    Note(NoteKind, Option<usize>),
}

impl EditTarget {
    /// What the edit line calls the text.
    pub fn label(self) -> &'static str {
        match self {
            EditTarget::Setup(field) => field.label(),
            EditTarget::NewArea => "New area",
            EditTarget::Area(_) => "Area",
            EditTarget::NewParticipant => "New participant's name",
            EditTarget::ParticipantName(_) => "Name",
            EditTarget::ParticipantRole(_) => "Role",
            EditTarget::Note(NoteKind::Note, _) => "Note (evidence, a quote)",
            EditTarget::Note(NoteKind::Barrier, _) => "Barrier (what stops us?)",
        }
    }
}

/// A change that asks "are you sure?" first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmation {
    RemoveParticipant(usize),
    RemoveArea(usize),
}

/// The line that confirms saves and says what went wrong.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Status {
    pub text: String,
    pub is_error: bool,
}

/// Which results view is on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResultsView {
    #[default]
    Habits,
    HeatMap,
}

/// A row of the benchmark's list: participants first, then the habit's notes,
/// then its barriers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BenchmarkRow {
    Participant(usize),
    Note(NoteKind, usize),
}

/// The workshop app: the session and everything about how it is being driven.
#[derive(Debug, Clone)]
pub struct App {
    session: Session,
    results: Results,
    pub read_only: bool,
    pub file_label: String,
    pub theme: ThemeName,
    pub no_color: bool,
    pub mode: Mode,
    pub status: Status,
    pub results_view: ResultsView,
    history: History,
}

impl App {
    pub fn new(
        mut session: Session,
        file_label: String,
        read_only: bool,
        theme: ThemeName,
        no_color: bool,
    ) -> Self {
        if !PHASES.contains(&session.position.phase) {
            // A phase this huddle does not show yet: continue at the results.
            session.position.phase = Phase::Results;
        }
        let mut app = App {
            results: Results::of(&session),
            session,
            read_only,
            file_label,
            theme,
            no_color,
            mode: Mode::Normal,
            status: Status::default(),
            results_view: ResultsView::default(),
            history: History::default(),
        };
        app.clamp_cursors();
        if read_only {
            app.status = Status {
                text: "read-only: look around; changes are refused".into(),
                is_error: false,
            };
        }
        app
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The results of the session as it stands, computed by the domain.
    pub fn results(&self) -> &Results {
        &self.results
    }

    pub fn phase(&self) -> Phase {
        self.session.position.phase
    }

    /// The habit on screen in the benchmark.
    pub fn habit(&self) -> &Habit {
        &self.session.framework.habits[self.session.position.habit]
    }

    /// What the benchmark's cursor is on, if the list is not empty.
    pub fn benchmark_row(&self) -> Option<BenchmarkRow> {
        let row = self.session.position.score.row;
        let people = self.session.participants.len();
        let habit = &self.habit().id;
        let notes = self.session.notes(habit, NoteKind::Note).len();
        let barriers = self.session.notes(habit, NoteKind::Barrier).len();
        if row < people {
            Some(BenchmarkRow::Participant(row))
        } else if row < people + notes {
            Some(BenchmarkRow::Note(NoteKind::Note, row - people))
        } else if row < people + notes + barriers {
            Some(BenchmarkRow::Note(NoteKind::Barrier, row - people - notes))
        } else {
            None
        }
    }

    /// How many rows the benchmark list has.
    fn benchmark_rows(&self) -> usize {
        let habit = &self.habit().id;
        self.session.participants.len()
            + self.session.notes(habit, NoteKind::Note).len()
            + self.session.notes(habit, NoteKind::Barrier).len()
    }

    /// Whether a phase's work is done, for the stepper's tick.
    pub fn phase_done(&self, phase: Phase) -> bool {
        let session = &self.session;
        match phase {
            Phase::Setup => !session.title.trim().is_empty() && !session.areas.is_empty(),
            Phase::Participants => !session.participants.is_empty(),
            Phase::Benchmark => {
                !session.participants.is_empty()
                    && session
                        .framework
                        .habits
                        .iter()
                        .all(|habit| session.scored_count(&habit.id) == session.participants.len())
            }
            _ => false,
        }
    }

    /// What is wrong with the text being typed, said while typing.
    pub fn edit_problem(&self) -> Option<String> {
        let Mode::Editing(edit) = &self.mode else {
            return None;
        };
        let value = edit.input.value();
        let session = &self.session;
        let checked = match edit.target {
            EditTarget::Setup(field) => session.check_setup(field, value),
            EditTarget::NewArea => session.check_area(value, None).map(|_| ()),
            EditTarget::Area(index) => session.check_area(value, Some(index)).map(|_| ()),
            EditTarget::NewParticipant => session.check_participant_name(value, None).map(|_| ()),
            EditTarget::ParticipantName(index) => session
                .check_participant_name(value, Some(index))
                .map(|_| ()),
            EditTarget::ParticipantRole(_) | EditTarget::Note(..) => Ok(()),
        };
        checked.err().map(|error| error.to_string())
    }

    /// The question a confirmation asks.
    pub fn confirmation_question(&self, confirmation: Confirmation) -> String {
        match confirmation {
            Confirmation::RemoveParticipant(index) => {
                let Some(person) = self.session.participants.get(index) else {
                    return String::new();
                };
                let scores = self.session.scores_given(&person.name);
                let with = match scores {
                    0 => "(no scores yet)".to_string(),
                    1 => "and their 1 score".to_string(),
                    n => format!("and their {n} scores"),
                };
                format!("Delete {} {with}?", person.name)
            }
            Confirmation::RemoveArea(index) => {
                let people = self.session.people_in_area(index);
                let area = self.session.areas.get(index).cloned().unwrap_or_default();
                format!("Remove area {area}? {people} participants will have no area.")
            }
        }
    }

    /// Keeps every cursor on something that exists, e.g. after an undo.
    fn clamp_cursors(&mut self) {
        let session = &self.session;
        let setup_rows = SetupField::ALL.len() + session.areas.len() + 1;
        let people = session.participants.len();
        let habits = session.framework.habits.len();
        let position = &mut self.session.position;
        position.setup_row = position.setup_row.min(setup_rows - 1);
        position.participant.row = position.participant.row.min(people.saturating_sub(1));
        position.participant.column = position.participant.column.min(3);
        position.habit = position.habit.min(habits.saturating_sub(1));
        position.score.column = position.score.column.min(1);
        let rows = self.benchmark_rows();
        let position = &mut self.session.position;
        position.score.row = position.score.row.min(rows.saturating_sub(1));
    }
}

//! The workshop app's state and its one way of changing: `update(Msg)`, which
//! returns the effects (save, quit) for the terminal loop to perform. Nothing here
//! touches the terminal, the files or the clock.

mod history;
pub mod keymap;
pub mod picker;
mod plan;
mod prioritise;
mod score_entry;
mod theme;
mod update;
pub mod window;

use chrono::{NaiveDateTime, NaiveTime};
use ratatui::crossterm::event::KeyEvent;
use tui_input::{Input, InputRequest};

use crate::domain::{
    Action, Comparison, EditError, Habit, NoteKind, Phase, Results, Session, SetupField,
    VotingRound, compare, parse_due,
};
use crate::export::Format;
use history::History;
pub use prioritise::{RoundOn, SETTING_ROWS, VoteConfirmation};
pub use theme::ThemeName;

/// The phases shown in the stepper, in workshop order.
pub const PHASES: [Phase; 7] = Phase::ALL;

/// What the facilitator asked for, from a key or from the loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// A key pressed, from the loop: the keymap says what it means right now.
    Key(KeyEvent),
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
    /// A digit key: a score, or part of one on a scale such as 0-10.
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
    /// Start a voting round on the habits (ordered by gap).
    NewHabitRound,
    /// Start a voting round on the barriers captured in the benchmark.
    NewBarrierRound,
    /// Add an idea of one's own as a candidate.
    AddIdea,
    /// Start collecting votes in the current round.
    CollectVotes,
    /// Close or reopen the current round.
    ToggleClosed,
    /// Owners: participants only, or any name.
    ToggleOwnerPolicy,
    /// Set the activity timer.
    SetTimer,
    /// Show the room-facing presenter view, or the facilitator's view.
    TogglePresenter,
    /// Export the session (asks the format).
    Export,
    /// The loop wrote an export here.
    Exported(String),
    ExportFailed(String),
    /// The clock, from the loop: the time now.
    Tick(NaiveDateTime),
    /// The loop saved the session at this time of day.
    Saved(NaiveTime),
    SaveFailed(String),
    /// The terminal's size in columns and rows, from the loop.
    Resize(u16, u16),
}

/// What the loop must do after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Save,
    /// Write an export of the session in this format.
    Export(Format),
    Quit,
}

/// What the keys do right now.
#[derive(Debug, Clone)]
pub enum Mode {
    Normal,
    Editing(Edit),
    Confirm(Confirmation),
    Help,
    /// Collecting the votes of a round.
    Voting(VoteStep),
}

/// Where vote collection stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VoteStep {
    /// Who votes next: a list of participants (and who has voted, never how).
    ChooseVoter { row: usize },
    /// One participant's ballot being placed.
    Ballot {
        voter: usize,
        dots: Vec<u32>,
        row: usize,
    },
    /// A show of hands: the count per candidate and how many are present.
    /// Row 0 is the head count, the candidates follow.
    Tally {
        counts: Vec<u32>,
        present: u32,
        row: usize,
    },
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
    /// An idea added by hand as a candidate of the current round.
    Idea,
    NewAction,
    /// A text column of a plan action.
    Action(usize, ActionField),
    NextBenchmark,
    TimerMinutes,
    ExportFormat,
    /// The note on an earlier action under review.
    ReviewNote(usize),
}

/// The columns of the plan that are typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionField {
    What,
    Owner,
    Due,
    Measure,
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
            EditTarget::Idea => "Idea to vote on",
            EditTarget::NewAction | EditTarget::Action(_, ActionField::What) => {
                "Action: what will be done"
            }
            EditTarget::Action(_, ActionField::Owner) => "Owner",
            EditTarget::Action(_, ActionField::Due) => "Due (YYYY-MM-DD, +30d, +6w)",
            EditTarget::Action(_, ActionField::Measure) => "Success measure: how will we know",
            EditTarget::NextBenchmark => "Next benchmark (YYYY-MM-DD, +26w)",
            EditTarget::TimerMinutes => "Timer minutes (0 stops it)",
            EditTarget::ExportFormat => "Export as md, csv, html or json",
            EditTarget::ReviewNote(_) => "What happened (a short note)",
        }
    }
}

/// A change that asks "are you sure?" first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmation {
    RemoveParticipant(usize),
    RemoveArea(usize),
    RemoveAction(usize),
    /// A voting step that would overwrite or leave behind votes.
    Vote(VoteConfirmation),
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
    /// What moved since the benchmark this session follows.
    Compare,
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
    /// The room-facing view: big text, no facilitator detail.
    pub presenter: bool,
    /// The time now, as the last tick from the loop said.
    now: Option<NaiveDateTime>,
    /// The benchmark this session follows, for the compare view.
    previous: Option<Session>,
    history: History,
    /// The digits of a score typed so far, while they may still become a longer
    /// value (a "1" on a 0-10 scale). Never saved.
    pending_score: Option<u16>,
    /// Whether the terminal is too small to draw the workshop; unknown is fine.
    window_too_small: bool,
    /// A quit is waiting for its save: it goes once the save is done.
    quitting: bool,
    /// A quit was held back because its save failed, so a full disk is noticed
    /// before the app closes; the next quit goes whatever the save does.
    quit_held: bool,
}

impl App {
    pub fn new(
        session: Session,
        file_label: String,
        read_only: bool,
        theme: ThemeName,
        no_color: bool,
    ) -> Self {
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
            presenter: false,
            now: None,
            previous: None,
            history: History::default(),
            pending_score: None,
            window_too_small: false,
            quitting: false,
            quit_held: false,
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

    /// Whether the window is too small: the screen asks for a larger one and
    /// every key but quit waits.
    pub fn window_too_small(&self) -> bool {
        self.window_too_small
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

    /// Adds the benchmark this session follows, which the results can compare with.
    pub fn with_previous(mut self, previous: Option<Session>) -> Self {
        self.previous = previous;
        self
    }

    /// What moved since the earlier benchmark, when there is one on the same framework.
    pub fn comparison(&self) -> Option<Comparison> {
        compare(self.previous.as_ref()?, &self.session).ok()
    }

    /// The time now; before the first tick, the start of the workshop day.
    pub fn now(&self) -> NaiveDateTime {
        self.now
            .unwrap_or_else(|| self.session.date.and_time(NaiveTime::MIN))
    }

    /// The voting round on screen, if there is one.
    pub fn round(&self) -> Option<&VotingRound> {
        self.session.rounds.get(self.session.position.round)
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
            Phase::Prioritise => self.session.rounds.iter().any(|round| round.revealed),
            Phase::Plan => !self.session.plan.is_empty(),
            _ => false,
        }
    }

    /// What is wrong with the text being typed, said while typing.
    pub fn edit_problem(&self) -> Option<String> {
        if let Mode::Editing(Edit {
            target: EditTarget::ExportFormat,
            input,
        }) = &self.mode
        {
            return parse_format(input.value()).err();
        }
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
            EditTarget::Action(_, ActionField::Due) => {
                parse_due(value, self.now().date()).map(|_| ())
            }
            EditTarget::NextBenchmark => parse_due(value, self.session.date).map(|_| ()),
            EditTarget::Action(_, ActionField::What) | EditTarget::NewAction => {
                Action::new(value).map(|_| ())
            }
            EditTarget::Action(_, ActionField::Owner) => self.check_owner(value),
            EditTarget::TimerMinutes => parse_minutes(value).map(|_| ()),
            EditTarget::ExportFormat => Ok(()),
            EditTarget::ParticipantRole(_)
            | EditTarget::Note(..)
            | EditTarget::Idea
            | EditTarget::ReviewNote(_)
            | EditTarget::Action(_, ActionField::Measure) => Ok(()),
        };
        checked.err().map(|error| error.to_string())
    }

    /// The question a confirmation asks.
    pub fn confirmation_question(&self, confirmation: Confirmation) -> String {
        match confirmation {
            Confirmation::RemoveParticipant(index) => self
                .session
                .departure(index)
                .map(|departure| departure.to_string())
                .unwrap_or_default(),
            Confirmation::RemoveAction(index) => {
                let what = self.session.plan.get(index).map_or("", |a| a.what.as_str());
                format!("Delete the action \"{what}\"?")
            }
            Confirmation::RemoveArea(index) => {
                let people = self.session.people_in_area(index);
                let area = self.session.areas.get(index).cloned().unwrap_or_default();
                format!("Remove area {area}? {people} participants will have no area.")
            }
            Confirmation::Vote(question) => self.vote_question(question),
        }
    }

    /// What `y` and `n` do for a confirmation, in the words of its question.
    pub fn confirmation_answers(&self, confirmation: Confirmation) -> (&'static str, &'static str) {
        match confirmation {
            Confirmation::RemoveParticipant(_)
            | Confirmation::RemoveAction(_)
            | Confirmation::RemoveArea(_) => ("yes, delete", "no, keep"),
            Confirmation::Vote(VoteConfirmation::ReplaceBallot(_)) => {
                ("yes, a new ballot", "no, keep their ballot")
            }
            Confirmation::Vote(VoteConfirmation::NewRound(_)) => {
                ("yes, start a new round", "no, stay on this one")
            }
        }
    }

    /// Keeps every cursor on something that exists, e.g. after an undo.
    fn clamp_cursors(&mut self) {
        let session = &self.session;
        let setup_rows = SetupField::ALL.len() + session.areas.len() + 1 + session.review.len();
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
        position.round = position
            .round
            .min(self.session.rounds.len().saturating_sub(1));
        let round_rows = self
            .round()
            .map_or(0, |round| prioritise::SETTING_ROWS + round.candidates.len());
        let plan_rows = self.session.plan.len();
        let position = &mut self.session.position;
        position.round_row = position.round_row.min(round_rows.saturating_sub(1));
        position.action.row = position.action.row.min(plan_rows.saturating_sub(1));
        position.action.column = position.action.column.min(plan::COLUMNS - 1);
    }

    /// An owner is any name, or a participant's when the plan asks for that.
    fn check_owner(&self, owner: &str) -> Result<(), EditError> {
        let owner = owner.trim();
        if self.session.owners_from_participants
            && !owner.is_empty()
            && self.session.participant(owner).is_none()
        {
            return Err(EditError::UnknownOwner(owner.to_string()));
        }
        Ok(())
    }
}

/// An export format typed by name.
fn parse_format(text: &str) -> Result<Format, String> {
    use clap::ValueEnum;
    Format::from_str(text.trim(), true).map_err(|_| {
        format!(
            "\"{}\" is not a format: type md, csv, html or json",
            text.trim()
        )
    })
}

/// Minutes typed for the timer.
fn parse_minutes(text: &str) -> Result<u32, EditError> {
    text.trim()
        .parse::<u32>()
        .map_err(|_| EditError::BadMinutes(text.trim().to_string()))
}

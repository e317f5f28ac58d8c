//! The workshop app's state and its one way of changing: `update(Msg)`, which
//! returns the effects (save, export, quit) for the run loop to perform. Nothing
//! here touches the terminal, the files or the clock.
//!
//! `update` dispatches by mode, then by phase: one handler file per phase
//! (`setup`, `participants`, `benchmark`, `results`, `prioritise`, `plan`,
//! `wrap_up`, as in `ui/`), with editing, confirmations and vote collection in
//! files of their own.

mod benchmark;
mod change_words;
pub mod choices;
mod complete;
mod confirm;
mod editing;
mod history;
pub mod keymap;
mod mode;
mod msg;
mod participants;
pub mod phone;
pub mod picker;
mod plan;
mod prioritise;
mod results;
mod score_entry;
mod setup;
pub mod suggestions;
mod theme;
mod update;
mod voting;
pub mod window;
mod wrap_up;

use chrono::{NaiveDateTime, NaiveTime};

use crate::domain::{
    Comparison, Habit, NoteKind, Phase, Results, Session, SetupField, Trend, VotingRound, compare,
    trend,
};
use history::History;
pub use mode::{
    ActionField, Completion, Confirmation, Edit, EditTarget, Mode, RoundOn, VoteConfirmation,
    VoteStep,
};
pub use msg::{Effect, Msg};
use phone::{Claims, Reply, RequestId, RoomAccess};
pub use prioritise::SETTING_ROWS;
pub use suggestions::{PlaybookState, Suggesting};
pub use theme::ThemeName;

/// The phases shown in the stepper, in workshop order.
pub const PHASES: [Phase; 7] = Phase::ALL;

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
    /// The index and habit means across every benchmark of the chain.
    Trend,
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
    /// How many lines of the help overlay are scrolled past.
    pub help_scroll: u16,
    /// The room-facing view: big text, no facilitator detail.
    pub presenter: bool,
    /// The time now, as the last tick from the loop said.
    now: Option<NaiveDateTime>,
    /// The benchmark this session follows, for the compare view.
    previous: Option<Session>,
    /// Every benchmark this session follows, oldest first, for the trend view.
    earlier: Vec<Session>,
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
    /// Which phone speaks for whom.
    claims: Claims,
    /// How phones reach the room while it is open.
    room: Option<RoomAccess>,
    /// Phones' answers waiting for the save that holds their change.
    pending_replies: Vec<(RequestId, Reply)>,
    /// Phones' entries are being applied together (`App::phones`): a change
    /// skips the copy, the whole-session check and the undo step of its own.
    batching: bool,
    /// The playbook suggestions in Plan come from.
    playbook: PlaybookState,
    /// Where the app stood before the phone entries not yet saved.
    unsaved_phones: Option<phone::UnsavedPhones>,
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
            help_scroll: 0,
            presenter: false,
            now: None,
            previous: None,
            earlier: Vec::new(),
            history: History::default(),
            pending_score: None,
            window_too_small: false,
            quitting: false,
            quit_held: false,
            claims: Claims::default(),
            room: None,
            pending_replies: Vec::new(),
            batching: false,
            playbook: PlaybookState::default(),
            unsaved_phones: None,
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

    /// Adds every benchmark this session follows (oldest first), for the trend.
    pub fn with_earlier(mut self, earlier: Vec<Session>) -> Self {
        self.earlier = earlier;
        self
    }

    /// The trend over this session and those it follows: only for a chain of
    /// three or more, since two are the comparison already.
    pub fn trend(&self) -> Option<Trend> {
        if self.earlier.len() < 2 {
            return None;
        }
        trend(self.earlier.iter().chain([&self.session])).ok()
    }

    /// Adds the names phones claimed before, read from beside the session.
    pub fn with_claims(mut self, claims: Claims) -> Self {
        self.claims = claims;
        self
    }

    /// Which phone speaks for whom, for the loop to save.
    pub fn claims(&self) -> &Claims {
        &self.claims
    }

    /// How phones reach the room, while it is open.
    pub fn room(&self) -> Option<&RoomAccess> {
        self.room.as_ref()
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
            Phase::Results => session.results_complete(),
            Phase::WrapUp => session.wrap_up_complete(&self.results),
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
}

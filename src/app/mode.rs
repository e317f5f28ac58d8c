//! What the keys do right now: the modes of the app (editing text, confirming,
//! help, collecting votes) and what each is working on.

use tui_input::Input;

use super::choices::Choices;

use crate::domain::{NoteKind, SetupField};

/// What the keys do right now.
#[derive(Debug, Clone)]
pub enum Mode {
    Normal,
    Editing(Edit),
    Confirm(Confirmation),
    Help,
    /// Collecting the votes of a round.
    Voting(VoteStep),
    /// Choosing a practice from the playbook for the plan.
    Suggesting(super::Suggesting),
    /// A short list to choose from (an export format, a voting method).
    Choosing(Choices),
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
        /// Enter was pressed on an empty ballot and warned: the next Enter records it.
        empty_warned: bool,
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
    /// The pre-filled value is still untouched: the first typed character
    /// replaces it, as a selected value does; a move or a deletion first keeps it
    /// for editing.
    pub replaces: bool,
    /// Tab's last completion, so the next Tab offers the next match.
    pub completion: Option<Completion>,
}

/// What Tab completed: the text as typed and which match is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    pub typed: String,
    pub shown: usize,
}

impl Edit {
    /// An edit of `target` starting from `text`, which typing replaces.
    pub fn new(target: EditTarget, text: String) -> Self {
        Edit {
            target,
            replaces: !text.is_empty(),
            input: Input::new(text),
            completion: None,
        }
    }
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
            EditTarget::Action(_, ActionField::Due) => {
                "Due (YYYY-MM-DD, or +30d / +6w from today; empty: none)"
            }
            EditTarget::Action(_, ActionField::Measure) => "Success measure: how will we know",
            EditTarget::NextBenchmark => "Next benchmark (YYYY-MM-DD, or +26w from today)",
            EditTarget::TimerMinutes => "Timer minutes (0 stops it)",
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
    /// The title changed: name the file after it?
    RenameFile,
    /// A voting step that would overwrite or leave behind votes.
    Vote(VoteConfirmation),
}

/// A voting step that asks first, because it would overwrite or leave behind votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteConfirmation {
    /// This participant (by index) has voted: their ballot would be replaced.
    ReplaceBallot(usize),
    /// The round on screen has votes but is not revealed.
    NewRound(RoundOn),
    /// The round on screen would be revealed before everyone has voted.
    Reveal,
}

impl Confirmation {
    /// The popup's title: a question of its own where "are you sure" would not
    /// fit what is asked.
    pub fn title(self) -> &'static str {
        match self {
            Confirmation::RenameFile => "Rename the file?",
            _ => "Are you sure?",
        }
    }

    /// Whether `u` takes the change back once it is made. Opening a ballot to
    /// replace changes nothing yet, so there is nothing to undo.
    pub fn undoable(self) -> bool {
        // A file's name is not part of the session: `u` does not take it back.
        !matches!(
            self,
            Confirmation::Vote(VoteConfirmation::ReplaceBallot(_)) | Confirmation::RenameFile
        )
    }
}

/// What a new round votes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundOn {
    Habits,
    Barriers,
}

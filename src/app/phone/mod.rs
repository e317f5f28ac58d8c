//! Phones in the room: what a phone may ask for, what it is answered, and who
//! it speaks for. A phone's request is a `Msg` like a key's; `update` applies it
//! with the same rules (`App::change`) and answers with `Effect::Reply`, held
//! back until the save that holds the entry is done.

mod apply;
mod claims;
mod door;
mod newcomer;
mod opening;
mod shown;
mod unsaved;
mod view;

use thiserror::Error;

pub use claims::{Claims, Token};
pub use opening::Opening;
pub use shown::{RevealedHabit, RevealedTally, Shown};
pub(in crate::app) use unsaved::UnsavedPhones;
pub use view::{Level, OpenView, PhoneView, ScoringView, VotingView};

/// How phones reach the open room: the address to type and the PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomAccess {
    /// E.g. `http://192.168.1.23:8686`.
    pub url: String,
    pub pin: String,
}

impl RoomAccess {
    /// The address the QR code carries: the PIN filled in.
    pub fn join_link(&self) -> String {
        format!("{}/?pin={}", self.url, self.pin)
    }
}

/// Which request a reply answers; the room server chooses it.
pub type RequestId = u64;

/// One request from a phone, as the room server hands it to the loop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneRequest {
    pub id: RequestId,
    /// The phone's token: who it speaks for once it has claimed a name.
    pub token: Token,
    pub action: PhoneAction,
}

/// What a phone asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhoneAction {
    /// Speak for this participant from now on.
    Claim { name: String },
    /// Add this person to the roster (when the facilitator allows it) and
    /// speak for them from now on.
    Add { name: String, area: Option<String> },
    /// Score the habit open for scoring; `None` leaves that score as it is.
    Score {
        habit: String,
        current: Option<u8>,
        target: Option<u8>,
    },
    /// Cast (or replace) this phone's ballot in the round open for ballots.
    Vote { round: usize, dots: Vec<u32> },
}

/// The answer a phone gets: what was saved, or why nothing changed.
pub type Reply = Result<Accepted, Refusal>;

/// What was done for a phone, once it is saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accepted {
    /// The phone speaks for this participant.
    Claimed(String),
    /// The score is saved.
    Scored,
    /// The ballot is saved.
    Voted,
}

/// Why a phone's request changed nothing, in words for the person holding it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Refusal {
    #[error("the laptop has this session open read-only: nothing can be saved")]
    ReadOnly,
    #[error("this phone has not chosen a name yet: choose yours from the list")]
    UnknownToken,
    #[error("\"{0}\" is not on the list: ask the facilitator to add you")]
    NotOnRoster(String),
    #[error("{0} is already taken by another phone: if that is you, ask the facilitator")]
    NameTaken(String),
    #[error("this phone already speaks for {0}")]
    AlreadyClaimed(String),
    #[error("only the facilitator can add people to the list: ask them")]
    AddingClosed,
    #[error("{0}")]
    NotAdded(String),
    #[error("not saved: this habit is not open for scoring now")]
    HabitNotOpen,
    #[error("not sent: this round is not open for votes now")]
    RoundNotOpen,
    #[error("choose a current or a target score")]
    NoScore,
    #[error("{value} is off the scale: choose from {min} to {max}")]
    OffScale { value: u16, min: u8, max: u8 },
    #[error("{placed} dots placed, but you have {allowed}")]
    OverLimit { placed: u64, allowed: u32 },
    #[error("{dots} dots on one choice; at most {cap} may go on one")]
    OverCap { dots: u32, cap: u32 },
    #[error("the ballot does not match this round: reload the page")]
    WrongBallot,
    #[error("not saved: {0}")]
    Broken(String),
    #[error("the laptop could not save ({0}): send it again in a moment")]
    NotSaved(String),
}

//! What phones may do right now, decided by what the facilitator has on screen.

use crate::app::{App, Confirmation, Mode, VoteConfirmation, VoteStep};
use crate::domain::{Phase, VoteMethod};

/// What the facilitator has opened to phones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// Nothing: phones wait for the facilitator.
    Waiting,
    /// The habit at this index, on screen in Benchmark and not revealed.
    Scoring { habit: usize },
    /// The round at this index, collecting votes: neither closed nor revealed.
    Voting { round: usize },
}

impl App {
    /// What phones may do now: score the habit on screen in Benchmark until it
    /// is revealed, or vote in the round whose votes are being collected until
    /// it is closed or revealed. A read-only session opens nothing.
    pub fn opening(&self) -> Opening {
        if self.read_only {
            return Opening::Waiting;
        }
        let position = &self.session.position;
        match self.phase() {
            Phase::Benchmark if !self.session.is_revealed(&self.habit().id) => Opening::Scoring {
                habit: position.habit,
            },
            Phase::Prioritise if self.collecting_votes() => Opening::Voting {
                round: position.round,
            },
            _ => Opening::Waiting,
        }
    }

    /// Whether the facilitator is collecting ballots in the round on screen.
    fn collecting_votes(&self) -> bool {
        let collecting = matches!(
            self.mode,
            Mode::Voting(VoteStep::ChooseVoter { .. } | VoteStep::Ballot { .. })
                | Mode::Confirm(Confirmation::Vote(VoteConfirmation::ReplaceBallot(_)))
        );
        collecting
            && self.round().is_some_and(|round| {
                !round.closed
                    && !round.revealed
                    && round.method != VoteMethod::RoomTally
                    && !round.candidates.is_empty()
            })
    }
}

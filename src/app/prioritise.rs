//! Prioritise: voting rounds, their settings, and collecting votes in the three
//! ways rooms vote (secret ballot, the facilitator typing ballots, a show of hands).

use super::choices::ChoiceFor;
use super::{App, Confirmation, EditTarget, Effect, Mode, Msg, RoundOn, VoteConfirmation};
use crate::domain::{
    Candidate, EditError, VoteError, VoteMethod, VotingRound, barrier_candidates, habit_candidates,
};

/// Rows above the candidates: method, dots per participant, stacking cap.
pub const SETTING_ROWS: usize = 3;

impl VoteMethod {
    pub fn label(self) -> &'static str {
        match self {
            VoteMethod::SecretBallot => "secret ballot: pass the laptop",
            VoteMethod::FacilitatorEntry => "facilitator types each ballot",
            VoteMethod::RoomTally => "show of hands: type the count",
        }
    }

    fn next(self) -> Self {
        match self {
            VoteMethod::SecretBallot => VoteMethod::FacilitatorEntry,
            VoteMethod::FacilitatorEntry => VoteMethod::RoomTally,
            VoteMethod::RoomTally => VoteMethod::SecretBallot,
        }
    }

    fn previous(self) -> Self {
        self.next().next()
    }
}

impl App {
    pub(super) fn prioritise(&mut self, msg: Msg) -> Vec<Effect> {
        let position = self.session.position;
        match msg {
            Msg::NewHabitRound | Msg::NewBarrierRound => {
                let on = if msg == Msg::NewHabitRound {
                    RoundOn::Habits
                } else {
                    RoundOn::Barriers
                };
                let unrevealed = self
                    .round()
                    .is_some_and(|round| round.has_votes() && !round.revealed);
                if unrevealed && !self.read_only {
                    self.mode = Mode::Confirm(Confirmation::Vote(VoteConfirmation::NewRound(on)));
                    return Vec::new();
                }
                return self.start_round(on);
            }
            Msg::PreviousHabit | Msg::NextHabit => {
                let rounds = self.session.rounds.len().max(1);
                let step = if msg == Msg::NextHabit { 1 } else { rounds - 1 };
                self.session.position.round = (position.round + step) % rounds;
                self.session.position.round_row = 0;
                return vec![Effect::Save];
            }
            _ => {}
        }
        let Some(round) = self.round() else {
            self.info("no voting round yet: n votes on the habits, b on the barriers".into());
            return Vec::new();
        };
        let index = position.round;
        let row = position.round_row;
        let round_has_votes = round.has_votes();
        let candidate = row
            .checked_sub(SETTING_ROWS)
            .filter(|&c| c < round.candidates.len());
        match msg {
            Msg::Up => self.session.position.round_row = row.saturating_sub(1),
            Msg::Down => self.session.position.round_row = row + 1,
            Msg::Edit if row == 0 => return self.choose(ChoiceFor::RoundMethod(index)),
            Msg::Left | Msg::Right | Msg::Toggle if row < SETTING_ROWS => {
                let more = msg != Msg::Left;
                return self.change_round(index, |round| {
                    if round.has_votes() {
                        return Err(VoteError::VotesIn.into());
                    }
                    match row {
                        0 => {
                            round.method = if more {
                                round.method.next()
                            } else {
                                round.method.previous()
                            }
                        }
                        1 => round.dots_per_participant = step(round.dots_per_participant, more),
                        _ => round.max_per_candidate = step(round.max_per_candidate, more),
                    }
                    Ok(())
                });
            }
            Msg::AddIdea => {
                // The edit line opens even when votes are in, so an idea typed
                // straight after `i` lands there, not on the round as commands;
                // the refusal shows while typing and Enter keeps it.
                let effects = self.begin_edit(EditTarget::Idea, String::new());
                if round_has_votes && matches!(self.mode, Mode::Editing(_)) {
                    self.error(VoteError::VotesIn.to_string());
                }
                return effects;
            }
            Msg::Delete => match candidate {
                Some(c) => {
                    return self.change_round(index, |round| {
                        if round.has_votes() {
                            return Err(VoteError::VotesIn.into());
                        }
                        round.candidates.remove(c);
                        Ok(())
                    });
                }
                None => self.info("choose a candidate to remove".into()),
            },
            Msg::ToggleReveal if self.reveal_asks_first() && !self.read_only => {
                self.mode = Mode::Confirm(Confirmation::Vote(VoteConfirmation::Reveal));
            }
            Msg::ToggleReveal => return self.toggle_reveal(),
            Msg::ToggleClosed => {
                let effects = self.change_round(index, |round| {
                    round.closed = !round.closed;
                    Ok(())
                });
                if let Some(round) = self.round().filter(|_| !effects.is_empty()) {
                    let word = if round.closed {
                        "closed: ballots are final"
                    } else {
                        "reopened: ballots can change"
                    };
                    self.info(format!("round {word}"));
                }
                return effects;
            }
            Msg::CollectVotes => return self.begin_voting(),
            _ => {}
        }
        Vec::new()
    }

    pub(super) fn start_round(&mut self, on: RoundOn) -> Vec<Effect> {
        let (title, candidates) = match on {
            RoundOn::Habits => (
                "Which habits matter most?",
                habit_candidates(&self.session.framework, &self.results),
            ),
            RoundOn::Barriers => (
                "Which barriers matter most?",
                barrier_candidates(&self.session),
            ),
        };
        if candidates.is_empty() && on == RoundOn::Barriers {
            self.error("no barriers captured yet: add them in the benchmark with b".into());
            return Vec::new();
        }
        let round = VotingRound::new(title, candidates);
        let effects = self.change(|s| {
            s.rounds.push(round);
            s.position.round = s.rounds.len() - 1;
            s.position.round_row = 0;
            Ok(())
        });
        if !effects.is_empty() {
            self.info("new round: set it up, then v collects the votes".into());
        }
        effects
    }

    /// Changes one round through the undoable, saved path.
    pub(super) fn change_round(
        &mut self,
        index: usize,
        apply: impl FnOnce(&mut VotingRound) -> Result<(), EditError>,
    ) -> Vec<Effect> {
        self.change(|s| apply(s.rounds.get_mut(index).ok_or(EditError::Missing)?))
    }

    /// Adds an idea typed by the facilitator to the current round.
    pub(super) fn add_idea(
        session: &mut crate::domain::Session,
        text: &str,
    ) -> Result<(), EditError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(EditError::EmptyText);
        }
        let round = session
            .rounds
            .get_mut(session.position.round)
            .ok_or(EditError::Missing)?;
        if round.has_votes() {
            return Err(VoteError::VotesIn.into());
        }
        round.candidates.push(Candidate::Idea(text.to_string()));
        Ok(())
    }
}

/// One more or one fewer, never below one.
fn step(value: u32, more: bool) -> u32 {
    if more {
        value.saturating_add(1)
    } else {
        value.saturating_sub(1).max(1)
    }
}

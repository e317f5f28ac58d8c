//! Prioritise: voting rounds, their settings, and collecting votes in the three
//! ways rooms vote (secret ballot, the facilitator typing ballots, a show of hands).

use super::{App, Confirmation, EditTarget, Effect, Mode, Msg, VoteStep};
use crate::domain::voting::{most_dots, total_dots};
use crate::domain::{
    Candidate, EditError, VoteError, VoteMethod, VotingRound, barrier_candidates, habit_candidates,
};

/// Rows above the candidates: method, dots per participant, stacking cap.
pub const SETTING_ROWS: usize = 3;

/// The most a typed count in a show of hands can be.
const MAX_COUNT: u32 = 9999;

/// A voting step that asks first, because it would overwrite or leave behind votes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteConfirmation {
    /// This participant (by index) has voted: their ballot would be replaced.
    ReplaceBallot(usize),
    /// The round on screen has votes but is not revealed.
    NewRound(RoundOn),
}

/// What a new round votes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundOn {
    Habits,
    Barriers,
}

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
        let candidate = row
            .checked_sub(SETTING_ROWS)
            .filter(|&c| c < round.candidates.len());
        match msg {
            Msg::Up => self.session.position.round_row = row.saturating_sub(1),
            Msg::Down => self.session.position.round_row = row + 1,
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
                if round.has_votes() {
                    self.error(VoteError::VotesIn.to_string());
                    return Vec::new();
                }
                return self.begin_edit(EditTarget::Idea, String::new());
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
            Msg::ToggleReveal => {
                let now = self.now();
                let mut shown = false;
                let effects = self.change_round(index, |round| {
                    shown = round.toggle_reveal(now);
                    Ok(())
                });
                if !effects.is_empty() {
                    self.info(if shown {
                        "tally revealed".into()
                    } else {
                        "tally hidden: late voters can vote".into()
                    });
                }
                return effects;
            }
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

    fn start_round(&mut self, on: RoundOn) -> Vec<Effect> {
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
    fn change_round(
        &mut self,
        index: usize,
        apply: impl FnOnce(&mut VotingRound) -> Result<(), EditError>,
    ) -> Vec<Effect> {
        self.change(|s| apply(s.rounds.get_mut(index).ok_or(EditError::Missing)?))
    }

    fn begin_voting(&mut self) -> Vec<Effect> {
        let Some(round) = self.round() else {
            return Vec::new();
        };
        if self.read_only {
            self.error("read-only: this session cannot be changed here".into());
        } else if round.closed {
            self.error(VoteError::Closed.to_string());
        } else if round.candidates.is_empty() {
            self.error("this round has no candidates: i adds an idea".into());
        } else if round.method == VoteMethod::RoomTally {
            let counts = round.tally();
            let people = u32::try_from(self.session.participants.len()).unwrap_or(u32::MAX);
            let present = round.present.unwrap_or(people);
            self.mode = Mode::Voting(VoteStep::Tally {
                counts,
                present,
                row: 0,
            });
        } else if self.session.participants.is_empty() {
            self.error("nobody to vote: add participants first".into());
        } else {
            // The cursor starts on the first person still to vote.
            let row = round.next_voter(&self.session.participants, 0).unwrap_or(0);
            self.mode = Mode::Voting(VoteStep::ChooseVoter { row });
        }
        Vec::new()
    }

    /// Opens a participant's ballot: a secret ballot always starts empty, so
    /// nobody sees an earlier one; the facilitator edits the ballot as it was.
    fn open_ballot(&mut self, voter: usize) {
        let Some(round) = self.round() else {
            return;
        };
        let earlier = self
            .session
            .participants
            .get(voter)
            .and_then(|person| round.ballots.get(&person.name));
        let dots = match (round.method, earlier) {
            (VoteMethod::FacilitatorEntry, Some(dots)) if dots.len() == round.candidates.len() => {
                dots.clone()
            }
            _ => vec![0; round.candidates.len()],
        };
        self.mode = Mode::Voting(VoteStep::Ballot {
            voter,
            dots,
            row: 0,
        });
    }

    /// Answers a voting question: replace a ballot, or leave a round unrevealed.
    pub(super) fn confirming_vote(&mut self, question: VoteConfirmation, msg: Msg) -> Vec<Effect> {
        let yes = match msg {
            Msg::Confirm => true,
            Msg::Decline | Msg::Cancel => false,
            Msg::Quit => return self.quit(),
            _ => return Vec::new(),
        };
        match question {
            VoteConfirmation::ReplaceBallot(voter) if yes => {
                self.open_ballot(voter);
                self.info("the new ballot replaces the earlier one when confirmed".into());
            }
            VoteConfirmation::ReplaceBallot(voter) => {
                self.mode = Mode::Voting(VoteStep::ChooseVoter { row: voter });
                self.info("ballot kept".into());
            }
            VoteConfirmation::NewRound(on) if yes => {
                self.mode = Mode::Normal;
                return self.start_round(on);
            }
            VoteConfirmation::NewRound(_) => {
                self.mode = Mode::Normal;
                self.info("no new round: r reveals this one".into());
            }
        }
        Vec::new()
    }

    /// The question a voting confirmation asks.
    pub(super) fn vote_question(&self, question: VoteConfirmation) -> String {
        match question {
            VoteConfirmation::ReplaceBallot(voter) => {
                let name = self
                    .session
                    .participants
                    .get(voter)
                    .map_or("", |person| person.name.as_str());
                let then = match self.round().map(|round| round.method) {
                    Some(VoteMethod::FacilitatorEntry) => "It opens as it was, to change.",
                    _ => "A new, empty ballot opens.",
                };
                format!("Replace {name}'s ballot? {then}")
            }
            VoteConfirmation::NewRound(_) => {
                let voters = self.round().map_or(0, VotingRound::voters);
                format!("Start a new round? This one is not revealed ({voters} voted).")
            }
        }
    }

    pub(super) fn voting(&mut self, step: VoteStep, msg: Msg) -> Vec<Effect> {
        let Some(round) = self.round().cloned() else {
            self.mode = Mode::Normal;
            return Vec::new();
        };
        let index = self.session.position.round;
        match step {
            VoteStep::ChooseVoter { row } => match msg {
                Msg::Up => {
                    self.mode = Mode::Voting(VoteStep::ChooseVoter {
                        row: row.saturating_sub(1),
                    })
                }
                Msg::Down => {
                    let last = self.session.participants.len().saturating_sub(1);
                    self.mode = Mode::Voting(VoteStep::ChooseVoter {
                        row: (row + 1).min(last),
                    });
                }
                Msg::Commit => {
                    let Some(person) = self.session.participants.get(row) else {
                        return Vec::new();
                    };
                    if round.has_voted(&person.name) {
                        self.mode =
                            Mode::Confirm(Confirmation::Vote(VoteConfirmation::ReplaceBallot(row)));
                    } else {
                        self.open_ballot(row);
                    }
                }
                Msg::Cancel | Msg::Quit => {
                    self.mode = Mode::Normal;
                    self.info(format!(
                        "{} of {} voted",
                        round.voters(),
                        self.session.participants.len()
                    ));
                    if msg == Msg::Quit {
                        return self.quit();
                    }
                }
                _ => {}
            },
            VoteStep::Ballot {
                voter,
                mut dots,
                row,
            } => match msg {
                Msg::Up | Msg::Down => {
                    let row = if msg == Msg::Up {
                        row.saturating_sub(1)
                    } else {
                        (row + 1).min(dots.len() - 1)
                    };
                    self.mode = Mode::Voting(VoteStep::Ballot { voter, dots, row });
                }
                Msg::Right | Msg::Left | Msg::Score(_) | Msg::ClearScore => {
                    let wanted = match msg {
                        Msg::Right => dots[row].saturating_add(1),
                        Msg::Left => dots[row].saturating_sub(1),
                        Msg::Score(n) => u32::from(n),
                        _ => 0,
                    };
                    let before = dots[row];
                    dots[row] = wanted;
                    if let Err(error) = round.check_ballot(&dots) {
                        dots[row] = before;
                        self.error(error.to_string());
                    } else {
                        self.info(format!(
                            "{} of {} dots placed",
                            total_dots(&dots),
                            round.dots_per_participant
                        ));
                    }
                    self.mode = Mode::Voting(VoteStep::Ballot { voter, dots, row });
                }
                Msg::Commit => {
                    let name = self.session.participants[voter].name.clone();
                    let effects = self.change_round(index, |round| Ok(round.cast(&name, dots)?));
                    let Some(round) = self.round().filter(|_| !effects.is_empty()) else {
                        return effects;
                    };
                    let people = &self.session.participants;
                    let voted = round.voters();
                    let next = round.next_voter(people, voter + 1);
                    self.info(match next {
                        Some(_) => format!(
                            "ballot saved ({voted} of {} voted): pass the laptop to the next voter",
                            people.len()
                        ),
                        None => "ballot saved: everyone has voted, Esc then r reveals".into(),
                    });
                    self.mode = Mode::Voting(VoteStep::ChooseVoter {
                        row: next.unwrap_or(voter),
                    });
                    return effects;
                }
                Msg::Cancel => {
                    self.mode = Mode::Voting(VoteStep::ChooseVoter { row: voter });
                    self.info("ballot not saved".into());
                }
                Msg::Quit => return self.quit(),
                _ => {}
            },
            VoteStep::Tally {
                mut counts,
                mut present,
                row,
            } => match msg {
                Msg::Up => {
                    self.mode = Mode::Voting(VoteStep::Tally {
                        counts,
                        present,
                        row: row.saturating_sub(1),
                    })
                }
                Msg::Down => {
                    let row = (row + 1).min(counts.len());
                    self.mode = Mode::Voting(VoteStep::Tally {
                        counts,
                        present,
                        row,
                    });
                }
                Msg::Right | Msg::Left | Msg::Score(_) | Msg::ClearScore => {
                    let value = if row == 0 {
                        &mut present
                    } else {
                        &mut counts[row - 1]
                    };
                    // A count read from a file may be anything: no step overflows.
                    *value = match msg {
                        Msg::Right => value.saturating_add(1).min(MAX_COUNT),
                        Msg::Left => value.saturating_sub(1),
                        // Digits type a number, as on a calculator.
                        Msg::Score(n) => value
                            .saturating_mul(10)
                            .saturating_add(u32::from(n))
                            .min(MAX_COUNT),
                        _ => *value / 10,
                    };
                    match round.check_room_tally(&counts, present) {
                        Err(error) => self.error(error.to_string()),
                        Ok(()) => self.info(format!(
                            "{} of at most {} dots counted",
                            total_dots(&counts),
                            most_dots(present, round.dots_per_participant)
                        )),
                    }
                    self.mode = Mode::Voting(VoteStep::Tally {
                        counts,
                        present,
                        row,
                    });
                }
                Msg::Commit => {
                    let effects = self
                        .change_round(index, |round| Ok(round.set_room_tally(counts, present)?));
                    if !effects.is_empty() {
                        self.mode = Mode::Normal;
                        self.info("tally saved: r reveals it".into());
                    }
                    return effects;
                }
                Msg::Cancel => {
                    self.mode = Mode::Normal;
                    self.info("tally not saved".into());
                }
                Msg::Quit => return self.quit(),
                _ => {}
            },
        }
        Vec::new()
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

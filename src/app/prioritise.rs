//! Prioritise: voting rounds, their settings, and collecting votes in the three
//! ways rooms vote (secret ballot, the facilitator typing ballots, a show of hands).

use super::{App, EditTarget, Effect, Mode, Msg, VoteStep};
use crate::domain::{
    Candidate, EditError, VoteError, VoteMethod, VotingRound, barrier_candidates, habit_candidates,
};

/// Rows above the candidates: method, dots per participant, stacking cap.
pub const SETTING_ROWS: usize = 3;

/// The most a typed count in a show of hands can be.
const MAX_COUNT: u32 = 9999;

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
            Msg::NewHabitRound => {
                let candidates = habit_candidates(&self.session.framework, &self.results);
                return self.start_round("Which habits matter most?", candidates);
            }
            Msg::NewBarrierRound => {
                let candidates = barrier_candidates(&self.session);
                if candidates.is_empty() {
                    self.error("no barriers captured yet: add them in the benchmark with b".into());
                    return Vec::new();
                }
                return self.start_round("Which barriers matter most?", candidates);
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

    fn start_round(&mut self, title: &str, candidates: Vec<Candidate>) -> Vec<Effect> {
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
            let present = round
                .present
                .unwrap_or(self.session.participants.len() as u32);
            self.mode = Mode::Voting(VoteStep::Tally {
                counts,
                present,
                row: 0,
            });
        } else if self.session.participants.is_empty() {
            self.error("nobody to vote: add participants first".into());
        } else {
            self.mode = Mode::Voting(VoteStep::ChooseVoter { row: 0 });
        }
        Vec::new()
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
                    let name = &self.session.participants[row].name;
                    // A secret ballot always starts empty: nobody sees an earlier one.
                    let dots = match (round.method, round.ballots.get(name)) {
                        (VoteMethod::FacilitatorEntry, Some(dots)) => dots.clone(),
                        _ => vec![0; round.candidates.len()],
                    };
                    self.mode = Mode::Voting(VoteStep::Ballot {
                        voter: row,
                        dots,
                        row: 0,
                    });
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
                        Msg::Right => dots[row] + 1,
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
                        let used: u32 = dots.iter().sum();
                        self.info(format!(
                            "{} of {} dots placed",
                            used, round.dots_per_participant
                        ));
                    }
                    self.mode = Mode::Voting(VoteStep::Ballot { voter, dots, row });
                }
                Msg::Commit => {
                    let name = self.session.participants[voter].name.clone();
                    let effects = self.change_round(index, |round| Ok(round.cast(&name, dots)?));
                    if !effects.is_empty() {
                        let voted = self.round().map_or(0, VotingRound::voters);
                        let people = self.session.participants.len();
                        self.info(format!("ballot saved ({voted} of {people} voted): pass the laptop to the next voter"));
                        self.mode = Mode::Voting(VoteStep::ChooseVoter { row: 0 });
                    }
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
                    *value = match msg {
                        Msg::Right => (*value + 1).min(MAX_COUNT),
                        Msg::Left => value.saturating_sub(1),
                        // Digits type a number, as on a calculator.
                        Msg::Score(n) => (*value * 10 + u32::from(n)).min(MAX_COUNT),
                        _ => *value / 10,
                    };
                    let total: u32 = counts.iter().sum();
                    let max = present * round.dots_per_participant;
                    if total > max {
                        self.error(format!(
                            "{total} dots counted but {present} people can give at most {max}"
                        ));
                    } else {
                        self.info(format!("{total} of at most {max} dots counted"));
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

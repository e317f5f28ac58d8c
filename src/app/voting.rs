//! Collecting the votes of a round in the three ways rooms vote: a secret ballot
//! (the laptop passed round), the facilitator typing each ballot, or a show of
//! hands counted and typed.

use super::{App, Confirmation, Effect, Mode, Msg, VoteConfirmation, VoteStep};
use crate::domain::voting::{MOST_COUNTED, most_dots, total_dots};
use crate::domain::{VoteMethod, VotingRound};

impl App {
    pub(super) fn begin_voting(&mut self) -> Vec<Effect> {
        let Some(round) = self.round() else {
            return Vec::new();
        };
        if self.read_only {
            self.error("read-only: this session cannot be changed here".into());
        } else if let Err(refusal) = round.takes_ballots() {
            self.error(refusal.to_string());
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
            empty_warned: false,
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
                self.info("Enter replaces the earlier ballot; Esc keeps it as it was".into());
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
            VoteConfirmation::Reveal if yes => {
                self.mode = Mode::Normal;
                return self.toggle_reveal();
            }
            VoteConfirmation::Reveal => {
                self.mode = Mode::Normal;
                let lone = self
                    .round()
                    .is_some_and(|r| r.lone_change_since_shown().is_some());
                self.info(if lone {
                    "tally still hidden: reveal once more ballots are in".into()
                } else {
                    "tally still hidden: v collects the missing votes".into()
                });
            }
        }
        Vec::new()
    }

    /// What `y` and `n` do for a voting question.
    pub(super) fn vote_answers(&self, question: VoteConfirmation) -> (&'static str, &'static str) {
        match question {
            VoteConfirmation::ReplaceBallot(_) => match self.round().map(|round| round.method) {
                Some(VoteMethod::FacilitatorEntry) => ("yes, change their ballot", "no, keep it"),
                _ => ("yes, a new ballot", "no, keep their ballot"),
            },
            VoteConfirmation::NewRound(_) => ("yes, start a new round", "no, stay on this one"),
            VoteConfirmation::Reveal => ("yes, reveal now", "no, keep it hidden"),
        }
    }

    /// Whether revealing now asks first: the tally would show one person's
    /// ballot by difference from what was shown before, or some people have not
    /// voted in it. A show of hands is counted at once, so it never asks.
    pub(super) fn reveal_asks_first(&self) -> bool {
        self.round().is_some_and(|round| {
            !round.revealed
                && round.method != VoteMethod::RoomTally
                && round.has_votes()
                && (round.lone_change_since_shown().is_some()
                    || round.voters() < self.session.participants.len())
        })
    }

    /// Shows or hides the current round's tally, saying what that means.
    pub(super) fn toggle_reveal(&mut self) -> Vec<Effect> {
        let now = self.now();
        let index = self.session.position.round;
        let mut shown = false;
        let effects = self.change_round(index, |round| {
            shown = round.toggle_reveal(now);
            Ok(())
        });
        let closed = self.round().is_some_and(|round| round.closed);
        if !effects.is_empty() {
            self.info(match (shown, closed) {
                (true, _) => "tally revealed".into(),
                (false, true) => {
                    "tally hidden: the round is closed, c reopens it for late votes".into()
                }
                (false, false) => "tally hidden: late voters can vote".into(),
            });
        }
        effects
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
            VoteConfirmation::Reveal => {
                if let Some(name) = self.round().and_then(VotingRound::lone_change_since_shown) {
                    return format!(
                        "Reveal again? Only {name}'s ballot changed since the tally was shown: the room would see how {name} voted."
                    );
                }
                let voters = self.round().map_or(0, VotingRound::voters);
                let people = self.session.participants.len();
                format!("Reveal with {voters} of {people} voted?")
            }
        }
    }

    /// A key while votes are collected. The step is changed where it is kept,
    /// and the round is read where it is, so a key copies neither.
    pub(super) fn voting(&mut self, msg: Msg) -> Vec<Effect> {
        if self.round().is_none() {
            self.mode = Mode::Normal;
            return Vec::new();
        }
        match &self.mode {
            Mode::Voting(VoteStep::ChooseVoter { row }) => self.choose_voter(*row, msg),
            Mode::Voting(VoteStep::Ballot { .. }) => self.place_dots(msg),
            Mode::Voting(VoteStep::Tally { .. }) => self.count_hands(msg),
            _ => Vec::new(),
        }
    }

    /// Who votes next: a list of participants.
    fn choose_voter(&mut self, row: usize, msg: Msg) -> Vec<Effect> {
        match msg {
            // Phones vote while the names are on screen: the room opens from here
            // too, not only after leaving the list.
            Msg::ToggleRoom => return self.toggle_room(),
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
                if self
                    .round()
                    .is_some_and(|round| round.has_voted(&person.name))
                {
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
                    self.round().map_or(0, VotingRound::voters),
                    self.session.participants.len()
                ));
                if msg == Msg::Quit {
                    return self.quit();
                }
            }
            _ => {}
        }
        Vec::new()
    }

    /// One participant's ballot: dots placed on the candidates.
    fn place_dots(&mut self, msg: Msg) -> Vec<Effect> {
        let index = self.session.position.round;
        let Some(round) = self.session.rounds.get(index) else {
            return Vec::new();
        };
        let Mode::Voting(VoteStep::Ballot {
            voter,
            dots,
            row,
            empty_warned,
        }) = &mut self.mode
        else {
            return Vec::new();
        };
        let voter = *voter;
        // Any key but Enter asks again before an empty ballot is recorded.
        let warned = std::mem::take(empty_warned);
        match msg {
            Msg::Up => *row = row.saturating_sub(1),
            Msg::Down => *row = (*row + 1).min(dots.len() - 1),
            Msg::Right | Msg::Left | Msg::Score(_) | Msg::ClearScore => {
                let at = *row;
                let wanted = match msg {
                    Msg::Right => dots[at].saturating_add(1),
                    Msg::Left => dots[at].saturating_sub(1),
                    Msg::Score(n) => u32::from(n),
                    _ => 0,
                };
                let before = dots[at];
                dots[at] = wanted;
                let outcome = match round.check_ballot(dots) {
                    Err(error) => {
                        dots[at] = before;
                        Err(error.to_string())
                    }
                    Ok(()) => Ok(format!(
                        "{} of {} dots placed",
                        total_dots(dots),
                        round.dots_per_participant
                    )),
                };
                match outcome {
                    Ok(text) => self.info(text),
                    Err(text) => self.error(text),
                }
            }
            Msg::Commit if total_dots(dots) == 0 && !warned => {
                // An empty ballot is usually Enter pressed once too often.
                *empty_warned = true;
                self.info(format!(
                    "no dots placed: Enter again records an empty ballot (0 of {})",
                    round.dots_per_participant
                ));
            }
            Msg::Commit => {
                // The ballot is copied once, when it is cast; it stays on
                // screen if the round refuses it.
                let dots = dots.clone();
                let name = self.session.participants[voter].name.clone();
                let effects = self.change_round(index, |round| Ok(round.cast(&name, dots)?));
                let Some(round) = self.round().filter(|_| !effects.is_empty()) else {
                    return effects;
                };
                let people = &self.session.participants;
                let voted = round.voters();
                let next = round.next_voter(people, voter + 1);
                let then = match round.method {
                    VoteMethod::SecretBallot => "pass the laptop to the next voter",
                    _ => "on to the next voter",
                };
                self.info(match next {
                    Some(_) => format!("ballot saved ({voted} of {} voted): {then}", people.len()),
                    None => "ballot saved: everyone has voted, Esc then r reveals".into(),
                });
                self.mode = Mode::Voting(VoteStep::ChooseVoter {
                    row: next.unwrap_or(voter),
                });
                return effects;
            }
            Msg::Cancel => {
                let name = &self.session.participants[voter].name;
                let text = if round.has_voted(name) {
                    format!("changes dropped: {name}'s earlier ballot is kept")
                } else {
                    format!("ballot not saved: {name} has not voted yet")
                };
                self.mode = Mode::Voting(VoteStep::ChooseVoter { row: voter });
                self.info(text);
            }
            Msg::Quit => return self.quit(),
            _ => {}
        }
        Vec::new()
    }

    /// A show of hands: the head count and the count per candidate, typed.
    fn count_hands(&mut self, msg: Msg) -> Vec<Effect> {
        let index = self.session.position.round;
        let Some(round) = self.session.rounds.get(index) else {
            return Vec::new();
        };
        let Mode::Voting(VoteStep::Tally {
            counts,
            present,
            row,
        }) = &mut self.mode
        else {
            return Vec::new();
        };
        match msg {
            Msg::Up => *row = row.saturating_sub(1),
            Msg::Down => *row = (*row + 1).min(counts.len()),
            Msg::Right | Msg::Left | Msg::Score(_) | Msg::ClearScore => {
                let value = if *row == 0 {
                    &mut *present
                } else {
                    &mut counts[*row - 1]
                };
                // A count read from a file may be anything: no step overflows.
                *value = match msg {
                    Msg::Right => value.saturating_add(1).min(MOST_COUNTED),
                    Msg::Left => value.saturating_sub(1),
                    // Digits type a number, as on a calculator.
                    Msg::Score(n) => value
                        .saturating_mul(10)
                        .saturating_add(u32::from(n))
                        .min(MOST_COUNTED),
                    _ => *value / 10,
                };
                let outcome = match round.check_room_tally(counts, *present) {
                    Err(error) => Err(error.to_string()),
                    Ok(()) => Ok(format!(
                        "{} of at most {} dots counted",
                        total_dots(counts),
                        most_dots(*present, round.dots_per_participant)
                    )),
                };
                match outcome {
                    Ok(text) => self.info(text),
                    Err(text) => self.error(text),
                }
            }
            Msg::Commit => {
                // Copied once, when it is saved; it stays on screen if refused.
                let (counts, present) = (counts.clone(), *present);
                let effects =
                    self.change_round(index, |round| Ok(round.set_room_tally(counts, present)?));
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
        }
        Vec::new()
    }
}

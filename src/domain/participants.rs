//! The people in the room: who they are, and the rules for adding, renaming and
//! removing them so that their name stays right everywhere it is stored.

use serde::{Deserialize, Serialize};

use super::error::{EditError, VoteError};
use super::names::{clean, same_name};
use super::session::Session;

/// Someone in the room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// Anonymous participants never appear by name in reports.
    #[serde(default)]
    pub anonymous: bool,
}

/// What goes with a participant who is removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Departure {
    pub name: String,
    /// Current and target scores, counted apart.
    pub scores: usize,
    /// Voting rounds in which they placed a ballot.
    pub ballots: usize,
    pub actions_owned: usize,
    /// Whether their actions lose the owner (owners must be participants) or keep
    /// the name as free text.
    pub owners_from_participants: bool,
}

impl std::fmt::Display for Departure {
    /// The question asked before removing, e.g. "Delete Ana: 14 scores, 1 ballot,
    /// owner of 2 actions?", with what becomes of the actions.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count = |n: usize, one: &str, many: &str| match n {
            1 => format!("1 {one}"),
            n => format!("{n} {many}"),
        };
        let goes: Vec<String> = [
            (self.scores > 0).then(|| count(self.scores, "score", "scores")),
            (self.ballots > 0).then(|| count(self.ballots, "ballot", "ballots")),
            (self.actions_owned > 0).then(|| {
                format!(
                    "owner of {}",
                    count(self.actions_owned, "action", "actions")
                )
            }),
        ]
        .into_iter()
        .flatten()
        .collect();
        if goes.is_empty() {
            write!(f, "Delete {} (no scores, ballots or actions)?", self.name)?;
        } else {
            write!(f, "Delete {}: {}?", self.name, goes.join(", "))?;
        }
        match (self.actions_owned, self.owners_from_participants) {
            (0, _) => Ok(()),
            (_, true) => write!(
                f,
                " Owners must be participants, so their actions will have no owner."
            ),
            (_, false) => write!(
                f,
                " Their actions keep \"{}\" as the owner's name.",
                self.name
            ),
        }
    }
}

impl Session {
    pub fn participant(&self, name: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.name == name)
    }

    /// Checks a participant's name; `except` is the participant being renamed.
    pub fn check_participant_name(
        &self,
        name: &str,
        except: Option<usize>,
    ) -> Result<String, EditError> {
        let name = clean(name)?;
        if self
            .participants
            .iter()
            .enumerate()
            .any(|(i, p)| Some(i) != except && same_name(&p.name, &name))
        {
            return Err(EditError::DuplicateParticipant(name));
        }
        Ok(name)
    }

    pub fn add_participant(
        &mut self,
        name: &str,
        area: Option<String>,
    ) -> Result<usize, EditError> {
        let name = self.check_participant_name(name, None)?;
        self.participants.push(Participant {
            name,
            role: String::new(),
            area,
            anonymous: false,
        });
        Ok(self.participants.len() - 1)
    }

    /// Renames a participant, carrying the new name everywhere the old one stood:
    /// scores, ballots, the actions they own, the earlier actions under review,
    /// and the facilitator or sponsor when they are named there.
    ///
    /// Participants are keyed by name, not by a stable id: a session file is read
    /// and corrected by hand, and a name is what a facilitator recognises there.
    /// The cost is that a rename must reach every place a name is stored, which
    /// this function does, and `App::change` refuses any change that would leave a
    /// name dangling.
    pub fn rename_participant(&mut self, index: usize, name: &str) -> Result<(), EditError> {
        let name = self.check_participant_name(name, Some(index))?;
        let old = self
            .participants
            .get(index)
            .ok_or(EditError::Missing)?
            .name
            .clone();
        for record in self.benchmark.values_mut() {
            if let Some(rating) = record.scores.remove(&old) {
                record.scores.insert(name.clone(), rating);
            }
        }
        for round in &mut self.rounds {
            if let Some(ballot) = round.ballots.remove(&old) {
                round.ballots.insert(name.clone(), ballot);
            }
            // What was last shown follows the name too, or a renamed voter would
            // look like a ballot that changed.
            if let Some(shown) = round.shown_ballots.as_mut()
                && let Some(ballot) = shown.remove(&old)
            {
                shown.insert(name.clone(), ballot);
            }
        }
        for action in self.plan.iter_mut().filter(|a| a.owner == old) {
            action.owner = name.clone();
        }
        for review in self.review.iter_mut().filter(|r| r.owner == old) {
            review.owner = name.clone();
        }
        // The setup names people as typed, so any spelling of the old name counts.
        for named in [&mut self.facilitator, &mut self.sponsor] {
            if same_name(named, &old) {
                *named = name.clone();
            }
        }
        self.phone_entries.rename(&old, &name);
        self.participants[index].name = name;
        Ok(())
    }

    pub fn participant_mut(&mut self, index: usize) -> Result<&mut Participant, EditError> {
        self.participants.get_mut(index).ok_or(EditError::Missing)
    }

    /// What leaves with a participant who is removed, for the question asked first.
    pub fn departure(&self, index: usize) -> Option<Departure> {
        let name = &self.participants.get(index)?.name;
        Some(Departure {
            name: name.clone(),
            scores: self.scores_given(name),
            ballots: self
                .rounds
                .iter()
                .filter(|round| round.ballots.contains_key(name))
                .count(),
            actions_owned: self.plan.iter().filter(|a| &a.owner == name).count(),
            owners_from_participants: self.owners_from_participants,
        })
    }

    /// Whether a participant may be removed. Their ballots go with them, so every
    /// round holding one must take ballots now (`VotingRound::takes_ballots`): a
    /// closed round's ballots are final (reopen it first), and a revealed tally
    /// would drop by exactly their dots, showing how they voted (hide it first).
    pub fn check_removal(&self, index: usize) -> Result<(), EditError> {
        let person = self.participants.get(index).ok_or(EditError::Missing)?;
        let refusal = self.rounds.iter().find_map(|round| {
            let error = round
                .takes_ballots()
                .err()
                .filter(|_| round.ballots.contains_key(&person.name))?;
            let (name, round) = (person.name.clone(), round.title.clone());
            Some(match error {
                VoteError::Revealed => EditError::BallotInRevealedRound { name, round },
                _ => EditError::BallotInClosedRound { name, round },
            })
        });
        refusal.map_or(Ok(()), Err)
    }

    /// Removes a participant with their scores and ballots. The actions they own
    /// keep their name as a free-text owner when owners may be any name, and are
    /// left without an owner when owners must be participants. Refused while
    /// their ballot is in a closed round (`check_removal`).
    pub fn remove_participant(&mut self, index: usize) -> Result<Participant, EditError> {
        self.check_removal(index)?;
        let person = self.participants.remove(index);
        for record in self.benchmark.values_mut() {
            record.scores.remove(&person.name);
        }
        for round in &mut self.rounds {
            round.ballots.remove(&person.name);
        }
        self.phone_entries.forget(&person.name);
        if self.owners_from_participants {
            for action in self.plan.iter_mut().filter(|a| a.owner == person.name) {
                action.owner.clear();
            }
        }
        Ok(person)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::SetupField;
    use crate::domain::fixtures::{add_person, score, session};

    #[test]
    fn renaming_a_participant_carries_their_scores() {
        let mut s = session(&["listen"], &[]);
        add_person(&mut s, "Ana", None);
        score(&mut s, "listen", "Ana", Some(3), Some(4));
        s.rename_participant(0, "Ana Lima").unwrap();
        assert_eq!(s.rating("listen", "Ana Lima").current, Some(3));
        assert_eq!(s.rating("listen", "Ana").current, None);
        assert!(s.problems().is_empty());
    }

    /// A session where Ana scored, voted, owns two actions and an earlier one.
    fn ana_owns_actions(owners_from_participants: bool) -> Session {
        let mut s = session(&["listen", "think"], &[]);
        add_person(&mut s, "Ana", None);
        add_person(&mut s, "Ben", None);
        score(&mut s, "listen", "Ana", Some(3), Some(4));
        score(&mut s, "think", "Ana", Some(2), None);
        let mut round = crate::domain::VotingRound::new(
            "habits",
            vec![crate::domain::Candidate::Habit("listen".into())],
        );
        round.cast("Ana", vec![1]).unwrap();
        s.rounds.push(round);
        for (what, owner) in [("Listen weekly", "Ana"), ("Map", "Ana"), ("Ask", "Ben")] {
            let mut action = crate::domain::Action::new(what).unwrap();
            action.owner = owner.into();
            s.plan.push(action);
        }
        s.review.push(crate::domain::ActionReview {
            what: "Earlier".into(),
            owner: "Ana".into(),
            due: None,
            status: crate::domain::ActionStatus::InProgress,
            note: String::new(),
        });
        s.owners_from_participants = owners_from_participants;
        assert!(s.problems().is_empty());
        s
    }

    #[test]
    fn renaming_an_owner_carries_the_name_to_every_place_it_stood() {
        let mut s = ana_owns_actions(true);
        s.rename_participant(0, "Ana Lima").unwrap();
        let owners: Vec<&str> = s.plan.iter().map(|a| a.owner.as_str()).collect();
        assert_eq!(owners, ["Ana Lima", "Ana Lima", "Ben"]);
        assert_eq!(s.review[0].owner, "Ana Lima");
        assert!(s.rounds[0].ballots.contains_key("Ana Lima"));
        assert_eq!(s.scores_given("Ana Lima"), 3);
        assert!(s.problems().is_empty(), "{:?}", s.problems());
    }

    #[test]
    fn removing_an_owner_says_what_goes_and_leaves_a_sound_session() {
        for participants_only in [true, false] {
            let mut s = ana_owns_actions(participants_only);
            let question = s.departure(0).unwrap().to_string();
            assert!(
                question.starts_with("Delete Ana: 3 scores, 1 ballot, owner of 2 actions?"),
                "{question}"
            );
            s.remove_participant(0).unwrap();
            let owners: Vec<&str> = s.plan.iter().map(|a| a.owner.as_str()).collect();
            if participants_only {
                assert!(question.contains("will have no owner"), "{question}");
                assert_eq!(owners, ["", "", "Ben"]);
            } else {
                assert!(question.contains("keep \"Ana\""), "{question}");
                assert_eq!(owners, ["Ana", "Ana", "Ben"]);
            }
            assert!(s.rounds[0].ballots.is_empty());
            assert!(s.problems().is_empty(), "{:?}", s.problems());
        }
    }

    #[test]
    fn a_ballot_in_a_closed_round_keeps_its_voter_until_the_round_reopens() {
        let mut s = ana_owns_actions(true);
        s.rounds[0].closed = true;
        let before = s.clone();
        assert_eq!(
            s.remove_participant(0),
            Err(EditError::BallotInClosedRound {
                name: "Ana".into(),
                round: "habits".into()
            })
        );
        assert_eq!(s, before, "a refused removal changes nothing");
        assert_eq!(s.check_removal(1), Ok(()), "Ben did not vote");
        s.rounds[0].closed = false;
        s.remove_participant(0).unwrap();
        assert!(s.rounds[0].ballots.is_empty());
    }

    #[test]
    fn removing_a_voter_from_a_revealed_round_is_refused_until_it_is_hidden() {
        let mut s = ana_owns_actions(true);
        s.rounds[0].revealed = true;
        let refusal = s.remove_participant(0).unwrap_err();
        assert!(
            matches!(refusal, EditError::BallotInRevealedRound { .. }),
            "{refusal}"
        );
        assert!(refusal.to_string().contains("hide the tally first"));
        s.rounds[0].revealed = false;
        s.remove_participant(0).unwrap();
    }

    #[test]
    fn renaming_the_sponsor_or_facilitator_carries_the_name_to_the_setup() {
        let mut s = ana_owns_actions(true);
        s.sponsor = "ana".into();
        s.facilitator = "Ben".into();
        s.rename_participant(0, "Ana Lima").unwrap();
        assert_eq!(s.sponsor, "Ana Lima");
        assert_eq!(s.facilitator, "Ben");
        s.rename_participant(1, "Ben Okoro").unwrap();
        assert_eq!(s.facilitator, "Ben Okoro");
    }

    #[test]
    fn removing_someone_with_nothing_asks_the_short_question() {
        let s = ana_owns_actions(true);
        assert_eq!(
            s.departure(1).unwrap().to_string(),
            "Delete Ben: owner of 1 action? Owners must be participants, so their actions will have no owner."
        );
        let mut s = s;
        s.plan.clear();
        assert_eq!(
            s.departure(1).unwrap().to_string(),
            "Delete Ben (no scores, ballots or actions)?"
        );
        assert_eq!(s.departure(2), None);
    }

    #[test]
    fn duplicate_and_empty_names_are_refused_and_change_nothing() {
        let mut s = session(&["listen"], &["Store"]);
        add_person(&mut s, "Ana", None);
        add_person(&mut s, "Ben", None);
        let before = s.clone();
        assert_eq!(
            s.add_participant(" ana ", None),
            Err(EditError::DuplicateParticipant("ana".into()))
        );
        assert_eq!(
            s.rename_participant(1, "ANA"),
            Err(EditError::DuplicateParticipant("ANA".into()))
        );
        assert_eq!(s.add_participant("  ", None), Err(EditError::EmptyName));
        assert_eq!(
            s.add_area("store"),
            Err(EditError::DuplicateArea("store".into()))
        );
        assert_eq!(
            s.set_setup(SetupField::Title, " "),
            Err(EditError::EmptyTitle)
        );
        assert_eq!(s, before);
        // renaming to the same name with other case is fine
        s.rename_participant(0, "ANA").unwrap();
    }

    #[test]
    fn removing_a_participant_removes_their_scores() {
        let mut s = session(&["listen", "think"], &[]);
        add_person(&mut s, "Ana", None);
        score(&mut s, "listen", "Ana", Some(3), Some(4));
        score(&mut s, "think", "Ana", Some(2), None);
        assert_eq!(s.scores_given("Ana"), 3);
        s.remove_participant(0).unwrap();
        assert_eq!(s.scores_given("Ana"), 0);
        assert!(s.problems().is_empty());
    }
}

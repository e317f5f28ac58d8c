//! Which entries came from a phone: the score or ballot each phone sent, as
//! sent. An entry counts as a phone's while it still reads what the phone
//! sent; once the facilitator types another value it is the laptop's, with no
//! bookkeeping in every place a score or ballot can change.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::scoring::Rating;
use super::session::Session;

/// What phones sent, by habit id (scores) or round index (ballots), then by
/// participant name. New in session format 3.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PhoneEntries {
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub scores: BTreeMap<String, BTreeMap<String, Rating>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub ballots: BTreeMap<usize, BTreeMap<String, Vec<u32>>>,
}

impl PhoneEntries {
    pub fn is_empty(&self) -> bool {
        self.scores.is_empty() && self.ballots.is_empty()
    }

    /// Carries a renamed participant's entries to the new name.
    pub(super) fn rename(&mut self, old: &str, new: &str) {
        for people in self.scores.values_mut() {
            if let Some(rating) = people.remove(old) {
                people.insert(new.to_string(), rating);
            }
        }
        for people in self.ballots.values_mut() {
            if let Some(ballot) = people.remove(old) {
                people.insert(new.to_string(), ballot);
            }
        }
    }

    /// Forgets a removed participant's entries.
    pub(super) fn forget(&mut self, name: &str) {
        for people in self.scores.values_mut() {
            people.remove(name);
        }
        for people in self.ballots.values_mut() {
            people.remove(name);
        }
    }
}

impl Session {
    /// Notes that the fields a phone just sent (`sent`'s Some fields) of the
    /// participant's score of the habit, as they stand now, came from their
    /// phone. A field the phone never sent stays the laptop's, so it is never
    /// shown back to the phone.
    pub fn mark_phone_score(&mut self, habit: &str, participant: &str, sent: Rating) {
        let rating = self.rating(habit, participant);
        let mut entry = self.phone_sent_score(habit, participant);
        if sent.current.is_some() {
            entry.current = rating.current;
        }
        if sent.target.is_some() {
            entry.target = rating.target;
        }
        (self
            .phone_entries
            .scores
            .entry(habit.to_string())
            .or_default())
        .insert(participant.to_string(), entry);
    }

    /// The fields of the participant's score that their phone sent and that
    /// still read what it sent; the others are None.
    pub fn phone_sent_score(&self, habit: &str, participant: &str) -> Rating {
        let rating = self.rating(habit, participant);
        let Some(entry) =
            (self.phone_entries.scores.get(habit)).and_then(|people| people.get(participant))
        else {
            return Rating::default();
        };
        let still = |sent: Option<u8>, now: Option<u8>| sent.filter(|_| sent == now);
        Rating {
            current: still(entry.current, rating.current),
            target: still(entry.target, rating.target),
        }
    }

    /// Notes that the participant's ballot in the round, as it stands now,
    /// came from their phone.
    pub fn mark_phone_ballot(&mut self, round: usize, participant: &str) {
        let Some(ballot) = (self.rounds.get(round)).and_then(|r| r.ballots.get(participant)) else {
            return;
        };
        (self.phone_entries.ballots.entry(round).or_default())
            .insert(participant.to_string(), ballot.clone());
    }

    /// Whether the participant's score of the habit is the one their phone
    /// sent: every field the phone sent still reads so, and it sent one.
    pub fn score_from_phone(&self, habit: &str, participant: &str) -> bool {
        let Some(entry) =
            (self.phone_entries.scores.get(habit)).and_then(|people| people.get(participant))
        else {
            return false;
        };
        let rating = self.rating(habit, participant);
        let holds = |sent: Option<u8>, now: Option<u8>| sent.is_none() || sent == now;
        *entry != Rating::default()
            && holds(entry.current, rating.current)
            && holds(entry.target, rating.target)
    }

    /// Whether the participant's ballot in the round is the one their phone sent.
    pub fn ballot_from_phone(&self, round: usize, participant: &str) -> bool {
        let Some(ballot) = (self.rounds.get(round)).and_then(|r| r.ballots.get(participant)) else {
            return false;
        };
        (self.phone_entries.ballots.get(&round)).and_then(|people| people.get(participant))
            == Some(ballot)
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::Rating;
    use crate::domain::fixtures::{add_person, score, session};

    #[test]
    fn a_score_is_the_phones_until_the_facilitator_types_another_and_follows_a_rename() {
        let mut s = session(&["listen"], &[]);
        add_person(&mut s, "Ana", None);
        score(&mut s, "listen", "Ana", Some(3), None);
        assert!(!s.score_from_phone("listen", "Ana"));
        s.mark_phone_score(
            "listen",
            "Ana",
            Rating {
                current: Some(3),
                target: None,
            },
        );
        assert!(s.score_from_phone("listen", "Ana"));
        s.rename_participant(0, "Ana Lima").unwrap();
        assert!(s.score_from_phone("listen", "Ana Lima"));
        score(&mut s, "listen", "Ana Lima", Some(4), None);
        assert!(
            !s.score_from_phone("listen", "Ana Lima"),
            "typed at the laptop"
        );
        s.remove_participant(0).unwrap();
        assert!(s.phone_entries.scores["listen"].is_empty(), "forgotten");
    }

    #[test]
    fn only_the_fields_a_phone_sent_are_its_own() {
        let mut s = session(&["listen"], &[]);
        add_person(&mut s, "Ana", None);
        // the laptop typed a target; the phone then sends a current score
        score(&mut s, "listen", "Ana", Some(2), Some(5));
        s.mark_phone_score(
            "listen",
            "Ana",
            Rating {
                current: Some(2),
                target: None,
            },
        );
        assert!(s.score_from_phone("listen", "Ana"));
        let sent = s.phone_sent_score("listen", "Ana");
        assert_eq!((sent.current, sent.target), (Some(2), None));
        // the phone sends its target too: now both are its own
        s.mark_phone_score(
            "listen",
            "Ana",
            Rating {
                current: None,
                target: Some(5),
            },
        );
        let sent = s.phone_sent_score("listen", "Ana");
        assert_eq!((sent.current, sent.target), (Some(2), Some(5)));
    }
}

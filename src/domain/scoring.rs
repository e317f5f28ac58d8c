//! What the room said about each habit: scores, notes, barriers, and whether the
//! scores are on show yet; with the rules for entering, counting and revealing them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::error::EditError;
use super::session::Session;

/// One participant's scores for one habit. A missing score is `None`, never zero.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<u8>,
}

/// Everything captured for one habit during the benchmark.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HabitRecord {
    /// Scores keyed by participant name.
    pub scores: BTreeMap<String, Rating>,
    /// Evidence and quotes from the room.
    pub notes: Vec<String>,
    /// Answers to "what stops us?"; they can become voting candidates.
    pub barriers: Vec<String>,
    /// Scores stay hidden until the facilitator reveals them, so nobody anchors.
    pub revealed: bool,
}

/// Which of a participant's two scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreKind {
    Current,
    Target,
}

/// The two lists captured per habit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    /// Evidence and quotes.
    Note,
    /// "What stops us?"
    Barrier,
}

impl Session {
    /// A participant's scores for a habit; all missing when nothing was entered.
    pub fn rating(&self, habit_id: &str, participant: &str) -> Rating {
        self.benchmark
            .get(habit_id)
            .and_then(|record| record.scores.get(participant))
            .copied()
            .unwrap_or_default()
    }

    /// Sets or clears (`None`) one score; a value off the scale is refused.
    pub fn set_score(
        &mut self,
        habit: &str,
        participant: &str,
        kind: ScoreKind,
        value: Option<u8>,
    ) -> Result<(), EditError> {
        let scale = &self.framework.scale;
        if let Some(value) = value.filter(|&v| !scale.contains(v)) {
            return Err(EditError::OffScale {
                value: value.into(),
                min: scale.min,
                max: scale.max,
            });
        }
        if self.framework.habit(habit).is_none() || self.participant(participant).is_none() {
            return Err(EditError::Missing);
        }
        if !super::privacy::score_may_change(self, habit, participant) {
            return Err(EditError::AnonymousScoreShown);
        }
        let record = self.benchmark.entry(habit.to_string()).or_default();
        let rating = record.scores.entry(participant.to_string()).or_default();
        match kind {
            ScoreKind::Current => rating.current = value,
            ScoreKind::Target => rating.target = value,
        }
        if rating.current.is_none() && rating.target.is_none() {
            record.scores.remove(participant);
        }
        Ok(())
    }

    /// How many scores (current and target) a participant has given.
    pub fn scores_given(&self, name: &str) -> usize {
        self.benchmark
            .values()
            .filter_map(|record| record.scores.get(name))
            .map(|rating| {
                usize::from(rating.current.is_some()) + usize::from(rating.target.is_some())
            })
            .sum()
    }

    /// How many participants have given a current score for a habit.
    pub fn scored_count(&self, habit: &str) -> usize {
        self.participants
            .iter()
            .filter(|p| self.rating(habit, &p.name).current.is_some())
            .count()
    }

    /// Shows or hides a habit's scores; returns whether they are now shown.
    pub fn toggle_reveal(&mut self, habit: &str) -> bool {
        let record = self.benchmark.entry(habit.to_string()).or_default();
        record.revealed = !record.revealed;
        record.revealed
    }

    pub fn is_revealed(&self, habit: &str) -> bool {
        self.benchmark
            .get(habit)
            .is_some_and(|record| record.revealed)
    }

    /// Whether the results are complete: every habit scored and revealed, so
    /// nothing in them waits on a hidden number.
    pub fn results_complete(&self) -> bool {
        self.framework
            .habits
            .iter()
            .all(|habit| self.is_revealed(&habit.id) && self.scored_count(&habit.id) > 0)
    }

    /// The notes or barriers of a habit.
    pub fn notes(&self, habit: &str, kind: NoteKind) -> &[String] {
        self.benchmark.get(habit).map_or(&[], |record| match kind {
            NoteKind::Note => &record.notes,
            NoteKind::Barrier => &record.barriers,
        })
    }

    fn notes_mut(&mut self, habit: &str, kind: NoteKind) -> &mut Vec<String> {
        let record = self.benchmark.entry(habit.to_string()).or_default();
        match kind {
            NoteKind::Note => &mut record.notes,
            NoteKind::Barrier => &mut record.barriers,
        }
    }

    /// Adds a note or barrier (`index` None) or replaces one.
    pub fn set_note(
        &mut self,
        habit: &str,
        kind: NoteKind,
        index: Option<usize>,
        text: &str,
    ) -> Result<(), EditError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(EditError::EmptyText);
        }
        let notes = self.notes_mut(habit, kind);
        match index {
            None => notes.push(text.to_string()),
            Some(i) => *notes.get_mut(i).ok_or(EditError::Missing)? = text.to_string(),
        }
        Ok(())
    }

    pub fn remove_note(
        &mut self,
        habit: &str,
        kind: NoteKind,
        index: usize,
    ) -> Result<String, EditError> {
        let notes = self.notes_mut(habit, kind);
        if index >= notes.len() {
            return Err(EditError::Missing);
        }
        Ok(notes.remove(index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::{add_person, session};

    #[test]
    fn a_score_off_the_scale_is_refused() {
        let mut s = session(&["listen"], &[]);
        add_person(&mut s, "Ana", None);
        assert_eq!(
            s.set_score("listen", "Ana", ScoreKind::Current, Some(6)),
            Err(EditError::OffScale {
                value: 6,
                min: 1,
                max: 5
            })
        );
        s.set_score("listen", "Ana", ScoreKind::Target, Some(5))
            .unwrap();
        assert_eq!(s.rating("listen", "Ana").target, Some(5));
        s.set_score("listen", "Ana", ScoreKind::Target, None)
            .unwrap();
        assert!(
            s.benchmark["listen"].scores.is_empty(),
            "a cleared rating leaves no empty entry"
        );
    }

    #[test]
    fn results_are_complete_once_every_habit_is_scored_and_revealed() {
        let mut s = session(&["listen", "think"], &[]);
        add_person(&mut s, "Ana", None);
        for habit in ["listen", "think"] {
            s.set_score(habit, "Ana", ScoreKind::Current, Some(3))
                .unwrap();
        }
        assert!(!s.results_complete(), "nothing revealed yet");
        s.toggle_reveal("listen");
        assert!(!s.results_complete(), "think is still hidden");
        s.toggle_reveal("think");
        assert!(s.results_complete());
        s.set_score("think", "Ana", ScoreKind::Current, None)
            .unwrap();
        assert!(!s.results_complete(), "a revealed habit nobody scored");
    }

    #[test]
    fn notes_are_added_edited_and_removed_but_never_empty() {
        let mut s = session(&["listen"], &[]);
        s.set_note("listen", NoteKind::Barrier, None, " Too many tools ")
            .unwrap();
        s.set_note("listen", NoteKind::Barrier, Some(0), "Five tools")
            .unwrap();
        assert_eq!(s.notes("listen", NoteKind::Barrier), ["Five tools"]);
        assert_eq!(
            s.set_note("listen", NoteKind::Note, None, "  "),
            Err(EditError::EmptyText)
        );
        assert_eq!(
            s.remove_note("listen", NoteKind::Barrier, 0).unwrap(),
            "Five tools"
        );
    }
}

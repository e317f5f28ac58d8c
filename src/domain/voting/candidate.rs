//! What the room can put dots on: habits, barriers captured in the benchmark, and
//! ideas added by hand.

use serde::{Deserialize, Serialize};

use super::ranking::compare_gaps;
use crate::domain::framework::Framework;
use crate::domain::scoring::NoteKind;
use crate::domain::session::Session;
use crate::domain::stats::Results;
use crate::domain::stats::habit::HabitResult;

/// What the room can put dots on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Candidate {
    /// A habit of the framework, by id.
    Habit(String),
    /// A barrier captured for a habit during the benchmark.
    Barrier { habit: String, text: String },
    /// Anything the facilitator adds by hand.
    Idea(String),
}

impl Candidate {
    /// The candidate as the room reads it: a habit's name, a barrier, an idea.
    pub fn label(&self, framework: &Framework) -> String {
        match self {
            Candidate::Habit(id) => framework
                .habit(id)
                .map_or_else(|| id.clone(), |h| h.name.clone()),
            Candidate::Barrier { text, .. } | Candidate::Idea(text) => text.clone(),
        }
    }

    /// The habit a candidate belongs to, if any.
    pub fn habit(&self) -> Option<&str> {
        match self {
            Candidate::Habit(habit) | Candidate::Barrier { habit, .. } => Some(habit),
            Candidate::Idea(_) => None,
        }
    }
}

/// The habits as candidates, the largest gap first (unscored habits last).
pub fn habit_candidates(framework: &Framework, results: &Results) -> Vec<Candidate> {
    let mut habits: Vec<&HabitResult> = results.habits.iter().collect();
    habits.sort_by(|a, b| compare_gaps(a.gap, b.gap));
    habits
        .into_iter()
        .filter(|h| framework.habit(&h.habit_id).is_some())
        .map(|h| Candidate::Habit(h.habit_id.clone()))
        .collect()
}

/// Every barrier captured in the benchmark, habit by habit, as candidates.
pub fn barrier_candidates(session: &Session) -> Vec<Candidate> {
    session
        .framework
        .habits
        .iter()
        .flat_map(|habit| {
            session
                .notes(&habit.id, NoteKind::Barrier)
                .iter()
                .map(|text| Candidate::Barrier {
                    habit: habit.id.clone(),
                    text: text.clone(),
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::{add_person, score, session};

    #[test]
    fn habit_candidates_come_largest_gap_first() {
        let mut s = session(&["listen", "think", "values"], &[]);
        add_person(&mut s, "Ana", None);
        score(&mut s, "listen", "Ana", Some(3), Some(4)); // gap 1
        score(&mut s, "think", "Ana", Some(1), Some(4)); // gap 3
        // values: no scores, no gap: last
        let candidates = habit_candidates(&s.framework, &Results::of(&s));
        let ids: Vec<&str> = candidates.iter().filter_map(Candidate::habit).collect();
        assert_eq!(ids, ["think", "listen", "values"]);
    }

    #[test]
    fn barrier_candidates_carry_their_habit() {
        let mut s = session(&["listen", "think"], &[]);
        s.set_note("think", NoteKind::Barrier, None, "Silos")
            .unwrap();
        s.set_note("listen", NoteKind::Barrier, None, "Five tools")
            .unwrap();
        let candidates = barrier_candidates(&s);
        assert_eq!(
            candidates,
            [
                Candidate::Barrier {
                    habit: "listen".into(),
                    text: "Five tools".into()
                },
                Candidate::Barrier {
                    habit: "think".into(),
                    text: "Silos".into()
                },
            ]
        );
        assert_eq!(candidates[1].label(&s.framework), "Silos");
    }
}

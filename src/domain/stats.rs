//! Results as the domain defines them: one habit's numbers (`habit`), the
//! spread and its no-consensus flag (`spread`), the habit x area heat map
//! (`heat_map`), the culture index (`culture_index`), and here the strengths and
//! weaknesses. A missing score is missing: it is never counted as zero. Only
//! revealed habits count: a hidden habit's scores are in no number here (see
//! `privacy`).

use serde::Serialize;

use super::session::Session;

pub mod culture_index;
pub mod habit;
pub mod heat_map;
pub mod spread;

use culture_index::{Coverage, CultureIndex};
use habit::HabitResult;
use heat_map::HeatMap;

/// How many strengths and weaknesses are named at most, ties aside.
const NAMED_EXTREMES: usize = 3;

/// The computed results of one session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Results {
    /// One per framework habit, in framework order.
    pub habits: Vec<HabitResult>,
    pub heat_map: HeatMap,
    /// Habit ids with the highest current means, best first; a habit tied with
    /// the last one is listed too.
    pub strengths: Vec<String>,
    /// Habit ids with the lowest current means, weakest first, ties included.
    pub weaknesses: Vec<String>,
    /// `None` until at least one habit has a current score.
    pub index: Option<CultureIndex>,
}

/// The first `named` habits' ids and every later one with the same mean as the
/// last of them, so a tie never leaves out a habit as good (or as weak).
fn with_ties(ordered: &[&HabitResult], named: usize) -> Vec<String> {
    let Some(last) = named.checked_sub(1).and_then(|i| ordered.get(i)) else {
        return Vec::new();
    };
    let tied = |h: &&&HabitResult| {
        h.mean_current
            .zip(last.mean_current)
            .is_some_and(|(a, b)| (a - b).abs() < 1e-9)
    };
    ordered[..named]
        .iter()
        .chain(ordered[named..].iter().take_while(tied))
        .map(|h| h.habit_id.clone())
        .collect()
}

impl Results {
    /// Computes every result of a session from its scores.
    pub fn of(session: &Session) -> Self {
        let habits: Vec<HabitResult> = session
            .framework
            .habits
            .iter()
            .map(|habit| HabitResult::compute(session, &habit.id, &habit.name))
            .collect();

        let index = CultureIndex::of(&habits, &session.framework.scale);
        let mut scored: Vec<&HabitResult> =
            habits.iter().filter(|h| h.mean_current.is_some()).collect();

        // Highest mean first; equal means keep framework order, so the result is stable.
        scored.sort_by(|a, b| {
            b.mean_current
                .unwrap_or(0.0)
                .total_cmp(&a.mean_current.unwrap_or(0.0))
        });
        let named = NAMED_EXTREMES.min(scored.len() / 2);
        let lowest_first: Vec<&HabitResult> = scored.iter().rev().copied().collect();
        let mut strengths = with_ties(&scored, named);
        let mut weaknesses = with_ties(&lowest_first, named);
        // A tie that reaches both lists is neither a strength nor a weakness.
        let both: Vec<String> = strengths
            .iter()
            .filter(|id| weaknesses.contains(id))
            .cloned()
            .collect();
        strengths.retain(|id| !both.contains(id));
        weaknesses.retain(|id| !both.contains(id));

        Results {
            heat_map: HeatMap::compute(session),
            habits,
            strengths,
            weaknesses,
            index,
        }
    }

    pub fn habit(&self, habit_id: &str) -> Option<&HabitResult> {
        self.habits.iter().find(|h| h.habit_id == habit_id)
    }

    /// How many habits have scores still hidden.
    pub fn hidden_habits(&self) -> usize {
        self.habits.iter().filter(|h| h.hidden).count()
    }

    /// Which habits the index covers.
    pub fn coverage(&self) -> Coverage {
        Coverage::of(&self.habits)
    }

    /// The names of habits given by id, e.g. of the strengths.
    pub fn habit_names(&self, ids: &[String]) -> Vec<&str> {
        ids.iter()
            .filter_map(|id| self.habit(id).map(|h| h.habit_name.as_str()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::fixtures::{add_person, hide, score, session, workshop};

    #[test]
    fn strengths_and_weaknesses_are_the_extremes_of_the_scored_habits() {
        let results = Results::of(&workshop());
        // three scored habits: one strength, one weakness; listen and empower tie
        // at 3.0, so both are named weaknesses
        assert_eq!(results.strengths, ["think"]);
        assert_eq!(results.weaknesses, ["empower", "listen"]);
    }

    #[test]
    fn a_tie_across_the_middle_is_neither_a_strength_nor_a_weakness() {
        let mut s = workshop();
        // listen 3, think 10/3, empower 3 and now delight 3: two named of four,
        // but the three at 3.0 tie across both lists, so only think stands out
        for (name, now) in [("Ana", 3), ("Ben", 3)] {
            score(&mut s, "delight", name, Some(now), None);
        }
        let results = Results::of(&s);
        assert_eq!(results.strengths, ["think"]);
        assert!(results.weaknesses.is_empty());
    }

    #[test]
    fn a_hidden_habit_counts_in_no_number() {
        let mut s = workshop();
        // think has the highest mean (10/3) and is the strength while shown
        hide(&mut s, "think");
        let results = Results::of(&s);
        let think = results.habit("think").unwrap();
        assert!(think.hidden);
        assert_eq!(
            (think.mean_current, think.gap, think.spread),
            (None, None, None)
        );
        // no value at all, not "nobody scored"
        assert_eq!((think.count, think.target_count), (None, None));
        assert_eq!((think.no_consensus, &think.distribution), (None, &None));
        assert!(
            results.heat_map.cells[1]
                .iter()
                .all(|c| c.count.is_none() && c.mean.is_none())
        );
        assert!(!results.strengths.contains(&"think".to_string()));
        assert!(!results.weaknesses.contains(&"think".to_string()));
        // index over listen (3) and empower (3): 50 on 1-5
        let index = results.index.unwrap();
        assert!((index.value - 50.0).abs() < 1e-9);
        assert_eq!(
            (index.habits_scored, index.habits_hidden, index.habits_total),
            (2, 1, 4)
        );
        // a habit nobody scored is not "hidden": there is nothing to hide
        assert!(!results.habit("delight").unwrap().hidden);
    }

    #[test]
    fn an_unscored_session_has_no_index() {
        let results = Results::of(&session(&["listen"], &[]));
        assert_eq!(results.index, None);
        assert!(results.strengths.is_empty());
    }

    const HABITS: [&str; 3] = ["listen", "think", "values"];

    /// A session of up to 12 people, each with maybe-missing scores per habit.
    fn any_session() -> impl Strategy<Value = Session> {
        let person = (
            prop::option::of(0usize..3),
            prop::collection::vec((prop::option::of(1u8..=5), prop::option::of(1u8..=5)), 3),
        );
        prop::collection::vec(person, 0..12).prop_map(|people| {
            let mut s = session(&HABITS, &["North", "South", "East"]);
            let areas = s.areas.clone();
            for (i, (area, ratings)) in people.into_iter().enumerate() {
                let name = format!("P{i}");
                add_person(&mut s, &name, area.map(|a| areas[a].as_str()));
                for (habit, (current, target)) in HABITS.iter().zip(ratings) {
                    score(&mut s, habit, &name, current, target);
                }
            }
            s
        })
    }

    proptest! {
        #[test]
        fn means_stay_on_the_scale_and_the_index_within_0_to_100(s in any_session()) {
            let results = Results::of(&s);
            for habit in &results.habits {
                for mean in [habit.mean_current, habit.mean_target].into_iter().flatten() {
                    prop_assert!((1.0..=5.0).contains(&mean));
                }
            }
            for cell in results.heat_map.cells.iter().flatten() {
                prop_assert!(cell.mean.is_none_or(|m| (1.0..=5.0).contains(&m)));
            }
            if let Some(index) = results.index {
                prop_assert!((0.0..=100.0).contains(&index.value));
            }
        }

        #[test]
        fn results_do_not_depend_on_participant_order(s in any_session(), seed in any::<u64>()) {
            let mut shuffled = s.clone();
            let n = shuffled.participants.len();
            if n > 1 {
                // a deterministic permutation from the seed
                for i in (1..n).rev() {
                    let j = (seed.wrapping_mul(i as u64 + 7) % (i as u64 + 1)) as usize;
                    shuffled.participants.swap(i, j);
                }
            }
            let (a, b) = (Results::of(&s), Results::of(&shuffled));
            for (x, y) in a.habits.iter().zip(&b.habits) {
                prop_assert_eq!(x.count, y.count);
                prop_assert_eq!(x.range, y.range);
                prop_assert_eq!(x.no_consensus, y.no_consensus);
                for (p, q) in [(x.mean_current, y.mean_current), (x.spread, y.spread), (x.gap, y.gap)] {
                    prop_assert!(p.zip(q).is_none_or(|(p, q)| (p - q).abs() < 1e-9));
                    prop_assert_eq!(p.is_some(), q.is_some());
                }
            }
            prop_assert_eq!(a.heat_map.cells.len(), b.heat_map.cells.len());
        }

        #[test]
        fn a_participant_without_scores_changes_nothing(s in any_session(), area in prop::option::of(0usize..3)) {
            let mut more = s.clone();
            let area = area.map(|a| more.areas[a].clone());
            add_person(&mut more, "Latecomer", area.as_deref());
            prop_assert_eq!(Results::of(&s), Results::of(&more));
        }
    }
}

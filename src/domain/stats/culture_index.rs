//! The culture index: one number for the room's whole benchmark, the mean of the
//! revealed habits' means on a 0-100 scale.

use serde::Serialize;

use super::habit::HabitResult;
use crate::domain::framework::Scale;

/// Which habits an index covers: the revealed habits with current scores, out of
/// the framework's, and how many it leaves out because their scores are hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub habits_scored: usize,
    pub habits_hidden: usize,
    pub habits_total: usize,
}

impl Coverage {
    pub fn of(habits: &[HabitResult]) -> Self {
        Coverage {
            habits_scored: habits.iter().filter(|h| h.mean_current.is_some()).count(),
            habits_hidden: habits.iter().filter(|h| h.hidden).count(),
            habits_total: habits.len(),
        }
    }
}

/// The mean of some habit means mapped from the scale to 0-100, `None` for none.
pub(crate) fn percent_of_means(means: &[f64], scale: &Scale) -> Option<f64> {
    (!means.is_empty()).then(|| scale.to_percent(means.iter().sum::<f64>() / means.len() as f64))
}

/// The culture index: the mean of the habit means mapped from the scale to 0-100,
/// over the revealed habits that have scores.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CultureIndex {
    pub value: f64,
    /// The habits the index covers: revealed, with current scores.
    pub habits_scored: usize,
    /// Habits with scores still hidden, which the index leaves out.
    pub habits_hidden: usize,
    pub habits_total: usize,
}

impl CultureIndex {
    /// The index over the habits with current scores; `None` when no habit has one.
    pub(super) fn of(habits: &[HabitResult], scale: &Scale) -> Option<Self> {
        let means: Vec<f64> = habits.iter().filter_map(|h| h.mean_current).collect();
        let coverage = Coverage::of(habits);
        percent_of_means(&means, scale).map(|value| CultureIndex {
            value,
            habits_scored: coverage.habits_scored,
            habits_hidden: coverage.habits_hidden,
            habits_total: coverage.habits_total,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::Results;
    use crate::domain::fixtures::workshop;

    #[test]
    fn a_habit_without_scores_has_no_mean_and_is_not_counted_as_zero() {
        let results = Results::of(&workshop());
        let delight = results.habit("delight").unwrap();
        assert_eq!(delight.mean_current, None);
        // nobody scored it: nothing is hidden, the count is a real zero
        assert_eq!(delight.count, Some(0));
        assert_eq!(delight.no_consensus, Some(false));
        // index over the three scored habits: means 3, 10/3, 3 -> 28/9 on 1-5,
        // (28/9 - 1) / 4 * 100 = 19/36 * 100
        let index = results.index.unwrap();
        assert!((index.value - 1900.0 / 36.0).abs() < 1e-9);
        assert_eq!((index.habits_scored, index.habits_total), (3, 4));
    }
}

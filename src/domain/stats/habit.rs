//! One habit's numbers: means, gap, spread, range, counts and how the scores fall
//! on the scale, all empty while the habit's scores are hidden.

use serde::Serialize;

use super::spread::{Disagreement, Summary, disagreement, mean};
use crate::domain::privacy;
use crate::domain::session::Session;

/// The statistics of one habit; all empty while its scores are hidden.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HabitResult {
    pub habit_id: String,
    pub habit_name: String,
    /// Scores were entered but are not revealed: no number of this habit is shown.
    pub hidden: bool,
    pub mean_current: Option<f64>,
    pub mean_target: Option<f64>,
    /// Target mean minus current mean, when both exist.
    pub gap: Option<f64>,
    /// Population standard deviation of the current scores.
    pub spread: Option<f64>,
    /// Highest minus lowest current score.
    pub range: Option<u8>,
    /// How many current scores there are; `None` (not 0) while hidden.
    pub count: Option<usize>,
    /// How many target scores there are; `None` while hidden.
    pub target_count: Option<usize>,
    /// Spread >= 1.0 or range >= 3: "no consensus: discuss"; `None` while hidden.
    pub no_consensus: Option<bool>,
    /// How many current scores each level of the scale got, lowest level first;
    /// `None` while hidden.
    pub distribution: Option<Vec<usize>>,
}

impl HabitResult {
    pub(super) fn compute(session: &Session, habit_id: &str, habit_name: &str) -> Self {
        let ratings: Vec<_> = session
            .participants
            .iter()
            .map(|person| session.rating(habit_id, &person.name))
            .collect();
        let hidden = !privacy::scores_shown(session, habit_id);
        // A hidden habit contributes nothing: it reads as if no score were counted.
        let ratings = if hidden { Vec::new() } else { ratings };
        let current: Vec<u8> = ratings.iter().filter_map(|r| r.current).collect();
        let target: Vec<u8> = ratings.iter().filter_map(|r| r.target).collect();
        let scale = &session.framework.scale;
        let mut distribution = vec![0; scale.levels()];
        for &value in current.iter().filter(|&&v| scale.contains(v)) {
            distribution[usize::from(value - scale.min)] += 1;
        }
        let summary = Summary::of(&current);
        let mean_current = summary.map(|s| s.mean);
        let mean_target = mean(&target);
        let no_consensus = summary.is_some_and(|s| s.no_consensus());
        // Hidden, it has no value at all: not "nobody scored". A habit nobody
        // scored has nothing to hide and counts zero.
        let hidden = hidden && privacy::has_scores(session, habit_id);
        HabitResult {
            habit_id: habit_id.to_string(),
            habit_name: habit_name.to_string(),
            hidden,
            mean_current,
            mean_target,
            gap: mean_current.zip(mean_target).map(|(now, goal)| goal - now),
            spread: summary.map(|s| s.spread),
            range: summary.map(|s| s.range),
            count: (!hidden).then_some(current.len()),
            target_count: (!hidden).then_some(target.len()),
            no_consensus: (!hidden).then_some(no_consensus),
            distribution: (!hidden).then_some(distribution),
        }
    }

    /// Whether the room's scores disagree (shown only, never while hidden).
    pub fn disagrees(&self) -> bool {
        self.no_consensus == Some(true)
    }

    /// Why the room's scores disagree, if they do (shown only).
    pub fn disagreement(&self) -> Option<Disagreement> {
        let (spread, range) = self.spread.zip(self.range)?;
        disagreement(spread, range).filter(|_| self.disagrees())
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::Results;
    use crate::domain::fixtures::{close, workshop};

    #[test]
    fn means_gap_spread_and_range_of_a_habit() {
        let results = Results::of(&workshop());
        let listen = results.habit("listen").unwrap();
        assert!(close(listen.mean_current, 3.0)); // (2+3+4)/3
        assert!(close(listen.mean_target, 4.5)); // (4+5+4+5)/4
        assert!(close(listen.gap, 1.5));
        // deviations -1, 0, 1: variance 2/3, spread sqrt(2/3)
        assert!(close(listen.spread, (2.0f64 / 3.0).sqrt()));
        assert_eq!(listen.range, Some(2));
        assert_eq!((listen.count, listen.target_count), (Some(3), Some(4)));
        assert_eq!(listen.distribution, Some(vec![0, 1, 1, 1, 0])); // one 2, one 3, one 4
        assert_eq!(listen.no_consensus, Some(false));
    }
}

//! Spread, range and the "no consensus: discuss" flag: how far apart the room's
//! scores for a habit are, and when that is far enough to talk about.

/// Spread (population standard deviation) at or above which a habit needs discussion.
pub const SPREAD_LIMIT: f64 = 1.0;
/// Range (highest minus lowest score) at or above which a habit needs discussion.
pub const RANGE_LIMIT: u8 = 3;

/// Mean, population standard deviation and range of a set of scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Summary {
    pub(super) mean: f64,
    pub(super) spread: f64,
    pub(super) range: u8,
}

impl Summary {
    /// Summarises a set of scores; `None` when there are none.
    pub(super) fn of(values: &[u8]) -> Option<Summary> {
        let (&min, &max) = (values.iter().min()?, values.iter().max()?);
        let n = values.len() as f64;
        let mean = values.iter().map(|&v| f64::from(v)).sum::<f64>() / n;
        let variance = values
            .iter()
            .map(|&v| (f64::from(v) - mean).powi(2))
            .sum::<f64>()
            / n;
        Some(Summary {
            mean,
            spread: variance.sqrt(),
            range: max - min,
        })
    }

    /// Spread >= 1.0 or range >= 3: the room does not agree and should discuss.
    pub(super) fn no_consensus(&self) -> bool {
        disagreement(self.spread, self.range).is_some()
    }
}

/// Why a habit is flagged "no consensus": the reason a room reads first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disagreement {
    /// The lowest and highest scores are `RANGE_LIMIT` or more levels apart.
    Range,
    /// The scores are spread wide (`SPREAD_LIMIT` or more) around their mean.
    Spread,
}

/// Whether scores with this spread and range disagree, and why; the range is
/// named first, as "3 levels apart" needs no statistics to understand.
pub fn disagreement(spread: f64, range: u8) -> Option<Disagreement> {
    if range >= RANGE_LIMIT {
        Some(Disagreement::Range)
    } else if spread >= SPREAD_LIMIT - 1e-9 {
        // The small tolerance keeps a spread of exactly 1.0 flagged despite rounding.
        Some(Disagreement::Spread)
    } else {
        None
    }
}

/// The mean of a set of scores; `None` when there are none.
pub(super) fn mean(values: &[u8]) -> Option<f64> {
    Summary::of(values).map(|summary| summary.mean)
}

#[cfg(test)]
mod tests {
    use crate::domain::Results;
    use crate::domain::fixtures::{close, workshop};

    #[test]
    fn a_wide_range_or_a_spread_of_one_means_no_consensus() {
        let results = Results::of(&workshop());
        let think = results.habit("think").unwrap();
        assert_eq!(think.range, Some(4));
        assert!(think.disagrees());
        assert_eq!(think.gap, None); // no targets given
        let empower = results.habit("empower").unwrap();
        assert!(close(empower.spread, 1.0)); // deviations -1, +1
        assert_eq!(empower.range, Some(2));
        assert!(empower.disagrees());
    }

    #[test]
    fn a_flag_says_why_the_range_first() {
        use super::Disagreement;
        let results = Results::of(&workshop());
        // think: range 4 (and a wide spread); empower: spread 1.0, range 2
        let why = |id| results.habit(id).unwrap().disagreement();
        assert_eq!(why("think"), Some(Disagreement::Range));
        assert_eq!(why("empower"), Some(Disagreement::Spread));
        assert_eq!(why("listen"), None);
    }
}

//! A trend across benchmarks: the culture index and each habit's mean current
//! score at every benchmark date, oldest first. A habit with no revealed mean at
//! a date (hidden, not scored, or not in that benchmark's framework) has no point
//! there: a gap in its line, never a zero.

use chrono::NaiveDate;
use serde::Serialize;

use super::error::CompareError;
use super::framework::Scale;
use super::session::Session;
use super::stats::Results;
use super::stats::culture_index::Coverage;

/// One habit at one benchmark.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum Point {
    /// The mean of the revealed current scores.
    Mean(f64),
    /// Scores were given but never revealed: no number may show.
    Hidden,
    /// The habit was in the framework but nobody scored it.
    NotScored,
    /// The benchmark's framework did not have the habit.
    NotInFramework,
}

impl Point {
    /// The mean, when there is one to draw.
    pub fn mean(self) -> Option<f64> {
        match self {
            Point::Mean(mean) => Some(mean),
            _ => None,
        }
    }

    /// Why there is no number, in a word or two for a table cell.
    pub fn missing_reason(self) -> Option<&'static str> {
        match self {
            Point::Mean(_) => None,
            Point::Hidden => Some("hidden"),
            Point::NotScored => Some("not scored"),
            Point::NotInFramework => Some("not asked"),
        }
    }
}

/// One benchmark of the trend: when, and its own culture index.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendBenchmark {
    pub title: String,
    pub date: NaiveDate,
    /// The index over the habits this benchmark revealed (see `coverage`).
    pub index: Option<f64>,
    pub coverage: Coverage,
}

/// One habit's line: a point per benchmark, in the benchmarks' order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HabitSeries {
    pub habit_id: String,
    pub name: String,
    pub points: Vec<Point>,
}

/// The trend of one organisation's benchmarks on one framework.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trend {
    pub framework: String,
    /// The newest benchmark's scale: what the habit means are drawn against.
    pub scale: Scale,
    /// Oldest first.
    pub benchmarks: Vec<TrendBenchmark>,
    /// Every habit any of the benchmarks had, in the order they first appear.
    pub habits: Vec<HabitSeries>,
}

/// Refuses sessions on more than one framework, naming the first two that differ.
pub fn same_framework(sessions: &[&Session]) -> Result<(), CompareError> {
    let Some(first) = sessions.first() else {
        return Ok(());
    };
    match sessions
        .iter()
        .find(|s| s.framework.id != first.framework.id)
    {
        Some(other) => Err(CompareError::DifferentFramework {
            old: first.framework.name.clone(),
            new: other.framework.name.clone(),
        }),
        None => Ok(()),
    }
}

/// The trend of some benchmarks, put in date order. Refused when they are not
/// all on the same framework. Hidden scores count nowhere (`Results` leaves them
/// out, by `privacy`).
pub fn trend<'a>(sessions: impl IntoIterator<Item = &'a Session>) -> Result<Trend, CompareError> {
    let mut ordered: Vec<&Session> = sessions.into_iter().collect();
    same_framework(&ordered)?;
    ordered.sort_by_key(|s| s.date);
    let results: Vec<Results> = ordered.iter().map(|s| Results::of(s)).collect();
    let mut habits: Vec<HabitSeries> = Vec::new();
    for session in &ordered {
        for habit in &session.framework.habits {
            if habits.iter().all(|h| h.habit_id != habit.id) {
                habits.push(HabitSeries {
                    habit_id: habit.id.clone(),
                    name: habit.name.clone(),
                    points: Vec::new(),
                });
            }
        }
    }
    for series in &mut habits {
        series.points = results
            .iter()
            .map(|r| match r.habit(&series.habit_id) {
                None => Point::NotInFramework,
                Some(h) if h.hidden => Point::Hidden,
                Some(h) => h.mean_current.map_or(Point::NotScored, Point::Mean),
            })
            .collect();
    }
    let benchmarks = ordered
        .iter()
        .zip(&results)
        .map(|(session, r)| TrendBenchmark {
            title: session.title.clone(),
            date: session.date,
            index: r.index.map(|i| i.value),
            coverage: r.coverage(),
        })
        .collect();
    Ok(Trend {
        framework: ordered
            .last()
            .map(|s| s.framework.name.clone())
            .unwrap_or_default(),
        scale: ordered
            .last()
            .map(|s| s.framework.scale.clone())
            .unwrap_or_else(|| Scale {
                name: String::new(),
                min: 1,
                max: 5,
                labels: Vec::new(),
            }),
        benchmarks,
        habits,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::{close, hide, score, session, workshop};

    #[test]
    fn points_follow_dates_and_a_habit_missing_once_is_a_gap() {
        let mut later = workshop();
        later.date = later.date.succ_opt().unwrap();
        score(&mut later, "delight", "Ana", Some(4), None);
        hide(&mut later, "think");
        let trend = trend(&[later, workshop()]).unwrap();
        assert!(trend.benchmarks[0].date < trend.benchmarks[1].date);
        let points = |id: &str| {
            &trend
                .habits
                .iter()
                .find(|h| h.habit_id == id)
                .unwrap()
                .points
        };
        assert_eq!(points("delight")[0], Point::NotScored);
        assert!(close(points("delight")[1].mean(), 4.0));
        assert_eq!(points("think")[1], Point::Hidden);
        assert!(close(points("think")[0].mean(), 10.0 / 3.0));
    }

    #[test]
    fn a_habit_only_one_framework_has_is_not_asked_in_the_other() {
        let old = session(&["listen", "think"], &[]);
        let mut new = session(&["listen"], &[]);
        new.date = old.date.succ_opt().unwrap();
        let trend = trend(&[old, new]).unwrap();
        let think = trend.habits.iter().find(|h| h.habit_id == "think").unwrap();
        assert_eq!(think.points[1], Point::NotInFramework);
    }

    #[test]
    fn another_framework_is_refused_with_both_names() {
        let old = workshop();
        let mut other = workshop();
        other.framework.id = "health-check".into();
        other.framework.name = "Team health check".into();
        let error = trend(&[old.clone(), other]).unwrap_err().to_string();
        assert!(error.contains(&old.framework.name) && error.contains("Team health check"));
    }
}

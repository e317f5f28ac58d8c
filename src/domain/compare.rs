//! Comparing a benchmark with an earlier one: what moved per habit and per area,
//! the index, and what became of the earlier plan.

use chrono::NaiveDate;
use serde::Serialize;

use super::error::CompareError;
use super::follow_up::ActionReview;
use super::plan::ActionStatus;
use super::session::Session;
use super::stats::Results;
use super::stats::culture_index::{Coverage, percent_of_means};

/// One habit then and now.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HabitChange {
    pub habit_id: String,
    pub name: String,
    pub old_mean: Option<f64>,
    pub new_mean: Option<f64>,
    pub old_gap: Option<f64>,
    pub new_gap: Option<f64>,
    /// The habit's scores were hidden then, or are hidden now: no number for that side.
    pub old_hidden: bool,
    pub new_hidden: bool,
}

impl HabitChange {
    /// New mean minus old mean, when both exist.
    pub fn change(&self) -> Option<f64> {
        self.old_mean.zip(self.new_mean).map(|(old, new)| new - old)
    }

    /// New gap minus old gap: negative means the gap closed.
    pub fn gap_change(&self) -> Option<f64> {
        self.old_gap.zip(self.new_gap).map(|(old, new)| new - old)
    }
}

/// One area then and now: the mean of the current scores given in it on the
/// habits scored and revealed in both benchmarks (`Comparison::shared_habits`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaChange {
    pub area: String,
    pub old_mean: Option<f64>,
    pub new_mean: Option<f64>,
    /// The area had, or has, an anonymous participant: no number for that side
    /// (`privacy::withheld_areas`).
    pub old_withheld: bool,
    pub new_withheld: bool,
}

impl AreaChange {
    pub fn change(&self) -> Option<f64> {
        self.old_mean.zip(self.new_mean).map(|(old, new)| new - old)
    }
}

/// An action of the earlier plan, or one the newer benchmark reviewed, and
/// where it stands now.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActionOutcome {
    pub what: String,
    pub owner: String,
    /// Its status in the earlier plan; `None` for an action the newer benchmark
    /// reviewed that was planned before the earlier one (a longer chain).
    pub planned: Option<ActionStatus>,
    /// As recorded in the latest review of it, if there was one.
    pub reviewed: Option<ActionStatus>,
    /// The date of the benchmark in between whose review that is; `None` when
    /// the newer benchmark itself reviewed it.
    pub reviewed_on: Option<NaiveDate>,
    /// Where the action stands now: as reviewed, or as it was left when it was
    /// already done or dropped at the earlier benchmark (a follow-up reviews
    /// only open actions). `None`: still open and not reviewed.
    pub now: Option<ActionStatus>,
    pub note: String,
}

impl ActionOutcome {
    /// An action as the newer benchmark reviewed it, when the earlier plan does
    /// not hold it or is not at hand.
    pub fn from_review(review: &ActionReview) -> Self {
        ActionOutcome {
            what: review.what.clone(),
            owner: review.owner.clone(),
            planned: None,
            reviewed: Some(review.status),
            reviewed_on: None,
            now: Some(review.status),
            note: review.note.clone(),
        }
    }

    /// The one wording of what became of the action, for every view of a
    /// comparison (the app, `huddle compare`, the exports), so they agree.
    pub fn state(&self) -> String {
        let was = self.planned.map_or("-", |s| s.label());
        let on = self
            .reviewed_on
            .map_or_else(String::new, |d| format!(", as reviewed on {d}"));
        match (self.planned, self.reviewed, self.now) {
            (None, Some(now), _) => format!("from an earlier plan, now {}{on}", now.label()),
            (_, Some(now), _) => format!("was {was}, now {}{on}", now.label()),
            (_, None, Some(now)) => format!("{} at the last benchmark", now.label()),
            (_, None, None) => format!("was {was}, not reviewed"),
        }
    }
}

/// Everything that moved between two benchmarks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub old_title: String,
    pub new_title: String,
    pub habits: Vec<HabitChange>,
    pub only_in_old: Vec<String>,
    pub only_in_new: Vec<String>,
    pub areas: Vec<AreaChange>,
    /// Each side's own index, over the habits it covers.
    pub old_index: Option<f64>,
    pub new_index: Option<f64>,
    pub old_coverage: Coverage,
    pub new_coverage: Coverage,
    /// Habit ids scored and revealed in both benchmarks: what the index change
    /// and the area means compare, like with like.
    pub shared_habits: Vec<String>,
    /// Both sides' index over the shared habits only; `None` without any.
    pub old_shared_index: Option<f64>,
    pub new_shared_index: Option<f64>,
    pub actions: Vec<ActionOutcome>,
}

impl Comparison {
    /// How the index moved over the habits scored and revealed on both sides.
    pub fn index_change(&self) -> Option<f64> {
        self.old_shared_index
            .zip(self.new_shared_index)
            .map(|(old, new)| new - old)
    }

    /// Whether each side's own index covers exactly the shared habits, so the
    /// two indexes themselves compare like with like.
    pub fn same_coverage(&self) -> bool {
        let shared = self.shared_habits.len();
        self.old_coverage.habits_scored == shared && self.new_coverage.habits_scored == shared
    }
}

/// Compares an earlier benchmark with a later one on the same framework.
pub fn compare(old: &Session, new: &Session) -> Result<Comparison, CompareError> {
    compare_through(old, &[], new)
}

/// Compares an earlier benchmark with a later one, reading what became of the
/// earlier plan from the latest review of each action among the benchmarks
/// `between` them (oldest first) and the later one itself.
pub fn compare_through(
    old: &Session,
    between: &[Session],
    new: &Session,
) -> Result<Comparison, CompareError> {
    if old.framework.id != new.framework.id {
        return Err(CompareError::DifferentFramework {
            old: old.framework.name.clone(),
            new: new.framework.name.clone(),
        });
    }
    let (old_results, new_results) = (Results::of(old), Results::of(new));
    let habits = new_results
        .habits
        .iter()
        .filter_map(|now| {
            let then = old_results.habit(&now.habit_id)?;
            Some(HabitChange {
                habit_id: now.habit_id.clone(),
                name: now.habit_name.clone(),
                old_mean: then.mean_current,
                new_mean: now.mean_current,
                old_gap: then.gap,
                new_gap: now.gap,
                old_hidden: then.hidden,
                new_hidden: now.hidden,
            })
        })
        .collect();
    let names_missing_from = |from: &Results, other: &Results| -> Vec<String> {
        from.habits
            .iter()
            .filter(|h| other.habit(&h.habit_id).is_none())
            .map(|h| h.habit_name.clone())
            .collect()
    };
    // A habit counts in the change only with a revealed mean on both sides.
    let shared_habits: Vec<String> = new_results
        .habits
        .iter()
        .filter(|now| now.mean_current.is_some())
        .filter(|now| {
            old_results
                .habit(&now.habit_id)
                .is_some_and(|then| then.mean_current.is_some())
        })
        .map(|now| now.habit_id.clone())
        .collect();
    let shared_index = |results: &Results, session: &Session| {
        let means: Vec<f64> = shared_habits
            .iter()
            .filter_map(|id| results.habit(id)?.mean_current)
            .collect();
        percent_of_means(&means, &session.framework.scale)
    };
    let mut areas: Vec<String> = old.areas.clone();
    areas.extend(new.areas.iter().filter(|a| !old.areas.contains(a)).cloned());
    let mut actions: Vec<ActionOutcome> = old
        .plan
        .iter()
        .map(|action| {
            // The newer benchmark's review first, then those in between, latest first.
            let latest = std::iter::once((new, None))
                .chain(between.iter().rev().map(|s| (s, Some(s.date))))
                .find_map(|(session, on)| {
                    let review = session.review.iter().find(|r| r.what == action.what)?;
                    Some((review, on))
                });
            let reviewed = latest.map(|(r, _)| r.status);
            let closed = (!action.status.is_open()).then_some(action.status);
            ActionOutcome {
                what: action.what.clone(),
                owner: action.owner.clone(),
                planned: Some(action.status),
                reviewed,
                reviewed_on: latest.and_then(|(_, on)| on),
                now: reviewed.or(closed),
                note: latest.map(|(r, _)| r.note.clone()).unwrap_or_default(),
            }
        })
        .collect();
    // Every review the newer benchmark holds shows, also of actions planned
    // before the earlier benchmark.
    actions.extend(
        new.review
            .iter()
            .filter(|r| !old.plan.iter().any(|a| a.what == r.what))
            .map(ActionOutcome::from_review),
    );
    Ok(Comparison {
        old_title: old.title.clone(),
        new_title: new.title.clone(),
        habits,
        only_in_old: names_missing_from(&old_results, &new_results),
        only_in_new: names_missing_from(&new_results, &old_results),
        areas: areas
            .into_iter()
            .map(|area| {
                let then = old_results.heat_map.area_over(&area, &shared_habits);
                let now = new_results.heat_map.area_over(&area, &shared_habits);
                AreaChange {
                    old_mean: then.and_then(|cell| cell.mean),
                    new_mean: now.and_then(|cell| cell.mean),
                    old_withheld: then.is_some_and(|cell| cell.withheld),
                    new_withheld: now.is_some_and(|cell| cell.withheld),
                    area,
                }
            })
            .collect(),
        old_index: old_results.index.map(|i| i.value),
        new_index: new_results.index.map(|i| i.value),
        old_coverage: old_results.coverage(),
        new_coverage: new_results.coverage(),
        old_shared_index: shared_index(&old_results, old),
        new_shared_index: shared_index(&new_results, new),
        shared_habits,
        actions,
    })
}

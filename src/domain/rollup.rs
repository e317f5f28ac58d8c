//! A whole organisation in one view: many workshops (regions, business units or
//! dates) on one framework. Per habit and workshop the mean, the count and the
//! no-consensus flag with its spread and range; for the organisation every
//! revealed score pooled as if one room had given them, so each workshop weighs by
//! the number of its scores; and every plan's open actions with their owners.
//!
//! The no-consensus flag is a room's: people in one workshop who scored the same
//! habit far apart, which is worth a conversation. Pooled over workshops the
//! spread would also hold the change between dates (1s in spring, 4s a year later
//! are progress, not disagreement) and the difference between regions, which the
//! workshop columns already show. So the organisation gets no pooled flag: a
//! sponsor is told in how many workshops the room disagreed on each habit.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::error::CompareError;
use super::framework::Framework;
use super::participants::Participant;
use super::plan::{Action, ActionStatus};
use super::privacy;
use super::scoring::HabitRecord;
use super::session::Session;
use super::stats::Results;
use super::stats::habit::HabitResult;
use super::trend::same_framework;

/// One workshop's numbers for one habit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RollupCell {
    pub mean: Option<f64>,
    /// How many current scores; `None` while hidden.
    pub count: Option<usize>,
    pub no_consensus: bool,
    /// The spread and range of the workshop's current scores: why the flag fired.
    pub spread: Option<f64>,
    pub range: Option<u8>,
    pub hidden: bool,
    /// The workshop's framework did not have the habit.
    pub not_asked: bool,
}

impl RollupCell {
    fn of(habit: Option<&HabitResult>) -> Self {
        match habit {
            None => RollupCell {
                mean: None,
                count: None,
                no_consensus: false,
                spread: None,
                range: None,
                hidden: false,
                not_asked: true,
            },
            Some(h) => RollupCell {
                mean: h.mean_current,
                count: h.count,
                no_consensus: h.disagrees(),
                spread: h.spread,
                range: h.range,
                hidden: h.hidden,
                not_asked: false,
            },
        }
    }
}

/// One habit across the workshops, and for the organisation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RollupHabit {
    pub habit_id: String,
    pub name: String,
    /// One per workshop, in the workshops' order.
    pub cells: Vec<RollupCell>,
    /// The organisation's mean: every revealed current score of every workshop.
    pub mean: Option<f64>,
    pub count: usize,
    /// In how many workshops the room disagreed (see the module's note: scores of
    /// different workshops are never pooled for the flag).
    pub flagged_in: usize,
}

/// One workshop of the rollup.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RollupWorkshop {
    pub title: String,
    pub date: NaiveDate,
    pub organisation: String,
    pub index: Option<f64>,
    /// Its own strengths and weaknesses, by habit name.
    pub strengths: Vec<String>,
    pub weaknesses: Vec<String>,
}

/// An action still to do, from one workshop's plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpenAction {
    pub workshop: String,
    pub what: String,
    /// Owners are public: named.
    pub owner: String,
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
    /// The habit's name, when the action builds one.
    pub habit: Option<String>,
    /// The date of the later benchmark whose review gave `status`, if one did.
    pub reviewed_on: Option<NaiveDate>,
}

/// Many workshops of one framework, combined.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Rollup {
    pub framework: String,
    /// By date, then title: the order a reader expects, whatever the file names.
    pub workshops: Vec<RollupWorkshop>,
    pub habits: Vec<RollupHabit>,
    /// The culture index over the pooled habit means, so each workshop counts by
    /// the number of scores it gave.
    pub index: Option<f64>,
    /// The organisation's strengths and weaknesses by pooled mean, by name.
    pub strengths: Vec<String>,
    pub weaknesses: Vec<String>,
    pub actions: Vec<OpenAction>,
}

/// Combines workshops on one framework; refused naming the frameworks if not.
pub fn rollup(sessions: &[Session]) -> Result<Rollup, CompareError> {
    same_framework(&sessions.iter().collect::<Vec<_>>())?;
    let mut sessions = sessions.to_vec();
    sessions.sort_by(|a, b| (a.date, &a.title).cmp(&(b.date, &b.title)));
    let sessions = sessions.as_slice();
    let Some(first) = sessions.first() else {
        return Ok(Rollup::default());
    };
    let results: Vec<Results> = sessions.iter().map(Results::of).collect();
    let pooled = Results::of(&one_room(first, sessions));
    let habits = pooled
        .habits
        .iter()
        .map(|h| {
            let cells: Vec<RollupCell> = results
                .iter()
                .map(|r| RollupCell::of(r.habit(&h.habit_id)))
                .collect();
            RollupHabit {
                habit_id: h.habit_id.clone(),
                name: h.habit_name.clone(),
                flagged_in: cells.iter().filter(|c| c.no_consensus).count(),
                cells,
                mean: h.mean_current,
                count: h.count.unwrap_or(0),
            }
        })
        .collect();
    let names = |r: &Results, ids: &[String]| -> Vec<String> {
        r.habit_names(ids).into_iter().map(String::from).collect()
    };
    let workshops = sessions
        .iter()
        .zip(&results)
        .map(|(s, r)| RollupWorkshop {
            title: s.title.clone(),
            date: s.date,
            organisation: s.organisation.clone(),
            index: r.index.map(|i| i.value),
            strengths: names(r, &r.strengths),
            weaknesses: names(r, &r.weaknesses),
        })
        .collect();
    let actions = sessions
        .iter()
        .flat_map(|s| s.plan.iter().map(|a| open_action(s, a, sessions)))
        .filter(|a| a.status.is_open())
        .collect();
    Ok(Rollup {
        framework: first.framework.name.clone(),
        workshops,
        habits,
        index: pooled.index.map(|i| i.value),
        strengths: names(&pooled, &pooled.strengths),
        weaknesses: names(&pooled, &pooled.weaknesses),
        actions,
    })
}

/// An action as it stands now: as planned, or as the latest later benchmark
/// among `sessions` reviewed it (a follow-up reviews the earlier plan).
fn open_action(session: &Session, action: &Action, sessions: &[Session]) -> OpenAction {
    let review = sessions
        .iter()
        .filter(|later| later.date > session.date)
        .filter_map(|later| {
            let review = later.review.iter().find(|r| r.what == action.what)?;
            Some((later.date, review.status))
        })
        .max_by_key(|(date, _)| *date);
    OpenAction {
        workshop: session.title.clone(),
        what: action.what.clone(),
        owner: action.owner.clone(),
        due: action.due,
        status: review.map_or(action.status, |(_, status)| status),
        reviewed_on: review.map(|(date, _)| date),
        habit: action
            .habit
            .as_ref()
            .map(|id| session.framework.habit(id).map_or(id, |h| &h.name).clone()),
    }
}

/// Every workshop's revealed scores as if one room had given them, so the
/// organisation's means, strengths and index follow the same rules as one
/// workshop's (its spread and flag are not used: see the module's note). A hidden habit's scores are left out here, workshop by
/// workshop (`privacy::scores_shown`). People are told apart by workshop, since
/// the same name in two workshops gave two sets of scores.
fn one_room(first: &Session, sessions: &[Session]) -> Session {
    let mut framework: Framework = first.framework.clone();
    for session in sessions {
        for habit in &session.framework.habits {
            if framework.habit(&habit.id).is_none() {
                framework.habits.push(habit.clone());
            }
        }
    }
    let mut room = Session::new("organisation", first.date, framework);
    let mut benchmark: BTreeMap<String, HabitRecord> = BTreeMap::new();
    for (number, session) in sessions.iter().enumerate() {
        for person in &session.participants {
            let name = format!("{number}/{}", person.name);
            for (habit, record) in &session.benchmark {
                if !privacy::scores_shown(session, habit) {
                    continue;
                }
                if let Some(rating) = record.scores.get(&person.name) {
                    let pooled = benchmark.entry(habit.clone()).or_default();
                    pooled.revealed = true;
                    pooled.scores.insert(name.clone(), *rating);
                }
            }
            room.participants.push(Participant {
                name,
                role: String::new(),
                area: None,
                anonymous: false,
            });
        }
    }
    room.benchmark = benchmark;
    room
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::{add_person, close, hide, score, session, workshop};

    #[test]
    fn the_organisation_mean_weighs_each_workshop_by_its_scores() {
        // North: listen 2, 3, 4 (mean 3, three scores); South: listen 5 (one score).
        // Pooled: (2+3+4+5)/4 = 3.5, not the mean of the means (3+5)/2 = 4.
        let north = workshop();
        let mut south = session(&["listen", "think", "empower", "delight"], &[]);
        add_person(&mut south, "Ana", None);
        score(&mut south, "listen", "Ana", Some(5), None);
        let rollup = rollup(&[north, south]).unwrap();
        let listen = &rollup.habits[0];
        assert!(close(listen.mean, 3.5));
        assert_eq!(listen.count, 4);
        assert_eq!(listen.cells[1].count, Some(1));
    }

    #[test]
    fn a_hidden_habit_counts_nowhere_in_the_rollup() {
        let mut hidden = workshop();
        hide(&mut hidden, "think");
        let rollup = rollup(&[hidden]).unwrap();
        let think = rollup
            .habits
            .iter()
            .find(|h| h.habit_id == "think")
            .unwrap();
        assert!(think.cells[0].hidden && think.mean.is_none() && think.count == 0);
    }
}

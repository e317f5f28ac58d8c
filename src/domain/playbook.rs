//! A playbook: practices that build each habit of a framework, so the plan can
//! start from what has worked elsewhere. Like a framework it is data (a RON file
//! under `assets/playbooks/`, found through the framework's id), never code.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::error::EditError;
use super::plan::{Action, within_horizon};
use super::session::checks::quoted;
use super::{Framework, Problem, Results};

/// How far ahead an action taken from the playbook is due unless changed.
pub const DEFAULT_DUE_DAYS: u64 = 60;

/// How many practices a habit has in a playbook: enough for a choice, few
/// enough to read through in the room.
pub const PRACTICES_PER_HABIT: std::ops::RangeInclusive<usize> = 5..=8;

/// The practices for one framework, grouped by habit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Playbook {
    /// The id of the framework it belongs to, e.g. `seven-habits`.
    pub framework: String,
    pub name: String,
    pub habits: Vec<HabitPractices>,
}

/// The practices for one habit of the framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HabitPractices {
    /// The habit's id in the framework.
    pub habit: String,
    pub practices: Vec<Practice>,
}

/// One practice: something an organisation does, owned and measured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Practice {
    /// A short name, unique in the playbook; an action taken from it keeps it.
    pub name: String,
    /// The level of the scale this practice helps a habit move from.
    pub from: u8,
    /// What is done, in one or two sentences.
    pub what: String,
    /// The role that typically owns it, e.g. "Head of Customer Service".
    pub owner: String,
    /// A success measure, with `__` where the room puts its numbers.
    pub measure: String,
    /// When a first result typically shows, e.g. "6 weeks".
    pub first_result: String,
    /// The name of a practice of the same habit this one builds on: it is
    /// always suggested after that one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
}

impl Playbook {
    /// The practices for a habit, in file order; none for a habit it lacks.
    pub fn practices(&self, habit: &str) -> Vec<&Practice> {
        self.habits
            .iter()
            .filter(|group| group.habit == habit)
            .flat_map(|group| &group.practices)
            .collect()
    }

    /// The practices for a habit at `level`, the best fit first: those that move
    /// a habit on from the level it is at, then the foundations below it (the
    /// nearest first), then the later steps (lowest first). With no level known
    /// (nothing scored or the scores hidden) the foundations come first. A
    /// practice that builds on another (`after`) always comes after it.
    pub fn suggestions(&self, habit: &str, level: Option<u8>) -> Vec<&Practice> {
        let mut practices = self.practices(habit);
        let level = level.unwrap_or(0);
        // A stable sort: practices of the same level keep the file's order.
        practices.sort_by_key(|practice| match practice.from.cmp(&level) {
            std::cmp::Ordering::Equal => (0, 0),
            std::cmp::Ordering::Less => (1, level - practice.from),
            std::cmp::Ordering::Greater => (2, practice.from - level),
        });
        after_what_they_build_on(practices)
    }

    /// Every way the playbook does not fit its framework or its own rules, each
    /// with the keys that lead to its place in the file; empty when sound.
    pub fn problems(&self, framework: &Framework) -> Vec<Problem> {
        let mut problems = Vec::new();
        if self.framework != framework.id {
            problems.push(Problem::new(
                format!(
                    "the playbook is for framework \"{}\", not \"{}\"",
                    self.framework, framework.id
                ),
                &["framework:"],
            ));
        }
        problems.extend(self.practice_problems(Some(framework)));
        problems
    }

    /// The problems a playbook has whatever its framework: empty fields and
    /// names used twice. For checking one whose framework is not at hand.
    pub fn own_problems(&self) -> Vec<Problem> {
        self.practice_problems(None)
    }

    fn practice_problems(&self, framework: Option<&Framework>) -> Vec<Problem> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push(Problem::new(
                "the playbook name is empty".into(),
                &["name:"],
            ));
        }
        // Each name (in lower case: names differing only in case are the same
        // to the room) with how often it was seen and where it first was.
        let mut names: HashMap<String, (usize, Vec<String>, String)> = HashMap::new();
        let mut habits_seen: HashMap<&str, usize> = HashMap::new();
        for group in &self.habits {
            let id = quoted(&group.habit);
            let seen = habits_seen.entry(group.habit.as_str()).or_default();
            *seen += 1;
            // The habit's own `habit: "id"` in the file: the nth, when listed twice.
            let habit_anchor = format!("habit: {id}");
            let mut at: Vec<String> = vec!["habits:".into()];
            at.extend(std::iter::repeat_n(habit_anchor, *seen));
            let anchors = |more: &[String]| -> Vec<String> {
                at.iter().chain(more).cloned().collect::<Vec<String>>()
            };
            if let Some(framework) = framework.filter(|f| f.habit(&group.habit).is_none()) {
                problems.push(located(
                    format!(
                        "habit \"{}\" is not in framework \"{}\"; its habits are {}",
                        group.habit,
                        framework.id,
                        habit_ids(framework)
                    ),
                    anchors(&[]),
                ));
            } else if *seen == 2 {
                problems.push(located(
                    format!(
                        "habit \"{}\" is listed twice; put its practices in one list",
                        group.habit
                    ),
                    anchors(&[]),
                ));
            } else if *seen == 1 {
                let count = self.practices(&group.habit).len();
                if !PRACTICES_PER_HABIT.contains(&count) {
                    problems.push(located(
                        format!(
                            "habit \"{}\" has {count} practice{}; give each habit {} to {} so the room has a real choice",
                            group.habit,
                            if count == 1 { "" } else { "s" },
                            PRACTICES_PER_HABIT.start(),
                            PRACTICES_PER_HABIT.end()
                        ),
                        anchors(&[]),
                    ));
                }
            }
            for (index, practice) in group.practices.iter().enumerate() {
                // The practice's `name:` is the (index + 1)th after its habit.
                let name_keys: Vec<String> = vec!["name:".to_string(); index + 1];
                let field = |key: &str| {
                    let mut more = name_keys.clone();
                    more.push(format!("{key}:"));
                    anchors(&more)
                };
                let label = if practice.name.trim().is_empty() {
                    format!("practice {} of habit \"{}\"", index + 1, group.habit)
                } else {
                    format!("practice \"{}\"", practice.name)
                };
                for (key, value) in [
                    ("name", &practice.name),
                    ("what", &practice.what),
                    ("owner", &practice.owner),
                    ("measure", &practice.measure),
                    ("first_result", &practice.first_result),
                ] {
                    if value.trim().is_empty() {
                        problems.push(located(
                            format!("{label} has an empty {key}"),
                            if key == "name" {
                                anchors(&name_keys)
                            } else {
                                field(key)
                            },
                        ));
                    }
                }
                if !practice.name.trim().is_empty() {
                    let key = practice.name.trim().to_lowercase();
                    let (count, first, first_name) = names.entry(key).or_insert_with(|| {
                        (0, anchors(&name_keys), practice.name.trim().to_string())
                    });
                    *count += 1;
                    if *count == 2 {
                        // Both places, each as spelled there, so the facilitator
                        // sees which two collide.
                        let message = |name: &str| {
                            format!(
                                "practice name \"{name}\" is used twice (names differing only in case count as the same); give each practice its own name"
                            )
                        };
                        problems.push(located(message(first_name), first.clone()));
                        problems.push(located(message(practice.name.trim()), anchors(&name_keys)));
                    }
                }
                if let Some(first) = &practice.after
                    && (first == &practice.name
                        || !group.practices.iter().any(|other| &other.name == first))
                {
                    problems.push(located(
                        format!(
                            "{label} comes after \"{first}\", which is not another practice of habit \"{}\"",
                            group.habit
                        ),
                        field("after"),
                    ));
                }
                let Some(scale) = framework
                    .map(|f| &f.scale)
                    .filter(|scale| scale.min < scale.max)
                else {
                    continue;
                };
                if !scale.contains(practice.from) {
                    problems.push(located(
                        format!(
                            "{label} moves from level {}, which is not on the scale {}-{}",
                            practice.from, scale.min, scale.max
                        ),
                        field("from"),
                    ));
                } else if practice.from == scale.max {
                    problems.push(located(
                        format!(
                            "{label} moves from level {}, the top of the scale: nothing moves on from there; use {}-{}",
                            practice.from,
                            scale.min,
                            scale.max - 1
                        ),
                        field("from"),
                    ));
                }
            }
        }
        if let Some(framework) = framework {
            for habit in &framework.habits {
                if !self.habits.iter().any(|group| group.habit == habit.id) {
                    problems.push(Problem::new(
                        format!(
                            "habit \"{}\" of framework \"{}\" has no practices; add {} to {}",
                            habit.id,
                            framework.id,
                            PRACTICES_PER_HABIT.start(),
                            PRACTICES_PER_HABIT.end()
                        ),
                        &["habits:"],
                    ));
                }
            }
        }
        problems
    }
}

/// `practices` with each one that builds on another moved to just after it (and
/// after whatever else already follows it), keeping the order otherwise.
fn after_what_they_build_on(practices: Vec<&Practice>) -> Vec<&Practice> {
    let mut ordered: Vec<&Practice> = Vec::with_capacity(practices.len());
    let mut waiting: Vec<&Practice> = Vec::new();
    let placed = |ordered: &[&Practice], name: &str| ordered.iter().any(|p| p.name == name);
    let present = |name: &str| practices.iter().any(|p| p.name == name);
    for practice in &practices {
        match &practice.after {
            Some(first) if present(first) && !placed(&ordered, first) => waiting.push(practice),
            _ => ordered.push(practice),
        }
        // Whatever waited for a practice now placed follows it.
        while let Some(at) = waiting.iter().position(|p| {
            p.after
                .as_deref()
                .is_some_and(|first| placed(&ordered, first))
        }) {
            ordered.push(waiting.remove(at));
        }
    }
    // A chain that never resolves (a practice after itself) keeps its place last.
    ordered.extend(waiting);
    ordered
}

fn located(message: String, anchors: Vec<String>) -> Problem {
    let anchors: Vec<&str> = anchors.iter().map(String::as_str).collect();
    Problem::new(message, &anchors)
}

fn habit_ids(framework: &Framework) -> String {
    framework
        .habits
        .iter()
        .map(|habit| habit.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The level a habit is at: its mean current score rounded down to a level of
/// the scale (a mean of 2.5 is not yet level 3: half the room scored 2 or
/// less), or `None` when nothing is scored or the scores are hidden (a hidden
/// number must not show, not even through the order of suggestions).
pub fn current_level(results: &Results, framework: &Framework, habit: &str) -> Option<u8> {
    let result = results.habit(habit).filter(|result| !result.hidden)?;
    let mean = result.mean_current?;
    let scale = &framework.scale;
    let level = mean
        .floor()
        .clamp(f64::from(scale.min), f64::from(scale.max));
    Some(level as u8)
}

impl Practice {
    /// The action this practice becomes when the facilitator picks it: what is
    /// done, the habit, the measure and a due date `DEFAULT_DUE_DAYS` from
    /// `today` filled in; the owner is left for the room to choose.
    pub fn to_action(
        &self,
        habit: &str,
        today: NaiveDate,
        workshop: NaiveDate,
    ) -> Result<Action, EditError> {
        let mut action = Action::new(&format!("{}: {}", self.name, self.what))?;
        let due = today
            .checked_add_days(Days::new(DEFAULT_DUE_DAYS))
            .ok_or_else(|| EditError::BadDue(format!("+{DEFAULT_DUE_DAYS}d")))?;
        action.habit = Some(habit.to_string());
        action.measure = self.measure.clone();
        action.due = Some(within_horizon(due, workshop)?);
        action.practice = Some(self.name.clone());
        Ok(action)
    }
}

/// How exports mark an action taken from the playbook, so a follow-up can tell
/// which practices moved their habit.
pub const FROM_PLAYBOOK: &str = "from the playbook";

impl Action {
    /// The note an export puts after an action's text: " (from the playbook)"
    /// for one taken from a practice, nothing for others.
    pub fn playbook_note(&self) -> String {
        match self.practice {
            Some(_) => format!(" ({FROM_PLAYBOOK})"),
            None => String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::framework;

    fn practice(name: &str, from: u8) -> Practice {
        Practice {
            name: name.into(),
            from,
            what: "Do it.".into(),
            owner: "Head of Stores".into(),
            measure: "from __% to __%".into(),
            first_result: "6 weeks".into(),
            after: None,
        }
    }

    fn playbook(practices: Vec<Practice>) -> Playbook {
        Playbook {
            framework: "test".into(),
            name: "Test".into(),
            habits: vec![HabitPractices {
                habit: "listen".into(),
                practices,
            }],
        }
    }

    fn names(practices: Vec<&Practice>) -> Vec<&str> {
        practices.iter().map(|p| p.name.as_str()).collect()
    }

    #[test]
    fn suggestions_start_at_the_level_the_habit_is_at() {
        let book = playbook(vec![
            practice("a1", 1),
            practice("b3", 3),
            practice("c2", 2),
            practice("d4", 4),
            practice("e1", 1),
        ]);
        assert_eq!(
            names(book.suggestions("listen", Some(3))),
            ["b3", "c2", "a1", "e1", "d4"],
            "the level now, then the foundations below it nearest first, then later steps"
        );
        assert_eq!(
            names(book.suggestions("listen", Some(1))),
            ["a1", "e1", "c2", "b3", "d4"]
        );
        assert_eq!(
            names(book.suggestions("listen", None)),
            ["a1", "e1", "c2", "b3", "d4"]
        );
        assert!(book.suggestions("think", Some(1)).is_empty());
    }

    #[test]
    fn a_practice_that_builds_on_another_comes_after_it() {
        let mut builds = practice("builds on a1", 2);
        builds.after = Some("a1".into());
        let book = playbook(vec![practice("a1", 1), builds, practice("c2", 2)]);
        assert_eq!(
            names(book.suggestions("listen", Some(2))),
            ["c2", "a1", "builds on a1"]
        );
        assert_eq!(
            names(book.suggestions("listen", Some(1))),
            ["a1", "builds on a1", "c2"]
        );
    }

    #[test]
    fn a_practice_becomes_an_action_with_everything_but_the_owner() {
        let day = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
        let action = practice("Settle refunds", 1)
            .to_action("empower", day, day)
            .unwrap();
        assert_eq!(action.what, "Settle refunds: Do it.");
        assert_eq!(action.habit.as_deref(), Some("empower"));
        assert_eq!(action.measure, "from __% to __%");
        assert_eq!(action.due, NaiveDate::from_ymd_opt(2026, 7, 13));
        assert_eq!(action.owner, "");
        assert_eq!(action.practice.as_deref(), Some("Settle refunds"));
    }

    #[test]
    fn a_playbook_that_does_not_fit_its_framework_says_each_problem() {
        let mut after_nothing = practice("After nothing", 2);
        after_nothing.after = Some("Nowhere".into());
        let mut book = playbook(vec![
            practice("Same", 1),
            practice("Same", 9),
            practice("", 2),
            practice("same", 3),
            practice("At the top", 5),
            after_nothing,
        ]);
        book.habits.push(HabitPractices {
            habit: "nowhere".into(),
            practices: vec![],
        });
        let framework = framework(&["listen", "think"]);
        let messages: Vec<String> = book
            .problems(&framework)
            .into_iter()
            .map(|p| p.message)
            .collect();
        let twice = "practice name \"Same\" is used twice (names differing only in case count as the same); give each practice its own name";
        for expected in [
            "practice \"Same\" moves from level 9, which is not on the scale 1-5",
            "practice 3 of habit \"listen\" has an empty name",
            "habit \"nowhere\" is not in framework \"test\"; its habits are listen, think",
            "practice \"At the top\" moves from level 5, the top of the scale: nothing moves on from there; use 1-4",
            "practice \"After nothing\" comes after \"Nowhere\", which is not another practice of habit \"listen\"",
            "habit \"think\" of framework \"test\" has no practices; add 5 to 8",
        ] {
            assert!(messages.contains(&expected.to_string()), "{messages:#?}");
        }
        assert_eq!(
            messages.iter().filter(|m| *m == twice).count(),
            2,
            "both places of a name used twice: {messages:#?}"
        );
        assert_eq!(messages.len(), 8, "{messages:#?}");
    }

    #[test]
    fn a_habit_needs_five_to_eight_practices() {
        let few = playbook((1..=4).map(|n| practice(&format!("p{n}"), 1)).collect());
        let framework = framework(&["listen"]);
        let messages: Vec<String> = few
            .problems(&framework)
            .into_iter()
            .map(|p| p.message)
            .collect();
        assert_eq!(
            messages,
            [
                "habit \"listen\" has 4 practices; give each habit 5 to 8 so the room has a real choice"
            ]
        );
        let enough = playbook((1..=5).map(|n| practice(&format!("p{n}"), 1)).collect());
        assert_eq!(enough.problems(&framework), []);
        let many = playbook((1..=9).map(|n| practice(&format!("p{n}"), 1)).collect());
        assert_eq!(many.problems(&framework).len(), 1);
    }
}

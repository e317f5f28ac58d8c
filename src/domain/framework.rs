//! A framework is the instrument a workshop measures with: a scale and the habits
//! scored on it. It is data (a RON file under `assets/frameworks/`), never code.

use serde::{Deserialize, Serialize};

use super::Problem;
use super::session::checks::quoted;

/// The instrument: what is scored (habits) and on what scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Stable identifier, e.g. `seven-habits`; two sessions compare only when it matches.
    pub id: String,
    pub name: String,
    /// Bumped by whoever edits the framework, so a session records which edition it used.
    pub version: u32,
    #[serde(default)]
    pub description: String,
    pub scale: Scale,
    pub habits: Vec<Habit>,
}

/// The scoring scale: integer levels from `min` to `max`, each with a label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub name: String,
    pub min: u8,
    pub max: u8,
    /// One label per level, lowest first (`labels[0]` names `min`).
    pub labels: Vec<String>,
}

/// One habit of the framework, with what the room needs to score it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Habit {
    pub id: String,
    pub name: String,
    pub summary: String,
    /// Two to four questions the facilitator asks the room before it scores.
    pub questions: Vec<String>,
    /// What each level looks like for this habit, lowest first, one line per level.
    pub rubric: Vec<String>,
}

/// What the digits typed for a score make on a scale, so a scale of 0-10 can be
/// typed digit by digit: "1" waits (it may become 10), "10" and "7" score at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypedScore {
    /// A value no further digit could extend: it scores now.
    Complete(u8),
    /// The start of a longer value, and maybe a value itself: wait for a digit.
    Partial(u16),
    /// Neither a value on the scale nor the start of one.
    OffScale(u16),
}

impl Scale {
    /// Reads the number typed so far (its digits, without leading zeros).
    pub fn typed(&self, typed: u16) -> TypedScore {
        let digits = typed.to_string();
        let longer = (self.min..=self.max).any(|value| {
            let value = value.to_string();
            value.len() > digits.len() && value.starts_with(&digits)
        });
        match u8::try_from(typed) {
            _ if longer => TypedScore::Partial(typed),
            Ok(value) if self.contains(value) => TypedScore::Complete(value),
            _ => TypedScore::OffScale(typed),
        }
    }

    /// How many levels the scale has.
    pub fn levels(&self) -> usize {
        usize::from(self.max.saturating_sub(self.min)) + 1
    }

    pub fn contains(&self, value: u8) -> bool {
        (self.min..=self.max).contains(&value)
    }

    /// The label of a level, if the level is on the scale.
    pub fn label(&self, value: u8) -> Option<&str> {
        if !self.contains(value) {
            return None;
        }
        self.labels
            .get(usize::from(value - self.min))
            .map(String::as_str)
    }

    /// Maps a mean on this scale linearly onto 0-100.
    pub fn to_percent(&self, mean: f64) -> f64 {
        let span = f64::from(self.max) - f64::from(self.min);
        if span <= 0.0 {
            return 0.0;
        }
        ((mean - f64::from(self.min)) / span * 100.0).clamp(0.0, 100.0)
    }
}

impl Framework {
    pub fn habit(&self, id: &str) -> Option<&Habit> {
        self.habits.iter().find(|habit| habit.id == id)
    }

    /// Every way this framework breaks its own rules, each with the keys that lead
    /// to its place in the file (the habit's own lines for a habit's problem);
    /// empty when sound.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        if self.id.trim().is_empty() {
            problems.push(Problem::new("the framework id is empty".into(), &["id:"]));
        }
        if self.name.trim().is_empty() {
            problems.push(Problem::new(
                "the framework name is empty".into(),
                &["name:"],
            ));
        }
        let scale = &self.scale;
        if scale.min >= scale.max {
            problems.push(Problem::new(
                format!(
                    "the scale runs from {} to {}: min must be below max",
                    scale.min, scale.max
                ),
                &["scale:", "min:"],
            ));
        } else if scale.labels.len() != scale.levels() {
            problems.push(Problem::new(
                format!(
                    "the scale {}-{} has {} levels but {} labels",
                    scale.min,
                    scale.max,
                    scale.levels(),
                    scale.labels.len()
                ),
                &["scale:", "labels:"],
            ));
        }
        if self.habits.is_empty() {
            problems.push(Problem::new(
                "the framework has no habits".into(),
                &["habits:"],
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for habit in &self.habits {
            let id = quoted(&habit.id);
            if habit.id.trim().is_empty() {
                problems.push(Problem::new(
                    format!("habit \"{}\" has an empty id", habit.name),
                    &["habits:", &quoted(&habit.name)],
                ));
            } else if !seen.insert(habit.id.as_str()) {
                problems.push(Problem::new(
                    format!("habit id \"{}\" is used twice", habit.id),
                    &["habits:", &id, &id],
                ));
            }
            if habit.name.trim().is_empty() {
                problems.push(Problem::new(
                    format!("habit \"{}\" has an empty name", habit.id),
                    &["habits:", &id],
                ));
            }
            if !(2..=4).contains(&habit.questions.len()) {
                problems.push(Problem::new(
                    format!(
                        "habit \"{}\" has {} questions; give 2 to 4",
                        habit.id,
                        habit.questions.len()
                    ),
                    &["habits:", &id, "questions:"],
                ));
            }
            if scale.min < scale.max && habit.rubric.len() != scale.levels() {
                problems.push(Problem::new(
                    format!(
                        "habit \"{}\" has {} rubric lines; the scale has {} levels",
                        habit.id,
                        habit.rubric.len(),
                        scale.levels()
                    ),
                    &["habits:", &id, "rubric:"],
                ));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale() -> Scale {
        crate::domain::fixtures::framework(&[]).scale
    }

    #[test]
    fn scale_maps_its_ends_to_0_and_100() {
        let scale = scale();
        assert_eq!(scale.to_percent(1.0), 0.0);
        assert_eq!(scale.to_percent(5.0), 100.0);
        assert_eq!(scale.to_percent(3.0), 50.0);
        assert_eq!(scale.to_percent(4.2), 80.0);
    }

    #[test]
    fn scores_of_more_than_one_digit_wait_for_the_next_digit() {
        let ten = Scale {
            name: "0-10".into(),
            min: 0,
            max: 10,
            labels: (0..=10).map(|n| n.to_string()).collect(),
        };
        assert_eq!(ten.typed(1), TypedScore::Partial(1));
        assert_eq!(ten.typed(10), TypedScore::Complete(10));
        assert_eq!(ten.typed(0), TypedScore::Complete(0));
        assert_eq!(ten.typed(7), TypedScore::Complete(7));
        assert_eq!(ten.typed(11), TypedScore::OffScale(11));
        let five = scale();
        assert_eq!(five.typed(1), TypedScore::Complete(1));
        assert_eq!(five.typed(0), TypedScore::OffScale(0));
        assert_eq!(five.typed(6), TypedScore::OffScale(6));
        let fifties = Scale {
            min: 50,
            max: 60,
            labels: (50..=60).map(|n| n.to_string()).collect(),
            ..ten
        };
        assert_eq!(fifties.typed(5), TypedScore::Partial(5));
        assert_eq!(fifties.typed(55), TypedScore::Complete(55));
        assert_eq!(fifties.typed(7), TypedScore::OffScale(7));
        let wide = Scale {
            min: 0,
            max: 255,
            labels: (0..=255).map(|n| n.to_string()).collect(),
            ..fifties
        };
        assert_eq!(wide.typed(25), TypedScore::Partial(25));
        assert_eq!(wide.typed(255), TypedScore::Complete(255));
        assert_eq!(wide.typed(259), TypedScore::OffScale(259));
        assert_eq!(wide.typed(26), TypedScore::Complete(26));
    }

    #[test]
    fn labels_follow_levels() {
        let scale = scale();
        assert_eq!(scale.levels(), 5);
        assert_eq!(scale.label(1), Some("absent"));
        assert_eq!(scale.label(5), Some("leading"));
        assert_eq!(scale.label(0), None);
        assert_eq!(scale.label(6), None);
    }

    #[test]
    fn a_framework_with_broken_rules_says_each_problem() {
        let habit = Habit {
            id: "listen".into(),
            name: "Listen".into(),
            summary: String::new(),
            questions: vec!["Only one?".into()],
            rubric: vec!["a".into(), "b".into()],
        };
        let framework = Framework {
            id: "f".into(),
            name: "F".into(),
            version: 1,
            description: String::new(),
            scale: scale(),
            habits: vec![habit.clone(), habit],
        };
        let problems: Vec<String> = framework
            .problems()
            .into_iter()
            .map(|p| p.message)
            .collect();
        assert!(problems.contains(&"habit id \"listen\" is used twice".to_string()));
        assert!(problems.contains(&"habit \"listen\" has 1 questions; give 2 to 4".to_string()));
        assert!(
            problems.contains(
                &"habit \"listen\" has 2 rubric lines; the scale has 5 levels".to_string()
            )
        );
    }
}

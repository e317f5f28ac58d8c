//! What every report writes about a habit besides its numbers: why the
//! no-consensus flag fired, the room's notes and barriers, and the largest gaps,
//! worded once so the formats agree.

use super::Report;
use crate::domain::{ActionOutcome, HabitResult};
use crate::text::display;

/// The flag with its reason, "spread 1.30, range 4: no consensus: discuss", so a
/// reader sees which rule fired; empty for a habit the room agrees on (or a
/// hidden one, which has no numbers to flag).
pub fn flag(habit: &HabitResult) -> String {
    if !habit.disagrees() {
        return String::new();
    }
    format!(
        "{}: {}",
        spread_and_range(habit.spread, habit.range),
        display::NO_CONSENSUS
    )
}

/// "spread 1.30, range 4": the numbers behind a no-consensus flag.
pub fn spread_and_range(spread: Option<f64>, range: Option<u8>) -> String {
    format!(
        "spread {}, range {}",
        display::number(spread),
        display::count(range.map(usize::from))
    )
}

/// A habit's range as written in tables, "-" when it has none.
pub fn range(habit: &HabitResult) -> String {
    if habit.hidden {
        String::new()
    } else {
        display::count(habit.range.map(usize::from))
    }
}

/// Which list a note comes from, as a word for tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Note,
    Barrier,
}

impl Kind {
    /// The word in the CSV `kind` column.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Note => "note",
            Kind::Barrier => "barrier",
        }
    }

    /// The heading above the list in a report.
    pub fn heading(self) -> &'static str {
        match self {
            Kind::Note => "Evidence and quotes",
            Kind::Barrier => "Barriers (what stops us?)",
        }
    }
}

/// What the room wrote about one habit that may leave the laptop.
pub struct HabitNotes<'a> {
    pub habit_id: &'a str,
    pub habit_name: &'a str,
    pub lists: [(Kind, &'a [String]); 2],
}

/// Every habit with notes or barriers, in the framework's order. A hidden habit's
/// notes are already empty (`privacy::notes_shown`), so it is left out here.
pub fn notes(report: &Report) -> Vec<HabitNotes<'_>> {
    report
        .session
        .framework
        .habits
        .iter()
        .zip(&report.session.habits)
        .filter(|(_, notes)| !notes.notes.is_empty() || !notes.barriers.is_empty())
        .map(|(habit, notes)| HabitNotes {
            habit_id: &habit.id,
            habit_name: &habit.name,
            lists: [
                (Kind::Note, notes.notes.as_slice()),
                (Kind::Barrier, notes.barriers.as_slice()),
            ],
        })
        .collect()
}

/// Written under the notes when a habit's scores are hidden, so a reader knows
/// why its notes are missing without learning whether it has any.
pub const NOTES_HELD_BACK: &str =
    "Notes of a habit whose scores are still hidden stay out until it is revealed.";

/// The habits with the largest gaps, largest first, at most `n`; hidden habits
/// and habits without a gap are left out.
pub fn largest_gaps(report: &Report, n: usize) -> Vec<&HabitResult> {
    let mut habits: Vec<&HabitResult> = report
        .results
        .habits
        .iter()
        .filter(|h| !h.hidden && h.gap.is_some())
        .collect();
    habits.sort_by(|a, b| {
        b.gap
            .partial_cmp(&a.gap)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    habits.truncate(n);
    habits
}

/// What became of earlier actions, for every format: the comparison's earlier
/// plan, or without the earlier file, the session's own review, so every review
/// a session holds is shown.
pub fn earlier_actions(report: &Report) -> Vec<ActionOutcome> {
    match &report.comparison {
        Some(c) => c.actions.clone(),
        None => report
            .session
            .review
            .iter()
            .map(ActionOutcome::from_review)
            .collect(),
    }
}

/// An action's earlier status as written in a table, "-" when the earlier plan
/// did not hold it.
pub fn was(action: &ActionOutcome) -> &'static str {
    action.planned.map_or("-", |s| s.label())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn habit(spread: f64, range: u8, no_consensus: bool) -> HabitResult {
        HabitResult {
            habit_id: "listen".into(),
            habit_name: "Listen".into(),
            hidden: false,
            mean_current: Some(2.0),
            mean_target: Some(4.0),
            gap: Some(2.0),
            spread: Some(spread),
            range: Some(range),
            count: Some(5),
            target_count: Some(5),
            no_consensus: Some(no_consensus),
            distribution: None,
        }
    }

    #[test]
    fn the_flag_says_which_numbers_made_it_fire() {
        assert_eq!(
            flag(&habit(0.8, 3, true)),
            "spread 0.80, range 3: no consensus: discuss"
        );
        assert_eq!(flag(&habit(0.4, 1, false)), "");
    }
}

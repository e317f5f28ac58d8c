//! How results are written for people, the same on screen and in printed text.

use crate::domain::{
    AreaChange, Comparison, Coverage, CultureIndex, HabitChange, HabitResult, Results,
};

/// A mean or spread with two decimals, or "-" when there is none (never 0).
pub fn number(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), |v| format!("{v:.2}"))
}

/// A count, or "-" when there is none to give (a hidden habit, a withheld area).
pub fn count(value: Option<usize>) -> String {
    value.map_or_else(|| "-".to_string(), |n| n.to_string())
}

/// A gap with its sign, so "+1.50" reads as "wants to grow by".
pub fn signed(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), |v| format!("{v:+.2}"))
}

/// The culture index as a whole number out of 100, or "-" before any score.
pub fn index(index: Option<CultureIndex>) -> String {
    index.map_or_else(|| "-".to_string(), |index| format!("{:.0}", index.value))
}

/// Written wherever a hidden habit's numbers would stand.
pub const HIDDEN: &str = "hidden until revealed";

/// The same, where a table cell has room for one short word.
pub const HIDDEN_SHORT: &str = "hidden";

/// Written where an area's number would stand when it is withheld
/// (`privacy::withheld_areas`).
pub const WITHHELD: &str = "withheld";

/// Why, written once under a table with a withheld area.
pub const WITHHELD_NOTE: &str =
    "withheld: an anonymous participant is in the area, so it shows no numbers";

/// What an index covers: "6 of 7 habits scored", and how many habits it leaves
/// out because their scores are still hidden.
pub fn index_coverage(coverage: Coverage) -> String {
    let Coverage {
        habits_scored: scored,
        habits_hidden: hidden,
        habits_total: total,
    } = coverage;
    let hidden_note = match hidden {
        0 => String::new(),
        1 => format!("1 habit {HIDDEN}"),
        n => format!("{n} habits {HIDDEN}"),
    };
    match (scored, hidden) {
        (0, 0) => "no habit scored yet".to_string(),
        (0, _) => hidden_note,
        (_, 0) => format!("{scored} of {total} habits scored"),
        _ => format!("{scored} of {total} habits; {hidden_note}"),
    }
}

/// The index with what it covers, as one phrase: "39 / 100 (6 of 7 habits scored)".
pub fn index_with_coverage(results: &Results) -> String {
    match results.index {
        Some(_) => format!(
            "{} / 100 ({})",
            index(results.index),
            index_coverage(results.coverage())
        ),
        None => format!("- ({})", index_coverage(results.coverage())),
    }
}

/// A habit's current, target, gap, spread and count as written in tables; a
/// hidden habit shows the words, never a number.
pub fn habit_columns(habit: &HabitResult) -> [String; 5] {
    if habit.hidden {
        return [
            HIDDEN.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ];
    }
    [
        number(habit.mean_current),
        number(habit.mean_target),
        signed(habit.gap),
        number(habit.spread),
        count(habit.count),
    ]
}

/// Names joined for a sentence, or "-" when there are none.
pub fn names(names: &[&str]) -> String {
    if names.is_empty() {
        "-".to_string()
    } else {
        names.join(", ")
    }
}

/// A change written with an arrow and a sign, so it reads without colour.
pub fn movement(change: Option<f64>, decimals: usize) -> String {
    let threshold = 0.5 * 10f64.powi(-(decimals as i32));
    match change {
        None => "-".to_string(),
        Some(c) if c >= threshold => format!("↑ {c:+.decimals$}"),
        Some(c) if c <= -threshold => format!("↓ {c:+.decimals$}"),
        Some(_) => format!("= {:.decimals$}", 0.0),
    }
}

/// A value as written with `decimals` decimals, read back, so a change worked
/// out from shown values adds up on the page.
fn as_shown(value: f64, decimals: usize) -> f64 {
    format!("{value:.decimals$}").parse().unwrap_or(value)
}

/// The change between two values as they are written with `decimals` decimals:
/// "3.15 -> 3.50" changes by exactly +0.35 on the page.
pub fn shown_change(old: Option<f64>, new: Option<f64>, decimals: usize) -> Option<f64> {
    old.zip(new)
        .map(|(old, new)| as_shown(new, decimals) - as_shown(old, decimals))
}

/// How far a gap closed, worked out from the gaps as written: "+0.83" when it
/// narrowed (the good news reads positive), "-0.08" when it widened, "0.00"
/// when the written gaps are the same. No arrow, so a growing gap never
/// carries the ↑ of a rising score.
pub fn gap_closed(old: Option<f64>, new: Option<f64>) -> String {
    match shown_change(old, new, 2) {
        None => "-".to_string(),
        Some(c) if c.abs() < 0.005 => format!("{:.2}", 0.0),
        Some(c) => format!("{:+.2}", -c),
    }
}

/// The column titles of a habit's change between two benchmarks.
pub const CHANGE_HEADER: [&str; 7] = [
    "Habit",
    "Before",
    "Now",
    "Change",
    "Gap was",
    "Gap now",
    "Closed by",
];

/// A habit's change between two benchmarks as written everywhere: the means, the
/// change with its arrow, the gaps and how far the gap closed. A side whose scores are
/// hidden says so and has no number, so nothing is compared with it.
pub fn change_columns(habit: &HabitChange) -> [String; 6] {
    [
        unless(habit.old_hidden, HIDDEN_SHORT, || number(habit.old_mean)),
        unless(habit.new_hidden, HIDDEN_SHORT, || number(habit.new_mean)),
        movement(shown_change(habit.old_mean, habit.new_mean, 2), 2),
        unless(habit.old_hidden, HIDDEN_SHORT, || signed(habit.old_gap)),
        unless(habit.new_hidden, HIDDEN_SHORT, || signed(habit.new_gap)),
        gap_closed(habit.old_gap, habit.new_gap),
    ]
}

/// An area's mean then and now, and the change, as written everywhere; a withheld
/// side says so and has no number.
pub fn area_change_columns(area: &AreaChange) -> [String; 3] {
    [
        unless(area.old_withheld, WITHHELD, || number(area.old_mean)),
        unless(area.new_withheld, WITHHELD, || number(area.new_mean)),
        movement(shown_change(area.old_mean, area.new_mean, 2), 2),
    ]
}

/// The word that stands in for a number that may not be shown, or the number.
fn unless(kept_back: bool, word: &str, shown: impl FnOnce() -> String) -> String {
    if kept_back { word.to_string() } else { shown() }
}

/// Both sides' index of a comparison with what each covers: "39 (7 of 7 habits
/// scored) -> 48 (3 of 7 habits; 1 habit hidden until revealed)".
pub fn index_sides(c: &Comparison) -> String {
    format!(
        "{} ({}) -> {} ({})",
        index_value(c.old_index),
        index_coverage(c.old_coverage),
        index_value(c.new_index),
        index_coverage(c.new_coverage)
    )
}

/// How the index moved, like with like: the arrow alone when both indexes cover
/// the same habits, otherwise both sides over the habits scored and revealed in
/// both ("on the 3 habits scored in both: 41 -> 48, ↑ +7"). The change is
/// worked out from the whole numbers shown, so it adds up.
pub fn index_moved(c: &Comparison) -> String {
    let moved = if c.same_coverage() {
        movement(shown_change(c.old_index, c.new_index, 0), 0)
    } else {
        movement(shown_change(c.old_shared_index, c.new_shared_index, 0), 0)
    };
    match c.shared_habits.len() {
        _ if c.same_coverage() => moved,
        0 => "no habit scored in both to compare".to_string(),
        n => format!(
            "on the {} scored in both: {} -> {}, {moved}",
            if n == 1 {
                "1 habit".to_string()
            } else {
                format!("{n} habits")
            },
            index_value(c.old_shared_index),
            index_value(c.new_shared_index)
        ),
    }
}

/// What a comparison's area means are made of: the same habits on both sides.
pub const AREAS_COMPARED: &str = "mean of the current scores on the habits scored in both";

/// An index value (0-100) as a whole number, or "-".
pub fn index_value(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), |v| format!("{v:.0}"))
}

/// Why every row of the Benchmark screen keeps its marks after the reveal
/// (`privacy::names_beside_scores`): short enough for half a laptop screen.
pub const OWN_SCORES_HIDDEN: &str = "scores hidden to protect anonymity";

/// The Participants screen's warning while exactly one person is anonymous: what
/// huddle does so their scores cannot be worked out from the others'.
pub const ONE_ANONYMOUS: &str =
    "one anonymous: huddle shows no one's own scores, so theirs stay secret";

/// The words shown beside a habit the room does not agree on.
pub const NO_CONSENSUS: &str = "no consensus: discuss";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_values_read_as_a_dash_not_zero() {
        assert_eq!(number(None), "-");
        assert_eq!(signed(None), "-");
        assert_eq!(number(Some(2.5)), "2.50");
        assert_eq!(signed(Some(1.5)), "+1.50");
        assert_eq!(signed(Some(-0.25)), "-0.25");
        let index_of = |value| CultureIndex {
            value,
            habits_scored: 1,
            habits_hidden: 0,
            habits_total: 1,
        };
        assert_eq!(index(Some(index_of(38.46))), "38");
        assert_eq!(index(None), "-");
        assert_eq!(names(&[]), "-");
        assert_eq!(names(&["Listen", "Think"]), "Listen, Think");
    }

    #[test]
    fn a_change_adds_up_with_the_rounded_values_shown() {
        // 48.4 and 55.4 are written 48 and 55: the change reads +7, not +7.0
        assert_eq!(movement(shown_change(Some(48.4), Some(55.4), 0), 0), "↑ +7");
        assert_eq!(movement(shown_change(Some(47.6), Some(55.4), 0), 0), "↑ +7");
        // gaps written +0.92 and +0.92 did not move, whatever the third decimal
        assert_eq!(gap_closed(Some(0.9151), Some(0.9249)), "0.00");
        // a gap that narrowed reads positive, one that widened negative
        assert_eq!(gap_closed(Some(1.20), Some(0.95)), "+0.25");
        assert_eq!(gap_closed(Some(0.50), Some(0.75)), "-0.25");
        assert_eq!(gap_closed(None, Some(0.75)), "-");
    }
}

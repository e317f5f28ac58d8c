//! Plain-text reports for the terminal and for pipes: the results of a session,
//! and what moved between two benchmarks.

use super::habit_text;
use crate::domain::{Comparison, Results, Session};
use crate::text::{columns, display};

/// The results as a plain-text table, one habit a line, for reading or piping.
pub fn summary(session: &Session) -> String {
    let results = Results::of(session);
    let mut text = format!("{}\n", session.title);
    let mut about = vec![session.date.to_string()];
    if !session.organisation.is_empty() {
        about.insert(0, session.organisation.clone());
    }
    text += &format!("{}\n\n", about.join(", "));
    let width = columns::widest(results.habits.iter().map(|habit| &habit.habit_name)).max(5);
    text += &format!(
        "{}  {:>7}  {:>6}  {:>6}  {:>6}  {:>5}  {:>5}  flag\n",
        columns::pad("habit", width),
        "current",
        "target",
        "gap",
        "spread",
        "range",
        "count"
    );
    for habit in &results.habits {
        let flag = habit_text::flag(habit);
        let line = if habit.hidden {
            format!(
                "{}  {}",
                columns::pad(&habit.habit_name, width),
                display::HIDDEN
            )
        } else {
            let [current, target, gap, spread, count] = display::habit_columns(habit);
            let range = habit_text::range(habit);
            format!(
                "{}  {current:>7}  {target:>6}  {gap:>6}  {spread:>6}  {range:>5}  {count:>5}  {flag}",
                columns::pad(&habit.habit_name, width)
            )
        };
        text += line.trim_end();
        text.push('\n');
    }
    text.push('\n');
    text += &format!(
        "culture index: {}\n",
        display::index_with_coverage(&results)
    );
    let names = |ids: &[String]| display::names(&results.habit_names(ids));
    text += &format!("strengths: {}\n", names(&results.strengths));
    text += &format!("weaknesses: {}\n", names(&results.weaknesses));
    text
}

/// What moved between two benchmarks, as a plain-text report.
pub fn comparison(c: &Comparison) -> String {
    let mut text = format!("{}\n  compared with {}\n\n", c.new_title, c.old_title);
    let width = columns::widest(c.habits.iter().map(|h| &h.name)).max(5);
    text += &format!(
        "{}  {:>6}  {:>6}  {:>8}  {:>7}  {:>7}  {:>9}\n",
        columns::pad("habit", width),
        "before",
        "now",
        "change",
        "gap was",
        "gap now",
        "closed by"
    );
    for h in &c.habits {
        let [before, now, change, gap_was, gap_now, gap_closed] = display::change_columns(h);
        text += &format!(
            "{}  {before:>6}  {now:>6}  {change:>8}  {gap_was:>7}  {gap_now:>7}  {gap_closed:>9}\n",
            columns::pad(&h.name, width)
        );
    }
    text += &format!(
        "\nculture index: {}\n  change: {}\n",
        display::index_sides(c),
        display::index_moved(c)
    );
    if !c.areas.is_empty() {
        text += &format!("\nby area ({}):\n", display::AREAS_COMPARED);
        for a in &c.areas {
            let [before, now, change] = display::area_change_columns(a);
            text += &format!(
                "  {} {before:>8} -> {now:<8} {change}\n",
                columns::pad(&a.area, 20)
            );
        }
        if c.areas.iter().any(|a| a.old_withheld || a.new_withheld) {
            text += &format!("  ({})\n", display::WITHHELD_NOTE);
        }
    }
    if !c.actions.is_empty() {
        text += "\nthe earlier plan:\n";
        for a in &c.actions {
            let state = a.state();
            let owner = if a.owner.is_empty() {
                "nobody"
            } else {
                &a.owner
            };
            let note = if a.note.is_empty() {
                String::new()
            } else {
                format!(": {}", a.note)
            };
            text += &format!("  - {} ({owner}; {state}){note}\n", a.what);
        }
    }
    if !c.only_in_old.is_empty() {
        text += &format!(
            "\nhabits only in the earlier benchmark: {}\n",
            c.only_in_old.join(", ")
        );
    }
    if !c.only_in_new.is_empty() {
        text += &format!(
            "\nhabits only in this benchmark: {}\n",
            c.only_in_new.join(", ")
        );
    }
    text
}

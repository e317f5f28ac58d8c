//! A rollup of many workshops as plain text for the terminal and as Markdown:
//! the habit x workshop table (mean, count, no-consensus mark with the room's
//! spread and range), the organisation's index, strengths and weaknesses, and
//! the open actions.

use super::escape::markdown as escape_cell;
use super::habit_text::spread_and_range;
use crate::domain::rollup::{OpenAction, Rollup, RollupCell};
use crate::text::{columns, display};

/// The mark beside a cell whose scores disagree.
pub const DISAGREE_MARK: &str = "!";

/// What the organisation's index is made of, said under every rollup.
pub const INDEX_NOTE: &str = "Every revealed current score counts once, so each workshop weighs by the number of scores it gave; hidden habits count nowhere.";

/// A cell: "3.38 (13)", with the mark when the room disagreed, or why it is empty.
pub fn cell_text(cell: &RollupCell) -> String {
    if cell.not_asked {
        return "not asked".into();
    }
    if cell.hidden {
        return display::HIDDEN_SHORT.into();
    }
    if cell.count == Some(0) {
        return "not scored".into();
    }
    let mark = if cell.no_consensus {
        format!(" {DISAGREE_MARK}")
    } else {
        String::new()
    };
    format!(
        "{} ({}){mark}",
        display::number(cell.mean),
        display::count(cell.count)
    )
}

/// Why a flagged cell is flagged, "spread 0.90, range 3", as the session
/// reports say it; `None` for a cell without the mark.
pub fn cell_reason(cell: &RollupCell) -> Option<String> {
    (cell.no_consensus && !cell.hidden).then(|| spread_and_range(cell.spread, cell.range))
}

/// The organisation's column for a habit: the pooled mean and count, and in how
/// many workshops the room disagreed ("! in 1 of 3").
pub fn total_text(rollup: &Rollup, row: usize) -> String {
    let habit = &rollup.habits[row];
    let mark = if habit.flagged_in > 0 {
        format!(
            " {DISAGREE_MARK} in {} of {}",
            habit.flagged_in,
            rollup.workshops.len()
        )
    } else {
        String::new()
    };
    format!("{} ({}){mark}", display::number(habit.mean), habit.count)
}

/// The key under the table, said the same in every format.
pub const LEGEND: &str = "The flag is a room's: its people scored the habit far apart. The organisation column says in how many workshops that happened; scores of different workshops are not pooled for it, since the change between dates or the difference between regions is not disagreement (the columns show those). (n) how many current scores.";

/// The flag's key: the mark and what it asks.
fn mark_key() -> String {
    format!("{DISAGREE_MARK} {}", display::NO_CONSENSUS)
}

fn action_line(a: &OpenAction) -> String {
    let owner = if a.owner.is_empty() {
        "no owner"
    } else {
        &a.owner
    };
    let due = a
        .due
        .map_or_else(|| "no date".into(), |d| format!("due {d}"));
    let reviewed = a
        .reviewed_on
        .map_or_else(String::new, |d| format!(", as reviewed on {d}"));
    format!(
        "{} ({owner}; {due}; {}{reviewed})",
        a.what,
        a.status.label()
    )
}

/// The rollup as a plain-text report.
pub fn rollup_text(rollup: &Rollup) -> String {
    let mut text = format!("Rollup: {}\n", rollup.framework);
    for (number, w) in rollup.workshops.iter().enumerate() {
        text += &format!(
            "  {} {}  {}, {}  index {}\n",
            number + 1,
            w.date,
            w.title,
            w.organisation,
            display::index_value(w.index)
        );
    }
    let mut header: Vec<String> = (1..=rollup.workshops.len())
        .map(|n| n.to_string())
        .collect();
    header.push("organisation".into());
    let body: Vec<(String, Vec<String>)> = rollup
        .habits
        .iter()
        .enumerate()
        .map(|(row, h)| {
            let mut cells: Vec<String> = h.cells.iter().map(cell_text).collect();
            cells.push(total_text(rollup, row));
            (h.name.clone(), cells)
        })
        .collect();
    let label_width = columns::widest(body.iter().map(|(l, _)| l)).max(5);
    let cell_width = columns::widest(header.iter().chain(body.iter().flat_map(|(_, c)| c)));
    let line = |label: &str, cells: &[String]| {
        let cells: Vec<String> = cells.iter().map(|c| columns::pad(c, cell_width)).collect();
        format!("{}  {}", columns::pad(label, label_width), cells.join("  "))
            .trim_end()
            .to_string()
            + "\n"
    };
    text.push('\n');
    text += &line("habit", &header);
    for (label, cells) in &body {
        text += &line(label, cells);
    }
    for h in &rollup.habits {
        for (number, cell) in h.cells.iter().enumerate() {
            if let Some(reason) = cell_reason(cell) {
                text += &format!(
                    "  {DISAGREE_MARK} {}, workshop {}: {reason}\n",
                    h.name,
                    number + 1
                );
            }
        }
    }
    text += &format!("{}\n{LEGEND}\n\n", mark_key());
    text += &format!(
        "organisation index: {} / 100\n  {INDEX_NOTE}\n",
        display::index_value(rollup.index)
    );
    text += &format!("strengths: {}\n", names(&rollup.strengths));
    text += &format!("weaknesses: {}\n", names(&rollup.weaknesses));
    text += "\nby workshop:\n";
    for (number, w) in rollup.workshops.iter().enumerate() {
        text += &format!(
            "  {} strengths: {}; weaknesses: {}\n",
            number + 1,
            names(&w.strengths),
            names(&w.weaknesses)
        );
    }
    text += "\nopen actions:\n";
    if rollup.actions.is_empty() {
        text += "  none\n";
    }
    for a in &rollup.actions {
        text += &format!("  - {}\n    from {}\n", action_line(a), a.workshop);
    }
    text
}

fn names(names: &[String]) -> String {
    display::names(&names.iter().map(String::as_str).collect::<Vec<_>>())
}

/// The rollup as Markdown.
pub fn rollup_markdown(rollup: &Rollup) -> String {
    let mut text = format!("# Rollup: {}\n\n", escape_cell(&rollup.framework));
    let md_names = |list: &[String]| escape_cell(&names(list));
    text += "| # | Date | Workshop | Organisation | Index |\n|---:|---|---|---|---:|\n";
    for (number, w) in rollup.workshops.iter().enumerate() {
        text += &format!(
            "| {} | {} | {} | {} | {} |\n",
            number + 1,
            w.date,
            escape_cell(&w.title),
            escape_cell(&w.organisation),
            display::index_value(w.index)
        );
    }
    text += "\n## Habit x workshop\n\n| Habit |";
    for number in 1..=rollup.workshops.len() {
        text += &format!(" {number} |");
    }
    text += " Organisation |\n|---|";
    text += &"---:|".repeat(rollup.workshops.len() + 1);
    text.push('\n');
    for (row, h) in rollup.habits.iter().enumerate() {
        let cells: Vec<String> = h
            .cells
            .iter()
            .map(|cell| match cell_reason(cell) {
                Some(reason) => format!("{} ({reason})", cell_text(cell)),
                None => cell_text(cell),
            })
            .collect();
        text += &format!(
            "| {} | {} | {} |\n",
            escape_cell(&h.name),
            cells.join(" | "),
            total_text(rollup, row)
        );
    }
    text += &format!("\n{}. {LEGEND}\n\n", mark_key());
    text += &format!(
        "**Organisation index:** {} / 100. {INDEX_NOTE}\n\n",
        display::index_value(rollup.index)
    );
    text += &format!(
        "**Strengths:** {}  \n**Weaknesses:** {}\n\n",
        md_names(&rollup.strengths),
        md_names(&rollup.weaknesses)
    );
    text += "## By workshop\n\n";
    for (number, w) in rollup.workshops.iter().enumerate() {
        text += &format!(
            "{}. {}: strengths {}; weaknesses {}\n",
            number + 1,
            escape_cell(&w.title),
            md_names(&w.strengths),
            md_names(&w.weaknesses)
        );
    }
    text += "\n## Open actions\n\n";
    if rollup.actions.is_empty() {
        text += "None.\n";
    } else {
        text += "| Action | Owner | Due | Status | Workshop |\n|---|---|---|---|---|\n";
        for a in &rollup.actions {
            text += &format!(
                "| {} | {} | {} | {} | {} |\n",
                escape_cell(&a.what),
                escape_cell(&a.owner),
                a.due.map_or_else(|| "-".into(), |d| d.to_string()),
                a.status.label(),
                escape_cell(&a.workshop)
            );
        }
    }
    text
}

//! A trend across benchmarks as plain text for the terminal and as Markdown: one
//! column per benchmark date, the index first, then each habit's mean. A habit
//! with no number at a date says why ("hidden", "not scored", "not asked"), so a
//! gap never reads as a zero.

use super::escape::markdown as escape_cell;
use crate::domain::{Point, Trend};
use crate::text::{columns, display};

/// What the index row counts, written under both reports.
pub const INDEX_NOTE: &str = "Each benchmark's index is over the habits it revealed (see \"habits in index\"); a habit without a number at a date is a gap, never a zero.";

/// A point as written in a table cell: the mean, or why there is none.
pub fn point_text(point: Point) -> String {
    match point.missing_reason() {
        Some(reason) => reason.to_string(),
        None => display::number(point.mean()),
    }
}

/// "7 of 7": how many habits a benchmark's index covers.
pub(super) fn covered(trend: &Trend) -> Vec<String> {
    trend
        .benchmarks
        .iter()
        .map(|b| {
            format!(
                "{} of {}",
                b.coverage.habits_scored, b.coverage.habits_total
            )
        })
        .collect()
}

/// The rows of the table: a label and one cell per benchmark.
fn rows(trend: &Trend) -> Vec<(String, Vec<String>)> {
    let mut rows = vec![
        (
            "culture index".to_string(),
            trend
                .benchmarks
                .iter()
                .map(|b| display::index_value(b.index))
                .collect(),
        ),
        ("habits in index".to_string(), covered(trend)),
    ];
    rows.extend(trend.habits.iter().map(|h| {
        (
            h.name.clone(),
            h.points.iter().map(|&p| point_text(p)).collect(),
        )
    }));
    rows
}

/// The trend as a plain-text table.
pub fn trend_text(trend: &Trend) -> String {
    let rows = rows(trend);
    let dates: Vec<String> = trend
        .benchmarks
        .iter()
        .map(|b| b.date.to_string())
        .collect();
    let label_width = columns::widest(rows.iter().map(|(label, _)| label));
    let cell_width = columns::widest(dates.iter().chain(rows.iter().flat_map(|(_, cells)| cells)));
    let mut text = format!("Trend: {}\n", trend.framework);
    for (number, b) in trend.benchmarks.iter().enumerate() {
        text += &format!("  {} {}  {}\n", number + 1, b.date, b.title);
    }
    text.push('\n');
    let line = |label: &str, cells: &[String]| {
        let cells: Vec<String> = cells
            .iter()
            .map(|c| format!("{}{c}", " ".repeat(cell_width - columns::width(c))))
            .collect();
        format!("{}  {}", columns::pad(label, label_width), cells.join("  "))
            .trim_end()
            .to_string()
            + "\n"
    };
    text += &line("", &dates);
    for (label, cells) in &rows {
        text += &line(label, cells);
    }
    text += &format!("\n{INDEX_NOTE}\n");
    text
}

/// The trend as Markdown: the same table, for documents.
pub fn trend_markdown(trend: &Trend) -> String {
    let mut text = format!("# Trend: {}\n\n", escape_cell(&trend.framework));
    for b in &trend.benchmarks {
        text += &format!("- {}: {}\n", b.date, escape_cell(&b.title));
    }
    text += "\n| |";
    for b in &trend.benchmarks {
        text += &format!(" {} |", b.date);
    }
    text += "\n|---|";
    text += &"---:|".repeat(trend.benchmarks.len());
    text.push('\n');
    for (label, cells) in rows(trend) {
        text += &format!("| {} | {} |\n", escape_cell(&label), cells.join(" | "));
    }
    text += &format!("\n{INDEX_NOTE}\n");
    text
}

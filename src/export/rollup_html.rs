//! A rollup of many workshops as one self-contained HTML page: the habit x
//! workshop table, the organisation's index, strengths and weaknesses, and every
//! plan's open actions with their owners. No scripts, no network.

use std::fmt::Write;

use super::escape::html as escape;
use super::rollup::{DISAGREE_MARK, INDEX_NOTE, LEGEND, cell_reason, cell_text, total_text};
use super::trend_html::page_start;
use crate::domain::rollup::Rollup;
use crate::text::display;

/// The rollup as one HTML page.
pub fn rollup_html(rollup: &Rollup) -> String {
    let title = format!("Rollup: {}", rollup.framework);
    let mut out = page_start(
        &title,
        "td.flagged { font-weight: bold; }\n.why { font-weight: normal; font-size: 0.85em; }\n",
    );
    let _ = writeln!(out, "<h1>{}</h1>", escape(&title));
    let _ = writeln!(
        out,
        "<p><strong>Organisation index:</strong> {} / 100. {}</p>",
        display::index_value(rollup.index),
        escape(INDEX_NOTE)
    );
    let joined = |names: &[String]| {
        escape(&display::names(
            &names.iter().map(String::as_str).collect::<Vec<_>>(),
        ))
    };
    let _ = writeln!(
        out,
        "<p><strong>Strengths:</strong> {}<br>\n<strong>Weaknesses:</strong> {}</p>",
        joined(&rollup.strengths),
        joined(&rollup.weaknesses)
    );

    out.push_str("<section>\n<h2>Workshops</h2>\n<table>\n<thead><tr><th>#</th><th>Date</th><th>Workshop</th><th>Organisation</th><th>Index</th><th>Strengths</th><th>Weaknesses</th></tr></thead>\n<tbody>\n");
    for (number, w) in rollup.workshops.iter().enumerate() {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"date\">{}</td><td>{}</td><td>{}</td><td class=\"number\">{}</td><td>{}</td><td>{}</td></tr>",
            number + 1,
            w.date,
            escape(&w.title),
            escape(&w.organisation),
            display::index_value(w.index),
            joined(&w.strengths),
            joined(&w.weaknesses)
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");

    out.push_str("<section>\n<h2>Habit x workshop: mean current score (count)</h2>\n<table>\n<thead><tr><th>Habit</th>");
    for number in 1..=rollup.workshops.len() {
        let _ = write!(out, "<th>{number}</th>");
    }
    out.push_str("<th>Organisation</th></tr></thead>\n<tbody>\n");
    for (row, h) in rollup.habits.iter().enumerate() {
        let _ = write!(out, "<tr><td>{}</td>", escape(&h.name));
        for cell in &h.cells {
            match cell_reason(cell) {
                Some(reason) => {
                    let _ = write!(
                        out,
                        "<td class=\"number flagged\">{}<br><span class=\"why\">{reason}</span></td>",
                        cell_text(cell)
                    );
                }
                None => {
                    let _ = write!(out, "<td class=\"number\">{}</td>", cell_text(cell));
                }
            }
        }
        let _ = writeln!(
            out,
            "<td class=\"number\"><strong>{}</strong></td></tr>",
            total_text(rollup, row)
        );
    }
    let _ = writeln!(
        out,
        "</tbody>\n</table>\n<p>{DISAGREE_MARK} {}. {}</p>\n</section>",
        display::NO_CONSENSUS,
        escape(LEGEND)
    );

    out.push_str("<section>\n<h2>Open actions</h2>\n");
    if rollup.actions.is_empty() {
        out.push_str("<p>None.</p>\n");
    } else {
        out.push_str("<table>\n<thead><tr><th>Action</th><th>Habit</th><th>Owner</th><th>Due</th><th>Status</th><th>Workshop</th></tr></thead>\n<tbody>\n");
        for a in &rollup.actions {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"date\">{}</td><td>{}</td><td>{}</td></tr>",
                escape(&a.what),
                escape(a.habit.as_deref().unwrap_or("-")),
                escape(&a.owner),
                a.due.map_or_else(|| "-".into(), |d| d.to_string()),
                a.status.label(),
                escape(&a.workshop)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n</body>\n</html>\n");
    out
}

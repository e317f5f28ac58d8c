//! The first screen of the report, for the sponsor: the index and how it moved
//! since the last benchmark, the three largest gaps, the voted priorities and
//! the first actions with their owner and due date, short enough to print on
//! one page whatever the size of the plan. The detail follows it.

use std::fmt::Write;

use super::{date, escape, phrase, table};
use crate::export::{Report, habit_text};
use crate::text::display;

/// How many gaps the summary names.
const GAPS: usize = 3;

/// How many actions the summary lists, so it stays on the first printed page
/// with a long plan; the rest are counted and left to the Plan section.
pub const ACTIONS: usize = 6;

/// The sponsor's summary as one section.
pub fn summary(report: &Report) -> String {
    let session = &report.session;
    let mut out = String::from(
        "<section class=\"summary\" aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary for the sponsor</h2>\n",
    );
    let results = &report.results;
    let value = match results.index {
        Some(_) => format!("{} / 100", display::index(results.index)),
        None => "-".to_string(),
    };
    let _ = writeln!(
        out,
        "<p class=\"index\">Culture index <strong class=\"nowrap\">{value}</strong> <span class=\"sides\">({})</span></p>",
        escape(&display::index_coverage(results.coverage()))
    );
    since_last(&mut out, report);

    out.push_str("<div class=\"pair\">\n<div>\n<h3>Largest gaps</h3>\n");
    let gaps = habit_text::largest_gaps(report, GAPS);
    if gaps.is_empty() {
        out.push_str("<p>No habit has both scores revealed yet.</p>\n");
    } else {
        out.push_str("<ol>\n");
        for h in gaps {
            let _ = writeln!(
                out,
                "<li>{} <span class=\"nowrap\">gap {}</span> <span class=\"nowrap\">(now {}, target {})</span></li>",
                escape(&h.habit_name),
                display::signed(h.gap),
                display::number(h.mean_current),
                display::number(h.mean_target)
            );
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</div>\n<div>\n<h3>Voted priorities</h3>\n");
    if session.rounds.is_empty() {
        out.push_str("<p>No vote was held.</p>\n");
    } else if report.priorities.is_empty() {
        out.push_str("<p>No vote has been revealed yet.</p>\n");
    } else {
        out.push_str("<ol>\n");
        for label in &report.priorities {
            let _ = writeln!(out, "<li>{}</li>", escape(label));
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</div>\n</div>\n<h3>Actions</h3>\n");
    if session.plan.is_empty() {
        out.push_str("<p>No actions yet.</p>\n");
    } else {
        let rows = session.plan.iter().take(ACTIONS).map(|a| {
            format!(
                "<td>{}</td><td>{}</td>{}<td class=\"nowrap\">{}</td>",
                escape(&a.what),
                escape(if a.owner.is_empty() { "-" } else { &a.owner }),
                date(a.due),
                a.status.label()
            )
        });
        table(&mut out, &["Action", "Owner", "Due", "Status"], rows);
        let more = session.plan.len().saturating_sub(ACTIONS);
        if more > 0 {
            let _ = writeln!(
                out,
                "<p class=\"more\">and {more} more: see the Plan below.</p>"
            );
        }
    }
    out.push_str("</section>\n");
    out
}

/// The index then and now, for a follow-up; a line saying why not when the
/// earlier session's file was not found, or when the next benchmark is due.
fn since_last(out: &mut String, report: &Report) {
    let Some(previous) = &report.session.follows else {
        let _ = writeln!(
            out,
            "<p>The first benchmark: the next one, on <span class=\"nowrap\">{}</span>, shows what moved.</p>",
            report.session.next_benchmark
        );
        return;
    };
    let Some(c) = &report.comparison else {
        let _ = writeln!(
            out,
            "<p>Follows {} of <span class=\"nowrap\">{}</span>; that file was not found, so no change is given.</p>",
            escape(&previous.title),
            previous.date
        );
        return;
    };
    let _ = writeln!(
        out,
        "<p>Change since the last benchmark ({}, <span class=\"nowrap\">{}</span>): <strong>{}</strong><br>\n<span class=\"sides\">Each benchmark's own index: {}</span></p>",
        escape(&c.old_title),
        previous.date,
        phrase(&display::index_moved(c)),
        phrase(&display::index_sides(c))
    );
}

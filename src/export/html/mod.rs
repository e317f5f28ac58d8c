//! A self-contained HTML report: one file, no scripts, no network, inline SVG
//! charts with the numbers written in them, and a layout that prints on A4. It
//! opens with a summary for the sponsor (`summary`), then the detail.

mod charts;
mod palette;
mod style;
mod summary;

use std::fmt::Write;

use chrono::NaiveDate;

use super::escape::html as escape;
use super::{Report, habit_text};
use crate::text::display;
use style::STYLE;

/// A table with its header in `thead` (repeated on every printed page) and one
/// `tr` per row of ready-made cells.
fn table(out: &mut String, header: &[&str], rows: impl IntoIterator<Item = String>) {
    out.push_str("<div class=\"wide\"><table>\n<thead><tr>");
    for title in header {
        let _ = write!(out, "<th>{title}</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        let _ = writeln!(out, "<tr>{row}</tr>");
    }
    out.push_str("</tbody>\n</table></div>\n");
}

/// A phrase that may wrap between its clauses but never inside an expression
/// such as "48 -> 55, ↑ +7": the arrows hold their neighbours with no-break
/// spaces, and a word joiner keeps "->" from breaking after its hyphen.
fn phrase(text: &str) -> String {
    escape(text)
        .replace(" -&gt; ", "\u{a0}-\u{2060}&gt;\u{a0}")
        .replace("↑ ", "↑\u{a0}")
        .replace("↓ ", "↓\u{a0}")
        .replace(", ↑", ",\u{a0}↑")
        .replace(", ↓", ",\u{a0}↓")
        .replace(", =", ",\u{a0}=")
}

/// A number's cell: right-aligned and never broken across lines.
fn number(value: &str) -> String {
    format!("<td class=\"number\">{}</td>", escape(value))
}

/// A date's cell, never broken across lines; "-" without a date.
fn date(value: Option<NaiveDate>) -> String {
    format!(
        "<td class=\"date\">{}</td>",
        value.map_or_else(|| "-".into(), |d| d.to_string())
    )
}

/// The report as one HTML page: the sponsor's summary, then the detail.
pub fn html(report: &Report) -> String {
    let session = &report.session;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&session.title)
    );
    let _ = writeln!(out, "<h1>{}</h1>", escape(&session.title));
    let _ = writeln!(
        out,
        "<p>{} · <span class=\"nowrap\">{}</span> · facilitator {} · sponsor {} · {} participants</p>",
        escape(&session.organisation),
        session.date,
        escape(&session.facilitator),
        escape(&session.sponsor),
        session.participants
    );
    out.push_str(&summary::summary(report));
    results(&mut out, report);
    notes(&mut out, report);
    heat_map(&mut out, report);
    votes(&mut out, report);
    plan(&mut out, report);
    since_last(&mut out, report);
    earlier_plan(&mut out, report);
    out.push_str("</body>\n</html>\n");
    out
}

/// The index, the chart and table per habit, strengths and weaknesses.
fn results(out: &mut String, report: &Report) {
    let results = &report.results;
    out.push_str("<section>\n<h2>Results</h2>\n");
    let _ = writeln!(
        out,
        "<p><strong>Culture index:</strong> {}</p>",
        escape(&display::index_with_coverage(results)).replacen(" / ", "\u{a0}/\u{a0}", 1)
    );
    out.push_str(&charts::habits(report));
    let rows = results.habits.iter().map(|h| {
        let numbers: String = if h.hidden {
            format!("<td colspan=\"6\">{}</td>", display::HIDDEN)
        } else {
            let [current, target, gap, spread, count] = display::habit_columns(h);
            [current, target, gap, spread, habit_text::range(h), count]
                .iter()
                .map(|value| number(value))
                .collect()
        };
        let flag = habit_text::flag(h);
        let flag = if flag.is_empty() {
            String::new()
        } else {
            // A number never leaves its word on the line before.
            let flag = escape(&flag)
                .replace("spread ", "spread\u{a0}")
                .replace("range ", "range\u{a0}");
            format!("<span class=\"flag\">! {flag}</span>")
        };
        format!("<td>{}</td>{numbers}<td>{flag}</td>", escape(&h.habit_name))
    });
    table(
        out,
        &[
            "Habit", "Current", "Target", "Gap", "Spread", "Range", "Count", "Flag",
        ],
        rows,
    );
    let names = |ids: &[String]| escape(&display::names(&results.habit_names(ids)));
    let _ = writeln!(
        out,
        "<p><strong>Strengths:</strong> {}<br>\n<strong>Weaknesses:</strong> {}</p>",
        names(&results.strengths),
        names(&results.weaknesses)
    );
    if let Some(why) = &report.session.scores_withheld {
        let _ = writeln!(out, "<p>{}</p>", escape(why));
    }
    out.push_str("</section>\n");
}

/// The room's notes and barriers, under their habit.
fn notes(out: &mut String, report: &Report) {
    let habits = habit_text::notes(report);
    let held_back = report.results.hidden_habits() > 0;
    if habits.is_empty() && !held_back {
        return;
    }
    out.push_str("<section>\n<h2>Notes and barriers</h2>\n");
    for habit in &habits {
        let _ = writeln!(
            out,
            "<div class=\"habit-notes\">\n<h3>{}</h3>",
            escape(habit.habit_name)
        );
        for (kind, lines) in habit.lists.iter().filter(|(_, lines)| !lines.is_empty()) {
            let _ = writeln!(out, "<p>{}:</p>\n<ul>", kind.heading());
            for line in *lines {
                let _ = writeln!(out, "<li>{}</li>", escape(line));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</div>\n");
    }
    if held_back {
        let _ = writeln!(out, "<p><em>{}</em></p>", habit_text::NOTES_HELD_BACK);
    }
    out.push_str("</section>\n");
}

/// The habit x area heat map, when the session has areas.
fn heat_map(out: &mut String, report: &Report) {
    let map = &report.results.heat_map;
    if map.areas.is_empty() {
        return;
    }
    out.push_str("<section>\n<h2>Heat map: mean current score by area</h2>\n<p>Each cell: the mean and, in brackets, the number of scores behind it. Darker is higher; the scale below the map shows each level's shade.</p>\n");
    out.push_str(&charts::heat_map(report));
    if map.area_totals.iter().any(|c| c.withheld) {
        let _ = writeln!(out, "<p><em>{}.</em></p>", display::WITHHELD_NOTE);
    }
    out.push_str("</section>\n");
}

/// Each round's tally, once revealed.
fn votes(out: &mut String, report: &Report) {
    for (number, round) in report.session.rounds.iter().enumerate() {
        let _ = writeln!(
            out,
            "<section>\n<h2>Vote {}: {}</h2>",
            number + 1,
            escape(&round.title)
        );
        if !round.revealed {
            let _ = writeln!(
                out,
                "<p>The tally has not been revealed ({} voted).</p>\n</section>",
                round.voters
            );
            continue;
        }
        let labels: Vec<(String, u32, String)> = round
            .ranking
            .iter()
            .map(|r| {
                let rank = if r.tied {
                    format!("={}", r.rank)
                } else {
                    r.rank.to_string()
                };
                (r.label.clone(), r.dots, rank)
            })
            .collect();
        out.push_str(&charts::tally(&labels));
        out.push_str("</section>\n");
    }
}

/// The plan in full, and the next benchmark.
fn plan(out: &mut String, report: &Report) {
    let session = &report.session;
    out.push_str("<section>\n<h2>Plan</h2>\n");
    let _ = writeln!(out, "<p>Sponsor: {}</p>", escape(&session.sponsor));
    if session.plan.is_empty() {
        out.push_str("<p>No actions yet.</p>\n");
    } else {
        let rows = session.plan.iter().map(|a| {
            let link = match (&a.priority, &a.habit) {
                (Some(priority), _) => priority.clone(),
                (None, Some(habit)) => session.habit_name(habit),
                (None, None) => "-".into(),
            };
            format!(
                "<td>{}</td><td>{}</td><td>{}</td>{}<td>{}</td><td class=\"nowrap\">{}</td>",
                escape(&format!("{}{}", a.what, a.playbook_note())),
                escape(&link),
                escape(&a.owner),
                date(a.due),
                escape(&a.measure),
                a.status.label()
            )
        });
        table(
            out,
            &["Action", "For", "Owner", "Due", "Success measure", "Status"],
            rows,
        );
    }
    let _ = writeln!(
        out,
        "<p><strong>Next benchmark:</strong> <span class=\"nowrap\">{}</span></p>\n</section>",
        session.next_benchmark
    );
}

/// "Since the last benchmark": the comparison of a follow-up, as tables.
fn since_last(out: &mut String, report: &Report) {
    let Some(previous) = &report.session.follows else {
        return;
    };
    out.push_str("<section>\n<h2>Since the last benchmark</h2>\n");
    let Some(c) = &report.comparison else {
        let _ = writeln!(
            out,
            "<p>This benchmark follows {} of <span class=\"nowrap\">{}</span>; that session's file was not found, so no comparison is included.</p>\n</section>",
            escape(&previous.title),
            previous.date
        );
        return;
    };
    let _ = writeln!(
        out,
        "<p>Compared with {} of <span class=\"nowrap\">{}</span>.</p>",
        escape(&c.old_title),
        previous.date
    );
    let rows = c.habits.iter().map(|h| {
        let numbers: String = display::change_columns(h)
            .iter()
            .map(|value| number(value))
            .collect();
        format!("<td>{}</td>{numbers}", escape(&h.name))
    });
    table(out, &display::CHANGE_HEADER, rows);
    let _ = writeln!(
        out,
        "<p><strong>Culture index:</strong> {}; change: {}</p>",
        phrase(&display::index_sides(c)),
        phrase(&display::index_moved(c))
    );
    areas(out, c);
    out.push_str("</section>\n");
}

/// The by-area comparison: each area's mean then and now on the habits scored in both.
fn areas(out: &mut String, c: &crate::domain::Comparison) {
    if c.areas.is_empty() {
        return;
    }
    let rows = c.areas.iter().map(|a| {
        let numbers: String = display::area_change_columns(a)
            .iter()
            .map(|value| number(value))
            .collect();
        format!("<td>{}</td>{numbers}", escape(&a.area))
    });
    table(out, &["Area", "Before", "Now", "Change"], rows);
    let _ = writeln!(out, "<p>Area means: {}.</p>", display::AREAS_COMPARED);
    if c.areas.iter().any(|a| a.old_withheld || a.new_withheld) {
        let _ = writeln!(out, "<p><em>{}.</em></p>", display::WITHHELD_NOTE);
    }
}

/// What became of earlier actions: the earlier plan, or the session's review.
fn earlier_plan(out: &mut String, report: &Report) {
    let actions = habit_text::earlier_actions(report);
    if actions.is_empty() {
        return;
    }
    out.push_str("<section>\n<h2>The earlier plan</h2>\n");
    let rows = actions.iter().map(|a| {
        format!(
            "<td>{}</td><td>{}</td><td class=\"nowrap\">{}</td><td class=\"nowrap\">{}</td><td>{}</td>",
            escape(&a.what),
            escape(&a.owner),
            habit_text::was(a),
            a.now.map_or("-", |s| s.label()),
            escape(&a.note)
        )
    });
    table(
        out,
        &["Earlier action", "Owner", "Was", "Now", "Note"],
        rows,
    );
    out.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_is_escaped() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }
}

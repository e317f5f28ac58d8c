//! A self-contained HTML report: one file, no scripts, no network, inline SVG
//! charts with the numbers written in them, and a layout that prints on A4.

use std::fmt::Write;

use super::Report;
use crate::domain::Scale;
use crate::text::{columns, display};

/// Text made safe for HTML content and attribute values.
fn escape(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => safe.push_str("&amp;"),
            '<' => safe.push_str("&lt;"),
            '>' => safe.push_str("&gt;"),
            '"' => safe.push_str("&quot;"),
            '\'' => safe.push_str("&#39;"),
            c => safe.push(c),
        }
    }
    safe
}

const STYLE: &str = "
body { font-family: system-ui, sans-serif; color: #111; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { margin-bottom: 0.2rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
.flag { font-weight: bold; }
svg { max-width: 100%; height: auto; margin: 0.5rem 0 1rem; }
svg text { font-family: system-ui, sans-serif; font-size: 12px; fill: #111; }
@page { size: A4; margin: 15mm; }
@media print { body { margin: 0; max-width: none; } section { break-inside: avoid; } }
";

/// The report as one HTML page.
pub fn html(report: &Report) -> String {
    let session = &report.session;
    let results = &report.results;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&session.title)
    );
    let _ = writeln!(out, "<h1>{}</h1>", escape(&session.title));
    let _ = writeln!(
        out,
        "<p>{} · {} · facilitator {} · sponsor {} · {} participants</p>",
        escape(&session.organisation),
        session.date,
        escape(&session.facilitator),
        escape(&session.sponsor),
        session.participants
    );

    out.push_str("<section>\n<h2>Results</h2>\n");
    let _ = writeln!(
        out,
        "<p><strong>Culture index:</strong> {}</p>",
        display::index_with_coverage(results)
    );
    out.push_str(&habit_chart(report));
    out.push_str("<table>\n<tr><th>Habit</th><th>Current</th><th>Target</th><th>Gap</th><th>Spread</th><th>Count</th><th>Flag</th></tr>\n");
    for h in &results.habits {
        let flag = if h.disagrees() {
            format!("<span class=\"flag\">! {}</span>", display::NO_CONSENSUS)
        } else {
            String::new()
        };
        let numbers: String = if h.hidden {
            format!("<td colspan=\"5\">{}</td>", display::HIDDEN)
        } else {
            display::habit_columns(h)
                .iter()
                .map(|value| format!("<td class=\"number\">{value}</td>"))
                .collect()
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td>{numbers}<td>{flag}</td></tr>",
            escape(&h.habit_name)
        );
    }
    out.push_str("</table>\n");
    let names = |ids: &[String]| escape(&display::names(&results.habit_names(ids)));
    let _ = writeln!(
        out,
        "<p><strong>Strengths:</strong> {}<br>\n<strong>Weaknesses:</strong> {}</p>\n</section>",
        names(&results.strengths),
        names(&results.weaknesses)
    );
    if let Some(why) = &session.scores_withheld {
        let _ = writeln!(out, "<p>{}</p>", escape(why));
    }

    if !results.heat_map.areas.is_empty() {
        out.push_str("<section>\n<h2>Heat map: mean current score by area</h2>\n<p>Each cell: the mean and, in brackets, the number of scores behind it. Darker is higher.</p>\n");
        out.push_str(&heat_map_chart(report));
        if results.heat_map.area_totals.iter().any(|c| c.withheld) {
            let _ = writeln!(out, "<p><em>{}.</em></p>", display::WITHHELD_NOTE);
        }
        out.push_str("</section>\n");
    }

    for (number, round) in session.rounds.iter().enumerate() {
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
        out.push_str(&tally_chart(&labels));
        out.push_str("</section>\n");
    }

    out.push_str("<section>\n<h2>Plan</h2>\n");
    let _ = writeln!(out, "<p>Sponsor: {}</p>", escape(&session.sponsor));
    if session.plan.is_empty() {
        out.push_str("<p>No actions yet.</p>\n");
    } else {
        out.push_str("<table>\n<tr><th>Action</th><th>For</th><th>Owner</th><th>Due</th><th>Success measure</th><th>Status</th></tr>\n");
        for a in &session.plan {
            let link = match (&a.priority, &a.habit) {
                (Some(priority), _) => priority.clone(),
                (None, Some(habit)) => session.habit_name(habit),
                (None, None) => "-".into(),
            };
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&a.what),
                escape(&link),
                escape(&a.owner),
                a.due.map_or_else(|| "-".into(), |d| d.to_string()),
                escape(&a.measure),
                a.status.label()
            );
        }
        out.push_str("</table>\n");
    }
    let _ = writeln!(
        out,
        "<p><strong>Next benchmark:</strong> {}</p>\n</section>",
        session.next_benchmark
    );
    since_last(&mut out, report);
    out.push_str("</body>\n</html>\n");
    out
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
            "<p>This benchmark follows {} of {}; that session's file was not found, so no comparison is included.</p>\n</section>",
            escape(&previous.title),
            previous.date
        );
        return;
    };
    let _ = writeln!(
        out,
        "<p>Compared with {} of {}.</p>",
        escape(&c.old_title),
        previous.date
    );
    out.push_str("<table>\n<tr><th>Habit</th><th>Before</th><th>Now</th><th>Change</th><th>Gap was</th><th>Gap now</th><th>Gap moved</th></tr>\n");
    for h in &c.habits {
        let numbers: String = display::change_columns(h)
            .iter()
            .map(|value| format!("<td class=\"number\">{value}</td>"))
            .collect();
        let _ = writeln!(out, "<tr><td>{}</td>{numbers}</tr>", escape(&h.name));
    }
    out.push_str("</table>\n");
    let _ = writeln!(
        out,
        "<p><strong>Culture index:</strong> {}; change: {}</p>",
        escape(&display::index_sides(c)),
        escape(&display::index_moved(c))
    );
    if !c.actions.is_empty() {
        out.push_str("<table>\n<tr><th>Earlier action</th><th>Owner</th><th>Was</th><th>Now</th><th>Note</th></tr>\n");
        for a in &c.actions {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&a.what),
                escape(&a.owner),
                a.planned.label(),
                a.now.map_or("-", |s| s.label()),
                escape(&a.note)
            );
        }
        out.push_str("</table>\n");
    }
    out.push_str("</section>\n");
}

/// Horizontal bars per habit: the current mean filled, the gap to the target
/// outlined, with the numbers written beside them.
fn habit_chart(report: &Report) -> String {
    let scale: &Scale = &report.session.framework.scale;
    let habits = &report.results.habits;
    let (label_width, bar_width, row) = (110.0, 360.0, 28.0);
    let height = habits.len() as f64 * row + 30.0;
    let mut svg = format!(
        "<svg role=\"img\" aria-label=\"Current and target mean per habit\" width=\"640\" height=\"{height}\" viewBox=\"0 0 640 {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n"
    );
    for (i, h) in habits.iter().enumerate() {
        let y = i as f64 * row + 4.0;
        let x = |mean: Option<f64>| mean.map_or(0.0, |m| scale.to_percent(m) / 100.0 * bar_width);
        let (now, goal) = (x(h.mean_current), x(h.mean_target).max(x(h.mean_current)));
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{}\">{}</text>",
            y + 15.0,
            escape(&h.habit_name)
        );
        let _ = writeln!(
            svg,
            "<rect x=\"{label_width}\" y=\"{y}\" width=\"{now:.1}\" height=\"20\" fill=\"#2b5c8a\"/>"
        );
        let _ = writeln!(
            svg,
            "<rect x=\"{:.1}\" y=\"{y}\" width=\"{:.1}\" height=\"20\" fill=\"none\" stroke=\"#2b5c8a\" stroke-dasharray=\"4 2\"/>",
            label_width + now,
            goal - now
        );
        let numbers = if h.hidden {
            display::HIDDEN.to_string()
        } else {
            format!(
                "{} → {} (gap {})",
                display::number(h.mean_current),
                display::number(h.mean_target),
                display::signed(h.gap)
            )
        };
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{}\">{numbers}</text>",
            label_width + bar_width + 8.0,
            y + 15.0
        );
    }
    let _ = writeln!(
        svg,
        "<text x=\"{label_width}\" y=\"{}\">filled: current mean · dashed: gap to target · scale {}-{}</text>\n</svg>",
        height - 6.0,
        scale.min,
        scale.max
    );
    svg
}

/// The habit x area grid: each cell shaded by its mean and labelled with the mean
/// and the count, so it reads in black and white.
fn heat_map_chart(report: &Report) -> String {
    let scale = &report.session.framework.scale;
    let map = &report.results.heat_map;
    let (label_width, cell_width, cell_height) = (110.0, 96.0, 30.0);
    let width = label_width + cell_width * map.areas.len() as f64;
    let height = cell_height * (map.habits.len() as f64 + 1.0);
    let mut svg = format!(
        "<svg role=\"img\" aria-label=\"Mean current score by habit and area\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n"
    );
    for (j, area) in map.areas.iter().enumerate() {
        let x = label_width + j as f64 * cell_width + 4.0;
        let _ = writeln!(svg, "<text x=\"{x}\" y=\"20\">{}</text>", escape(area));
    }
    for (i, (habit, cells)) in report.results.habits.iter().zip(&map.cells).enumerate() {
        let y = (i as f64 + 1.0) * cell_height;
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{}\">{}</text>",
            y + 19.0,
            escape(&habit.habit_name)
        );
        for (j, cell) in cells.iter().enumerate() {
            let x = label_width + j as f64 * cell_width;
            let (shade, label, ink) = match cell.mean {
                Some(mean) => {
                    let level = scale.to_percent(mean) / 100.0;
                    let grey = (235.0 - level * 170.0) as u8;
                    let ink = if level > 0.55 { "#fff" } else { "#111" };
                    (
                        format!("rgb({grey},{grey},{grey})"),
                        format!("{mean:.2} ({})", display::count(cell.count)),
                        ink,
                    )
                }
                None if habit.hidden => ("#fff".to_string(), "hidden".to_string(), "#111"),
                None if cell.withheld => {
                    ("#fff".to_string(), display::WITHHELD.to_string(), "#111")
                }
                None => ("#fff".to_string(), "-".to_string(), "#111"),
            };
            let _ = writeln!(
                svg,
                "<rect x=\"{x}\" y=\"{y}\" width=\"{cell_width}\" height=\"{cell_height}\" fill=\"{shade}\" stroke=\"#999\"/>"
            );
            let _ = writeln!(
                svg,
                "<text x=\"{}\" y=\"{}\" style=\"fill:{ink}\">{label}</text>",
                x + 8.0,
                y + 19.0
            );
        }
    }
    svg.push_str("</svg>\n");
    svg
}

/// The vote tally as ranked bars with rank and dots written out.
fn tally_chart(rows: &[(String, u32, String)]) -> String {
    let most = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1) as f64;
    let (label_width, bar_width, row) = (260.0, 300.0, 26.0);
    let height = rows.len() as f64 * row + 8.0;
    let mut svg = format!(
        "<svg role=\"img\" aria-label=\"Vote tally\" width=\"640\" height=\"{height}\" viewBox=\"0 0 640 {height}\" xmlns=\"http://www.w3.org/2000/svg\">\n"
    );
    for (i, (label, dots, rank)) in rows.iter().enumerate() {
        let y = i as f64 * row + 4.0;
        // About 40 columns fit before the bars start; wide letters count twice.
        let short = columns::clip(label, 40);
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{}\">{} {}</text>",
            y + 14.0,
            escape(rank),
            escape(&short)
        );
        let _ = writeln!(
            svg,
            "<rect x=\"{label_width}\" y=\"{y}\" width=\"{:.1}\" height=\"18\" fill=\"#2b5c8a\"/>",
            f64::from(*dots) / most * bar_width
        );
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{}\">{dots}</text>",
            label_width + f64::from(*dots) / most * bar_width + 6.0,
            y + 14.0
        );
    }
    svg.push_str("</svg>\n");
    svg
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

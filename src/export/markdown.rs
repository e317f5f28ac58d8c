//! The report as a Markdown document a sponsor can read: tables in GitHub's
//! table syntax, every cell escaped so typed text never breaks a table.

use std::fmt::Write;

use super::escape::markdown as cell;
use super::{Report, habit_text};
use crate::domain::{Candidate, PublicSession};
use crate::text::display;

fn table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(
        out,
        "|{}",
        header.iter().map(|_| " --- |").collect::<String>()
    );
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out.push('\n');
}

fn candidate_kind(candidate: &Candidate) -> &'static str {
    match candidate {
        Candidate::Habit(_) => "habit",
        Candidate::Barrier { .. } => "barrier",
        Candidate::Idea(_) => "idea",
    }
}

fn header(out: &mut String, session: &PublicSession) {
    let _ = writeln!(out, "# {}\n", cell(&session.title));
    let rows = [
        ("Organisation", session.organisation.clone()),
        ("Date", session.date.to_string()),
        ("Facilitator", session.facilitator.clone()),
        ("Executive sponsor", session.sponsor.clone()),
        ("Participants", session.participants.to_string()),
        ("Areas", session.areas.join(", ")),
    ];
    for (label, value) in rows {
        let value = if value.is_empty() {
            "-".to_string()
        } else {
            cell(&value)
        };
        let _ = writeln!(out, "- **{label}:** {value}");
    }
    out.push('\n');
}

/// The whole report as Markdown.
pub fn markdown(report: &Report) -> String {
    let session = &report.session;
    let results = &report.results;
    let mut out = String::new();
    header(&mut out, session);

    out.push_str("## Results\n\n");
    let _ = writeln!(
        out,
        "**Culture index: {}**\n",
        display::index_with_coverage(results)
    );
    let rows: Vec<Vec<String>> = results
        .habits
        .iter()
        .map(|h| {
            let [current, target, gap, spread, count] = display::habit_columns(h);
            let range = habit_text::range(h);
            vec![
                cell(&h.habit_name),
                current,
                target,
                gap,
                spread,
                range,
                count,
                habit_text::flag(h),
            ]
        })
        .collect();
    table(
        &mut out,
        &[
            "Habit", "Current", "Target", "Gap", "Spread", "Range", "Count", "Flag",
        ],
        &rows,
    );
    let names = |ids: &[String]| cell(&display::names(&results.habit_names(ids)));
    let _ = writeln!(out, "- **Strengths:** {}", names(&results.strengths));
    let _ = writeln!(out, "- **Weaknesses:** {}\n", names(&results.weaknesses));
    if let Some(why) = &session.scores_withheld {
        let _ = writeln!(out, "{}\n", cell(why));
    }

    if !results.heat_map.areas.is_empty() {
        out.push_str("## Heat map: mean current score by area\n\n");
        out.push_str("Each cell: the mean, then the number of scores behind it.\n\n");
        let mut header = vec!["Habit".to_string()];
        header.extend(results.heat_map.areas.iter().map(|a| cell(a)));
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let rows: Vec<Vec<String>> = results
            .habits
            .iter()
            .zip(&results.heat_map.cells)
            .map(|(habit, cells)| {
                let mut row = vec![cell(&habit.habit_name)];
                row.extend(cells.iter().map(|c| match c.mean {
                    _ if habit.hidden => display::HIDDEN.to_string(),
                    _ if c.withheld => display::WITHHELD.to_string(),
                    Some(mean) => format!("{mean:.2} ({})", display::count(c.count)),
                    None => "-".into(),
                }));
                row
            })
            .collect();
        table(&mut out, &header, &rows);
        if results.heat_map.area_totals.iter().any(|c| c.withheld) {
            let _ = writeln!(out, "_{}._\n", display::WITHHELD_NOTE);
        }
    }

    notes(&mut out, report);

    for (number, round) in session.rounds.iter().enumerate() {
        let _ = writeln!(out, "## Vote {}: {}\n", number + 1, cell(&round.title));
        if !round.revealed {
            let _ = writeln!(
                out,
                "The tally has not been revealed ({} voted).\n",
                round.voters
            );
            continue;
        }
        let rows: Vec<Vec<String>> = round
            .ranking
            .iter()
            .map(|r| {
                vec![
                    if r.tied {
                        format!("={}", r.rank)
                    } else {
                        r.rank.to_string()
                    },
                    cell(&r.label),
                    candidate_kind(&r.candidate).to_string(),
                    r.dots.to_string(),
                ]
            })
            .collect();
        table(&mut out, &["Rank", "Candidate", "Kind", "Dots"], &rows);
    }

    out.push_str("## Plan\n\n");
    let sponsor = if session.sponsor.is_empty() {
        "-".to_string()
    } else {
        cell(&session.sponsor)
    };
    let _ = writeln!(out, "Sponsor: {sponsor}\n");
    if session.plan.is_empty() {
        out.push_str("No actions yet.\n\n");
    } else {
        let rows: Vec<Vec<String>> = session
            .plan
            .iter()
            .map(|a| {
                let link = match (&a.priority, &a.habit) {
                    (Some(priority), _) => cell(priority),
                    (None, Some(habit)) => cell(&session.habit_name(habit)),
                    (None, None) => "-".into(),
                };
                vec![
                    cell(&format!("{}{}", a.what, a.playbook_note())),
                    link,
                    if a.owner.is_empty() {
                        "-".into()
                    } else {
                        cell(&a.owner)
                    },
                    a.due.map_or_else(|| "-".into(), |d| d.to_string()),
                    cell(&a.measure),
                    a.status.label().to_string(),
                ]
            })
            .collect();
        table(
            &mut out,
            &["Action", "For", "Owner", "Due", "Success measure", "Status"],
            &rows,
        );
    }
    let _ = writeln!(out, "## Next benchmark\n\n{}\n", session.next_benchmark);
    since_last(&mut out, report);
    earlier_plan(&mut out, report);
    out
}

/// The room's notes and barriers, under their habit.
fn notes(out: &mut String, report: &Report) {
    let habits = habit_text::notes(report);
    let held_back = report.results.hidden_habits() > 0;
    if habits.is_empty() && !held_back {
        return;
    }
    out.push_str("## Notes and barriers\n\n");
    for habit in &habits {
        let _ = writeln!(out, "### {}\n", cell(habit.habit_name));
        for (kind, lines) in habit.lists.iter().filter(|(_, lines)| !lines.is_empty()) {
            let _ = writeln!(out, "{}:\n", kind.heading());
            for line in *lines {
                let _ = writeln!(out, "- {}", cell(line));
            }
            out.push('\n');
        }
    }
    if held_back {
        let _ = writeln!(out, "_{}_\n", habit_text::NOTES_HELD_BACK);
    }
}

/// "Since the last benchmark": the comparison of a follow-up.
fn since_last(out: &mut String, report: &Report) {
    let Some(previous) = &report.session.follows else {
        return;
    };
    out.push_str("## Since the last benchmark\n\n");
    let Some(c) = &report.comparison else {
        let _ = writeln!(
            out,
            "This benchmark follows {} of {}; that session's file was not found, so no comparison is included.\n",
            cell(&previous.title),
            previous.date
        );
        return;
    };
    let _ = writeln!(
        out,
        "Compared with {} of {}.\n",
        cell(&c.old_title),
        previous.date
    );
    let rows: Vec<Vec<String>> = c
        .habits
        .iter()
        .map(|h| {
            std::iter::once(cell(&h.name))
                .chain(display::change_columns(h))
                .collect()
        })
        .collect();
    table(out, &display::CHANGE_HEADER, &rows);
    let _ = writeln!(
        out,
        "Culture index: {}; change: {}\n",
        display::index_sides(c),
        display::index_moved(c)
    );
    let rows: Vec<Vec<String>> = c
        .areas
        .iter()
        .map(|a| {
            let mut row = vec![cell(&a.area)];
            row.extend(display::area_change_columns(a));
            row
        })
        .collect();
    table(out, &["Area", "Before", "Now", "Change"], &rows);
    let _ = writeln!(out, "Area means: {}.\n", display::AREAS_COMPARED);
    if c.areas.iter().any(|a| a.old_withheld || a.new_withheld) {
        let _ = writeln!(out, "_{}._\n", display::WITHHELD_NOTE);
    }
}

/// What became of earlier actions: the earlier plan, or the session's review.
fn earlier_plan(out: &mut String, report: &Report) {
    let actions = habit_text::earlier_actions(report);
    if actions.is_empty() {
        return;
    }
    let rows: Vec<Vec<String>> = actions
        .iter()
        .map(|a| {
            vec![
                cell(&a.what),
                if a.owner.is_empty() {
                    "-".into()
                } else {
                    cell(&a.owner)
                },
                habit_text::was(a).to_string(),
                a.now.map_or("-", |s| s.label()).to_string(),
                cell(&a.note),
            ]
        })
        .collect();
    out.push_str("The earlier plan:\n\n");
    table(out, &["Action", "Owner", "Was", "Now", "Note"], &rows);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_cannot_break_a_table_or_format_itself() {
        assert_eq!(cell("a | b\nc"), "a \\| b c");
        assert_eq!(cell("*bold* <script>"), "\\*bold\\* \\<script\\>");
    }
}

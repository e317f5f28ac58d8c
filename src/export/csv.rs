//! CSV tables for spreadsheets (RFC 4180: a header row, fields quoted where they
//! hold commas, quotes or line breaks). Typed text that starts like a formula is
//! neutralised so a spreadsheet never runs it.

use std::fmt;

use super::escape::spreadsheet as text;
use super::{Report, habit_text};
use crate::domain::Candidate;
use crate::text::display;

/// One CSV table; its name is the file stem it is written under and what
/// `huddle export --table` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Table {
    Scores,
    Results,
    Heatmap,
    Votes,
    Plan,
    /// The room's notes and barriers, one row each, under their habit.
    Notes,
    /// A follow-up's movement since the earlier benchmark; only a follow-up has it.
    Comparison,
    /// What became of earlier actions; only a follow-up (or a session with a
    /// review) has it.
    Review,
}

/// The tables every session has; a follow-up adds [`Table::Comparison`].
pub const TABLES: [Table; 6] = [
    Table::Scores,
    Table::Results,
    Table::Heatmap,
    Table::Votes,
    Table::Plan,
    Table::Notes,
];

impl Table {
    /// The table's name: `results` is written to `results.csv`.
    pub fn name(self) -> &'static str {
        match self {
            Table::Scores => "scores",
            Table::Results => "results",
            Table::Heatmap => "heatmap",
            Table::Votes => "votes",
            Table::Plan => "plan",
            Table::Notes => "notes",
            Table::Comparison => "comparison",
            Table::Review => "review",
        }
    }

    /// Every table, the comparison and the review last.
    fn all() -> impl Iterator<Item = Table> {
        TABLES.into_iter().chain([Table::Comparison, Table::Review])
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Every table the report has, as CSV text: the session's, and the comparison
/// for a follow-up.
pub fn tables(report: &Report) -> Vec<(Table, Result<String, csv::Error>)> {
    Table::all()
        .filter_map(|which| Some((which, table(report, which)?)))
        .collect()
}

fn number(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| format!("{v:.4}"))
}

/// A count, level or flag, or an empty cell when there is no value (never 0).
fn whole(value: Option<impl ToString>) -> String {
    value.map_or_else(String::new, |v| v.to_string())
}

/// One table as CSV text, or `None` for the comparison of a session that
/// follows no earlier benchmark, or the review of one without earlier actions.
pub fn table(report: &Report, table: Table) -> Option<Result<String, csv::Error>> {
    let (header, rows) = match table {
        Table::Scores => scores(report),
        Table::Results => results(report),
        Table::Heatmap => heat_map(report),
        Table::Votes => votes(report),
        Table::Plan => plan(report),
        Table::Notes => notes(report),
        Table::Comparison => comparison(report)?,
        Table::Review => review(report)?,
    };
    Some(write(&header, rows))
}

type Rows = Vec<Vec<String>>;

fn write(header: &[&str], rows: Rows) -> Result<String, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(header)?;
    for row in rows {
        writer.write_record(&row)?;
    }
    let bytes = writer.into_inner().map_err(|error| error.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// One row per person and habit: anonymous people under their labels only, and a
/// hidden habit's scores left out; a note instead when the rows are withheld.
fn scores(report: &Report) -> (Vec<&'static str>, Rows) {
    let session = &report.session;
    let header = vec![
        "participant",
        "role",
        "area",
        "habit_id",
        "habit",
        "current",
        "target",
        "revealed",
    ];
    let mut rows = Vec::new();
    // Withheld rows leave the same columns with one line that says why, so the
    // table reads as deliberate and tools reading it by header still can.
    if let Some(why) = &session.scores_withheld {
        let mut note = vec![String::new(); header.len()];
        note[0] = text(why);
        rows.push(note);
    }
    for person in &session.scores {
        for (habit, notes) in session.framework.habits.iter().zip(&session.habits) {
            let rating = person.scores.get(&habit.id).copied().unwrap_or_default();
            rows.push(vec![
                text(&person.label),
                text(&person.role),
                text(person.area.as_deref().unwrap_or("")),
                habit.id.clone(),
                text(&habit.name),
                whole(rating.current),
                whole(rating.target),
                notes.revealed.to_string(),
            ]);
        }
    }
    (header, rows)
}

fn results(report: &Report) -> (Vec<&'static str>, Rows) {
    let rows = report
        .results
        .habits
        .iter()
        .map(|h| {
            // A hidden habit's row says so and holds no value, not even a count.
            vec![
                h.habit_id.clone(),
                text(&h.habit_name),
                number(h.mean_current),
                number(h.mean_target),
                number(h.gap),
                number(h.spread),
                whole(h.range),
                whole(h.count),
                whole(h.no_consensus),
                h.hidden.to_string(),
                habit_text::flag(h),
            ]
        })
        .collect();
    let header = vec![
        "habit_id",
        "habit",
        "mean_current",
        "mean_target",
        "gap",
        "spread",
        "range",
        "count",
        "no_consensus",
        "hidden",
        "flag",
    ];
    (header, rows)
}

fn heat_map(report: &Report) -> (Vec<&'static str>, Rows) {
    let map = &report.results.heat_map;
    let mut rows = Vec::new();
    for (habit, cells) in report.results.habits.iter().zip(&map.cells) {
        for (area, cell) in map.areas.iter().zip(cells) {
            // A hidden habit or a withheld area holds no number, not even a count.
            rows.push(vec![
                habit.habit_id.clone(),
                text(&habit.habit_name),
                text(area),
                number(cell.mean),
                whole(cell.count),
                cell.withheld.to_string(),
            ]);
        }
    }
    (
        vec![
            "habit_id",
            "habit",
            "area",
            "mean_current",
            "count",
            "withheld",
        ],
        rows,
    )
}

fn kind(candidate: &Candidate) -> &'static str {
    match candidate {
        Candidate::Habit(_) => "habit",
        Candidate::Barrier { .. } => "barrier",
        Candidate::Idea(_) => "idea",
    }
}

/// The tallies, most dots first; a round not yet revealed lists its candidates only.
fn votes(report: &Report) -> (Vec<&'static str>, Rows) {
    let framework = &report.session.framework;
    let mut rows = Vec::new();
    for (number, round) in report.session.rounds.iter().enumerate() {
        let mut row = |candidate: &Candidate, label: &str, dots: String, rank: String, tied| {
            rows.push(vec![
                (number + 1).to_string(),
                text(&round.title),
                text(label),
                kind(candidate).to_string(),
                dots,
                rank,
                tied,
                round.revealed.to_string(),
            ]);
        };
        if round.revealed {
            for r in &round.ranking {
                row(
                    &r.candidate,
                    &r.label,
                    r.dots.to_string(),
                    r.rank.to_string(),
                    r.tied.to_string(),
                );
            }
        } else {
            for candidate in &round.candidates {
                row(
                    candidate,
                    &candidate.label(framework),
                    String::new(),
                    String::new(),
                    "false".into(),
                );
            }
        }
    }
    (
        vec![
            "round",
            "round_title",
            "candidate",
            "kind",
            "dots",
            "rank",
            "tied",
            "revealed",
        ],
        rows,
    )
}

/// One row per habit (old and new mean and gap), then the index.
fn comparison(report: &Report) -> Option<(Vec<&'static str>, Rows)> {
    let c = report.comparison.as_ref()?;
    let mut rows: Rows = c
        .habits
        .iter()
        .map(|h| {
            vec![
                h.habit_id.clone(),
                text(&h.name),
                number(h.old_mean),
                number(h.new_mean),
                number(h.change()),
                number(h.old_gap),
                number(h.new_gap),
                number(h.gap_change()),
            ]
        })
        .collect();
    // Each side's own index says what it covers; its change is given only when
    // both cover the same habits, otherwise on a row of the habits in both.
    let same = c.same_coverage();
    let index_row = |id: &str, label: String, old, new, change| {
        let blank = String::new;
        vec![
            id.to_string(),
            text(&label),
            number(old),
            number(new),
            number(change),
            blank(),
            blank(),
            blank(),
        ]
    };
    rows.push(index_row(
        "index",
        format!(
            "Culture index ({} -> {})",
            display::index_coverage(c.old_coverage),
            display::index_coverage(c.new_coverage)
        ),
        c.old_index,
        c.new_index,
        if same { c.index_change() } else { None },
    ));
    if !same && !c.shared_habits.is_empty() {
        rows.push(index_row(
            "index_in_both",
            format!(
                "Culture index on the {} habit(s) scored in both",
                c.shared_habits.len()
            ),
            c.old_shared_index,
            c.new_shared_index,
            c.index_change(),
        ));
    }
    let header = vec![
        "habit_id",
        "habit",
        "old_mean",
        "new_mean",
        "change",
        "old_gap",
        "new_gap",
        "gap_change",
    ];
    Some((header, rows))
}

/// One row per earlier action: its status then, now, and the review's note.
fn review(report: &Report) -> Option<(Vec<&'static str>, Rows)> {
    let actions = habit_text::earlier_actions(report);
    if actions.is_empty() {
        return None;
    }
    let rows = actions
        .iter()
        .map(|a| {
            vec![
                text(&a.what),
                text(&a.owner),
                a.planned.map_or("", |s| s.label()).to_string(),
                a.now.map_or("", |s| s.label()).to_string(),
                text(&a.note),
            ]
        })
        .collect();
    Some((vec!["action", "owner", "was", "now", "note"], rows))
}

/// One row per note or barrier, in the framework's order of habits, notes before
/// barriers; a hidden habit's are kept back (`privacy::notes_shown`).
fn notes(report: &Report) -> (Vec<&'static str>, Rows) {
    let mut rows = Vec::new();
    for habit in habit_text::notes(report) {
        for (kind, lines) in habit.lists {
            for line in lines {
                rows.push(vec![
                    habit.habit_id.to_string(),
                    text(habit.habit_name),
                    kind.word().to_string(),
                    text(line),
                ]);
            }
        }
    }
    (vec!["habit_id", "habit", "kind", "text"], rows)
}

fn plan(report: &Report) -> (Vec<&'static str>, Rows) {
    let rows = report
        .session
        .plan
        .iter()
        .map(|a| {
            vec![
                text(&a.what),
                a.habit.clone().unwrap_or_default(),
                text(a.priority.as_deref().unwrap_or("")),
                text(&a.owner),
                a.due.map(|d| d.to_string()).unwrap_or_default(),
                text(&a.measure),
                a.status.label().to_string(),
                text(a.practice.as_deref().unwrap_or("")),
            ]
        })
        .collect();
    (
        vec![
            "action", "habit_id", "priority", "owner", "due", "measure", "status", "practice",
        ],
        rows,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_plain_text_kept() {
        assert_eq!(text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text("-1+1"), "'-1+1");
        assert_eq!(text("Store"), "Store");
    }

    #[test]
    fn the_command_line_takes_a_table_by_the_name_it_is_written_under() {
        use clap::ValueEnum;
        for table in Table::all() {
            assert_eq!(Table::from_str(table.name(), false), Ok(table));
        }
        assert!(Table::from_str("nope", false).is_err());
    }
}

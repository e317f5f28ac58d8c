//! The room view of the results: the culture index, then every habit as a bar
//! from the current mean to the target (the gap), with the numbers beside it and
//! where the room does not agree, why, in plain words; strengths and weaknesses
//! below. `h` steps to the heat map (`heat_map`) and for a follow-up to what
//! moved since the last benchmark (here too).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::Theme;
use super::bars::{self, BarRow};
use super::stack::{Part, rows_of, stack};
use crate::app::App;
use crate::domain::{Disagreement, HabitResult, Results, Scale};
use crate::text::{columns, display};

/// The longest a habit's bar is drawn, so the numbers stay near it.
const MOST_BAR: usize = 64;
/// The mark of a habit the room does not agree on.
const FLAG: &str = "! discuss";

/// Why a habit needs discussing, in the room's words; `None` when it does not.
pub(super) fn no_consensus_words(habit: &HabitResult) -> Option<String> {
    Some(match habit.disagreement()? {
        Disagreement::Range => format!(
            "scores {} points apart, lowest to highest",
            display::count(habit.range.map(usize::from))
        ),
        Disagreement::Spread => format!(
            "scores spread wide (spread {})",
            display::number(habit.spread)
        ),
    })
}

/// Draws the index and the habit bars in `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let results = app.results();
    let width = area.width;
    let names = |ids: &[String]| display::names(&results.habit_names(ids));
    let hidden: Vec<&str> = results
        .habits
        .iter()
        .filter(|h| h.hidden)
        .map(|h| h.habit_name.as_str())
        .collect();
    let mut summary = vec![
        Line::styled(
            format!("+ Strengths: {}", names(&results.strengths)),
            theme.good,
        ),
        Line::styled(
            format!("- Weaknesses: {}", names(&results.weaknesses)),
            theme.bad,
        ),
    ];
    if !hidden.is_empty() {
        summary.push(Line::styled(
            format!("{}: {}", display::HIDDEN, display::names(&hidden)),
            theme.muted,
        ));
    }
    let parts = vec![
        index_headline(results, width, theme),
        index_coverage(results, width, theme),
        Part::gap(),
        habit_bars(app, width, theme),
        Part::gap(),
        Part::text(summary, width),
    ];
    stack(parts, area, buf);
}

/// Why the room disagrees, a line per reason with the habits it holds for:
/// "! Listen, Values: scores 3 points apart, lowest to highest".
/// The culture index in big letters, shared by Results and Wrap-up.
pub(super) fn index_headline(results: &Results, width: u16, theme: &Theme) -> Part<'static> {
    Part::headline(
        format!("INDEX {}", display::index(results.index)),
        theme.title,
        width,
        1,
    )
}

/// What the index is out of and which habits it covers, under the headline.
pub(super) fn index_coverage(results: &Results, width: u16, theme: &Theme) -> Part<'static> {
    Part::text(
        vec![Line::styled(
            format!(
                "culture index out of 100 · {}",
                display::index_coverage(results.coverage())
            ),
            theme.muted,
        )],
        width,
    )
}

fn reasons(habits: &[HabitResult]) -> Vec<String> {
    let mut reasons: Vec<(String, Vec<&str>)> = Vec::new();
    for habit in habits {
        let Some(words) = no_consensus_words(habit) else {
            continue;
        };
        match reasons.iter_mut().find(|(said, _)| *said == words) {
            Some((_, names)) => names.push(&habit.habit_name),
            None => reasons.push((words, vec![&habit.habit_name])),
        }
    }
    reasons
        .into_iter()
        .map(|(words, names)| format!("! {}: {words}", names.join(", ")))
        .collect()
}

/// Every habit's bar, with a header and a legend line; rows two lines tall when
/// there is room, the reason for a flag then written in full beside the bar.
fn habit_bars<'a>(app: &'a App, width: u16, theme: &'a Theme) -> Part<'a> {
    let results = app.results();
    let scale = &app.session().framework.scale;
    let habits = &results.habits;
    let count = habits.len() as u16;
    let reasons: Vec<Line> = reasons(habits)
        .into_iter()
        .map(|line| Line::styled(line, theme.warning))
        .collect();
    let reason_rows = rows_of(&reasons, width);
    // One line each: the header, the legend and the reason of each flag.
    let fewest = count.saturating_add(2).saturating_add(reason_rows);
    let most = fewest.saturating_add(count);
    Part::new(fewest, most, 2, move |area, buf| {
        let tall = bars::tall(habits.len(), 2 + reason_rows, area.height);
        let name_width = columns::widest(habits.iter().map(|h| &h.habit_name)).min(16);
        // "3.25 → 4.50", "+1.25" and "! discuss", with spaces between
        let numbers_width = 2 + 11 + 2 + 5 + 2 + FLAG.len();
        let bar_width = usize::from(area.width)
            .saturating_sub(name_width + 2 + numbers_width)
            .min(MOST_BAR);
        let [area] = Layout::horizontal([Constraint::Length(
            (name_width + 2 + bar_width + numbers_width) as u16,
        )])
        .flex(Flex::Center)
        .areas(area);
        let header = Line::styled(
            format!(
                "{}  {:>11}  {:>5}",
                " ".repeat(name_width + 2 + bar_width),
                "now → goal",
                "gap"
            ),
            theme.muted,
        );
        let mut lines = vec![header];
        for habit in habits {
            let row = habit_row(habit, scale, name_width, bar_width, theme);
            lines.push(row.first);
            if tall {
                lines.push(row.second);
            }
        }
        lines.extend(reasons);
        lines.push(Line::styled(
            format!(
                "{} now  {} gap to the goal  {FLAG} = {}",
                bars::FULL,
                bars::GAP,
                display::NO_CONSENSUS
            ),
            theme.muted,
        ));
        Paragraph::new(lines)
            .wrap(ratatui::widgets::Wrap { trim: false })
            .render(area, buf);
    })
}

/// One habit: its name, the bar of the current mean and the gap to the target,
/// the two means and the gap, and a flag at the end; the second line, when rows
/// are tall, is the current mean's bar only, so the gap reads as lighter.
fn habit_row<'a>(
    habit: &HabitResult,
    scale: &Scale,
    name_width: usize,
    bar_width: usize,
    theme: &Theme,
) -> BarRow<'a> {
    let name = Span::styled(
        format!("{}  ", columns::pad(&habit.habit_name, name_width)),
        theme.base,
    );
    let blank = Span::raw(" ".repeat(name_width + 2));
    let words = if habit.hidden {
        Some(display::HIDDEN)
    } else if habit.mean_current.is_none() && habit.mean_target.is_none() {
        Some("not scored yet")
    } else {
        None
    };
    if let Some(words) = words {
        return BarRow {
            first: Line::from(vec![name, Span::styled(words, theme.muted)]),
            second: Line::raw(""),
        };
    }
    let share = |mean: Option<f64>| mean.map_or(0.0, |m| scale.to_percent(m) / 100.0);
    let now = bars::cells(share(habit.mean_current), bar_width);
    let goal = bars::cells(share(habit.mean_target), bar_width).max(now);
    let bar = vec![
        Span::styled(bars::FULL.repeat(now), theme.title),
        Span::styled(bars::GAP.repeat(goal - now), theme.muted),
        Span::raw(" ".repeat(bar_width - goal.min(bar_width))),
    ];
    let numbers = format!(
        "  {:>4} → {:<4}  {:>5}",
        display::number(habit.mean_current),
        display::number(habit.mean_target),
        display::signed(habit.gap)
    );
    let mut first = vec![name];
    first.extend(bar);
    first.push(Span::styled(numbers, theme.base));
    let second = Line::from(vec![
        blank,
        Span::styled(bars::HALF.repeat(now), theme.title),
    ]);
    if habit.disagrees() {
        first.push(Span::styled(format!("  {FLAG}"), theme.warning));
    }
    BarRow {
        first: Line::from(first),
        second,
    }
}

/// What moved since the earlier benchmark, habit by habit, with arrows and
/// signed numbers, and the index then and now.
pub fn render_comparison(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let width = area.width;
    let Some(c) = app.comparison() else {
        let parts = vec![Part::text(
            vec![Line::styled(
                "The earlier benchmark could not be read, or uses another framework.",
                theme.muted,
            )],
            width,
        )];
        stack(parts, area, buf);
        return;
    };
    let name_width = columns::widest(c.habits.iter().map(|h| &h.name)).clamp(5, 16);
    let row = |name: &str, cells: [String; 6]| {
        let mut text = columns::pad(name, name_width);
        for (cell, header) in cells.iter().zip(&display::CHANGE_HEADER[1..]) {
            text.push_str(&format!("  {cell:>w$}", w = columns::width(header).max(7)));
        }
        text
    };
    let header: [String; 6] = std::array::from_fn(|at| display::CHANGE_HEADER[at + 1].to_string());
    let mut lines = vec![Line::styled(
        row(display::CHANGE_HEADER[0], header),
        theme.muted,
    )];
    lines.extend(
        c.habits
            .iter()
            .map(|h| Line::styled(row(&h.name, display::change_columns(h)), theme.base)),
    );
    let rows = lines.len() as u16;
    let table = Part::new(rows, rows, 0, move |area, buf| {
        let widest = lines.iter().map(Line::width).max().unwrap_or(0) as u16;
        let [area] = Layout::horizontal([Constraint::Length(widest)])
            .flex(Flex::Center)
            .areas(area);
        Paragraph::new(lines).render(area, buf);
    });
    let parts = vec![
        Part::headline("SINCE LAST TIME".into(), theme.title, width, 2),
        Part::gap(),
        table,
        Part::gap(),
        Part::text(
            vec![
                Line::styled(
                    format!("Culture index {}", display::index_sides(&c)),
                    theme.title,
                ),
                Line::styled(format!("change {}", display::index_moved(&c)), theme.base),
                Line::styled("↑ up  ↓ down  = same", theme.muted),
            ],
            width,
        ),
    ];
    stack(parts, area, buf);
}

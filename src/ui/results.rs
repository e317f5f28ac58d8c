//! Phase 4, results: per habit where the room stands and wants to be, where it
//! disagrees, the culture index, and the habit x area heat map.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Padding, Paragraph, Row, Table, Widget, Wrap};

use super::theme::Theme;
use crate::app::{App, ResultsView};
use crate::domain::{Disagreement, HabitResult, HeatCell, Scale};
use crate::text::{columns, display};

/// Bar pieces: the current mean, then the gap up to the target.
const CURRENT_BAR: &str = "█";
const GAP_BAR: &str = "░";

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    // On a short screen the summary loses its frame, so every habit keeps a row.
    let habits = app.results().habits.len() as u16;
    let framed = area.height >= habits + 3 + 5;
    let [summary, main] = Layout::vertical([
        Constraint::Length(if framed { 5 } else { 3 }),
        Constraint::Fill(1),
    ])
    .areas(area);
    render_summary(app, summary, framed, buf, theme);
    match app.results_view {
        ResultsView::Habits => render_habits(app, main, buf, theme),
        ResultsView::HeatMap => render_heat_map(app, main, buf, theme),
        ResultsView::Compare => render_comparison(app, main, buf, theme),
        ResultsView::Trend => super::trend::render(app, main, buf, theme),
    }
}

fn render_summary(app: &App, area: Rect, framed: bool, buf: &mut Buffer, theme: &Theme) {
    let results = app.results();
    let coverage = display::index_coverage(results.coverage());
    // The bar gives way to the words on a narrow screen: what the index covers matters more.
    let width = (area.width as usize)
        .saturating_sub(4 + "CULTURE INDEX 100 / 100 ".len() + 2 + columns::width(&coverage))
        .min(20);
    let coverage = Span::styled(format!("  {coverage}"), theme.muted);
    let index_line = match results.index {
        Some(index) => {
            let filled = (index.value / 100.0 * width as f64).round() as usize;
            Line::from(vec![
                Span::styled("CULTURE INDEX ", theme.muted),
                Span::styled(
                    format!("{} / 100 ", display::index(Some(index))),
                    theme.title,
                ),
                Span::styled(CURRENT_BAR.repeat(filled), theme.title),
                Span::styled(GAP_BAR.repeat(width - filled.min(width)), theme.muted),
                coverage,
            ])
        }
        None => Line::from(vec![
            Span::styled("CULTURE INDEX - ", theme.muted),
            coverage,
        ]),
    };
    let names = |ids: &[String]| display::names(&results.habit_names(ids));
    let lines = vec![
        index_line,
        Line::from(vec![
            Span::styled("+ Strengths:  ", theme.good),
            Span::styled(names(&results.strengths), theme.base),
        ]),
        Line::from(vec![
            Span::styled("- Weaknesses: ", theme.bad),
            Span::styled(names(&results.weaknesses), theme.base),
        ]),
    ];
    let block = if framed {
        Block::bordered()
            .border_style(theme.border)
            .padding(Padding::horizontal(1))
    } else {
        Block::new().padding(Padding::horizontal(2))
    };
    Paragraph::new(lines).block(block).render(area, buf);
}

/// A bar on the scale: full blocks up to the current mean, light ones up to the target.
fn bar(scale: &Scale, current: Option<f64>, target: Option<f64>, width: usize) -> (String, String) {
    let cells = |mean: Option<f64>| {
        mean.map_or(0, |m| {
            (scale.to_percent(m) / 100.0 * width as f64).round() as usize
        })
    };
    let now = cells(current);
    let goal = cells(target).max(now);
    (CURRENT_BAR.repeat(now), GAP_BAR.repeat(goal - now))
}

fn render_habits(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let scale = &session.framework.scale;
    // The numbers and the flag come first; the bar takes what they leave
    // (borders, padding, the fixed columns and their spacing take 46).
    let flag_words = format!("! {}", display::NO_CONSENSUS);
    let room = (area.width as usize).saturating_sub(4 + 42);
    let bar_width = room.saturating_sub(columns::width(&flag_words)).min(40);
    let flag_room = room.saturating_sub(bar_width);
    // Too narrow for the whole phrase: the reason, short ("! range 3").
    let whole_flag = columns::width(&flag_words) <= flag_room;
    let flag_words = |habit: &HabitResult| {
        if whole_flag {
            flag_words.clone()
        } else {
            columns::clip(&short_flag(habit), flag_room)
        }
    };
    let habits = app.results().habits.len() as u16;
    // Spaced rows read better from the back of a room, when they fit.
    let row_height = if area.height >= habits * 2 + 3 { 2 } else { 1 };
    let header = Row::new([
        "Habit",
        "Now ▸ goal",
        "Now",
        "Goal",
        "Gap",
        "Spread",
        "n",
        "",
    ])
    .style(theme.muted);
    let rows = app.results().habits.iter().map(|habit| {
        let (now, gap) = bar(scale, habit.mean_current, habit.mean_target, bar_width);
        let flag = if habit.disagrees() {
            Cell::from(Span::styled(flag_words(habit), theme.warning))
        } else {
            Cell::from("")
        };
        let name = Cell::from(Span::styled(
            columns::clip(&habit.habit_name, 10),
            theme.base,
        ));
        if habit.hidden {
            // No bar and no number: the words sit in the wide last column.
            let blank = || Cell::from("");
            return Row::new([
                name,
                blank(),
                blank(),
                blank(),
                blank(),
                blank(),
                blank(),
                Cell::from(Span::styled(display::HIDDEN, theme.muted)),
            ])
            .height(row_height);
        }
        let numbers = display::habit_columns(habit)
            .map(|value| Cell::from(Line::from(value).right_aligned()));
        Row::new(
            [
                name,
                Cell::from(Line::from(vec![
                    Span::styled(now, theme.title),
                    Span::styled(gap, theme.muted),
                ])),
            ]
            .into_iter()
            .chain(numbers)
            .chain([flag]),
        )
        .height(row_height)
    });
    let widths = [
        Constraint::Length(10),
        Constraint::Length(bar_width as u16),
        Constraint::Length(5),
        Constraint::Length(5),
        Constraint::Length(6),
        Constraint::Length(6),
        Constraint::Length(3),
        Constraint::Fill(1),
    ];
    // The bars' legend only beside the bars: a narrow screen drops both.
    let legend = if bar_width > 0 {
        format!("{CURRENT_BAR} current mean  {GAP_BAR} gap to target · h heat map")
    } else {
        "h heat map".to_string()
    };
    let block = Block::bordered()
        .title(Line::styled(" Habits ", theme.title))
        .title_bottom(Line::styled(
            columns::border_title(&legend, usize::from(area.width)),
            theme.muted,
        ))
        .border_style(theme.border)
        .padding(Padding::horizontal(1));
    Table::new(rows, widths)
        .header(header)
        .block(block)
        .column_spacing(1)
        .render(area, buf);
}

/// Why a habit is flagged, in a few columns: the range or the spread that
/// flagged it ("! range 3"), for a screen too narrow for the whole phrase.
fn short_flag(habit: &HabitResult) -> String {
    match habit.disagreement() {
        Some(Disagreement::Range) => {
            format!("! range {}", display::count(habit.range.map(usize::from)))
        }
        Some(Disagreement::Spread) => format!("! spread {}", display::number(habit.spread)),
        None => "! no consensus".to_string(),
    }
}

/// A shade for a mean, so the heat map reads without colour: ░ low to █ high.
pub(super) fn shade(scale: &Scale, cell: &HeatCell) -> &'static str {
    match cell.mean.map(|m| scale.to_percent(m)) {
        None => " ",
        Some(p) if p < 25.0 => "░",
        Some(p) if p < 50.0 => "▒",
        Some(p) if p < 75.0 => "▓",
        Some(_) => "█",
    }
}

fn render_heat_map(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let scale = &session.framework.scale;
    let map = &app.results().heat_map;
    let block = Block::bordered()
        .title(Line::styled(
            " Heat map: mean current score by area (number of scores) ",
            theme.title,
        ))
        .title_bottom(Line::styled(
            " ░ low ▒ ▓ █ high · - no scores · h habits ",
            theme.muted,
        ))
        .border_style(theme.border)
        .padding(Padding::horizontal(1));
    if map.areas.is_empty() {
        Paragraph::new("No areas in this session: add them in Setup to see the heat map.")
            .style(theme.muted)
            .block(block)
            .render(area, buf);
        return;
    }
    // Each area's column: what is left beside the habits, shared equally.
    let inner_width = usize::from(block.inner(area).width);
    let area_width = (inner_width.saturating_sub(11) / map.areas.len()).saturating_sub(1);
    let header = Row::new(
        std::iter::once(Cell::from("Habit")).chain(
            map.areas
                .iter()
                .map(|a| Cell::from(columns::clip(a, area_width))),
        ),
    )
    .style(theme.muted);
    let rows = app
        .results()
        .habits
        .iter()
        .zip(&map.cells)
        .map(|(habit, cells)| {
            let mut row = vec![Cell::from(columns::clip(&habit.habit_name, 10))];
            if habit.hidden {
                row.push(Cell::from(Span::styled(display::HIDDEN, theme.muted)));
                return Row::new(row);
            }
            row.extend(cells.iter().map(|cell| match cell.mean {
                None if cell.withheld => Cell::from(Span::styled(display::WITHHELD, theme.muted)),
                None => Cell::from(Span::styled("-", theme.muted)),
                Some(mean) => {
                    let style = match scale.to_percent(mean) {
                        p if p < 40.0 => theme.bad,
                        p if p < 60.0 => theme.warning,
                        _ => theme.good,
                    };
                    Cell::from(Line::from(vec![
                        Span::styled(shade(scale, cell).repeat(2), style),
                        Span::styled(
                            format!(" {mean:.1} ({})", display::count(cell.count)),
                            theme.base,
                        ),
                    ]))
                }
            }));
            Row::new(row)
        });
    let widths: Vec<Constraint> = std::iter::once(Constraint::Length(10))
        .chain(map.areas.iter().map(|_| Constraint::Fill(1)))
        .collect();
    let inner = block.inner(area);
    block.render(area, buf);
    // The note takes the rows the habits leave, at least one, cut with "…".
    let spare = usize::from(inner.height).saturating_sub(map.cells.len() + 1);
    let note_lines = if map.area_totals.iter().any(|cell| cell.withheld) {
        columns::wrap_within(
            display::WITHHELD_NOTE,
            usize::from(inner.width),
            spare.max(1),
        )
    } else {
        Vec::new()
    };
    let note_rows = note_lines.len() as u16;
    let [table, note] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(note_rows)]).areas(inner);
    Table::new(rows, widths)
        .header(header)
        .column_spacing(1)
        .render(table, buf);
    Paragraph::new(note_lines.into_iter().map(Line::from).collect::<Vec<_>>())
        .style(theme.muted)
        .render(note, buf);
}

/// What moved since the earlier benchmark: arrows and signed numbers per habit,
/// the index, and what became of the earlier plan.
fn render_comparison(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let block = Block::bordered()
        .title(Line::styled(" Since the last benchmark ", theme.title))
        .title_bottom(Line::styled(
            if app.trend().is_some() {
                " ↑ up ↓ down = same · h trend "
            } else {
                " ↑ up ↓ down = same · h habits "
            },
            theme.muted,
        ))
        .border_style(theme.border)
        .padding(Padding::horizontal(1));
    let Some(c) = app.comparison() else {
        Paragraph::new("The earlier benchmark could not be read, or uses another framework.")
            .style(theme.muted)
            .block(block)
            .render(area, buf);
        return;
    };
    let inner = block.inner(area);
    block.render(area, buf);
    let [habits, rest] = Layout::vertical([
        Constraint::Length(c.habits.len() as u16 + 1),
        Constraint::Fill(1),
    ])
    .areas(inner);
    let header = Row::new(display::CHANGE_HEADER).style(theme.muted);
    let rows = c.habits.iter().map(|h| {
        let numbers =
            display::change_columns(h).map(|value| Cell::from(Line::from(value).right_aligned()));
        Row::new(std::iter::once(Cell::from(columns::clip(&h.name, 10))).chain(numbers))
    });
    let widths = [
        Constraint::Length(10),
        Constraint::Length(6),
        Constraint::Length(6),
        Constraint::Length(8),
        Constraint::Length(7),
        Constraint::Length(7),
        Constraint::Length(9),
    ];
    Table::new(rows, widths)
        .header(header)
        .style(theme.base)
        .column_spacing(1)
        .render(habits, buf);
    let mut lines = vec![
        Line::raw(""),
        Line::from(vec![
            Span::styled("Culture index ", theme.muted),
            Span::styled(display::index_sides(&c), theme.title),
        ]),
        Line::from(vec![
            Span::styled("  change ", theme.muted),
            Span::styled(display::index_moved(&c), theme.title),
        ]),
    ];
    for action in &c.actions {
        let note = Some(&action.note).filter(|n| !n.is_empty());
        lines.push(Line::from(vec![
            Span::styled(format!("• {} ", action.what), theme.base),
            Span::styled(format!("({})", action.state()), theme.muted),
            Span::styled(
                note.map_or_else(String::new, |n| format!(": {n}")),
                theme.base,
            ),
        ]));
    }
    // Wrapped: what each index covers must not be cut off on a laptop screen.
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(rest, buf);
}

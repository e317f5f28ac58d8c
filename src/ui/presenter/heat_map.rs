//! The room view of the heat map: per habit and area the mean current score as a
//! shade (░ low to █ high, so it reads without colour) and the number, with how
//! many scores are behind it; "withheld" where privacy keeps an area's numbers
//! back, and why, once below.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::super::results::shade;
use super::Theme;
use super::stack::{Part, stack};
use crate::app::App;
use crate::domain::{HeatCell, Scale};
use crate::text::{columns, display};

/// The widest an area's column is drawn.
const MOST_CELL: usize = 16;

/// Draws the heat map for the room in `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let results = app.results();
    let map = &results.heat_map;
    let width = area.width;
    let mut parts = vec![
        Part::headline("BY AREA".into(), theme.title, width, 2),
        Part::text(
            vec![Line::styled(
                "mean current score per habit and area (how many scores)",
                theme.muted,
            )],
            width,
        ),
        Part::gap(),
    ];
    if map.areas.is_empty() {
        parts.push(Part::text(
            vec![Line::styled(
                "No areas in this session: the heat map needs them.",
                theme.muted,
            )],
            width,
        ));
        stack(parts, area, buf);
        return;
    }
    let habits = results.habits.len() as u16;
    let scale = &app.session().framework.scale;
    parts.push(Part::new(
        habits.saturating_add(1),
        habits.saturating_mul(2).saturating_add(1),
        1,
        move |area, buf| table(app, scale, area, buf, theme),
    ));
    parts.push(Part::gap());
    let mut notes = vec![Line::styled(
        "░ low  ▒  ▓  █ high · - no scores",
        theme.muted,
    )];
    if map.area_totals.iter().any(|cell| cell.withheld) {
        notes.push(Line::styled(display::WITHHELD_NOTE, theme.muted));
    }
    parts.push(Part::text(notes, width));
    stack(parts, area, buf);
}

/// The table of habits by areas, each row two lines tall when there is room.
fn table(app: &App, scale: &Scale, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let results = app.results();
    let map = &results.heat_map;
    let name_width = columns::widest(results.habits.iter().map(|h| &h.habit_name)).min(14);
    let columns_count = map.areas.len().max(1);
    let cell_width = (usize::from(area.width).saturating_sub(name_width) / columns_count)
        .saturating_sub(1)
        .min(MOST_CELL);
    let table_width = (name_width + columns_count * (cell_width + 1)) as u16;
    let [area] = Layout::horizontal([Constraint::Length(table_width.min(area.width))])
        .flex(Flex::Center)
        .areas(area);
    let tall = usize::from(area.height) > 2 * results.habits.len();
    let mut header = vec![Span::raw(" ".repeat(name_width))];
    header.extend(
        map.areas
            .iter()
            .map(|name| Span::styled(format!(" {}", columns::pad(name, cell_width)), theme.muted)),
    );
    let mut lines = vec![Line::from(header)];
    for (habit, cells) in results.habits.iter().zip(&map.cells) {
        let mut first = vec![Span::styled(
            columns::pad(&habit.habit_name, name_width),
            theme.base,
        )];
        let mut second = vec![Span::raw(" ".repeat(name_width))];
        if habit.hidden {
            first.push(Span::styled(format!(" {}", display::HIDDEN), theme.muted));
        } else {
            for cell in cells {
                let (top, below) = cell_text(scale, cell, cell_width, theme);
                first.push(Span::raw(" "));
                first.extend(top);
                second.push(Span::raw(" "));
                second.push(below);
            }
        }
        lines.push(Line::from(first));
        if tall {
            lines.push(Line::from(second));
        }
    }
    Paragraph::new(lines).render(area, buf);
}

/// A cell's two lines: the shade and the number with its count, then the shade
/// alone, so a cell reads as a block from afar.
fn cell_text(
    scale: &Scale,
    cell: &HeatCell,
    width: usize,
    theme: &Theme,
) -> (Vec<Span<'static>>, Span<'static>) {
    let Some(mean) = cell.mean else {
        let word = if cell.withheld {
            display::WITHHELD
        } else {
            "-"
        };
        let text = columns::pad(word, width);
        return (
            vec![Span::styled(text, theme.muted)],
            Span::raw(" ".repeat(width)),
        );
    };
    let mark = shade(scale, cell);
    let style = colour(mark, theme);
    let number = format!(
        " {} ({})",
        display::number(Some(mean)),
        display::count(cell.count)
    );
    let number = if columns::width(&number) + 2 <= width {
        number
    } else {
        // A narrow column keeps the mean, the count goes.
        format!(" {}", display::number(Some(mean)))
    };
    let shade_width = width.saturating_sub(columns::width(&number)).clamp(1, 4);
    let top = vec![
        Span::styled(mark.repeat(shade_width), style),
        Span::styled(
            columns::pad(&number, width - shade_width.min(width)),
            theme.base,
        ),
    ];
    let below = Span::styled(columns::pad(&mark.repeat(shade_width), width), style);
    (top, below)
}

/// The colour of a shade; the shade itself says it without the colour.
fn colour(mark: &str, theme: &Theme) -> Style {
    match mark {
        "░" => theme.bad,
        "▒" => theme.warning,
        _ => theme.good,
    }
}

//! The trend view of the results, for a session that follows two or more earlier
//! benchmarks: the index and each habit's mean at every date, oldest first. A
//! date without a number says why in words (a gap, never a zero), and the last
//! column's arrow says which way the habit moved since its first number.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Cell, Padding, Paragraph, Row, Table, Widget};

use super::theme::Theme;
use crate::app::App;
use crate::domain::Point;
use crate::text::{columns, display};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let block = Block::bordered()
        .title(Line::styled(" Trend across benchmarks ", theme.title))
        .title_bottom(Line::styled(
            " a word is a gap: no number, never zero · h habits ",
            theme.muted,
        ))
        .border_style(theme.border)
        .padding(Padding::horizontal(1));
    let Some(trend) = app.trend() else {
        Paragraph::new("The earlier benchmarks could not be read, or use another framework.")
            .style(theme.muted)
            .block(block)
            .render(area, buf);
        return;
    };
    let number_cell = |text: String, missing: bool| {
        let style = if missing { theme.muted } else { theme.base };
        Cell::from(Line::styled(text, style).right_aligned())
    };
    let mut header = vec![Cell::from("")];
    header.extend(
        trend
            .benchmarks
            .iter()
            .map(|b| Cell::from(Line::from(b.date.to_string()).right_aligned())),
    );
    header.push(Cell::from(Line::from("since first").right_aligned()));
    let first_to_last = |values: &[Option<f64>], decimals: usize| {
        let known: Vec<f64> = values.iter().flatten().copied().collect();
        match known.as_slice() {
            [first, .., last] => display::movement(Some(last - first), decimals),
            _ => "-".to_string(),
        }
    };
    let indexes: Vec<Option<f64>> = trend.benchmarks.iter().map(|b| b.index).collect();
    let mut index_row = vec![Cell::from(Line::styled("Culture index", theme.title))];
    index_row.extend(
        indexes
            .iter()
            .map(|&v| number_cell(display::index_value(v), v.is_none())),
    );
    index_row.push(number_cell(first_to_last(&indexes, 0), false));
    let mut rows = vec![Row::new(index_row)];
    for habit in &trend.habits {
        let mut cells = vec![Cell::from(habit.name.clone())];
        cells.extend(habit.points.iter().map(|&point| match point {
            Point::Mean(mean) => number_cell(display::number(Some(mean)), false),
            other => number_cell(other.missing_reason().unwrap_or_default().into(), true),
        }));
        let means: Vec<Option<f64>> = habit.points.iter().map(|p| p.mean()).collect();
        cells.push(number_cell(first_to_last(&means, 2), false));
        rows.push(Row::new(cells));
    }
    let name_width = columns::widest(trend.habits.iter().map(|h| &h.name)).max(13) as u16;
    let mut widths = vec![Constraint::Length(name_width)];
    widths.extend(trend.benchmarks.iter().map(|_| Constraint::Length(10)));
    widths.push(Constraint::Length(11));
    Table::new(rows, widths)
        .header(Row::new(header).style(theme.muted))
        .style(theme.base)
        .column_spacing(2)
        .block(block)
        .render(area, buf);
}

//! Phase 2, participants: who is in the room, their role and area, and whether
//! they stay anonymous in reports.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{
    Block, Cell, Padding, Paragraph, Row, StatefulWidget, Table, TableState, Widget,
};

use super::theme::Theme;
use crate::app::App;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let cursor = session.position.participant;
    let block = Block::bordered()
        .title(Line::styled(
            format!(" Participants ({}) ", session.participants.len()),
            theme.title,
        ))
        .border_style(theme.border)
        .padding(Padding::horizontal(1));
    if session.participants.is_empty() {
        Paragraph::new(vec![
            Line::raw(""),
            Line::styled("Nobody here yet.", theme.title),
            Line::styled(
                "Press a to add the first participant: name, Enter, role, Enter.",
                theme.base,
            ),
        ])
        .block(block)
        .render(area, buf);
        return;
    }
    let header = Row::new(["Name", "Role", "Area", "Anonymous"]).style(theme.muted);
    let rows = session
        .participants
        .iter()
        .enumerate()
        .map(|(row, person)| {
            let cells = [
                person.name.clone(),
                person.role.clone(),
                person.area.clone().unwrap_or_else(|| "-".into()),
                if person.anonymous {
                    "yes: hidden in reports".into()
                } else {
                    "no".into()
                },
            ];
            Row::new(cells.into_iter().enumerate().map(|(column, text)| {
                let style = if row == cursor.row && column == cursor.column {
                    theme.selected
                } else {
                    theme.base
                };
                Cell::from(text).style(style)
            }))
        });
    let widths = [
        Constraint::Fill(3),
        Constraint::Fill(3),
        Constraint::Fill(2),
        Constraint::Length(22),
    ];
    let mut state = TableState::default().with_selected(Some(cursor.row));
    StatefulWidget::render(
        Table::new(rows, widths)
            .header(header)
            .block(block)
            .highlight_symbol("> ")
            .column_spacing(2),
        area,
        buf,
        &mut state,
    );
}

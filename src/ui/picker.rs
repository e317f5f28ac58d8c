//! The first screen of a bare `huddle`: recent sessions to reopen, or a new one.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, StatefulWidget, Widget};

use super::theme::Theme;
use super::widgets::{help_overlay, help_rows, hint_line, too_small};
use crate::app::picker::{KEYS, MIN_SIZE, Picker};

impl Widget for &Picker {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = &Theme::new(self.theme, self.no_color);
        if !MIN_SIZE.fits(area) {
            too_small(area, buf, MIN_SIZE, theme);
            return;
        }
        buf.set_style(area, theme.base);
        let [body, hints] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
        let block = Block::bordered()
            .title(Line::styled(" huddle · sessions ", theme.title))
            .title_bottom(Line::styled(format!(" {} ", self.folder), theme.muted))
            .border_style(theme.border);
        let mut items = vec![ListItem::new(vec![
            Line::styled("+ Start a new session", theme.title),
            Line::styled("  on the seven habits framework", theme.muted),
        ])];
        items.extend(self.rows.iter().map(|row| {
            let mut lines = vec![
                Line::styled(format!("  {}", row.title), theme.base),
                Line::from(Span::styled(format!("  {}", row.detail), theme.muted)),
            ];
            lines.extend(
                row.index
                    .iter()
                    .map(|index| Line::styled(format!("  {index}"), theme.muted)),
            );
            ListItem::new(lines)
        }));
        let mut state = ListState::default().with_selected(Some(self.selected));
        StatefulWidget::render(
            List::new(items)
                .block(block)
                .style(theme.base)
                .highlight_style(theme.selected)
                .highlight_symbol("> "),
            body,
            buf,
            &mut state,
        );
        Paragraph::new(hint_line(KEYS, theme))
            .style(theme.base)
            .render(hints, buf);
        if self.help {
            help_overlay(area, buf, "sessions", help_rows(KEYS), theme);
        }
    }
}

//! The first screen of a bare `huddle`: recent sessions to reopen, or a new one.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap};

use super::theme::Theme;
use super::widgets::{help_overlay, help_rows, hint_line, too_small};
use crate::app::picker::{KEYS, MIN_SIZE, Picker};
use crate::text::columns;

impl Widget for &Picker {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = &Theme::new(self.theme, self.no_color);
        if !MIN_SIZE.fits(area) {
            too_small(area, buf, MIN_SIZE, theme);
            return;
        }
        buf.set_style(area, theme.base);
        let refusal = self
            .refusal
            .as_ref()
            .map(|reason| Line::styled(format!("! {reason}"), theme.warning));
        // A refusal names a file, so it may need more than one line.
        let refusal_height = refusal
            .as_ref()
            .map_or(0, |line| lines_when_wrapped(&line.to_string(), area.width));
        let [body, refused, hints] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(refusal_height.min(area.height / 2)),
            Constraint::Length(1),
        ])
        .areas(area);
        let block = Block::bordered()
            .title(Line::styled(" huddle · sessions ", theme.title))
            .title_bottom(Line::styled(
                columns::border_title(&self.folder.to_string(), usize::from(body.width)),
                theme.muted,
            ))
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
        if let Some(refusal) = refusal {
            Paragraph::new(refusal)
                .style(theme.base)
                .wrap(Wrap { trim: true })
                .render(refused, buf);
        }
        Paragraph::new(hint_line(KEYS, theme))
            .style(theme.base)
            .render(hints, buf);
        if self.help {
            help_overlay(area, buf, "sessions", help_rows(KEYS), 0, theme);
        }
    }
}

/// How many lines `text` takes when wrapped into `width` columns.
fn lines_when_wrapped(text: &str, width: u16) -> u16 {
    u16::try_from(columns::wrap(text, usize::from(width)).len()).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::ThemeName;

    fn text_of(buf: &Buffer) -> String {
        buf.content().iter().map(|cell| cell.symbol()).collect()
    }

    #[test]
    fn a_refusal_is_shown_in_full_above_the_keys_even_when_it_wraps() {
        let mut picker = Picker::new(Vec::new(), "/sessions".into(), ThemeName::Default, true);
        let reason = "/sessions/spring.ron is open in another huddle (process 42). Close it there.";
        picker.refuse(reason.into());
        let area = Rect::new(0, 0, 40, 12);
        let mut buf = Buffer::empty(area);
        (&picker).render(area, &mut buf);
        let screen = text_of(&buf);
        let words: String = format!("! {reason}").split_whitespace().collect();
        let shown: String = screen.split_whitespace().collect();
        assert!(shown.contains(&words), "{screen}");
        assert!(shown.contains("Enteropen"), "the keys stay: {screen}");
    }
}

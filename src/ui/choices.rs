//! A choice list (`app::choices`) in a popup over the screen: the question, the
//! options with the highlighted one marked `▶` (not by colour alone), and any
//! mark beside an option, e.g. "★ voted =1".

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, List, ListItem, ListState, StatefulWidget, Widget};

use super::theme::Theme;
use super::widgets::centred;
use crate::app::choices::Choices;
use crate::text::columns;

/// Draws the list in the middle of `area`, scrolled to keep the choice in view.
pub fn render(choices: &Choices, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let widest = choices
        .options
        .iter()
        .map(|o| columns::width(&o.label) + columns::width(&o.mark) + 5)
        .chain([columns::width(&choices.title) + 4])
        .max()
        .unwrap_or(0);
    let width = u16::try_from(widest + 2).unwrap_or(u16::MAX);
    let height = u16::try_from(choices.options.len() + 2).unwrap_or(u16::MAX);
    let popup = centred(area, width, height);
    Clear.render(popup, buf);
    let room = usize::from(popup.width.saturating_sub(4));
    let items = choices.options.iter().enumerate().map(|(at, option)| {
        let chosen = at == choices.selected;
        let mark_width = if option.mark.is_empty() {
            0
        } else {
            columns::width(&option.mark) + 1
        };
        let label = columns::clip(&option.label, room.saturating_sub(mark_width));
        let style = if chosen { theme.selected } else { theme.base };
        ListItem::new(Line::from(vec![
            Span::styled(if chosen { "▶ " } else { "  " }, theme.key),
            Span::styled(label, style),
            Span::styled(
                if option.mark.is_empty() {
                    String::new()
                } else {
                    format!(" {}", option.mark)
                },
                theme.title,
            ),
        ]))
    });
    let block = Block::bordered()
        .title(Line::styled(format!(" {} ", choices.title), theme.title))
        .border_style(theme.border)
        .style(theme.base);
    let mut state = ListState::default().with_selected(Some(choices.selected));
    StatefulWidget::render(List::new(items).block(block), popup, buf, &mut state);
}

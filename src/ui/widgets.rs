//! Pieces every screen uses: the key hint line, the help overlay and the
//! "make the window larger" notice.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Row, Table, Widget, Wrap};

use super::theme::Theme;
use crate::app::keymap::Binding;
use crate::app::window::MinSize;

/// Draws the "make the window larger" notice, and nothing else, in `area`.
pub fn too_small(area: Rect, buf: &mut Buffer, needs: MinSize, theme: &Theme) {
    buf.set_style(area, theme.base);
    let text = vec![
        Line::styled("make the window larger:", theme.warning),
        Line::raw(format!("needs {} x {},", needs.width, needs.height)),
        Line::raw(format!("now {} x {}", area.width, area.height)),
    ];
    let height = (text.len() as u16).min(area.height);
    let [middle] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    Paragraph::new(text)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .style(theme.base)
        .render(middle, buf);
}

/// The always-visible line of keys for a screen.
pub fn hint_line<A>(bindings: &[Binding<A>], theme: &Theme) -> Line<'static> {
    let mut spans = Vec::new();
    for binding in bindings.iter().filter(|binding| !binding.hint.is_empty()) {
        if !spans.is_empty() {
            spans.push(Span::styled("  ", theme.muted));
        }
        spans.push(Span::styled(binding.label, theme.key));
        spans.push(Span::styled(format!(" {}", binding.hint), theme.muted));
    }
    Line::from(spans)
}

/// A rectangle of at most `width` x `height` in the middle of `area`.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let [column] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(column);
    popup
}

/// The help overlay: every key of a screen with what it does.
pub fn help_overlay(
    area: Rect,
    buf: &mut Buffer,
    screen: &str,
    rows: Vec<(String, &str)>,
    theme: &Theme,
) {
    let popup = centred(area, 72, rows.len() as u16 + 4);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .title(Line::styled(format!(" Keys: {screen} "), theme.title))
        .title_bottom(Line::styled(" ? or Esc closes ", theme.muted))
        .border_style(theme.border)
        .style(theme.base);
    let rows = rows.into_iter().map(|(keys, help)| {
        Row::new([
            Span::styled(keys, theme.key),
            Span::styled(help, theme.base),
        ])
    });
    let table = Table::new(rows, [Constraint::Length(12), Constraint::Fill(1)]).block(block);
    Widget::render(table, popup, buf);
}

/// The help rows of a list of bindings; aliases with no help text of their own
/// (Ctrl+Z beside u) are left out, as their twin's help names them.
pub fn help_rows<A>(bindings: &[Binding<A>]) -> Vec<(String, &'static str)> {
    bindings
        .iter()
        .filter(|b| !b.help.is_empty())
        .map(|b| (b.label.to_string(), b.help))
        .collect()
}

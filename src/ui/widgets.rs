//! Pieces every screen uses: the key hint line, the help overlay and the
//! "make the window larger" notice.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::theme::Theme;
use crate::app::keymap::Binding;
use crate::app::window::MinSize;
use crate::text::columns;

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

/// The help overlay: every key of a screen with what it does. Descriptions
/// wrap under themselves; when the lines outnumber the rows, the overlay
/// scrolls (`scroll` lines are skipped, at most to the last page) and its frame
/// says how to see the rest.
pub fn help_overlay(
    area: Rect,
    buf: &mut Buffer,
    screen: &str,
    rows: Vec<(String, &str)>,
    scroll: u16,
    theme: &Theme,
) {
    const KEYS: usize = 13;
    let width = area.width.min(72);
    let text_width = usize::from(width).saturating_sub(2 + KEYS + 1).max(8);
    let mut lines: Vec<Line> = Vec::new();
    for (keys, help) in rows {
        for (n, piece) in columns::wrap(help, text_width).into_iter().enumerate() {
            let keys = if n == 0 { keys.as_str() } else { "" };
            lines.push(Line::from(vec![
                Span::styled(columns::pad(keys, KEYS), theme.key),
                Span::raw(" "),
                Span::styled(piece, theme.base),
            ]));
        }
    }
    let popup = centred(area, width, lines.len() as u16 + 2);
    let visible = usize::from(popup.height.saturating_sub(2));
    let first = usize::from(scroll).min(lines.len().saturating_sub(visible));
    let more_above = first > 0;
    let more_below = first + visible < lines.len();
    let foot = match (more_above, more_below) {
        (false, false) => " ? or Esc closes ".to_string(),
        (_, true) => format!(
            " ↓ {} more · ? or Esc closes ",
            lines.len() - first - visible
        ),
        (true, false) => " ↑ back up · ? or Esc closes ".to_string(),
    };
    Clear.render(popup, buf);
    let block = Block::bordered()
        .title(Line::styled(format!(" Keys: {screen} "), theme.title))
        .title_bottom(Line::styled(foot, theme.muted))
        .border_style(theme.border)
        .style(theme.base);
    Paragraph::new(
        lines
            .into_iter()
            .skip(first)
            .take(visible)
            .collect::<Vec<_>>(),
    )
    .block(block)
    .render(popup, buf);
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

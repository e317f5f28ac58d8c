//! The join screen on the presenter view while the room is open: a QR code
//! that carries the address and the PIN, the address to type, and the PIN.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::qr;
use super::theme::Theme;
use crate::app::phone::RoomAccess;

/// Draws the join screen in `area`; `newcomers` says whether phones may add
/// their person to the list.
pub fn render(access: &RoomAccess, newcomers: bool, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let link = access.join_link();
    let (columns, rows) = qr::size(&link).unwrap_or_default();
    let [code, words] = Layout::horizontal([Constraint::Length(columns), Constraint::Max(44)])
        .flex(Flex::Center)
        .spacing(4)
        .areas(area);
    let [code] = Layout::vertical([Constraint::Length(rows)])
        .flex(Flex::Center)
        .areas(code);
    qr::render(&link, code, buf);
    let pin = access.pin.as_str();
    let (first, second) = pin.split_at(pin.len() / 2);
    let mut lines = vec![
        Line::styled("Join from your phone", theme.title),
        Line::raw(""),
        Line::styled("Scan the code, or open", theme.base),
        Line::styled(access.url.clone(), theme.key),
        Line::raw(""),
        Line::styled("Room PIN", theme.base),
        Line::styled(format!("{first} {second}"), theme.title),
        Line::raw(""),
        Line::styled("Same Wi-Fi as this laptop.", theme.muted),
        Line::styled("Your scores and dots stay private.", theme.muted),
    ];
    if newcomers {
        lines.push(Line::styled(
            "Not on the list? Add yourself there.",
            theme.muted,
        ));
    }
    // On a narrow screen the words wrap beside the code, taking more lines.
    let room = usize::from(words.width.max(1));
    let height: usize = lines.iter().map(|l| l.width().max(1).div_ceil(room)).sum();
    let height = u16::try_from(height).unwrap_or(u16::MAX);
    let [words] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(words);
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(words, buf);
}

//! The room view for phases with nothing to show the room yet: the organisation,
//! the workshop's title and how many take part.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::Theme;
use super::stack::{Part, stack};
use crate::app::App;

/// Draws the cover in `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let width = area.width;
    let parts = vec![
        Part::headline(session.organisation.clone(), theme.title, width, 1),
        Part::gap(),
        Part::text(
            vec![Line::styled(
                format!(
                    "{} · {} participants",
                    session.title,
                    session.participants.len()
                ),
                theme.base,
            )],
            width,
        ),
    ];
    stack(parts, area, buf);
}

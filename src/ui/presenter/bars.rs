//! Bars for the room: rows one and a half lines tall when there is room (the
//! bar, then its upper half below it), one line when not.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

/// The filled part of a bar: the count or the current mean.
pub const FULL: &str = "█";
/// The rest of a bar up to a goal: the gap to the target.
pub const GAP: &str = "░";
/// The lower line of a bar two lines tall: half a line, so a thin dark line
/// parts one bar from the next.
pub const HALF: &str = "▀";

/// How many of `width` cells a share (0 to 1) of the whole fills; a share above
/// nothing fills at least one, so a single vote still shows.
pub fn cells(share: f64, width: usize) -> usize {
    let filled = (share.clamp(0.0, 1.0) * width as f64).round() as usize;
    if share > 0.0 { filled.max(1) } else { filled }
}

/// One row of bars: its first line, and the second line drawn below it when rows
/// are tall.
pub struct BarRow<'a> {
    pub first: Line<'a>,
    pub second: Line<'a>,
}

/// Whether rows fit two lines tall in `rows` lines (with `extra` lines beside them).
pub fn tall(count: usize, extra: u16, rows: u16) -> bool {
    count.saturating_mul(2).saturating_add(usize::from(extra)) <= usize::from(rows)
}

/// Draws the rows top down, each one or two lines tall, and nothing past the area.
pub fn draw(rows: Vec<BarRow>, tall: bool, area: Rect, buf: &mut Buffer) {
    let lines: Vec<Line> = rows
        .into_iter()
        .flat_map(|row| {
            if tall {
                vec![row.first, row.second]
            } else {
                vec![row.first]
            }
        })
        .collect();
    Paragraph::new(lines).render(area, buf);
}

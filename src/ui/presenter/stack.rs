//! How the room view fills a screen of any size: the screen is a stack of parts,
//! each with the fewest rows that still carry its content and the rows it would
//! like (big text, bars two rows tall, a blank line between parts). Every part
//! gets its fewest rows; the rows left over go to the parts in order of
//! importance. A small screen thus shows the same content with less decoration.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use crate::text::columns;

/// Rows one line of big text takes (quadrant pixels: 8 pixel rows in 4 cells).
pub const BIG_ROWS: u16 = 4;
/// Columns one letter of big text takes.
const BIG_COLUMNS: usize = 4;

/// What a part draws once its rows are known.
type Draw<'a> = Box<dyn FnOnce(Rect, &mut Buffer) + 'a>;

/// One part of the room view.
pub struct Part<'a> {
    fewest: u16,
    most: u16,
    /// Lower is more important: it gets its rows first.
    rank: u8,
    /// It takes what rows are left when its `most` do not fit, as a list that
    /// shows as much of itself as it can.
    flexible: bool,
    draw: Draw<'a>,
}

impl<'a> Part<'a> {
    /// A part drawn by `draw` in `fewest` rows, or in `most` when there is room.
    pub fn new(
        fewest: u16,
        most: u16,
        rank: u8,
        draw: impl FnOnce(Rect, &mut Buffer) + 'a,
    ) -> Self {
        Part {
            fewest,
            most: most.max(fewest),
            rank,
            flexible: false,
            draw: Box::new(draw),
        }
    }

    /// The part taking the rows left over when its `most` do not fit: its
    /// drawing shows what fits and says what does not.
    pub fn flexible(self) -> Self {
        Part {
            flexible: true,
            ..self
        }
    }

    /// A blank line between parts, the first thing a small screen gives up.
    pub fn gap() -> Self {
        Part::new(0, 1, u8::MAX, |_, _| {})
    }

    /// A headline: in big letters when they fit the width and there is room,
    /// else the same words on one bold line.
    pub fn headline(text: String, style: Style, width: u16, rank: u8) -> Self {
        let most = if big_fits(&text, width) { BIG_ROWS } else { 1 };
        Part::new(1, most, rank, move |area, buf| {
            if area.height >= BIG_ROWS && big_fits(&text, area.width) {
                big(&text, style, area, buf);
            } else {
                centred(vec![Line::styled(text, style)], area, buf);
            }
        })
    }

    /// Lines of ordinary text, centred and wrapped: they always get every row
    /// they need, as they carry content.
    pub fn text(lines: Vec<Line<'a>>, width: u16) -> Self {
        let rows = rows_of(&lines, width);
        Part::new(rows, rows, 0, move |area, buf| centred(lines, area, buf))
    }
}

/// Whether `text` in big letters fits `width` columns. Big letters exist for
/// ASCII only: other text (a habit named in Japanese) stays ordinary text.
fn big_fits(text: &str, width: u16) -> bool {
    text.is_ascii() && text.chars().count() * BIG_COLUMNS <= usize::from(width)
}

/// Big text of one line, centred.
fn big(text: &str, style: Style, area: Rect, buf: &mut Buffer) {
    BigText::builder()
        .pixel_size(PixelSize::Quadrant)
        .style(style)
        .lines(vec![Line::from(text.to_string())])
        .centered()
        .build()
        .render(area, buf);
}

/// A column of at most `most` columns in the middle of `area`, two columns in
/// from the edges when the screen has them to spare (a projector cuts edges).
pub fn column(area: Rect, most: u16) -> Rect {
    let margin = if area.width > 70 { 2 } else { 0 };
    let area = area.inner(ratatui::layout::Margin::new(margin, 0));
    let [column] = Layout::horizontal([Constraint::Max(most)])
        .flex(Flex::Center)
        .areas(area);
    column
}

/// Lines of text, centred and wrapped at word boundaries.
pub fn centred(lines: Vec<Line>, area: Rect, buf: &mut Buffer) {
    Paragraph::new(lines)
        .centered()
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// How many rows a line takes wrapped at word boundaries in `width` columns (an
/// estimate as the paragraph wraps: greedy, words longer than a row cut).
pub fn wrapped_rows(line: &Line, width: u16) -> u16 {
    let width = usize::from(width.max(1));
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let mut rows: u16 = 1;
    let mut used = 0;
    for word in text.split_whitespace() {
        let w = columns::width(word);
        let needed = if used == 0 { w } else { used + 1 + w };
        if needed <= width {
            used = needed;
        } else {
            let more = u16::try_from(w.saturating_sub(1) / width).unwrap_or(u16::MAX);
            rows = rows.saturating_add(1).saturating_add(more);
            used = w % width;
        }
    }
    rows
}

/// How many rows lines take wrapped in `width` columns, together.
pub fn rows_of(lines: &[Line], width: u16) -> u16 {
    lines
        .iter()
        .fold(0, |sum, line| sum.saturating_add(wrapped_rows(line, width)))
}

/// Draws the parts from top to bottom in `area`, centred vertically: each with
/// its fewest rows, then with the most it wants, in order of rank, while the
/// rows last.
pub fn stack(parts: Vec<Part>, area: Rect, buf: &mut Buffer) {
    let mut rows: Vec<u16> = parts.iter().map(|part| part.fewest).collect();
    let mut spare = area
        .height
        .saturating_sub(rows.iter().fold(0u16, |sum, r| sum.saturating_add(*r)));
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by_key(|&at| parts[at].rank);
    for at in order {
        let more = parts[at].most - parts[at].fewest;
        if more <= spare {
            rows[at] += more;
            spare -= more;
        } else if parts[at].flexible {
            rows[at] += spare;
            spare = 0;
        }
    }
    let areas = Layout::vertical(rows.iter().map(|&r| Constraint::Length(r)))
        .flex(Flex::Center)
        .split(area);
    for (part, &at) in parts.into_iter().zip(areas.iter()) {
        (part.draw)(at, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_wraps_at_words_in_columns() {
        assert_eq!(wrapped_rows(&Line::raw("one two three"), 80), 1);
        assert_eq!(wrapped_rows(&Line::raw("one two three"), 7), 2);
        // Two columns a letter: "山田太郎" takes 8 columns.
        assert_eq!(wrapped_rows(&Line::raw("山田太郎 山田太郎"), 8), 2);
    }

    #[test]
    fn spare_rows_go_to_the_most_important_part_first() {
        let area = Rect::new(0, 0, 10, 6);
        let mut buf = Buffer::empty(area);
        let heights = std::cell::RefCell::new(Vec::new());
        let part = |fewest, most, rank| {
            let heights = &heights;
            Part::new(fewest, most, rank, move |at: Rect, _: &mut Buffer| {
                heights.borrow_mut().push(at.height)
            })
        };
        // 3 rows given at least, 3 spare: the rank 0 part takes its 2 more; the
        // rank 1 part would need 3 more and gets none; the gap takes the last.
        stack(
            vec![part(1, 4, 1), part(1, 3, 0), Part::gap(), part(1, 1, 2)],
            area,
            &mut buf,
        );
        assert_eq!(*heights.borrow(), [1, 3, 1]);
    }
}

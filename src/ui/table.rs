//! A table edited cell by cell that holds at every size: the header stays put
//! while the rows scroll, columns give way by importance (cut with "…", in
//! terminal columns, so wide letters line up), and what the selected row had
//! cut is written whole underneath it. A cell being edited is edited where it
//! stands, with the cursor shown.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use super::edit::EditView;
use super::theme::Theme;
use crate::domain::Cursor;
use crate::text::columns;

/// Space between two columns.
const SPACING: usize = 2;
/// The mark before the selected row, and the room it takes on every row.
const SELECTED: &str = "> ";

/// One column: its title and the fewest columns it may shrink to before the
/// columns after it in the giving-way order shrink.
pub struct Column<'a> {
    pub title: &'a str,
    /// Wide enough to read at a glance: the first floor when giving way.
    pub readable: usize,
    /// The second floor, before the column shrinks further.
    pub least: usize,
}

impl<'a> Column<'a> {
    /// A column titled `title`, `readable` wide at best and `least` at worst.
    pub fn new(title: &'a str, readable: usize, least: usize) -> Self {
        Column {
            title,
            readable,
            least,
        }
    }
}

/// A table of text cells with a cursor.
pub struct FitTable<'a> {
    pub columns: Vec<Column<'a>>,
    /// Which columns give way first when the row is too wide: least important first.
    pub give_way: Vec<usize>,
    pub rows: Vec<Vec<String>>,
    pub cursor: Cursor,
    /// The cell under the cursor, while it is being edited.
    pub editing: Option<EditView>,
}

impl FitTable<'_> {
    /// Draws the table in `block` on `area`.
    pub fn render(self, area: Rect, buf: &mut Buffer, theme: &Theme, block: Block) {
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.height == 0 || inner.width == 0 {
            return;
        }
        let room = usize::from(inner.width)
            .saturating_sub(SELECTED.len() + SPACING * self.columns.len().saturating_sub(1));
        let wants: Vec<usize> = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, column)| {
                let cells = self.rows.iter().filter_map(|row| row.get(i));
                columns::widest(cells).max(columns::width(column.title))
            })
            .collect();
        let readable: Vec<usize> = self.columns.iter().map(|c| c.readable).collect();
        let least: Vec<usize> = self.columns.iter().map(|c| c.least).collect();
        let widths = columns::share(&wants, &readable, &least, &self.give_way, room);

        let details = self.details(&widths, usize::from(inner.width), theme);
        // The rows keep at least three lines (or all they need); the details
        // take what is left, up to what they need.
        // A rule divides them, when there are details to show.
        let rows_needed = self.rows.len().min(3) + 2;
        let detail_rows = details
            .len()
            .min(usize::from(inner.height).saturating_sub(rows_needed));
        let rule = usize::from(detail_rows > 0);
        let table_rows = usize::from(inner.height) - detail_rows - rule;

        let header: Vec<Span> = std::iter::once(Span::raw(" ".repeat(SELECTED.len())))
            .chain(self.columns.iter().zip(&widths).enumerate().flat_map(
                |(i, (column, &width))| {
                    let gap = if i == 0 { "" } else { "  " };
                    [
                        Span::raw(gap),
                        Span::styled(columns::pad(column.title, width), theme.muted),
                    ]
                },
            ))
            .collect();
        buf.set_line(inner.x, inner.y, &Line::from(header), inner.width);

        let visible = table_rows.saturating_sub(1);
        let first = (self.cursor.row + 1).saturating_sub(visible);
        for (offset, (index, row)) in self
            .rows
            .iter()
            .enumerate()
            .skip(first)
            .take(visible)
            .enumerate()
        {
            let on_row = index == self.cursor.row;
            let mut spans = vec![Span::styled(
                if on_row { SELECTED } else { "  " },
                theme.base,
            )];
            for (i, (text, &width)) in row.iter().zip(&widths).enumerate() {
                if i > 0 {
                    spans.push(Span::raw(" ".repeat(SPACING)));
                }
                let on_cell = on_row && i == self.cursor.column;
                match (&self.editing, on_cell) {
                    (Some(edit), true) => spans.extend(edit.spans(width, theme)),
                    _ => spans.push(Span::styled(
                        columns::pad(text, width),
                        if on_cell { theme.selected } else { theme.base },
                    )),
                }
            }
            let y = inner.y + 1 + offset as u16;
            buf.set_line(inner.x, y, &Line::from(spans), inner.width);
        }

        // The details follow the last row drawn, under a rule.
        let drawn = self.rows.len().saturating_sub(first).min(visible);
        let mut below = inner.y + 1 + drawn as u16;
        if rule == 1 {
            let line = Line::styled("╌".repeat(usize::from(inner.width)), theme.border);
            buf.set_line(inner.x, below, &line, inner.width);
            below += 1;
        }
        let cut = details.len() > detail_rows;
        for (offset, mut line) in details.into_iter().take(detail_rows).enumerate() {
            if cut && offset + 1 == detail_rows {
                // More than the rows hold: the last one says so.
                line = Line::from(columns::clip(&format!("{line}…"), usize::from(inner.width)))
                    .style(theme.base);
            }
            buf.set_line(inner.x, below + offset as u16, &line, inner.width);
        }
    }

    /// The selected row's cells that do not fit their column, written whole
    /// ("What: Raise the store refund limit"), wrapped to `width`.
    fn details(&self, widths: &[usize], width: usize, theme: &Theme) -> Vec<Line<'static>> {
        let Some(row) = self.rows.get(self.cursor.row) else {
            return Vec::new();
        };
        let mut lines = Vec::new();
        for (i, (text, &room)) in row.iter().zip(widths).enumerate() {
            let edited = self.editing.is_some() && i == self.cursor.column;
            if columns::width(text) <= room && !edited {
                continue;
            }
            let title = self.columns[i].title;
            let text = match &self.editing {
                Some(edit) if edited => edit.value.clone(),
                _ => text.clone(),
            };
            let label = format!("{title}: ");
            let body = columns::wrap(&text, width.saturating_sub(columns::width(&label)).max(8));
            for (n, piece) in body.into_iter().enumerate() {
                let head = if n == 0 {
                    label.clone()
                } else {
                    " ".repeat(columns::width(&label))
                };
                lines.push(Line::from(vec![
                    Span::styled(head, theme.muted),
                    Span::styled(piece, theme.base),
                ]));
            }
        }
        lines
    }
}

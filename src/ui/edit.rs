//! Text being typed, drawn where it stands: the part that fits the room, with
//! the character under the cursor highlighted so the cursor is always seen.

use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::app::{ActionField, Edit, EditTarget};
use crate::text::columns;

/// What a screen needs to draw a field being edited.
#[derive(Debug, Clone)]
pub struct EditView {
    /// The whole text typed so far.
    pub value: String,
    /// Where the cursor stands, in characters.
    pub cursor: usize,
    /// A pre-filled value the first typed character replaces: drawn selected.
    pub replaces: bool,
}

impl EditView {
    /// The view of an edit in progress.
    pub fn of(edit: &Edit) -> Self {
        EditView {
            value: edit.input.value().to_string(),
            cursor: edit.input.cursor(),
            replaces: edit.replaces,
        }
    }

    /// The text cut to `room` columns around the cursor, padded to exactly
    /// `room`, with the cursor's cell highlighted.
    pub fn spans(&self, room: usize, theme: &Theme) -> Vec<Span<'static>> {
        let (before, under, after) = visible_edit(&self.value, self.cursor, room);
        let used = columns::width(&before) + columns::width(&under).max(1);
        let after = columns::pad(&after, room.saturating_sub(used));
        let text = self.text_style(theme);
        vec![
            Span::styled(before, text),
            Span::styled(under, theme.selected),
            Span::styled(after, text),
        ]
    }

    /// The typed text's style: selected while typing would replace it.
    fn text_style(&self, theme: &Theme) -> ratatui::style::Style {
        if self.replaces {
            theme.selected
        } else {
            theme.base
        }
    }
}

impl EditView {
    /// The whole text broken into lines of `width` columns (at any letter, so
    /// the cursor's place is exact), at most `rows` of them around the cursor,
    /// with the cursor's cell highlighted.
    pub fn lines(&self, width: usize, rows: usize, theme: &Theme) -> Vec<Line<'static>> {
        let width = width.max(1);
        // Each line as (text before the cursor, the cursor's cell, the rest).
        let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new()];
        let mut used = 0;
        let mut cursor_line = 0;
        let chars: Vec<char> = self.value.chars().chain([' ']).collect();
        for (i, c) in chars.iter().enumerate() {
            let w = columns::width(&c.to_string());
            if used + w > width && used > 0 {
                lines.push(Vec::new());
                used = 0;
            }
            used += w;
            let style = if i == self.cursor {
                theme.selected
            } else {
                self.text_style(theme)
            };
            if i == self.cursor {
                cursor_line = lines.len() - 1;
            }
            if let Some(last) = lines.last_mut() {
                last.push(Span::styled(c.to_string(), style));
            }
        }
        let rows = rows.max(1);
        let first = (cursor_line + 1).saturating_sub(rows);
        lines
            .into_iter()
            .skip(first)
            .take(rows)
            .map(Line::from)
            .collect()
    }
}

/// Whether the screen draws this field where it stands; any other is typed in
/// a box at the foot of the screen.
pub fn in_place(target: EditTarget) -> bool {
    matches!(
        target,
        EditTarget::Setup(_)
            | EditTarget::ParticipantName(_)
            | EditTarget::ParticipantRole(_)
            | EditTarget::Note(_, Some(_))
            | EditTarget::Action(
                _,
                ActionField::What | ActionField::Owner | ActionField::Due | ActionField::Measure
            )
    )
}

/// The typed text cut to `room` columns with the cursor in view: the text before
/// the cursor, the character under it (a space at the end) and the text after.
/// `cursor` counts characters; widths are terminal columns, so wide characters
/// (emoji, CJK) and combining marks keep the cursor where it belongs.
fn visible_edit(value: &str, cursor: usize, room: usize) -> (String, String, String) {
    let chars: Vec<char> = value.chars().collect();
    let at = cursor.min(chars.len());
    let width = |c: &char| columns::width(&c.to_string());
    let under = chars.get(at).map_or(" ".to_string(), char::to_string);
    let mut used = columns::width(&under).max(1);
    let mut start = at;
    while start > 0 && used + width(&chars[start - 1]) <= room {
        start -= 1;
        used += width(&chars[start]);
    }
    let after = chars.iter().skip(at + 1).collect();
    (chars[start..at].iter().collect(), under, after)
}

#[cfg(test)]
mod tests {
    use super::visible_edit;

    #[test]
    fn the_edit_line_counts_columns_so_the_cursor_stays_in_view() {
        // Five wide characters, the cursor after them, room for five columns:
        // two characters (four columns) and the cursor's cell.
        let (before, under, after) = visible_edit("日日日日日", 5, 5);
        assert_eq!(
            (before.as_str(), under.as_str(), after.as_str()),
            ("日日", " ", "")
        );
        // A combining mark takes no column of its own.
        let (before, under, _) = visible_edit("e\u{301}e\u{301}x", 4, 3);
        assert_eq!((before.as_str(), under.as_str()), ("e\u{301}e\u{301}", "x"));
        let (before, under, after) = visible_edit("abc", 1, 80);
        assert_eq!(
            (before.as_str(), under.as_str(), after.as_str()),
            ("a", "b", "c")
        );
    }
}

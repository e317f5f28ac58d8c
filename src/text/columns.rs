//! Text measured, cut and padded in terminal columns, not bytes or chars: "山田"
//! takes four columns, "🚀" two and a combining accent none, so names and labels
//! typed by people line up in tables on screen and in printed text.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The mark that ends text cut short.
const CUT: char = '…';

/// How many terminal columns `text` takes.
pub fn width(text: &str) -> usize {
    text.width()
}

/// How many terminal columns the widest of `texts` takes (0 for none): the width
/// of a table's column.
pub fn widest<T: AsRef<str>>(texts: impl IntoIterator<Item = T>) -> usize {
    texts
        .into_iter()
        .map(|text| width(text.as_ref()))
        .max()
        .unwrap_or(0)
}

/// `text` cut to at most `columns` terminal columns, ending in "…" when cut.
pub fn clip(text: &str, columns: usize) -> String {
    if width(text) <= columns {
        return text.to_string();
    }
    let room = columns.saturating_sub(CUT.width().unwrap_or(1));
    let mut clipped = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        clipped.push(c);
    }
    if columns > 0 {
        clipped.push(CUT);
    }
    clipped
}

/// A title on a box's border: `text` with a space either side, cut with "…" to
/// fit a box `box_width` columns wide (its corners take two), so a border never
/// ends a title mid-word without a mark; empty when not even "…" fits.
pub fn border_title(text: &str, box_width: usize) -> String {
    let room = box_width.saturating_sub(2);
    if room < 3 {
        return String::new();
    }
    format!(" {} ", clip(text.trim(), room - 2))
}

/// `text` cut to `columns` terminal columns if longer, and padded with spaces to
/// exactly that many, for a column of a table.
pub fn pad(text: &str, columns: usize) -> String {
    fill(&clip(text, columns), columns)
}

/// `text` padded with spaces to at least `columns` terminal columns and never cut,
/// for a column whose text must stay whole (a name to type back).
pub fn fill(text: &str, columns: usize) -> String {
    let mut filled = text.to_string();
    filled.extend(std::iter::repeat_n(
        ' ',
        columns.saturating_sub(width(text)),
    ));
    filled
}

/// `text` broken into lines of at most `columns` terminal columns, at spaces
/// where it can and inside a word longer than a line where it must.
pub fn wrap(text: &str, columns: usize) -> Vec<String> {
    let columns = columns.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let gap = usize::from(!line.is_empty());
        if width(&line) + gap + width(word) <= columns {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // A word wider than the line is split where the line ends.
        for c in word.chars() {
            let w = c.width().unwrap_or(0);
            if width(&line) + w > columns && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` wrapped into at most `rows` lines of `columns` columns; when it needs
/// more, the last line shown ends in "…", so a cut is never silent.
pub fn wrap_within(text: &str, columns: usize, rows: usize) -> Vec<String> {
    let mut lines = wrap(text, columns);
    if lines.len() > rows {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            // Cut one column short, so the mark shows even on a full line.
            let kept = clip(last, columns.saturating_sub(1));
            *last = format!("{}{CUT}", kept.trim_end_matches(CUT));
        }
    }
    lines
}

/// How wide each column of a table may be in `room` terminal columns (spacing
/// already taken off): every column gets what it `wants` when that fits; else
/// columns give way in `order` (the least important first), first down to
/// what keeps them `readable`, then down to their `least`, and only then
/// further, in the same order each time.
pub fn share(
    wants: &[usize],
    readable: &[usize],
    least: &[usize],
    order: &[usize],
    room: usize,
) -> Vec<usize> {
    let mut widths = wants.to_vec();
    let mut excess = widths.iter().sum::<usize>().saturating_sub(room);
    for floors in [readable, least, &[]] {
        for &column in order {
            let floor = floors.get(column).copied().unwrap_or(0).min(widths[column]);
            let give = (widths[column] - floor).min(excess);
            widths[column] -= give;
            excess -= give;
        }
    }
    widths
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_border_title_is_cut_with_a_mark_to_fit_its_box() {
        assert_eq!(border_title("scores hidden", 40), " scores hidden ");
        assert_eq!(border_title("scores hidden to protect", 14), " scores hi… ");
        assert_eq!(width(&border_title("山田 太郎 José", 12)), 10);
        assert_eq!(border_title("anything", 4), "");
    }

    use super::*;

    #[test]
    fn wide_letters_and_emoji_take_two_columns_and_accents_none() {
        assert_eq!(width("山田 太郎"), 9);
        assert_eq!(width("José 🚀 Núñez"), 13);
        assert_eq!(width("Jose\u{301}"), 4);
        assert_eq!(widest(["Ana", "山田 太郎", "José"]), 9);
        assert_eq!(widest(Vec::<String>::new()), 0);
    }

    #[test]
    fn padding_fills_columns_not_chars() {
        for name in ["山田 太郎", "José 🚀 Núñez", "Ana", "Jose\u{301}"] {
            assert_eq!(width(&pad(name, 16)), 16, "{name}");
        }
        assert_eq!(pad("山田 太郎", 12), "山田 太郎   ");
        assert_eq!(fill("山田 太郎", 4), "山田 太郎");
    }

    #[test]
    fn clipping_never_splits_a_wide_letter_past_the_edge() {
        // 山田 (4) + … (1) fits in 6; a third letter would make 7
        assert_eq!(clip("山田太郎", 6), "山田…");
        assert_eq!(width(&pad("山田太郎", 6)), 6);
        assert_eq!(clip("José 🚀 Núñez", 8), "José 🚀…");
        assert_eq!(clip("José 🚀 Núñez", 7), "José …");
        assert_eq!(clip("short", 10), "short");
        assert_eq!(clip("anything", 0), "");
    }

    #[test]
    fn wrapping_counts_columns_and_splits_only_overlong_words() {
        assert_eq!(
            wrap("the web form sends them back", 12),
            ["the web form", "sends them", "back"]
        );
        assert_eq!(wrap("山田 太郎 山田", 9), ["山田 太郎", "山田"]);
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(wrap("", 5), [""]);
        for line in wrap("José 🚀 Núñez and 山田太郎山田太郎 write", 6) {
            assert!(width(&line) <= 6, "{line}");
        }
    }

    #[test]
    fn a_wrap_that_needs_more_rows_ends_in_the_cut_mark() {
        assert_eq!(wrap_within("one two three four", 9, 1), ["one two…"]);
        assert_eq!(
            wrap_within("one two three four", 9, 2),
            ["one two", "three…"]
        );
        assert_eq!(wrap_within("one two", 9, 3), ["one two"]);
    }

    #[test]
    fn tables_shorten_the_least_important_column_first() {
        // plenty of room: everyone gets what they want
        let share = |room| share(&[10, 8, 6], &[8, 6, 5], &[4, 4, 4], &[2, 1, 0], room);
        assert_eq!(share(30), [10, 8, 6]);
        // column 2 gives way first, down to readable, then column 1, then 0
        assert_eq!(share(23), [10, 8, 5]);
        assert_eq!(share(20), [9, 6, 5]);
        // then each down to its least, in the same order
        assert_eq!(share(17), [8, 5, 4]);
        assert_eq!(share(12), [4, 4, 4]);
        // far too little room: the most important column is the last to go
        assert_eq!(share(10), [4, 4, 2]);
    }
}

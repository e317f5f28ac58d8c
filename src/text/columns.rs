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

#[cfg(test)]
mod tests {
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
}

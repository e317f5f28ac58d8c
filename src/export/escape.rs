//! Typed text made safe for every export: in HTML, in a Markdown table cell, and
//! in a CSV cell a spreadsheet opens. One set of rules, so no report is safer
//! than another.

/// Text made safe for HTML content and attribute values.
pub(super) fn html(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => safe.push_str("&amp;"),
            '<' => safe.push_str("&lt;"),
            '>' => safe.push_str("&gt;"),
            '"' => safe.push_str("&quot;"),
            '\'' => safe.push_str("&#39;"),
            c => safe.push(c),
        }
    }
    safe
}

/// Text made safe for a Markdown table cell: nothing in it formats itself or
/// ends the cell, and a line break becomes a space.
pub(super) fn markdown(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '<' | '>' | '[' | ']' | '#' => {
                safe.push('\\');
                safe.push(c);
            }
            '\r' => {}
            '\n' => safe.push(' '),
            c => safe.push(c),
        }
    }
    safe.trim().to_string()
}

/// Text made inert for spreadsheets: a leading `=`, `+`, `-` or `@` would start a
/// formula, so it gets a leading apostrophe.
pub(super) fn spreadsheet(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_cannot_break_out() {
        assert_eq!(
            html("<b>\"Q&A\"</b>"),
            "&lt;b&gt;&quot;Q&amp;A&quot;&lt;/b&gt;"
        );
        assert_eq!(markdown("a | *b*\nc"), "a \\| \\*b\\* c");
        assert_eq!(spreadsheet("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(spreadsheet("Store"), "Store");
    }
}

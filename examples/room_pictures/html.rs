//! A drawn terminal screen (a ratatui `Buffer`) as an HTML page, each cell in
//! its own box of one or two columns, with its colours and emphasis, so a
//! headless browser can turn it into a picture.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

/// Pixels of one cell: the page is `width * CELL_WIDTH` by `height * CELL_HEIGHT`.
pub const CELL_WIDTH: u32 = 12;
pub const CELL_HEIGHT: u32 = 24;

/// What a dark terminal draws with when a cell names no colour.
const FOREGROUND: &str = "#d8d8d8";
const BACKGROUND: &str = "#121212";

/// The page for one screen.
pub fn page(buffer: &Buffer, title: &str) -> String {
    let area = buffer.area;
    let mut rows = String::new();
    for y in area.top()..area.bottom() {
        rows.push_str("<div class=r>");
        let mut x = area.left();
        while x < area.right() {
            let cell = &buffer[(x, y)];
            let symbol = cell.symbol();
            let columns = unicode_width::UnicodeWidthStr::width(symbol).clamp(1, 2) as u16;
            let mut fg = colour(cell.fg).unwrap_or(FOREGROUND);
            let mut bg = colour(cell.bg).unwrap_or(BACKGROUND);
            if cell.modifier.contains(Modifier::REVERSED) {
                std::mem::swap(&mut fg, &mut bg);
            }
            let weight = if cell.modifier.contains(Modifier::BOLD) {
                "font-weight:bold;"
            } else {
                ""
            };
            let text = escape(if symbol.is_empty() { " " } else { symbol });
            rows.push_str(&format!(
                "<span style=\"width:{}px;color:{fg};background:{bg};{weight}\">{text}</span>",
                u32::from(columns) * CELL_WIDTH
            ));
            x += columns;
        }
        rows.push_str("</div>\n");
    }
    format!(
        "<!doctype html><html><head><meta charset=utf-8><title>{}</title><style>\
         body{{margin:0;background:{BACKGROUND}}}\
         .r{{height:{CELL_HEIGHT}px;white-space:pre;display:flex}}\
         .r span{{display:inline-block;height:{CELL_HEIGHT}px;overflow:hidden;\
         font:20px/{CELL_HEIGHT}px 'DejaVu Sans Mono',monospace;text-align:center}}\
         </style></head><body>\n{rows}</body></html>\n",
        escape(title)
    )
}

/// A terminal colour as a CSS colour, from a common dark palette; `None` for the
/// terminal's own.
fn colour(color: Color) -> Option<&'static str> {
    Some(match color {
        Color::Black => "#000000",
        Color::Red => "#cd3131",
        Color::Green => "#0dbc79",
        Color::Yellow => "#e5e510",
        Color::Blue => "#2472c8",
        Color::Magenta => "#bc3fbc",
        Color::Cyan => "#11a8cd",
        Color::Gray => "#bbbbbb",
        Color::DarkGray => "#666666",
        Color::LightRed => "#f14c4c",
        Color::LightGreen => "#23d18b",
        Color::LightYellow => "#f5f543",
        Color::LightBlue => "#3b8eea",
        Color::LightMagenta => "#d670d6",
        Color::LightCyan => "#29b8db",
        Color::White => "#ffffff",
        _ => return None,
    })
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

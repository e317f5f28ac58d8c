//! A QR code drawn with half-block characters: each cell holds two modules,
//! one above the other, so the code comes out square. Always dark on light,
//! whatever the theme: that is what phone cameras read.

use qrcode::{Color as Module, EcLevel, QrCode};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

/// The light border every QR code needs around it, in modules.
const QUIET: usize = 2;

/// The modules of `text`'s QR code, light border included, row by row.
fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text, EcLevel::M).ok()?;
    let inner = code.width();
    let colors = code.to_colors();
    let width = inner + 2 * QUIET;
    let dark = (0..width * width)
        .map(|at| {
            let (x, y) = (at % width, at / width);
            let inside = |v: usize| v >= QUIET && v < QUIET + inner;
            inside(x) && inside(y) && colors[(y - QUIET) * inner + x - QUIET] == Module::Dark
        })
        .collect();
    Some((width, dark))
}

/// The columns and rows `text`'s code takes on screen.
pub fn size(text: &str) -> Option<(u16, u16)> {
    let (width, _) = modules(text)?;
    let width = u16::try_from(width).ok()?;
    Some((width, width.div_ceil(2)))
}

/// Draws `text`'s code at the top left of `area`, if it fits.
pub fn render(text: &str, area: Rect, buf: &mut Buffer) {
    let Some((width, dark)) = modules(text) else {
        return;
    };
    let Some((columns, rows)) = size(text) else {
        return;
    };
    if columns > area.width || rows > area.height {
        return;
    }
    let is_dark = |x: usize, y: usize| y < width && dark[y * width + x];
    let style = Style::new().fg(Color::Black).bg(Color::White);
    for row in 0..rows {
        for column in 0..columns {
            let (x, y) = (usize::from(column), usize::from(row) * 2);
            let symbol = match (is_dark(x, y), is_dark(x, y + 1)) {
                (true, true) => "█",
                (true, false) => "▀",
                (false, true) => "▄",
                (false, false) => " ",
            };
            buf[(area.x + column, area.y + row)]
                .set_symbol(symbol)
                .set_style(style);
        }
    }
}

//! Draws the app (or the session picker) on a test terminal and reads the screen
//! back as text, for tests that check what the facilitator or the room would see.
//! Each test file uses what it needs of it.
#![allow(dead_code)]

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::Widget;

/// A test terminal of this size with the screen drawn on it, for snapshots and
/// for reading cells with their styles.
pub fn drawn<W>(screen: &W, width: u16, height: u16) -> Terminal<TestBackend>
where
    for<'a> &'a W: Widget,
{
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(screen, frame.area()))
        .unwrap();
    terminal
}

/// The screen's lines, as the terminal would show them at this size.
pub fn lines<W>(screen: &W, width: u16, height: u16) -> Vec<String>
where
    for<'a> &'a W: Widget,
{
    drawn(screen, width, height)
        .backend()
        .buffer()
        .content()
        .chunks(usize::from(width))
        .map(|row| row.iter().map(|cell| cell.symbol()).collect())
        .collect()
}

/// The whole screen as one text, a line per row.
pub fn text<W>(screen: &W, width: u16, height: u16) -> String
where
    for<'a> &'a W: Widget,
{
    lines(screen, width, height).join("\n")
}

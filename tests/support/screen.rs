//! Draws the app on a test terminal and reads the screen back as text, for
//! tests that check what the facilitator or the room would see.

use huddle::app::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The screen's lines, as the terminal would show them at this size.
pub fn lines(app: &App, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .unwrap();
    terminal
        .backend()
        .buffer()
        .content()
        .chunks(usize::from(width))
        .map(|row| row.iter().map(|cell| cell.symbol()).collect())
        .collect()
}

/// The whole screen as one text, a line per row.
pub fn text(app: &App, width: u16, height: u16) -> String {
    lines(app, width, height).join("\n")
}

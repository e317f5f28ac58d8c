//! The smallest window the workshop can be driven in. Below it the screen only
//! asks for a larger window, and `update` holds every key but quit.

use ratatui::layout::Rect;

/// The smallest window a screen can be drawn in, in columns and rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MinSize {
    pub width: u16,
    pub height: u16,
}

impl MinSize {
    pub fn fits(self, area: Rect) -> bool {
        area.width >= self.width && area.height >= self.height
    }
}

/// The smallest window the workshop screens are drawn in.
pub const MIN_SIZE: MinSize = MinSize {
    width: 64,
    height: 18,
};

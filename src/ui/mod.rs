//! What the terminal shows. Screens only draw state; the keymap turns keys into
//! actions; the terminal loop ties them together.

pub mod keymap;
pub mod overview;
pub mod picker;
pub mod terminal;
pub mod theme;
pub mod widgets;

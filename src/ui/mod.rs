//! What the terminal shows. Screens only draw state; the app's keymap turns keys
//! into messages; the terminal loop ties them together.

mod benchmark;
pub mod frame;
pub mod keymap;
mod participants;
pub mod picker;
mod plan;
mod presenter;
mod prioritise;
mod results;
mod setup;
pub mod terminal;
pub mod theme;
pub mod widgets;
mod wrap_up;

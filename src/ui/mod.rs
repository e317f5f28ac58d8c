//! What the terminal shows. Screens only draw state: the app's keymap turns keys
//! into messages, and the run loop ties keys, `update` and drawing together.

mod benchmark;
mod choices;
mod frame;
mod join;
mod participants;
mod picker;
mod plan;
mod presenter;
mod prioritise;
mod qr;
mod results;
mod setup;
pub mod theme;
mod widgets;
mod wrap_up;

//! What the terminal shows. Screens only draw state: the app's keymap turns keys
//! into messages, and the run loop ties keys, `update` and drawing together.

mod benchmark;
mod choices;
mod edit;
mod footer;
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
mod stepper;
mod suggestions;
mod table;
pub mod theme;
mod trend;
mod widgets;
mod wrap_up;

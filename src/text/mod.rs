//! Text for people, shared by the screens (`ui`) and the exports (`export`): how
//! results are worded ([`display`]) and how text is measured in terminal columns
//! ([`columns`]).
//!
//! It sits below both of its users and above the domain, so neither a screen nor
//! an export reaches into the other for a word or a width, and every arrow still
//! points down: ui -> text, export -> text, text -> domain.

pub mod columns;
pub mod display;

//! Text for people, shared by the screens (`ui`) and the exports (`export`): how
//! results are worded ([`display`]) and how text is measured in terminal columns
//! ([`columns`]).
//!
//! It sits below both users and above the domain, so neither a screen nor an
//! export depends on the other for a word or a width: the arrows still point
//! cli -> run -> app / ui -> storage / export -> text -> domain.

pub mod columns;
pub mod display;

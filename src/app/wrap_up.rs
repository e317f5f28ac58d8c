//! Wrap-up: the date of the next benchmark.

use super::{App, EditTarget, Effect, Msg};
use crate::domain::default_next_benchmark;

impl App {
    pub(super) fn wrap_up(&mut self, msg: Msg) -> Vec<Effect> {
        if msg == Msg::Edit {
            let next = self.next_benchmark();
            return self.begin_edit(EditTarget::NextBenchmark, next.to_string());
        }
        Vec::new()
    }

    /// The next benchmark's date: as set, or six months after the workshop.
    pub fn next_benchmark(&self) -> chrono::NaiveDate {
        self.session
            .next_benchmark
            .unwrap_or_else(|| default_next_benchmark(self.session.date))
    }
}

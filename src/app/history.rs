//! Undo and redo for one run of the app: whole-session snapshots, which keep every
//! kind of change undoable without each change knowing how to reverse itself.

use std::collections::VecDeque;

use crate::domain::Session;

/// How many changes can be undone.
const DEPTH: usize = 500;

/// The sessions before the last changes (newest at the back), and those undone.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: VecDeque<Session>,
    redo: Vec<Session>,
    /// How many changes were recorded in this run, dropped steps included.
    recorded: u64,
}

impl History {
    /// Remembers the session as it was before a change; the oldest step goes
    /// once there are `DEPTH`.
    pub fn record(&mut self, before: Session) {
        if self.undo.len() == DEPTH {
            self.undo.pop_front();
        }
        self.undo.push_back(before);
        self.redo.clear();
        self.recorded += 1;
    }

    /// How many changes were recorded in this run: the difference between two
    /// readings says how many steps `take_back` should take back.
    pub fn recorded(&self) -> u64 {
        self.recorded
    }

    /// The session before the last change, which is forgotten rather than made
    /// redoable: for a change that never reached the file.
    pub fn take_back(&mut self) -> Option<Session> {
        self.undo.pop_back()
    }

    /// The session before the last change, if any; `current` becomes redoable.
    pub fn undo(&mut self, current: Session) -> Option<Session> {
        let previous = self.undo.pop_back()?;
        self.redo.push(current);
        Some(previous)
    }

    /// The session after the last undone change, if any.
    pub fn redo(&mut self, current: Session) -> Option<Session> {
        let next = self.redo.pop()?;
        self.undo.push_back(current);
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_oldest_step_goes_once_the_history_is_full() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
        let framework = crate::storage::assets::default_framework().unwrap();
        let session = |title: &str| Session::new(title, date, framework.clone());
        let mut history = History::default();
        for step in 0..=DEPTH {
            history.record(session(&step.to_string()));
        }
        let mut current = session("now");
        let mut undone = 0;
        while let Some(previous) = history.undo(current.clone()) {
            current = previous;
            undone += 1;
        }
        assert_eq!(undone, DEPTH);
        assert_eq!(current.title, "1", "step 0 was dropped");
    }
}

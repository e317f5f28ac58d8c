//! Undo and redo for one run of the app: whole-session snapshots, which keep every
//! kind of change undoable without each change knowing how to reverse itself.

use crate::domain::Session;

/// How many changes can be undone.
const DEPTH: usize = 500;

#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Session>,
    redo: Vec<Session>,
}

impl History {
    /// Remembers the session as it was before a change.
    pub fn record(&mut self, before: Session) {
        if self.undo.len() == DEPTH {
            self.undo.remove(0);
        }
        self.undo.push(before);
        self.redo.clear();
    }

    /// The session before the last change, if any; `current` becomes redoable.
    pub fn undo(&mut self, current: Session) -> Option<Session> {
        let previous = self.undo.pop()?;
        self.redo.push(current);
        Some(previous)
    }

    /// The session after the last undone change, if any.
    pub fn redo(&mut self, current: Session) -> Option<Session> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        Some(next)
    }
}

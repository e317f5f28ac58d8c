//! Opening and closing the room: the facilitator's key asks the loop, which
//! starts or stops the server and says how it went.

use crate::app::{App, Effect};

impl App {
    /// Asks the loop to open the room, or to close it when it is open.
    pub(in crate::app) fn toggle_room(&mut self) -> Vec<Effect> {
        if self.read_only {
            self.error(
                "read-only: phones cannot change this session, so the room stays closed".into(),
            );
            return Vec::new();
        }
        if self.room.is_some() {
            vec![Effect::CloseRoom]
        } else {
            vec![Effect::OpenRoom]
        }
    }

    /// The status line's note on the room: open, and how many phones joined.
    pub fn room_note(&self) -> Option<String> {
        self.room.as_ref()?;
        let phones = self.claims.len();
        let word = if phones == 1 { "phone" } else { "phones" };
        Some(format!("room open · {phones} {word}"))
    }
}

//! Opening and closing the room: the facilitator's key asks the loop, which
//! starts or stops the server and says how it went.

use super::Claims;
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

    /// The phones that speak for someone in the room now: a claim on a name
    /// since renamed or removed counts for nobody.
    pub fn phones(&self) -> Claims {
        self.claims
            .kept(|name| self.session.participant(name).is_some())
    }

    /// Frees the phone of the participant under the cursor (someone switched
    /// phones), so a new phone can choose the name.
    pub(in crate::app) fn release_phone(&mut self) -> Vec<Effect> {
        let row = self.session.position.participant.row;
        let Some(name) = self.session.participants.get(row).map(|p| p.name.clone()) else {
            self.info("nobody here to release".into());
            return Vec::new();
        };
        if self.read_only {
            self.error("read-only: phones cannot be released here".into());
            return Vec::new();
        }
        if self.claims.release_name(&name) {
            self.info(format!(
                "{name}'s phone is released: a new phone can choose {name}"
            ));
            vec![Effect::SaveClaims]
        } else {
            self.info(format!("no phone has chosen {name}"));
            Vec::new()
        }
    }

    /// The status line's note on the room: open, and how many phones joined.
    pub fn room_note(&self) -> Option<String> {
        self.room.as_ref()?;
        let phones = self.phones().len();
        let word = if phones == 1 { "phone" } else { "phones" };
        Some(format!("room open · {phones} {word}"))
    }
}

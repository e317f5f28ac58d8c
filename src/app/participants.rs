//! Participants: the room's roster, with roles, areas and who stays anonymous.

use super::{App, Confirmation, EditTarget, Effect, Mode, Msg};

/// Participants table columns: name, role, area, anonymous.
const PARTICIPANT_COLUMNS: usize = 4;

impl App {
    pub(super) fn participants(&mut self, msg: Msg) -> Vec<Effect> {
        let cursor = self.session.position.participant;
        let has_row = cursor.row < self.session.participants.len();
        match msg {
            Msg::Up => self.session.position.participant.row = cursor.row.saturating_sub(1),
            Msg::Down => self.session.position.participant.row = cursor.row + 1,
            Msg::Left => self.session.position.participant.column = cursor.column.saturating_sub(1),
            Msg::Right => {
                self.session.position.participant.column =
                    (cursor.column + 1).min(PARTICIPANT_COLUMNS - 1);
            }
            Msg::Add => return self.begin_edit(EditTarget::NewParticipant, String::new()),
            Msg::Edit | Msg::Toggle if !has_row => {
                return self.begin_edit(EditTarget::NewParticipant, String::new());
            }
            Msg::Edit | Msg::Toggle => {
                let person = &self.session.participants[cursor.row];
                return match cursor.column {
                    0 if msg == Msg::Edit => {
                        let name = person.name.clone();
                        self.begin_edit(EditTarget::ParticipantName(cursor.row), name)
                    }
                    1 if msg == Msg::Edit => {
                        let role = person.role.clone();
                        self.begin_edit(EditTarget::ParticipantRole(cursor.row), role)
                    }
                    2 => {
                        // Cycle through the areas, then "no area".
                        let areas = &self.session.areas;
                        let at = person
                            .area
                            .as_ref()
                            .and_then(|a| areas.iter().position(|x| x == a));
                        let next = match at {
                            None => areas.first().cloned(),
                            Some(i) => areas.get(i + 1).cloned(),
                        };
                        if areas.is_empty() {
                            self.error("no areas yet: add them in Setup".into());
                            return Vec::new();
                        }
                        self.change(|s| {
                            s.participant_mut(cursor.row)?.area = next;
                            Ok(())
                        })
                    }
                    3 => self.change(|s| {
                        let person = s.participant_mut(cursor.row)?;
                        person.anonymous = !person.anonymous;
                        Ok(())
                    }),
                    _ => Vec::new(),
                };
            }
            Msg::Delete if has_row && self.read_only => {
                self.error("read-only: nobody can be deleted here".into());
            }
            // Refused before the question, so nobody answers yes to no effect.
            Msg::Delete if has_row => match self.session.check_removal(cursor.row) {
                Ok(()) => self.mode = Mode::Confirm(Confirmation::RemoveParticipant(cursor.row)),
                Err(error) => self.error(error.to_string()),
            },
            Msg::Delete => self.info("nobody to delete here".into()),
            Msg::ReleasePhone => return self.release_phone(),
            Msg::TogglePhonesMayJoin => return self.toggle_phones_may_join(),
            _ => {}
        }
        Vec::new()
    }

    /// A new participant joins the area of the person under the cursor, so a
    /// room entered area by area needs no extra keys.
    pub(super) fn area_for_new_participant(&self) -> Option<String> {
        let people = &self.session.participants;
        people
            .get(self.session.position.participant.row)
            .or(people.last())
            .and_then(|p| p.area.clone())
            .or_else(|| self.session.areas.first().cloned())
    }
}

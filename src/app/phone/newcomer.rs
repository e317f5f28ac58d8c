//! "I'm not on the list": when the facilitator allows it, a phone adds its
//! person to the roster (name and area) through the same rules as a name
//! typed at the laptop, and speaks for them from then on.

use super::{Accepted, Refusal, Token};
use crate::app::{App, Effect};

impl App {
    /// Allows phones to add their person to the list, or stops them.
    pub(in crate::app) fn toggle_phones_may_join(&mut self) -> Vec<Effect> {
        let allow = !self.session.phones_may_join;
        let effects = self.change(|s| {
            s.phones_may_join = allow;
            Ok(())
        });
        if !effects.is_empty() {
            self.info(if allow {
                "phones may add their person to the list (\"I'm not on the list\")".into()
            } else {
                "phones choose from the list only".into()
            });
        }
        effects
    }

    /// Adds the phone's person to the roster and lets the phone speak for them.
    pub(super) fn phone_add(
        &mut self,
        token: &Token,
        name: &str,
        area: Option<String>,
    ) -> Result<(Accepted, Vec<Effect>), Refusal> {
        if self.read_only {
            return Err(Refusal::ReadOnly);
        }
        if !self.session.phones_may_join {
            return Err(Refusal::AddingClosed);
        }
        if let Some(own) = self.claims.name(token)
            && self.session.participant(own).is_some()
        {
            return Err(Refusal::AlreadyClaimed(own.to_string()));
        }
        let mut added = String::new();
        let mut effects = self
            .try_change(|s| {
                let index = s.add_participant(name, area)?;
                added = s.participants[index].name.clone();
                Ok(())
            })
            .map_err(Refusal::NotAdded)?;
        // A claim left on this name belonged to someone removed earlier.
        self.claims.release(token);
        self.claims.release_name(&added);
        self.claims.claim(token, &added)?;
        effects.push(Effect::SaveClaims);
        Ok((Accepted::Claimed(added), effects))
    }
}

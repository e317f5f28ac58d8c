//! Phone entries not yet on disk. A phone hears "saved" only after the save
//! that holds its entry; should that save fail, the phone is told so, and the
//! entries are taken back too, so the laptop never shows a score or a ballot
//! its phone was told is not saved (the phone simply sends it again).

use super::{Claims, Refusal, Reply, RequestId};
use crate::app::{App, Effect};
use crate::domain::Results;

/// Where the app stood before the first phone entry since the last save.
#[derive(Debug, Clone)]
pub(in crate::app) struct UnsavedPhones {
    /// The undo history's count of changes then.
    recorded: u64,
    /// Who spoke for whom then.
    claims: Claims,
}

impl App {
    /// Remembers where the app stands before phone entries are applied, unless
    /// entries since the last save are remembered already.
    pub(super) fn before_phone_entries(&self) -> Option<UnsavedPhones> {
        match self.unsaved_phones {
            Some(_) => None,
            None => Some(UnsavedPhones {
                recorded: self.history.recorded(),
                claims: self.claims.clone(),
            }),
        }
    }

    /// Keeps `before` once an entry waits for a save.
    pub(super) fn after_phone_entries(&mut self, before: Option<UnsavedPhones>) {
        if before.is_some() && !self.pending_replies.is_empty() {
            self.unsaved_phones = before;
        }
    }

    /// The answers waiting for a save, now that it is done.
    pub(in crate::app) fn phones_saved(&mut self) -> Vec<Effect> {
        self.unsaved_phones = None;
        self.answer_with(|reply| reply)
    }

    /// The save failed (`why`): every phone waiting is told its entry is not
    /// saved, and the entries are taken back, undo steps and claims with them.
    /// Returns the answers and a note for the status line when anything was
    /// taken back.
    pub(in crate::app) fn phones_not_saved(&mut self, why: &str) -> (Vec<Effect>, &'static str) {
        let answers = self.answer_with(|_| Err(Refusal::NotSaved(why.to_string())));
        let Some(before) = self.unsaved_phones.take() else {
            return (answers, "");
        };
        for _ in before.recorded..self.history.recorded() {
            if let Some(previous) = self.history.take_back() {
                self.session = previous;
            }
        }
        self.claims = before.claims;
        self.results = Results::of(&self.session);
        (
            answers,
            "; the phones' entries are taken back and they were told to send again",
        )
    }

    fn answer_with(&mut self, reply: impl Fn(Reply) -> Reply) -> Vec<Effect> {
        self.pending_replies
            .drain(..)
            .map(|(id, answer): (RequestId, Reply)| Effect::Reply(id, reply(answer)))
            .collect()
    }
}

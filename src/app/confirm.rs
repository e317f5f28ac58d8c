//! Confirmations: the changes that ask "are you sure?" first, and the answers.

use super::{App, Confirmation, Effect, Mode, Msg};
use crate::domain::EditError;

impl App {
    pub(super) fn confirming(&mut self, confirmation: Confirmation, msg: Msg) -> Vec<Effect> {
        if let Confirmation::Vote(question) = confirmation {
            return self.confirming_vote(question, msg);
        }
        match msg {
            Msg::Confirm => {
                self.mode = Mode::Normal;
                match confirmation {
                    Confirmation::RemoveParticipant(i) => {
                        self.change(|s| s.remove_participant(i).map(|_| ()))
                    }
                    Confirmation::RemoveArea(i) => self.change(|s| s.remove_area(i)),
                    Confirmation::RemoveAction(i) => self.change(|s| {
                        if i >= s.plan.len() {
                            return Err(EditError::Missing);
                        }
                        s.plan.remove(i);
                        Ok(())
                    }),
                    Confirmation::RenameFile => self
                        .file_name_from_title()
                        .map(|name| vec![Effect::RenameFile(name)])
                        .unwrap_or_default(),
                    Confirmation::Vote(_) => Vec::new(), // answered above
                }
            }
            Msg::Decline | Msg::Cancel => {
                self.mode = Mode::Normal;
                self.info(if confirmation == Confirmation::RenameFile {
                    format!("the file keeps its name: {}", self.file_label)
                } else {
                    "nothing deleted".into()
                });
                Vec::new()
            }
            Msg::Quit => self.quit(),
            _ => Vec::new(),
        }
    }

    /// The question a confirmation asks.
    pub fn confirmation_question(&self, confirmation: Confirmation) -> String {
        match confirmation {
            Confirmation::RemoveParticipant(index) => self
                .session
                .departure(index)
                .map(|departure| departure.to_string())
                .unwrap_or_default(),
            Confirmation::RemoveAction(index) => {
                let what = self.session.plan.get(index).map_or("", |a| a.what.as_str());
                format!("Delete the action \"{what}\"?")
            }
            Confirmation::RemoveArea(index) => {
                let people = self.session.people_in_area(index);
                let area = self.session.areas.get(index).cloned().unwrap_or_default();
                format!("Remove area {area}? {people} participants will have no area.")
            }
            Confirmation::RenameFile => format!(
                "Rename the file to {}?",
                self.file_name_from_title().unwrap_or_default()
            ),
            Confirmation::Vote(question) => self.vote_question(question),
        }
    }

    /// The file name the title suggests, when it differs from the file's own.
    pub(super) fn file_name_from_title(&self) -> Option<String> {
        let slug = crate::storage::slug(&self.session.title);
        let name = format!("{slug}.ron");
        (!slug.is_empty() && name != self.file_label).then_some(name)
    }

    /// What `y` and `n` do for a confirmation, in the words of its question.
    pub fn confirmation_answers(&self, confirmation: Confirmation) -> (&'static str, &'static str) {
        match confirmation {
            Confirmation::RemoveParticipant(_)
            | Confirmation::RemoveAction(_)
            | Confirmation::RemoveArea(_) => ("yes, delete", "no, keep"),
            Confirmation::RenameFile => ("yes, rename", "no, keep the name"),
            Confirmation::Vote(question) => self.vote_answers(question),
        }
    }
}

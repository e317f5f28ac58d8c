//! Tab while typing an owner: the participants' names that begin with what was
//! typed, compared the way the duplicate-name check compares names (case and
//! the way accents were composed do not matter). Tab again shows the next match.

use super::{ActionField, App, Completion, Edit, EditTarget, Effect, Mode};
use crate::domain::names::name_key;

impl Edit {
    /// Whether Tab completes in this field: only an action's owner does, so the
    /// hint line offers Tab there alone.
    pub fn completes(&self) -> bool {
        matches!(self.target, EditTarget::Action(_, ActionField::Owner))
    }
}

impl App {
    /// Completes the name being typed, or shows the next match on a repeated Tab.
    pub(super) fn complete(&mut self) -> Vec<Effect> {
        let Mode::Editing(edit) = &self.mode else {
            return Vec::new();
        };
        if !edit.completes() {
            self.info("Tab completes an owner's name; here it does nothing".into());
            return Vec::new();
        }
        let (typed, shown) = match &edit.completion {
            Some(last) => (last.typed.clone(), last.shown + 1),
            None => (edit.input.value().to_string(), 0),
        };
        let matches = self.names_beginning(&typed);
        if matches.is_empty() {
            self.info(format!("no participant's name begins with \"{typed}\""));
            return Vec::new();
        }
        let shown = shown % matches.len();
        let name = matches[shown].clone();
        let count = matches.len();
        if let Mode::Editing(edit) = &mut self.mode {
            edit.input = edit.input.clone().with_value(name);
            edit.replaces = false;
            edit.completion = Some(Completion { typed, shown });
        }
        if count > 1 {
            self.info(format!(
                "{} of {count} names match: Tab for the next",
                shown + 1
            ));
        }
        Vec::new()
    }

    /// The participants whose name, or a word of it, begins with `typed`, in
    /// the order of the roster.
    fn names_beginning(&self, typed: &str) -> Vec<String> {
        let typed = name_key(typed);
        self.session
            .participants
            .iter()
            .map(|person| &person.name)
            .filter(|name| {
                let key = name_key(name);
                key.starts_with(&typed) || key.split(' ').any(|word| word.starts_with(&typed))
            })
            .cloned()
            .collect()
    }
}

//! The state of the first screen of a bare `huddle`: recent sessions to reopen,
//! or a new one. `ui::picker` draws it.

use std::path::PathBuf;

use ratatui::crossterm::event::KeyCode;

use super::ThemeName;
use super::keymap::Binding;
use super::window::MinSize;
use crate::domain::Results;
use crate::domain::wording::people;
use crate::storage::SessionEntry;
use crate::text::display;

/// The smallest window the picker is drawn in.
pub const MIN_SIZE: MinSize = MinSize {
    width: 40,
    height: 10,
};

/// What a key does in the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerAction {
    Up,
    Down,
    Open,
    New,
    ToggleHelp,
    CloseHelp,
    Quit,
}

/// The picker's keys; the hint line and help are drawn from this list.
pub const KEYS: &[Binding<PickerAction>] = &[
    Binding::new(
        &[KeyCode::Up, KeyCode::Char('k')],
        "↑↓",
        "choose",
        "choose a session",
        PickerAction::Up,
    ),
    Binding::new(
        &[KeyCode::Down, KeyCode::Char('j')],
        "↓",
        "",
        "next session",
        PickerAction::Down,
    ),
    Binding::new(
        &[KeyCode::Enter],
        "Enter",
        "open",
        "open the chosen session",
        PickerAction::Open,
    ),
    Binding::new(
        &[KeyCode::Char('n')],
        "n",
        "new",
        "start a new session",
        PickerAction::New,
    ),
    Binding::new(
        &[KeyCode::Char('?')],
        "?",
        "help",
        "show or hide this help",
        PickerAction::ToggleHelp,
    ),
    Binding::new(
        &[KeyCode::Esc],
        "Esc",
        "",
        "close the help",
        PickerAction::CloseHelp,
    ),
    Binding::new(
        &[KeyCode::Char('q')],
        "q",
        "quit",
        "quit (Ctrl+C too)",
        PickerAction::Quit,
    ),
];

/// What the facilitator picked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Open(PathBuf),
    New,
    Quit,
}

/// One row of the picker.
#[derive(Debug, Clone)]
pub struct Row {
    path: PathBuf,
    pub title: String,
    pub detail: String,
    /// The culture index and what it covers, for a session that loads.
    pub index: Option<String>,
}

/// The picker's state. Row 0 is "start a new session"; sessions follow, newest first.
#[derive(Debug, Clone)]
pub struct Picker {
    pub rows: Vec<Row>,
    pub selected: usize,
    pub folder: String,
    pub theme: ThemeName,
    pub no_color: bool,
    pub help: bool,
    /// Why the last choice did not open (another huddle has it, it does not
    /// load), shown until the next key.
    pub refusal: Option<String>,
    chosen: Option<Choice>,
}

impl Picker {
    pub fn new(
        entries: Vec<SessionEntry>,
        folder: String,
        theme: ThemeName,
        no_color: bool,
    ) -> Self {
        let rows = entries
            .into_iter()
            .map(|entry| {
                let name = entry.name();
                let (title, detail, index) = match &entry.session {
                    Ok(session) => (
                        session.title.clone(),
                        format!(
                            "{name} · {} · {} · {}",
                            session.date,
                            session.position.phase.label(),
                            people(session.participants.len() as u64)
                        ),
                        // On a line of its own: with what it covers it is long.
                        Some(format!(
                            "index {}",
                            display::index_with_coverage(&Results::of(session))
                        )),
                    ),
                    Err(_) => (
                        format!("{name} (cannot be loaded)"),
                        "open it to see why".to_string(),
                        None,
                    ),
                };
                Row {
                    path: entry.path,
                    title,
                    detail,
                    index,
                }
            })
            .collect::<Vec<_>>();
        Picker {
            // With sessions to reopen, the newest is the likely choice.
            selected: usize::from(!rows.is_empty()),
            rows,
            folder,
            theme,
            no_color,
            help: false,
            refusal: None,
            chosen: None,
        }
    }

    /// Applies an action; returns false once the facilitator has chosen.
    pub fn apply(&mut self, action: PickerAction) -> bool {
        self.refusal = None;
        match action {
            PickerAction::Up => self.selected = self.selected.saturating_sub(1),
            PickerAction::Down => self.selected = (self.selected + 1).min(self.rows.len()),
            PickerAction::Open => {
                self.chosen = Some(match self.selected {
                    0 => Choice::New,
                    n => Choice::Open(self.rows[n - 1].path.clone()),
                });
            }
            PickerAction::New => self.chosen = Some(Choice::New),
            PickerAction::ToggleHelp => self.help = !self.help,
            PickerAction::CloseHelp => self.help = false,
            PickerAction::Quit => self.chosen = Some(Choice::Quit),
        }
        self.chosen.is_none()
    }

    /// The choice cannot be opened: the picker stays, saying why, so the
    /// facilitator can choose again.
    pub fn refuse(&mut self, reason: String) {
        self.chosen = None;
        self.refusal = Some(reason);
    }

    /// The facilitator's choice; quitting when nothing was chosen.
    pub fn choice(&self) -> Choice {
        self.chosen.clone().unwrap_or(Choice::Quit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::StorageError;

    fn held_session() -> SessionEntry {
        SessionEntry {
            path: PathBuf::from("/sessions/spring.ron"),
            modified: std::time::SystemTime::UNIX_EPOCH,
            session: Err(StorageError::NoHome),
        }
    }

    #[test]
    fn a_refused_choice_keeps_the_picker_with_the_reason_until_the_next_key() {
        let mut picker = Picker::new(
            vec![held_session()],
            "/sessions".into(),
            ThemeName::Default,
            false,
        );
        assert!(!picker.apply(PickerAction::Open), "the session is chosen");
        picker.refuse("spring.ron is open in another huddle".into());
        assert_eq!(
            picker.refusal.as_deref(),
            Some("spring.ron is open in another huddle")
        );
        assert_eq!(picker.choice(), Choice::Quit, "nothing is chosen any more");
        assert!(picker.apply(PickerAction::Up), "the picker goes on");
        assert_eq!(picker.refusal, None);
        assert!(!picker.apply(PickerAction::New));
        assert_eq!(picker.choice(), Choice::New);
    }
}

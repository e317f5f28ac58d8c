//! Key bindings as data: each screen lists its bindings once, and both the hint
//! line and the help screen are drawn from that list, so they never drift from
//! what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// One binding: the keys, how they are written for people, and what they do.
#[derive(Debug, Clone)]
pub struct Binding<A> {
    pub codes: &'static [KeyCode],
    /// Modifiers that must be held (Shift is part of a character already).
    pub modifiers: KeyModifiers,
    /// The keys as shown, e.g. "↑↓".
    pub label: &'static str,
    /// A word or two for the always-visible hint line; empty keeps the binding
    /// out of the hints (help still lists it).
    pub hint: &'static str,
    /// The full description shown in help.
    pub help: &'static str,
    pub action: A,
}

impl<A> Binding<A> {
    /// A binding without modifiers.
    pub const fn new(
        codes: &'static [KeyCode],
        label: &'static str,
        hint: &'static str,
        help: &'static str,
        action: A,
    ) -> Self {
        Binding {
            codes,
            modifiers: KeyModifiers::NONE,
            label,
            hint,
            help,
            action,
        }
    }

    /// The same binding with modifiers to hold.
    pub const fn with(mut self, modifiers: KeyModifiers) -> Self {
        self.modifiers = modifiers;
        self
    }

    fn matches(&self, key: &KeyEvent) -> bool {
        let mut held =
            key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::SHIFT | KeyModifiers::ALT);
        if matches!(key.code, KeyCode::Char(_) | KeyCode::BackTab) {
            held.remove(KeyModifiers::SHIFT);
        }
        held == self.modifiers && self.codes.contains(&key.code)
    }
}

/// Whether a key event is a press (or a repeat), not a release.
pub fn is_press(key: &KeyEvent) -> bool {
    key.kind != KeyEventKind::Release
}

/// Whether a key is Ctrl+C, which always quits.
pub fn is_ctrl_c(key: &KeyEvent) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c')
}

/// The action a key press means, looking through the lists in order.
pub fn action_for<A: Clone>(lists: &[&[Binding<A>]], key: KeyEvent) -> Option<A> {
    if !is_press(&key) {
        return None;
    }
    lists
        .iter()
        .flat_map(|list| list.iter())
        .find(|binding| binding.matches(&key))
        .map(|binding| binding.action.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Act {
        Down,
        MoveDown,
        Undo,
    }

    const KEYS: &[Binding<Act>] = &[
        Binding::new(&[KeyCode::Down], "↓", "down", "down", Act::Down),
        Binding::new(&[KeyCode::Down], "Shift+↓", "", "move down", Act::MoveDown)
            .with(KeyModifiers::SHIFT),
        Binding::new(&[KeyCode::Char('z')], "Ctrl+Z", "", "undo", Act::Undo)
            .with(KeyModifiers::CONTROL),
        Binding::new(&[KeyCode::Char('u')], "u", "undo", "undo", Act::Undo),
    ];

    #[test]
    fn keys_map_to_their_actions_with_their_modifiers() {
        let key = |code, modifiers| KeyEvent::new(code, modifiers);
        let none = KeyModifiers::NONE;
        assert_eq!(
            action_for(&[KEYS], key(KeyCode::Down, none)),
            Some(Act::Down)
        );
        assert_eq!(
            action_for(&[KEYS], key(KeyCode::Down, KeyModifiers::SHIFT)),
            Some(Act::MoveDown)
        );
        assert_eq!(
            action_for(&[KEYS], key(KeyCode::Char('z'), KeyModifiers::CONTROL)),
            Some(Act::Undo)
        );
        assert_eq!(action_for(&[KEYS], key(KeyCode::Char('z'), none)), None);
        assert_eq!(
            action_for(&[KEYS], key(KeyCode::Char('U'), KeyModifiers::SHIFT)),
            None
        );
        assert_eq!(
            action_for(&[KEYS], key(KeyCode::Char('u'), none)),
            Some(Act::Undo)
        );
        assert!(is_ctrl_c(&key(KeyCode::Char('c'), KeyModifiers::CONTROL)));
    }
}

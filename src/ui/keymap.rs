//! Key bindings as data: each screen lists its bindings once, and both the hint
//! line and the help screen are drawn from that list, so they never drift from
//! what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// One binding: the keys, how they are written for people, and what they do.
#[derive(Debug, Clone, Copy)]
pub struct Binding<A> {
    pub codes: &'static [KeyCode],
    /// The keys as shown, e.g. "↑↓".
    pub label: &'static str,
    /// A word or two for the always-visible hint line; empty keeps the binding
    /// out of the hints (help still lists it).
    pub hint: &'static str,
    /// The full description shown in help.
    pub help: &'static str,
    pub action: A,
}

/// The action a key press means on a screen. `Ctrl+C` always means `quit`.
pub fn action_for<A: Copy>(bindings: &[Binding<A>], key: KeyEvent, quit: A) -> Option<A> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return (key.code == KeyCode::Char('c')).then_some(quit);
    }
    bindings
        .iter()
        .find(|binding| binding.codes.contains(&key.code))
        .map(|binding| binding.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Act {
        Quit,
        Down,
    }

    const KEYS: &[Binding<Act>] = &[
        Binding {
            codes: &[KeyCode::Char('q')],
            label: "q",
            hint: "quit",
            help: "quit",
            action: Act::Quit,
        },
        Binding {
            codes: &[KeyCode::Down, KeyCode::Char('j')],
            label: "↓",
            hint: "down",
            help: "down",
            action: Act::Down,
        },
    ];

    #[test]
    fn keys_map_to_their_actions_and_ctrl_c_quits() {
        let press = |code| KeyEvent::new(code, KeyModifiers::NONE);
        assert_eq!(
            action_for(KEYS, press(KeyCode::Char('j')), Act::Quit),
            Some(Act::Down)
        );
        assert_eq!(action_for(KEYS, press(KeyCode::Char('x')), Act::Quit), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(KEYS, ctrl_c, Act::Down), Some(Act::Down));
    }
}

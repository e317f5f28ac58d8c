//! Colours and emphasis. Every meaning also has a symbol or words, so the screen
//! reads the same in monochrome (`NO_COLOR`) and to colour-blind eyes.

use ratatui::style::{Color, Modifier, Style};

use crate::app::ThemeName;

/// The styles screens draw with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    /// Everything that has no other style.
    pub base: Style,
    pub title: Style,
    pub border: Style,
    /// Secondary text: labels, hints.
    pub muted: Style,
    /// Keys in the hint line.
    pub key: Style,
    /// Something the room should look at: flags, warnings.
    pub warning: Style,
    pub good: Style,
    pub bad: Style,
    pub selected: Style,
}

impl Theme {
    /// The theme to draw with; `no_color` strips every colour and keeps emphasis.
    pub fn new(name: ThemeName, no_color: bool) -> Self {
        if no_color {
            return Theme::monochrome(name);
        }
        match name {
            ThemeName::Default => Theme {
                name,
                base: Style::new(),
                title: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                border: Style::new().fg(Color::DarkGray),
                muted: Style::new().fg(Color::Gray),
                key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                warning: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
                good: Style::new().fg(Color::Green),
                bad: Style::new().fg(Color::Red),
                selected: Style::new().add_modifier(Modifier::REVERSED),
            },
            ThemeName::HighContrast => {
                let base = Style::new().fg(Color::White).bg(Color::Black);
                Theme {
                    name,
                    base,
                    title: base.fg(Color::LightYellow).add_modifier(Modifier::BOLD),
                    border: base.fg(Color::White),
                    muted: base.fg(Color::White),
                    key: base.fg(Color::LightYellow).add_modifier(Modifier::BOLD),
                    warning: base.fg(Color::LightYellow).add_modifier(Modifier::BOLD),
                    good: base.fg(Color::LightCyan).add_modifier(Modifier::BOLD),
                    bad: base.fg(Color::LightMagenta).add_modifier(Modifier::BOLD),
                    selected: Style::new().fg(Color::Black).bg(Color::LightYellow),
                }
            }
        }
    }

    fn monochrome(name: ThemeName) -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            name,
            base: Style::new(),
            title: bold,
            border: Style::new(),
            muted: Style::new(),
            key: bold,
            warning: bold,
            good: Style::new(),
            bad: Style::new(),
            selected: Style::new().add_modifier(Modifier::REVERSED),
        }
    }

    /// Whether the user asked for no colour (https://no-color.org: set and not empty).
    pub fn no_color_requested() -> bool {
        std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty())
    }
}

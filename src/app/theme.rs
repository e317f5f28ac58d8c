//! The theme the facilitator chose. It is part of the app's state (a key switches
//! it live); `ui::theme` maps it to colours.

/// The themes a facilitator can pick, e.g. for a washed-out projector.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeName {
    #[default]
    Default,
    HighContrast,
}

impl ThemeName {
    /// The other theme, for switching live.
    pub fn next(self) -> Self {
        match self {
            ThemeName::Default => ThemeName::HighContrast,
            ThemeName::HighContrast => ThemeName::Default,
        }
    }

    /// The theme's name as the status line says it.
    pub fn label(self) -> &'static str {
        match self {
            ThemeName::Default => "default",
            ThemeName::HighContrast => "high contrast",
        }
    }
}

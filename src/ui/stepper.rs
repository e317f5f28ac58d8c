//! The phase stepper under the title: where the workshop stands, with a mark on
//! each phase (✓ done, ▶ here, · still to do). It names every phase when they
//! fit, and otherwise says "Benchmark 3/7" with the marks beside it, never a
//! row of bare numbers.

use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::app::{App, PHASES};

/// The stepper line that fits `width` columns.
pub fn line(app: &App, width: u16, theme: &Theme) -> Line<'static> {
    let width = usize::from(width);
    [numbered(app, theme), named(app, theme)]
        .into_iter()
        .find(|line| line.width() <= width)
        .unwrap_or_else(|| compact(app, theme))
}

fn mark(app: &App, index: usize) -> &'static str {
    let phase = PHASES[index];
    if phase == app.phase() {
        "▶"
    } else if app.phase_done(phase) {
        "✓"
    } else {
        "·"
    }
}

fn style(app: &App, index: usize, theme: &Theme) -> ratatui::style::Style {
    if PHASES[index] == app.phase() {
        theme.selected
    } else {
        theme.muted
    }
}

/// " ✓ 1 Setup   ✓ 2 Participants   ▶ 3 Benchmark ..."
fn numbered(app: &App, theme: &Theme) -> Line<'static> {
    let steps = PHASES.iter().enumerate().flat_map(|(i, phase)| {
        [
            Span::styled(
                format!(" {} {} {} ", mark(app, i), i + 1, phase.label()),
                style(app, i, theme),
            ),
            Span::raw(" "),
        ]
    });
    Line::from(steps.collect::<Vec<_>>())
}

/// "✓ Setup ✓ Participants ▶ 3 Benchmark · Results ...": only the current
/// phase keeps its number.
fn named(app: &App, theme: &Theme) -> Line<'static> {
    let steps = PHASES.iter().enumerate().flat_map(|(i, phase)| {
        let text = if *phase == app.phase() {
            format!(" {} {} {} ", mark(app, i), i + 1, phase.label())
        } else {
            format!("{} {}", mark(app, i), phase.label())
        };
        [Span::styled(text, style(app, i, theme)), Span::raw(" ")]
    });
    Line::from(steps.collect::<Vec<_>>())
}

/// " ▶ Benchmark 3/7   ✓ ✓ ▶ · ✓ ✓ ·   Tab: Results"
fn compact(app: &App, theme: &Theme) -> Line<'static> {
    let here = PHASES.iter().position(|&p| p == app.phase()).unwrap_or(0);
    let marks: Vec<&str> = (0..PHASES.len()).map(|i| mark(app, i)).collect();
    let mut spans = vec![
        Span::styled(
            format!(" ▶ {} {}/{} ", app.phase().label(), here + 1, PHASES.len()),
            theme.selected,
        ),
        Span::styled(format!("  {}", marks.join(" ")), theme.muted),
    ];
    if let Some(next) = PHASES.get(here + 1) {
        spans.push(Span::styled(
            format!("   next: {}", next.label()),
            theme.muted,
        ));
    }
    Line::from(spans)
}

//! The room view (presenter view): what the room needs to see, large enough to
//! read from the back, and nothing of the facilitator's controls but a one-line
//! hint. One file per phase; `stack` fits each to the screen, so a small screen
//! shows the same numbers with less decoration. Every number comes from the
//! domain's results and tallies, which leave out what privacy hides.

mod bars;
mod benchmark;
mod cover;
mod heat_map;
mod plan;
mod results;
mod stack;
mod suggestions;
mod voting;
mod wrap_up;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use super::join;
use super::theme::Theme;
use crate::app::{App, ResultsView};
use crate::domain::Phase;
use stack::{BIG_ROWS, Part, stack};

/// Below this height the timer is one line of text, not big digits.
const BIG_TIMER_HEIGHT: u16 = 24;

/// Draws the room view of the app's phase in `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let timer_rows = match &app.session().timer {
        Some(_) if area.height >= BIG_TIMER_HEIGHT => BIG_ROWS + 1,
        Some(_) => 1,
        None => 0,
    };
    let [content, timer, hint] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(timer_rows),
        Constraint::Length(1),
    ])
    .areas(area);
    match app.phase() {
        Phase::Benchmark => benchmark::render(app, content, buf, theme),
        Phase::Results => match app.results_view {
            ResultsView::Habits => results::render(app, content, buf, theme),
            ResultsView::HeatMap => heat_map::render(app, content, buf, theme),
            ResultsView::Compare => results::render_comparison(app, content, buf, theme),
            // the trend table is already sized to be read by the room
            ResultsView::Trend => crate::ui::trend::render(app, content, buf, theme),
        },
        Phase::Prioritise => match app.round() {
            Some(round) => voting::render(app, round, content, buf, theme),
            None => cover::render(app, content, buf, theme),
        },
        Phase::Plan if app.suggestion_view().is_some() => {
            suggestions::render(app, content, buf, theme)
        }
        Phase::Plan => plan::render(app, content, buf, theme),
        Phase::WrapUp => wrap_up::render(app, content, buf, theme),
        Phase::Setup | Phase::Participants => match app.room() {
            Some(access) => {
                join::render(access, app.session().phones_may_join, content, buf, theme)
            }
            None => cover::render(app, content, buf, theme),
        },
    }
    render_timer(app, timer, buf, theme);
    let text = hint_text(app, true);
    let text = if crate::text::columns::width(&text) <= usize::from(hint.width) {
        text
    } else {
        hint_text(app, false)
    };
    stack::centred(vec![Line::styled(text, theme.muted)], hint, buf);
}

/// The countdown: a caption and big digits, or one line on a small screen.
fn render_timer(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let Some(countdown) = &app.session().timer else {
        return;
    };
    let now = app.now();
    let left = countdown.display(now);
    let (caption, clock, caption_style, clock_style) = if countdown.is_up(now) {
        let caption = format!("■ {}: time's up", countdown.label);
        (
            caption,
            "TIME'S UP".to_string(),
            theme.warning,
            theme.warning,
        )
    } else if !countdown.is_running() {
        let caption = format!("‖ {}: timer paused", countdown.label);
        (caption, left, theme.muted, theme.muted)
    } else {
        let caption = format!("{}: time left", countdown.label);
        (caption, left, theme.muted, theme.title)
    };
    if area.height > BIG_ROWS {
        let parts = vec![
            Part::text(vec![Line::styled(caption, caption_style)], area.width),
            Part::headline(clock, clock_style, area.width, 0),
        ];
        stack(parts, area, buf);
    } else {
        let line = Line::from(vec![
            ratatui::text::Span::styled(format!("{caption} "), caption_style),
            ratatui::text::Span::styled(clock, clock_style),
        ]);
        stack::centred(vec![line], area, buf);
    }
}

/// The hint line: how to get back, the view's own key, and the way in for
/// latecomers' phones while the room is open; `full` or in fewer words.
fn hint_text(app: &App, full: bool) -> String {
    let view_key = match (app.phase(), app.results_view) {
        (Phase::Results, ResultsView::Habits) => "h heat map · ",
        (Phase::Results, _) => "h next view · ",
        (Phase::Plan, _) if app.suggestion_view().is_some() => "Esc close the list · ",
        _ => "",
    };
    let back = if full {
        "p back to the facilitator view"
    } else {
        "p back"
    };
    match app.room() {
        Some(access) => format!(
            "join at {} · PIN {} · {view_key}{back}",
            access.url, access.pin
        ),
        None if full => format!("presenter view · {view_key}{back} · ? keys"),
        None => format!("{view_key}{back} · ? keys"),
    }
}

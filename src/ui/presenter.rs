//! The presenter view: what the room needs to see, in big text, and nothing of
//! the facilitator's controls but a one-line hint.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::theme::Theme;
use super::{join, prioritise, wrap_up};
use crate::app::App;
use crate::domain::Phase;
use crate::text::display;

/// Rows one line of big text takes (quadrant pixels: 8 pixel rows in 4 cells).
const BIG_ROWS: u16 = 4;

/// Big text of one line, centred, in the rows it needs.
fn big(text: &str, style: Style, area: Rect, buf: &mut Buffer) {
    BigText::builder()
        .pixel_size(PixelSize::Quadrant)
        .style(style)
        .lines(vec![Line::from(text.to_string())])
        .centered()
        .build()
        .render(area, buf);
}

/// A line of ordinary text, centred.
fn said(text: &str, style: Style, area: Rect, buf: &mut Buffer) {
    Paragraph::new(text.to_string())
        .style(style)
        .centered()
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let timer_rows = if app.session().timer.is_some() {
        BIG_ROWS + 1
    } else {
        0
    };
    let [content, timer, hint] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(timer_rows),
        Constraint::Length(1),
    ])
    .areas(area);
    match app.phase() {
        Phase::Benchmark => benchmark(app, content, buf, theme),
        Phase::Results => results(app, content, buf, theme),
        Phase::Prioritise => match app.round() {
            Some(round) if round.revealed => {
                prioritise::render_ranking(app, round, content, buf, theme)
            }
            Some(round) => {
                let [title, count] =
                    Layout::vertical([Constraint::Length(3), Constraint::Length(BIG_ROWS)])
                        .flex(ratatui::layout::Flex::Center)
                        .areas(content);
                said(&round.title, theme.title, title, buf);
                let people = app.session().participants.len();
                big(
                    &format!("{} of {people} voted", round.voters()),
                    theme.title,
                    count,
                    buf,
                );
            }
            None => cover(app, content, buf, theme),
        },
        Phase::Plan | Phase::WrapUp => wrap_up::render(app, content, buf, theme),
        Phase::Setup | Phase::Participants => match app.room() {
            Some(access) => {
                join::render(access, app.session().phones_may_join, content, buf, theme)
            }
            None => cover(app, content, buf, theme),
        },
    }
    if let Some(countdown) = &app.session().timer {
        let now = app.now();
        let [label, clock] =
            Layout::vertical([Constraint::Length(1), Constraint::Length(BIG_ROWS)]).areas(timer);
        let left = countdown.display(now);
        let (caption, clock_text, caption_style, clock_style) = if countdown.is_up(now) {
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
        said(&caption, caption_style, label, buf);
        big(&clock_text, clock_style, clock, buf);
    }
    let hint_text = match app.room() {
        Some(access) => format!(
            "join at {} · PIN {} · p back to the facilitator view",
            access.url, access.pin
        ),
        None => "presenter view · p back to the facilitator view · ? keys".into(),
    };
    said(&hint_text, theme.muted, hint, buf);
}

/// The workshop's title, for the phases with nothing to show the room yet.
fn cover(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let [title, about] = Layout::vertical([Constraint::Length(BIG_ROWS), Constraint::Length(3)])
        .flex(ratatui::layout::Flex::Center)
        .areas(area);
    big(&session.organisation, theme.title, title, buf);
    said(
        &format!(
            "{} · {} participants",
            session.title,
            session.participants.len()
        ),
        theme.base,
        about,
        buf,
    );
}

fn benchmark(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let habit = app.habit();
    let [name, question, count, detail] = Layout::vertical([
        Constraint::Length(BIG_ROWS + 1),
        Constraint::Length(3),
        Constraint::Length(BIG_ROWS + 1),
        Constraint::Fill(1),
    ])
    .areas(area);
    big(&habit.name.to_uppercase(), theme.title, name, buf);
    said(&habit.summary, theme.base, question, buf);
    let result = app.results().habit(&habit.id);
    match result.filter(|_| session.is_revealed(&habit.id)) {
        Some(result) => {
            big(
                &format!("mean {}", display::number(result.mean_current)),
                theme.title,
                count,
                buf,
            );
            let flag = if result.disagrees() {
                format!("  ! {}", display::NO_CONSENSUS)
            } else {
                String::new()
            };
            said(
                &format!(
                    "spread {} · {} scores{flag}",
                    display::number(result.spread),
                    display::count(result.count)
                ),
                if result.disagrees() {
                    theme.warning
                } else {
                    theme.base
                },
                detail,
                buf,
            );
        }
        None => {
            let people = session.participants.len();
            big(
                &format!("{} of {people} scored", session.scored_count(&habit.id)),
                theme.title,
                count,
                buf,
            );
            if let Some(first) = habit.questions.first() {
                said(first, theme.base, detail, buf);
            }
        }
    }
}

fn results(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let results = app.results();
    let [index, lines_area] =
        Layout::vertical([Constraint::Length(BIG_ROWS + 1), Constraint::Fill(1)]).areas(area);
    big(
        &format!("INDEX {}", display::index(results.index)),
        theme.title,
        index,
        buf,
    );
    let names = |ids: &[String]| display::names(&results.habit_names(ids));
    let flagged: Vec<&str> = results
        .habits
        .iter()
        .filter(|h| h.disagrees())
        .map(|h| h.habit_name.as_str())
        .collect();
    let hidden: Vec<&str> = results
        .habits
        .iter()
        .filter(|h| h.hidden)
        .map(|h| h.habit_name.as_str())
        .collect();
    let mut lines = vec![
        Line::styled(display::index_coverage(results.coverage()), theme.muted),
        Line::raw(""),
        Line::styled(
            format!("+ Strengths: {}", names(&results.strengths)),
            theme.good,
        ),
        Line::styled(
            format!("- Weaknesses: {}", names(&results.weaknesses)),
            theme.bad,
        ),
    ];
    // Only when some habit is flagged: "discuss: -" would ask the room to discuss nothing.
    if !flagged.is_empty() {
        lines.push(Line::styled(
            format!("! {}: {}", display::NO_CONSENSUS, flagged.join(", ")),
            theme.warning,
        ));
    }
    if !hidden.is_empty() {
        lines.push(Line::styled(
            format!("{}: {}", display::HIDDEN, display::names(&hidden)),
            theme.muted,
        ));
    }
    Paragraph::new(lines).centered().render(lines_area, buf);
}

//! The frame around every phase: title and phase stepper on top; the edit line,
//! status and key hints at the bottom; help and confirmations on top of all.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::theme::Theme;
use super::widgets::{centred, help_overlay, help_rows, too_small};
use super::{
    benchmark, choices, footer, participants, plan, presenter, prioritise, results, setup, stepper,
    wrap_up,
};
use crate::app::keymap::{EDITING, GLOBAL, phase_keys, score_keys};
use crate::app::window::MIN_SIZE;
use crate::app::{App, Mode};
use crate::domain::Phase;
use crate::text::columns;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = Theme::new(self.theme, self.no_color);
        if !MIN_SIZE.fits(area) {
            too_small(area, buf, MIN_SIZE, &theme);
            return;
        }
        buf.set_style(area, theme.base);
        // Help opens over the room view rather than leaving it: leaving would put
        // the facilitator's screen, with each person's scores, on the projector.
        if self.presenter && matches!(self.mode, Mode::Normal | Mode::Help | Mode::Suggesting(_)) {
            presenter::render(self, area, buf, &theme);
            if matches!(self.mode, Mode::Help) {
                render_help(self, area, buf, &theme);
            }
            super::suggestions::render_help(self, area, buf, &theme);
            return;
        }
        let footer_height = footer::height(self);
        let [header, body, footer] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Fill(1),
            Constraint::Length(footer_height),
        ])
        .areas(area);
        render_header(self, header, buf, &theme);
        match self.phase() {
            Phase::Setup => setup::render(self, body, buf, &theme),
            Phase::Participants => participants::render(self, body, buf, &theme),
            Phase::Benchmark => benchmark::render(self, body, buf, &theme),
            Phase::Results => results::render(self, body, buf, &theme),
            Phase::Prioritise => prioritise::render(self, body, buf, &theme),
            Phase::Plan => plan::render(self, body, buf, &theme),
            Phase::WrapUp => wrap_up::render(self, body, buf, &theme),
        }
        footer::render(self, footer, buf, &theme);
        match &self.mode {
            Mode::Help => render_help(self, area, buf, &theme),
            Mode::Confirm(confirmation) => {
                render_confirmation(
                    confirmation.title(),
                    &self.confirmation_question(*confirmation),
                    self.confirmation_answers(*confirmation),
                    confirmation.undoable(),
                    area,
                    buf,
                    &theme,
                );
            }
            Mode::Suggesting(_) => {
                super::suggestions::render(self, body, buf, &theme);
                super::suggestions::render_help(self, area, buf, &theme);
            }
            Mode::Choosing(choices) => choices::render(choices, area, buf, &theme),
            _ => {}
        }
    }
}

fn render_header(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let [title, steps] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let session = app.session();
    let mut timer_span = None;
    if let Some(timer) = &session.timer {
        let now = app.now();
        timer_span = Some(if timer.is_up(now) {
            Span::styled(format!("■ {}: time's up ", timer.label), theme.warning)
        } else if !timer.is_running() {
            Span::styled(
                format!("timer ‖ paused {} ", timer.display(now)),
                theme.muted,
            )
        } else {
            Span::styled(format!("timer {} ", timer.display(now)), theme.title)
        });
    }
    let mode = if app.read_only { "read-only " } else { "" };
    let file = Span::styled(format!("{mode}{} ", app.file_label), theme.muted);
    let badge = Span::styled(" huddle ", theme.selected);
    let named = format!(" {}", session.title);
    let organisation = if session.organisation.is_empty() {
        String::new()
    } else {
        format!(" · {}", session.organisation)
    };
    let whole = usize::from(title.width);
    let left_width = badge.width() + columns::width(&named) + columns::width(&organisation);
    let timer_width = timer_span.as_ref().map_or(0, Span::width);
    // The file's name gives way first, then the end of the title: the timer is
    // what the room watches.
    let mut right: Vec<Span> = timer_span.into_iter().collect();
    if left_width + timer_width + file.width() < whole {
        right.push(file);
    }
    let room = whole.saturating_sub(badge.width() + timer_width + usize::from(timer_width > 0));
    let left = if left_width - badge.width() <= room {
        Line::from(vec![
            badge,
            Span::styled(named, theme.title),
            Span::styled(organisation, theme.muted),
        ])
    } else {
        Line::from(vec![
            badge,
            Span::styled(
                columns::clip(&format!("{named}{organisation}"), room),
                theme.title,
            ),
        ])
    };
    Paragraph::new(left).render(title, buf);
    let right = Line::from(right).right_aligned();
    if right.width() < whole {
        Paragraph::new(right).render(title, buf);
    }

    Paragraph::new(stepper::line(app, steps.width, theme)).render(steps, buf);
}

fn render_help(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let mut rows = Vec::new();
    if app.phase() == Phase::Benchmark {
        let help = if app.session().framework.scale.max >= 10 {
            // On a scale such as 0-10, "1" may begin "10", so it waits.
            "type a score; a digit that may start a longer one waits"
        } else {
            "score the cell under the cursor, then move on"
        };
        rows.push((score_keys(app), help));
    }
    rows.extend(help_rows(phase_keys(app.phase())));
    rows.extend(help_rows(GLOBAL));
    rows.extend(help_rows(EDITING));
    help_overlay(area, buf, app.phase().label(), rows, app.help_scroll, theme);
}

fn render_confirmation(
    title: &str,
    question: &str,
    (yes, no): (&str, &str),
    undoable: bool,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    // As many lines as the question and the answers take (what goes with a
    // removed person can take three), with slack for words that wrap early.
    const WIDTH: u16 = 60;
    let answers = Line::from(vec![
        Span::styled("y", theme.key),
        Span::styled(format!(" {yes}   "), theme.base),
        Span::styled("n", theme.key),
        Span::styled(format!(" {no}"), theme.base),
    ]);
    let lines = |line: &Line| line.width().div_ceil(usize::from(WIDTH) - 10).max(1) as u16;
    let question = Line::styled(question.to_string(), theme.title);
    let popup = centred(area, WIDTH, 5 + lines(&question) + lines(&answers));
    Clear.render(popup, buf);
    let block = Block::bordered()
        .title(Line::styled(format!(" {title} "), theme.warning))
        .border_style(theme.warning)
        .style(theme.base);
    let mut lines = vec![Line::raw(""), question, answers];
    if undoable {
        lines.push(Line::styled("(u undoes it afterwards too)", theme.muted));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .centered()
        .block(block)
        .render(popup, buf);
}

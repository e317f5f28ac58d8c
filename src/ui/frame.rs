//! The frame around every phase: title and phase stepper on top; the edit line,
//! status and key hints at the bottom; help and confirmations on top of all.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::theme::Theme;
use super::widgets::{centred, help_overlay, help_rows, hint_line, too_small};
use super::{
    benchmark, choices, participants, plan, presenter, prioritise, results, setup, wrap_up,
};
use crate::app::choices::CHOOSING;
use crate::app::keymap::{EDITING, GLOBAL, VOTING, phase_keys, score_keys};
use crate::app::window::MIN_SIZE;
use crate::app::{App, Mode, PHASES};
use crate::domain::Phase;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = Theme::new(self.theme, self.no_color);
        if !MIN_SIZE.fits(area) {
            too_small(area, buf, MIN_SIZE, &theme);
            return;
        }
        buf.set_style(area, theme.base);
        if self.presenter && matches!(self.mode, Mode::Normal | Mode::Help) {
            presenter::render(self, area, buf, &theme);
            if matches!(self.mode, Mode::Help) {
                render_help(self, area, buf, &theme);
            }
            return;
        }
        let footer_height = if matches!(self.mode, Mode::Editing(_)) {
            4
        } else {
            2
        };
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
        render_footer(self, footer, buf, &theme);
        match &self.mode {
            Mode::Help => render_help(self, area, buf, &theme),
            Mode::Confirm(confirmation) => {
                render_confirmation(
                    &self.confirmation_question(*confirmation),
                    self.confirmation_answers(*confirmation),
                    confirmation.undoable(),
                    area,
                    buf,
                    &theme,
                );
            }
            Mode::Choosing(choices) => choices::render(choices, area, buf, &theme),
            _ => {}
        }
    }
}

fn render_header(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let [title, stepper] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(area);
    let session = app.session();
    let mut left = vec![
        Span::styled(" huddle ", theme.selected),
        Span::styled(format!(" {}", session.title), theme.title),
    ];
    if !session.organisation.is_empty() {
        left.push(Span::styled(
            format!(" · {}", session.organisation),
            theme.muted,
        ));
    }
    let left = Line::from(left);
    let mode = if app.read_only { "read-only " } else { "" };
    let mut right = vec![Span::styled(
        format!("{mode}{} ", app.file_label),
        theme.muted,
    )];
    if let Some(timer) = &session.timer {
        let now = app.now();
        right.insert(
            0,
            if timer.is_up(now) {
                Span::styled(format!("■ {}: time's up ", timer.label), theme.warning)
            } else if !timer.is_running() {
                Span::styled(
                    format!("timer ‖ paused {} ", timer.display(now)),
                    theme.muted,
                )
            } else {
                Span::styled(format!("timer {} ", timer.display(now)), theme.title)
            },
        );
    }
    let right = Line::from(right).right_aligned();
    let fits = left.width() + right.width() < title.width as usize;
    Paragraph::new(left).render(title, buf);
    if fits {
        Paragraph::new(right).render(title, buf);
    }

    // Every phase named when they fit; otherwise only the current one.
    let full = stepper_line(app, theme, true);
    let line = if full.width() <= stepper.width as usize {
        full
    } else {
        stepper_line(app, theme, false)
    };
    Paragraph::new(line).render(stepper, buf);
}

fn stepper_line(app: &App, theme: &Theme, all_named: bool) -> Line<'static> {
    let mut steps = Vec::new();
    for (number, &phase) in PHASES.iter().enumerate() {
        let current = phase == app.phase();
        let mark = if current {
            "▶"
        } else if app.phase_done(phase) {
            "✓"
        } else {
            "·"
        };
        let style = if current { theme.selected } else { theme.muted };
        let text = if current || all_named {
            format!(" {mark} {} {} ", number + 1, phase.label())
        } else {
            format!(" {mark}{} ", number + 1)
        };
        steps.push(Span::styled(text, style));
        steps.push(Span::raw(" "));
    }
    Line::from(steps)
}

fn render_footer(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let rows = Layout::vertical(vec![Constraint::Length(1); area.height as usize]).split(area);
    let mut next = 0;
    if let Mode::Editing(edit) = &app.mode {
        let label = format!("{}: ", edit.target.label());
        let label_width = Line::raw(label.as_str()).width();
        let room = usize::from(rows[0].width).saturating_sub(label_width);
        let (before, under_cursor, after) =
            visible_edit(edit.input.value(), edit.input.cursor(), room);
        // A pre-filled value that typing replaces shows as selected.
        let text = if edit.replaces {
            theme.selected
        } else {
            theme.base
        };
        Paragraph::new(Line::from(vec![
            Span::styled(label, theme.key),
            Span::styled(before, text),
            Span::styled(under_cursor, theme.selected),
            Span::styled(after, text),
        ]))
        .render(rows[0], buf);
        let problem = match app.edit_problem() {
            Some(problem) => Line::styled(format!("! {problem}"), theme.warning),
            None => Line::styled("✓ ok", theme.good),
        };
        Paragraph::new(problem).render(rows[1], buf);
        next = 2;
    }
    let status = &app.status;
    let mut status_line = if status.is_error {
        Line::styled(format!("! {}", status.text), theme.warning)
    } else {
        Line::styled(status.text.clone(), theme.muted)
    };
    if let Some(note) = app.room_note() {
        let gap = if status.text.is_empty() { "" } else { " · " };
        status_line
            .spans
            .insert(0, Span::styled(format!("{note}{gap}"), theme.key));
    }
    let message = status_line.width() as u16;
    Paragraph::new(status_line).render(rows[next], buf);
    if matches!(app.mode, Mode::Normal) {
        // The keys of every phase sit at the right of the status line, so `?` is
        // in view and the line below holds the phase's own keys; a message too
        // long to share the line keeps it whole, as a refusal's reason matters
        // more, until the next key.
        let global = hint_line(GLOBAL, theme);
        let width = global.width() as u16;
        if message.saturating_add(width) < rows[next].width {
            let right = Rect {
                x: rows[next].right() - width,
                width,
                ..rows[next]
            };
            Clear.render(right, buf);
            Paragraph::new(global).style(theme.base).render(right, buf);
        }
    }
    render_hints(app, rows[next + 1], buf, theme);
}

/// The typed text cut to `room` columns with the cursor in view: the text before
/// the cursor, the character under it (a space at the end) and the text after.
/// `cursor` counts characters; widths are terminal columns, so wide characters
/// (emoji, CJK) and combining marks keep the cursor where it belongs.
fn visible_edit(value: &str, cursor: usize, room: usize) -> (String, String, String) {
    let chars: Vec<char> = value.chars().collect();
    let at = cursor.min(chars.len());
    let width = |c: &char| Span::raw(c.to_string()).width();
    let under = chars.get(at).map_or(" ".to_string(), char::to_string);
    let mut used = Span::raw(under.as_str()).width().max(1);
    let mut start = at;
    while start > 0 && used + width(&chars[start - 1]) <= room {
        start -= 1;
        used += width(&chars[start]);
    }
    let after = chars.iter().skip(at + 1).collect();
    (chars[start..at].iter().collect(), under, after)
}

fn render_hints(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let pair = |key: &str, what: &str| {
        vec![
            Span::styled(key.to_string(), theme.key),
            Span::styled(format!(" {what}  "), theme.muted),
        ]
    };
    let line = match &app.mode {
        Mode::Editing(_) => hint_line(EDITING, theme),
        Mode::Confirm(confirmation) => {
            let (yes, no) = app.confirmation_answers(*confirmation);
            Line::from([pair("y", yes), pair("n", no)].concat())
        }
        Mode::Help => Line::from([pair("?", "close help"), pair("Esc", "close help")].concat()),
        Mode::Voting(_) => hint_line(VOTING, theme),
        Mode::Choosing(_) => hint_line(CHOOSING, theme),
        Mode::Normal => {
            let mut spans = Vec::new();
            if app.phase() == Phase::Benchmark {
                spans.extend(pair(&score_keys(app), "score"));
            }
            spans.extend(hint_line(phase_keys(app.phase()), theme).spans);
            Line::from(spans)
        }
    };
    Paragraph::new(line).render(area, buf);
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
    help_overlay(area, buf, app.phase().label(), rows, theme);
}

fn render_confirmation(
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
        .title(Line::styled(" Are you sure? ", theme.warning))
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

#[cfg(test)]
mod tests {
    use super::visible_edit;

    #[test]
    fn the_edit_line_counts_columns_so_the_cursor_stays_in_view() {
        // Five wide characters, the cursor after them, room for five columns:
        // two characters (four columns) and the cursor's cell.
        let (before, under, after) = visible_edit("日日日日日", 5, 5);
        assert_eq!(
            (before.as_str(), under.as_str(), after.as_str()),
            ("日日", " ", "")
        );
        // A combining mark takes no column of its own.
        let (before, under, _) = visible_edit("e\u{301}e\u{301}x", 4, 3);
        assert_eq!((before.as_str(), under.as_str()), ("e\u{301}e\u{301}", "x"));
        let (before, under, after) = visible_edit("abc", 1, 80);
        assert_eq!(
            (before.as_str(), under.as_str(), after.as_str()),
            ("a", "b", "c")
        );
    }
}

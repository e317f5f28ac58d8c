//! The foot of every phase: the status line, the key hints, and the box of a
//! field typed into that has no place of its own on the screen. Each has its own
//! line, so a message never overwrites a key; hints that do not fit are dropped
//! whole, the least used first, and a marker says `?` lists them all.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::edit::{EditView, in_place};
use super::theme::Theme;
use crate::app::choices::CHOOSING;
use crate::app::keymap::{Binding, EDITING, GLOBAL, VOTING, phase_keys, score_keys};
use crate::app::{App, Mode, Msg};
use crate::domain::Phase;
use crate::text::columns;

/// Written when some hints had no room and `?` opens help.
const MORE: (&str, &str) = ("?", "more");
/// Written when some hints had no room and `?` is typed, not a key (editing).
const CUT: (&str, &str) = ("…", "");

/// How many rows the foot takes in the app's current mode.
pub fn height(app: &App) -> u16 {
    match &app.mode {
        Mode::Editing(edit) if !in_place(edit.target) => 4,
        _ => 2,
    }
}

/// Draws the foot in `area` (as tall as [`height`] says).
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let [top, hints] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    match &app.mode {
        Mode::Editing(edit) if !in_place(edit.target) => {
            render_edit_box(
                app,
                EditView::of(edit),
                edit.target.label(),
                top,
                buf,
                theme,
            );
        }
        Mode::Editing(edit) => {
            let line = Line::from(vec![
                Span::styled(format!("{}: ", edit.target.label()), theme.key),
                problem(app, theme),
            ]);
            let mut line = line;
            if let Some(hint) = app.edit_hint() {
                line.spans
                    .push(Span::styled(format!(" · {hint}"), theme.muted));
            }
            Paragraph::new(line).render(top, buf);
        }
        _ => render_status(app, top, buf, theme),
    }
    let pairs = hint_pairs(app);
    let normal = matches!(app.mode, Mode::Normal);
    let global_shown = normal && status_leaves_room(app, top.width);
    // `?` opens help only from the normal mode; elsewhere a cut just says so.
    let (marker, always) = if normal {
        (MORE, !global_shown)
    } else {
        (CUT, false)
    };
    Paragraph::new(fit(&pairs, hints.width, marker, always, theme)).render(hints, buf);
}

/// "✓ ok", or what is wrong with the text typed so far.
fn problem(app: &App, theme: &Theme) -> Span<'static> {
    match app.edit_problem() {
        Some(problem) => Span::styled(format!("! {problem}"), theme.warning),
        None => Span::styled("✓ ok", theme.good),
    }
}

/// A field with no place on the screen is typed in a box over the hints: its
/// name and the text with the cursor inside, what is wrong on its frame.
fn render_edit_box(
    app: &App,
    edit: EditView,
    label: &str,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let block = Block::bordered()
        .title_bottom(Line::from(vec![
            Span::raw(" "),
            problem(app, theme),
            Span::raw(" "),
        ]))
        .border_style(theme.key);
    let inner = block.inner(area);
    block.render(area, buf);
    let label = format!("{label}: ");
    let room = usize::from(inner.width).saturating_sub(columns::width(&label));
    let mut spans = vec![Span::styled(label, theme.key)];
    spans.extend(edit.spans(room, theme));
    buf.set_line(inner.x, inner.y, &Line::from(spans), inner.width);
}

/// The status (and the room's note) on the left; the keys of every phase on the
/// right when both fit whole, so a message is never cut by a key or a key by a
/// message.
fn render_status(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let status = status_line(app, theme);
    let room = usize::from(area.width);
    if matches!(app.mode, Mode::Normal) && status_leaves_room(app, area.width) {
        let left = room - status.width() - 1;
        let global = fit(&pairs_of(GLOBAL), left as u16, MORE, false, theme).right_aligned();
        Paragraph::new(global).render(area, buf);
    }
    let status = if status.width() > room {
        // Too long for the line: cut where it ends, with the mark.
        Line::styled(columns::clip(&status.to_string(), room), status.style)
    } else {
        status
    };
    Paragraph::new(status).render(area, buf);
}

fn status_line(app: &App, theme: &Theme) -> Line<'static> {
    let status = &app.status;
    let mut line = if status.is_error {
        Line::styled(format!("! {}", status.text), theme.warning)
    } else {
        Line::styled(status.text.clone(), theme.muted)
    };
    if let Some(note) = app.room_note() {
        let gap = if status.text.is_empty() { "" } else { " · " };
        line.spans
            .insert(0, Span::styled(format!("{note}{gap}"), theme.key));
    }
    line
}

/// Whether the status leaves room on its line for at least `? help`.
fn status_leaves_room(app: &App, width: u16) -> bool {
    let help = columns::width("? help");
    status_line(app, &Theme::new(app.theme, true)).width() + 1 + help <= usize::from(width)
}

/// The keys of the mode (and the phase) as key and word, most used first.
fn hint_pairs(app: &App) -> Vec<(String, String)> {
    let pair = |key: &str, what: &str| (key.to_string(), what.to_string());
    match &app.mode {
        Mode::Editing(edit) => pairs_of(
            &EDITING
                .iter()
                .filter(|b| edit.completes() || b.action != Msg::Complete)
                .cloned()
                .collect::<Vec<_>>(),
        ),
        Mode::Confirm(confirmation) => {
            let (yes, no) = app.confirmation_answers(*confirmation);
            vec![pair("y", yes), pair("n", no)]
        }
        Mode::Help => vec![pair("↑↓", "scroll"), pair("? Esc", "close help")],
        Mode::Voting(_) => pairs_of(VOTING),
        Mode::Suggesting(state) => crate::ui::suggestions::hint_pairs(app, state),
        Mode::Choosing(_) => pairs_of(CHOOSING),
        Mode::Normal => {
            let mut pairs = Vec::new();
            if app.phase() == Phase::Benchmark {
                pairs.push(pair(&score_keys(app), "score"));
            }
            pairs.extend(pairs_of(phase_keys(app.phase())));
            pairs
        }
    }
}

fn pairs_of<A>(bindings: &[Binding<A>]) -> Vec<(String, String)> {
    bindings
        .iter()
        .filter(|b| !b.hint.is_empty())
        .map(|b| (b.label.to_string(), b.hint.to_string()))
        .collect()
}

/// As many `pairs` as fit `width` whole, in order; when some are left out, or
/// `always`, the `marker` ends the line ("? more": help is one key away).
pub fn fit(
    pairs: &[(String, String)],
    width: u16,
    marker: (&str, &str),
    always: bool,
    theme: &Theme,
) -> Line<'static> {
    let room = usize::from(width);
    let size = |(key, what): &(String, String)| {
        columns::width(key) + usize::from(!what.is_empty()) + columns::width(what)
    };
    let more = (marker.0.to_string(), marker.1.to_string());
    let total: usize = pairs.iter().map(|p| size(p) + 2).sum();
    let all_fit = total.saturating_sub(2) <= room;
    let ending = if all_fit && !always {
        None
    } else {
        Some(&more)
    };
    let reserve = ending.map_or(0, |m| size(m) + 2);
    let mut used = 0;
    let mut shown: Vec<&(String, String)> = Vec::new();
    for pair in pairs {
        let next = used + size(pair) + if shown.is_empty() { 0 } else { 2 };
        if next + reserve > room && !(all_fit && ending.is_none()) {
            break;
        }
        used = next;
        shown.push(pair);
    }
    // "? help" already among the hints says the same as the marker.
    let help_shown = shown.iter().any(|(key, _)| key == "?");
    shown.extend(ending.filter(|_| !help_shown));
    let mut spans = Vec::new();
    for (key, what) in shown {
        if !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(key.clone(), theme.key));
        if !what.is_empty() {
            spans.push(Span::styled(format!(" {what}"), theme.muted));
        }
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::ThemeName;

    fn pairs(words: &[&str]) -> Vec<(String, String)> {
        words
            .iter()
            .map(|w| (w[..1].to_string(), w[1..].to_string()))
            .collect()
    }

    #[test]
    fn hints_that_do_not_fit_are_dropped_whole_and_say_so() {
        let theme = Theme::new(ThemeName::Default, true);
        let all = pairs(&["aadd", "dbdelete", "rreveal"]);
        assert_eq!(
            fit(&all, 40, MORE, false, &theme).to_string(),
            "a add  d bdelete  r reveal"
        );
        assert_eq!(
            fit(&all, 24, MORE, false, &theme).to_string(),
            "a add  d bdelete  ? more"
        );
        assert_eq!(
            fit(&all, 23, MORE, false, &theme).to_string(),
            "a add  ? more"
        );
        assert_eq!(
            fit(&all, 40, MORE, true, &theme).to_string(),
            "a add  d bdelete  r reveal  ? more"
        );
        assert_eq!(
            fit(&all, 20, CUT, false, &theme).to_string(),
            "a add  d bdelete  …"
        );
    }
}

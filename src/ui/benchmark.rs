//! Phase 3, benchmark: one habit at a time. The habit card is for the room; the
//! scores beside it stay hidden (a mark, never the number) until revealed, and an
//! anonymous participant's stay a mark even then.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, List, ListItem, ListState, Padding, Paragraph, StatefulWidget, Widget, Wrap,
};

use super::theme::Theme;
use crate::app::{App, BenchmarkRow};
use crate::domain::{NoteKind, privacy};
use crate::text::columns;
use crate::text::display;

/// Shown for a score that was entered but is not revealed yet.
pub const HIDDEN_MARK: &str = "●";
/// Shown for a score nobody entered.
pub const MISSING_MARK: &str = "·";
/// Beside a score or ballot a phone sent (the legend says so in words).
pub const PHONE_MARK: &str = "✆";
/// The legend of `PHONE_MARK`.
pub const PHONE_LEGEND: &str = "✆ sent from a phone";

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let [card, room] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    render_card(app, card, buf, theme);
    render_room(app, room, buf, theme);
}

fn render_card(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let habit = app.habit();
    let scale = &session.framework.scale;
    let number = session.position.habit + 1;
    let total = session.framework.habits.len();
    let mut lines = vec![
        Line::styled(habit.name.to_uppercase(), theme.title),
        Line::styled(habit.summary.clone(), theme.base),
        Line::raw(""),
        Line::styled("Ask the room", theme.muted),
    ];
    lines.extend(
        habit
            .questions
            .iter()
            .map(|q| Line::styled(format!("• {q}"), theme.base)),
    );
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!("What each level looks like ({})", scale.name),
        theme.muted,
    ));
    for (offset, rubric) in habit.rubric.iter().enumerate() {
        let level = scale.min + offset as u8;
        let label = scale.label(level).unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(format!("{level} {label}: "), theme.key),
            Span::styled(rubric.clone(), theme.base),
        ]));
    }
    let block = Block::bordered()
        .title(Line::styled(
            format!(" Habit {number} of {total} "),
            theme.title,
        ))
        .title_bottom(Line::styled(" ← → other habits ", theme.muted))
        .border_style(theme.border)
        .padding(Padding::horizontal(1));
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(block)
        .render(area, buf);
}

fn render_room(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let habit = &app.habit().id;
    let revealed = session.is_revealed(habit);
    let people = session.participants.len();
    let scored = session.scored_count(habit);
    let state_word = if revealed {
        "revealed"
    } else {
        "hidden until r"
    };
    let title = format!(" {scored} of {people} scored · {state_word} ");

    // The panel takes a row per level, or what the list can spare (8 rows):
    // a scale of more levels (0-100) is shown in bands, and the mean, spread
    // and flag line always has its row.
    let scale_levels = u16::try_from(session.framework.scale.levels()).unwrap_or(u16::MAX);
    let panel = scale_levels
        .saturating_add(4)
        .min(area.height.saturating_sub(8));
    let [distribution, list] = if revealed && panel >= 3 {
        Layout::vertical([Constraint::Length(panel), Constraint::Fill(1)]).areas(area)
    } else {
        [Rect::default(), area]
    };
    if revealed {
        render_distribution(app, distribution, buf, theme);
    }

    let name_width = columns::widest(session.participants.iter().map(|p| &p.name)).clamp(4, 24);
    let cursor = session.position.score;
    let own_scores_shown = privacy::own_scores_shown(session);
    let mut items = vec![ListItem::new(Line::styled(
        format!(
            "  {}  {:^7}  {:^7}",
            columns::pad("Name", name_width),
            "Current",
            "Target"
        ),
        theme.muted,
    ))];
    let mut selected = None;
    for (row, person) in session.participants.iter().enumerate() {
        let rating = session.rating(habit, &person.name);
        // The facilitator sees whose row they type in; an anonymous person's own
        // numbers never stand beside their name, even after the reveal.
        let shown = own_scores_shown(habit, person);
        let cell = |value: Option<u8>, column: usize| {
            let text = match (value, shown) {
                (None, _) => MISSING_MARK.to_string(),
                (Some(_), false) => HIDDEN_MARK.to_string(),
                (Some(v), true) => v.to_string(),
            };
            let style: Style = if row == cursor.row && column == cursor.column {
                theme.selected
            } else {
                theme.base
            };
            Span::styled(format!("{text:^7}"), style)
        };
        let name = columns::pad(&person.name, name_width);
        if row == cursor.row {
            selected = Some(items.len());
        }
        let phone = session.score_from_phone(habit, &person.name);
        items.push(ListItem::new(Line::from(vec![
            Span::styled(format!("  {name}  "), theme.base),
            cell(rating.current, 0),
            Span::raw("  "),
            cell(rating.target, 1),
            Span::styled(if phone { PHONE_MARK } else { "" }, theme.base),
        ])));
    }
    if people == 0 {
        items.push(ListItem::new(Line::styled(
            "  nobody to score yet: add participants first",
            theme.muted,
        )));
    }
    for (kind, heading, add_key) in [
        (NoteKind::Note, "Notes", 'n'),
        (NoteKind::Barrier, "Barriers: what stops us?", 'b'),
    ] {
        let notes = session.notes(habit, kind);
        items.push(ListItem::new(Line::styled(
            format!(
                "{heading} ({}){}",
                notes.len(),
                if notes.is_empty() {
                    format!(": {add_key} adds")
                } else {
                    String::new()
                }
            ),
            theme.muted,
        )));
        for (i, text) in notes.iter().enumerate() {
            if app.benchmark_row() == Some(BenchmarkRow::Note(kind, i)) {
                selected = Some(items.len());
            }
            let mark = if kind == NoteKind::Barrier {
                "▲"
            } else {
                "•"
            };
            items.push(ListItem::new(Line::styled(
                format!("  {mark} {text}"),
                theme.base,
            )));
        }
    }
    let on_participant = matches!(app.benchmark_row(), Some(BenchmarkRow::Participant(_)));
    let mut block = Block::bordered()
        .title(Line::styled(title, theme.title))
        .border_style(theme.border);
    // Said at the foot, which never scrolls away: why the rows keep their marks.
    if revealed && !privacy::names_beside_scores(session) {
        block = block.title_bottom(Line::styled(
            format!(" {HIDDEN_MARK} {} ", display::OWN_SCORES_HIDDEN),
            theme.warning,
        ));
    } else if revealed && session.participants.iter().any(|p| p.anonymous) {
        block = block.title_bottom(Line::styled(
            format!(" {HIDDEN_MARK} anonymous: in the totals only "),
            theme.muted,
        ));
    }
    if (session.participants.iter()).any(|p| session.score_from_phone(habit, &p.name)) {
        block = block.title_bottom(Line::styled(format!(" {PHONE_LEGEND} "), theme.muted));
    }
    let mut state = ListState::default().with_selected(selected);
    let list_widget = List::new(items).block(block);
    // A participant row marks its cell; a note row is highlighted whole.
    let list_widget = if on_participant {
        list_widget
    } else {
        list_widget.highlight_style(theme.selected)
    };
    StatefulWidget::render(list_widget.highlight_symbol("> "), list, buf, &mut state);
}

fn render_distribution(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let scale = &session.framework.scale;
    let Some(result) = app.results().habit(&app.habit().id) else {
        return;
    };
    // Drawn only once revealed; a hidden habit has no distribution at all.
    let Some(distribution) = &result.distribution else {
        return;
    };
    let most = distribution.iter().copied().max().unwrap_or(0).max(1);
    let label_width = columns::widest(&scale.labels);
    let bar_room = area.width.saturating_sub(label_width as u16 + 12) as usize;
    // Rows for bars: borders and the summary line take three.
    let rows = usize::from(area.height.saturating_sub(4)).max(1);
    let per_band = distribution.len().div_ceil(rows).max(1);
    let mut lines: Vec<Line> = if per_band == 1 {
        distribution
            .iter()
            .enumerate()
            .map(|(offset, &count)| {
                let level = scale.min + offset as u8;
                let label = scale.label(level).unwrap_or_default();
                let bar = "█".repeat(count * bar_room / most);
                Line::from(vec![
                    Span::styled(
                        format!("{level} {} ", columns::pad(label, label_width)),
                        theme.muted,
                    ),
                    Span::styled(bar, theme.title),
                    Span::styled(format!(" {count}"), theme.base),
                ])
            })
            .collect()
    } else if area.height > 4 {
        distribution_bands(distribution, scale.min, per_band, bar_room, theme)
    } else {
        Vec::new()
    };
    let summary = vec![
        Span::styled("mean ", theme.muted),
        Span::styled(display::number(result.mean_current), theme.title),
        Span::styled("  spread ", theme.muted),
        Span::styled(display::number(result.spread), theme.base),
    ];
    let flag = Span::styled(format!("  ! {}", display::NO_CONSENSUS), theme.warning);
    let summary = Line::from(summary);
    // Borders and padding take four columns; a flag that would be cut takes
    // the spare row below instead.
    let room = usize::from(area.width.saturating_sub(4));
    if !result.disagrees() {
        lines.push(summary);
    } else if summary.width() + flag.width() <= room {
        lines.push(summary + flag);
    } else {
        lines.push(summary);
        lines.push(Line::from(Span::styled(
            format!("! {}", display::NO_CONSENSUS),
            theme.warning,
        )));
    }
    let block = Block::bordered()
        .title(Line::styled(" How the room scored (current) ", theme.title))
        .border_style(theme.border)
        .padding(Padding::horizontal(1));
    Paragraph::new(lines).block(block).render(area, buf);
}

/// The distribution in bands of `per_band` levels, e.g. "40-49", for a scale
/// with more levels than the panel has rows.
fn distribution_bands<'a>(
    distribution: &[usize],
    min: u8,
    per_band: usize,
    bar_room: usize,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let bands: Vec<usize> = distribution
        .chunks(per_band)
        .map(|band| band.iter().sum())
        .collect();
    let most = bands.iter().copied().max().unwrap_or(0).max(1);
    let last = usize::from(min) + distribution.len().saturating_sub(1);
    let range_width = format!("{last}-{last}").len();
    bands
        .iter()
        .enumerate()
        .map(|(index, &count)| {
            let low = usize::from(min) + index * per_band;
            let high = (low + per_band - 1).min(last);
            Line::from(vec![
                Span::styled(
                    format!("{:<range_width$} ", format!("{low}-{high}")),
                    theme.muted,
                ),
                Span::styled("█".repeat(count * bar_room / most), theme.title),
                Span::styled(format!(" {count}"), theme.base),
            ])
        })
        .collect()
}

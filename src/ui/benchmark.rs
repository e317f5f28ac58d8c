//! Phase 3, benchmark: one habit at a time. The habit card is for the room; the
//! scores beside it stay hidden (a mark, never the number) until revealed, and an
//! anonymous participant's stay a mark even then.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, List, ListItem, ListState, Padding, Paragraph, StatefulWidget, Widget,
};

use super::edit::EditView;
use super::theme::Theme;
use crate::app::{App, BenchmarkRow, EditTarget, Mode};
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

/// The columns of a score ("Current", "Target") and the room around one.
const SCORE_WIDTH: usize = 7;
/// The fewest columns a name keeps beside the scores before the card gives way.
const NAME_LEAST: usize = 10;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    // The scores are typed here: their panel takes half the screen, or what
    // shows both score columns beside a readable name, before the card.
    let names = columns::widest(app.session().participants.iter().map(|p| &p.name));
    let needed = 2 + 2 + names.clamp(NAME_LEAST, 24) + 2 * (2 + SCORE_WIDTH) + 1;
    let room_width = (area.width / 2)
        .max(needed as u16)
        .min(area.width.saturating_sub(24));
    let [card, room] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(room_width)]).areas(area);
    render_card(app, card, buf, theme);
    render_room(app, room, buf, theme);
}

fn render_card(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let habit = app.habit();
    let scale = &session.framework.scale;
    let number = session.position.habit + 1;
    let total = session.framework.habits.len();
    let block = Block::bordered()
        .title(Line::styled(
            format!(" Habit {number} of {total} "),
            theme.title,
        ))
        .title_bottom(Line::styled(" ← → other habits ", theme.muted))
        .border_style(theme.border)
        .padding(Padding::horizontal(1));
    let inner = block.inner(area);
    block.render(area, buf);
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    let levels: Vec<(String, &String)> = habit
        .rubric
        .iter()
        .enumerate()
        .map(|(offset, rubric)| {
            let level = scale.min + offset as u8;
            let label = scale.label(level).unwrap_or_default();
            (format!("{level} {label}: "), rubric)
        })
        .collect();
    let wrapped = |head: &str, text: &str, rows: usize| -> Vec<Line<'static>> {
        let lines = columns::wrap_within(&format!("{head}{text}"), width, rows);
        lines
            .into_iter()
            .enumerate()
            .map(|(n, line)| match (n, line.strip_prefix(head)) {
                (0, Some(rest)) => Line::from(vec![
                    Span::styled(head.to_string(), theme.key),
                    Span::styled(rest.to_string(), theme.base),
                ]),
                _ => Line::styled(line, theme.base),
            })
            .collect()
    };
    let mut lines = vec![Line::styled(habit.name.to_uppercase(), theme.title)];
    // The summary, then the rubric the room scores by, then the questions: each
    // takes a line (the summary two), and the rows left wrap them whole in that
    // order; what still does not fit is cut with "…" rather than lost silently.
    let full_rows = |text: &str| columns::wrap(text, width).len().max(1);
    let questions: Vec<String> = habit.questions.iter().map(|q| format!("• {q}")).collect();
    let summary_full = full_rows(&habit.summary);
    let level_full: Vec<usize> = levels
        .iter()
        .map(|(head, text)| full_rows(&format!("{head}{text}")))
        .collect();
    let question_full: Vec<usize> = questions.iter().map(|q| full_rows(q)).collect();
    let summary_least = summary_full.min(2);
    let before_questions = 1 + summary_least + 2 + levels.len();
    let ask = before_questions + 2 <= height;
    let least = before_questions + if ask { 2 + questions.len() } else { 0 };
    let mut spare = height.saturating_sub(least);
    let mut rows_for = |full: usize, fewest: usize| {
        let more = full.saturating_sub(fewest).min(spare);
        spare -= more;
        fewest + more
    };
    let summary_rows = rows_for(summary_full, summary_least);
    let level_rows: Vec<usize> = level_full.iter().map(|&full| rows_for(full, 1)).collect();
    let question_rows: Vec<usize> = question_full
        .iter()
        .map(|&full| rows_for(full, 1))
        .collect();
    lines.extend(wrapped("", &habit.summary, summary_rows));
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        columns::clip(
            &format!("What each level looks like ({})", scale.name),
            width,
        ),
        theme.muted,
    ));
    for ((head, text), rows) in levels.iter().zip(level_rows) {
        lines.extend(wrapped(head, text, rows));
    }
    if ask {
        lines.push(Line::raw(""));
        lines.push(Line::styled("Ask the room", theme.muted));
        for (q, rows) in questions.iter().zip(question_rows) {
            lines.extend(wrapped("", q, rows));
        }
    }
    if lines.len() > height && height > 0 {
        lines.truncate(height);
        let last = lines[height - 1].to_string();
        lines[height - 1] = Line::styled(columns::clip(&format!("{last}…"), width), theme.muted);
    }
    Paragraph::new(lines).render(inner, buf);
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
        "hidden · r reveals"
    };
    let title = format!(" {scored} of {people} scored · {state_word} ");
    // cut with a mark on a narrow panel, never mid-word without one
    let title = columns::border_title(&title, usize::from(area.width));

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

    let block_inner = Block::bordered().inner(list);
    // The names take what the two score columns leave; a long one is cut with
    // "…" and written whole in the panel's title while its row is selected.
    let name_width = columns::widest(session.participants.iter().map(|p| &p.name))
        .clamp(4, 24)
        .min(usize::from(block_inner.width).saturating_sub(2 + 2 * (2 + SCORE_WIDTH)))
        .max(1);
    let text_width = usize::from(block_inner.width).saturating_sub(2);
    let cursor = session.position.score;
    let own_scores_shown = privacy::own_scores_shown(session);
    let header = Line::styled(
        format!(
            "  {}  {:^SCORE_WIDTH$}  {:^SCORE_WIDTH$}",
            columns::pad("Name", name_width),
            "Current",
            "Target"
        ),
        theme.muted,
    );
    let mut items = Vec::new();
    let mut selected = None;
    let mut cut_name = None;
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
            Span::styled(format!("{text:^SCORE_WIDTH$}"), style)
        };
        let name = columns::pad(&person.name, name_width);
        if row == cursor.row {
            selected = Some(items.len());
            if columns::width(&person.name) > name_width {
                cut_name = Some(person.name.clone());
            }
        }
        let phone = session.score_from_phone(habit, &person.name);
        items.push(ListItem::new(Line::from(vec![
            Span::styled(format!("{name}  "), theme.base),
            cell(rating.current, 0),
            Span::raw("  "),
            cell(rating.target, 1),
            Span::styled(if phone { PHONE_MARK } else { "" }, theme.base),
        ])));
    }
    if people == 0 {
        items.push(ListItem::new(Line::styled(
            "nobody to score yet: add participants first",
            theme.muted,
        )));
    }
    let editing = match &app.mode {
        Mode::Editing(edit) => match edit.target {
            EditTarget::Note(kind, Some(i)) => Some((kind, i, EditView::of(edit))),
            _ => None,
        },
        _ => None,
    };
    // Each note takes a line, and the rows the panel has left wrap them whole
    // in order; a note that still does not fit is cut with "…", and the
    // selected one is wrapped whole.
    let all_notes: Vec<&String> = [NoteKind::Note, NoteKind::Barrier]
        .iter()
        .flat_map(|&kind| session.notes(habit, kind))
        .collect();
    let list_rows = usize::from(block_inner.height).saturating_sub(1);
    let mut spare = list_rows.saturating_sub(items.len() + 2 + all_notes.len());
    let mut note_rows = all_notes.iter().map(|text| {
        let full = columns::wrap(text, text_width.saturating_sub(2))
            .len()
            .max(1);
        let more = (full - 1).min(spare);
        spare -= more;
        1 + more
    });
    for (kind, heading, add_key) in [
        (NoteKind::Note, "Notes", 'n'),
        (NoteKind::Barrier, "Barriers: what stops us?", 'b'),
    ] {
        let notes = session.notes(habit, kind);
        items.push(ListItem::new(Line::styled(
            columns::clip(
                &format!(
                    "{heading} ({}){}",
                    notes.len(),
                    if notes.is_empty() {
                        format!(": {add_key} adds")
                    } else {
                        String::new()
                    }
                ),
                text_width,
            ),
            theme.muted,
        )));
        for (i, text) in notes.iter().enumerate() {
            let on_it = app.benchmark_row() == Some(BenchmarkRow::Note(kind, i));
            let fitting = note_rows.next().unwrap_or(1);
            if on_it {
                selected = Some(items.len());
            }
            let mark = if kind == NoteKind::Barrier {
                "▲ "
            } else {
                "• "
            };
            if let Some((_, _, edit)) = editing.as_ref().filter(|(k, n, _)| *k == kind && *n == i) {
                // The whole note, wrapped, with the cursor in it.
                let rows = list_rows.saturating_sub(1).max(1);
                let lines = edit.lines(text_width.saturating_sub(2), rows, theme);
                let lines: Vec<Line> = lines
                    .into_iter()
                    .enumerate()
                    .map(|(n, mut line)| {
                        let head = if n == 0 { mark } else { "  " };
                        line.spans.insert(0, Span::styled(head, theme.base));
                        line
                    })
                    .collect();
                items.push(ListItem::new(lines));
                continue;
            }
            let rows = if on_it {
                list_rows.saturating_sub(1).max(1)
            } else {
                fitting
            };
            let lines: Vec<Line> = columns::wrap_within(text, text_width.saturating_sub(2), rows)
                .into_iter()
                .enumerate()
                .map(|(n, line)| {
                    let head = if n == 0 { mark } else { "  " };
                    Line::styled(format!("{head}{line}"), theme.base)
                })
                .collect();
            items.push(ListItem::new(lines));
        }
    }
    let on_participant = matches!(app.benchmark_row(), Some(BenchmarkRow::Participant(_)));
    // A name cut in its row is written whole in the title while selected.
    let title = match &cut_name {
        Some(name) => {
            columns::clip(
                &format!(" {name} ·{}", title.trim_end()),
                usize::from(list.width).saturating_sub(4),
            ) + " "
        }
        None => title,
    };
    let mut block = Block::bordered()
        .title(Line::styled(title, theme.title))
        .border_style(theme.border);
    // Said at the foot, which never scrolls away: why the rows keep their marks;
    // cut with "…" to leave the phones' legend its room.
    let phones = (session.participants.iter())
        .any(|p| session.score_from_phone(habit, &p.name))
        .then(|| columns::border_title(PHONE_LEGEND, usize::from(list.width)));
    let foot = usize::from(list.width).saturating_sub(phones.as_deref().map_or(0, columns::width));
    if revealed && !privacy::names_beside_scores(session) {
        block = block.title_bottom(Line::styled(
            columns::border_title(
                &format!("{HIDDEN_MARK} {}", display::OWN_SCORES_HIDDEN),
                foot,
            ),
            theme.warning,
        ));
    } else if revealed && session.participants.iter().any(|p| p.anonymous) {
        block = block.title_bottom(Line::styled(
            columns::border_title(
                &format!("{HIDDEN_MARK} anonymous: in the totals only"),
                foot,
            ),
            theme.muted,
        ));
    }
    if let Some(phones) = phones {
        block = block.title_bottom(Line::styled(phones, theme.muted));
    }
    let mut state = ListState::default().with_selected(selected);
    // The column titles stay put while the rows below them scroll.
    block.render(list, buf);
    let [header_row, rows] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(block_inner);
    buf.set_line(header_row.x, header_row.y, &header, header_row.width);
    let list_widget = List::new(items);
    // A participant row marks its cell; a note row is highlighted whole, but
    // not while typed in, so the cursor shows.
    let list_widget = if on_participant || editing.is_some() {
        list_widget
    } else {
        list_widget.highlight_style(theme.selected)
    };
    StatefulWidget::render(list_widget.highlight_symbol("> "), rows, buf, &mut state);
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
    } else if let Some(columns) = distribution_columns(distribution, scale.min, area, theme) {
        // Too few rows for a bar a level: a bar a level still, standing up.
        columns
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

/// The distribution as standing bars, a column a level ("3:2" under each: the
/// level and its count), in two rows, when the levels fit across `area`; so a
/// small screen keeps the picture of each level rather than bands of them.
fn distribution_columns<'a>(
    distribution: &[usize],
    min: u8,
    area: Rect,
    theme: &Theme,
) -> Option<Vec<Line<'a>>> {
    const HEIGHTS: [&str; 8] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];
    let last = usize::from(min) + distribution.len().saturating_sub(1);
    let most = distribution.iter().copied().max().unwrap_or(0).max(1);
    let cell = columns::width(&format!("{last}:{most}")) + 1;
    let fits = distribution.len() * cell <= usize::from(area.width.saturating_sub(4));
    if !fits || area.height < 5 {
        return None;
    }
    let mut bars = Vec::new();
    let mut labels = Vec::new();
    for (offset, &count) in distribution.iter().enumerate() {
        let bar = match count {
            0 => " ",
            _ => HEIGHTS[(count * HEIGHTS.len()).div_ceil(most).clamp(1, 8) - 1],
        };
        bars.push(Span::styled(columns::pad(bar, cell), theme.title));
        let label = format!("{}:{count}", usize::from(min) + offset);
        labels.push(Span::styled(columns::pad(&label, cell), theme.muted));
    }
    Some(vec![Line::from(bars), Line::from(labels)])
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

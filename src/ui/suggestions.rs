//! The playbook's suggestions over the plan: one habit's practices, the best fit
//! for its current level first, and the one under the cursor in full.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Clear, Padding, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use super::theme::Theme;
use super::widgets::{help_overlay, help_rows};
use crate::app::suggestions::{KEYS, SuggestionView};
use crate::app::{App, Suggesting};
use crate::domain::Practice;
use crate::text::columns;

/// Width from which the list has room for the typical owner's column.
const OWNER_COLUMN_FROM: u16 = 100;

/// How a practice's starting level reads: its label, and "now" when it is the
/// level the habit is at, so the fit does not rest on colour.
pub fn from_label(app: &App, view: &SuggestionView, practice: &Practice) -> String {
    let scale = &app.session().framework.scale;
    let label = scale
        .label(practice.from)
        .map_or_else(|| practice.from.to_string(), String::from);
    match view.level {
        Some((level, _)) if level == practice.from => format!("{label} (now)"),
        _ => label,
    }
}

/// The mark before a practice already in the plan, explained in the header.
const IN_PLAN: &str = "✓ ";

/// The hint line's keys while the suggestions are open: `a` says where it
/// leads (every habit, or back to the top priorities).
pub fn hint_pairs(app: &App, state: &Suggesting) -> Vec<(String, String)> {
    KEYS.iter()
        .filter(|b| !b.hint.is_empty())
        .filter(|b| !(b.label == "a" && state.all && app.suggestion_targets(false).is_empty()))
        .map(|b| {
            let hint = if b.label == "a" && state.all {
                "top priorities"
            } else {
                b.hint
            };
            (b.label.to_string(), hint.to_string())
        })
        .collect()
}

/// The help over the suggestions (in either view), when it is open: every key
/// the list answers to.
pub fn render_help(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if !matches!(
        app.mode,
        crate::app::Mode::Suggesting(Suggesting { help: true, .. })
    ) {
        return;
    }
    // Only the list's own keys: the other screens' keys wait until it closes.
    help_overlay(
        area,
        buf,
        "Playbook",
        help_rows(KEYS),
        app.help_scroll,
        theme,
    );
}

/// What the habit's level is, in words.
pub fn level_line(view: &SuggestionView) -> String {
    match &view.level {
        Some((level, label)) => {
            format!("now {label} ({level}): practices that move on from here first")
        }
        None => "no revealed scores: foundations first".into(),
    }
}

/// Where the habit stands in the list: a top priority, or one of every habit.
pub fn which_line(view: &SuggestionView) -> String {
    let (at, of) = view.position;
    if view.all {
        format!("habit {at} of {of}")
    } else if view.target.priority.is_some() {
        format!("top priority {at} of {of}: {}", view.target.label)
    } else {
        format!("top priority {at} of {of} without an action")
    }
}

/// Draws the suggestions over `area` (the plan's body).
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let Some(view) = app.suggestion_view() else {
        return;
    };
    Clear.render(area, buf);
    let block = Block::bordered()
        .title(Line::styled(
            format!(" Playbook: {} ", view.habit_name),
            theme.title,
        ))
        .title_bottom(Line::styled(
            " Enter takes the practice · nothing is added until then ",
            theme.muted,
        ))
        .border_style(theme.border)
        .style(theme.base)
        .padding(Padding::horizontal(1));
    let inner = block.inner(area);
    block.render(area, buf);
    let [about, list, detail] = Layout::vertical([
        Constraint::Length(2 + u16::from(view.note.is_some())),
        Constraint::Fill(1),
        Constraint::Length(5),
    ])
    .areas(inner);
    let mut about_lines = vec![
        Line::styled(which_line(&view), theme.base),
        Line::styled(level_line(&view), theme.muted),
    ];
    if let Some(note) = &view.note {
        about_lines.push(Line::styled(note.clone(), theme.warning));
    }
    Paragraph::new(about_lines).render(about, buf);
    let Some(chosen) = view.practices.get(view.row) else {
        Paragraph::new(Line::styled(
            format!(
                "The playbook has no practices for {} yet: ←→ another habit.",
                view.habit_name
            ),
            theme.warning,
        ))
        .render(list, buf);
        return;
    };
    let wide = area.width >= OWNER_COLUMN_FROM;
    let mut widths = vec![Constraint::Fill(3), Constraint::Length(18)];
    let mut header = vec!["Practice (✓ in the plan)", "Moves from"];
    if wide {
        widths.push(Constraint::Fill(2));
        header.push("Typical owner");
    }
    widths.push(Constraint::Length(12));
    header.push("First result");
    // The columns the table will give each cell (after the cursor's mark), so
    // a long text is cut with "…" rather than silently.
    let cells_area = Rect {
        width: list.width.saturating_sub(2),
        ..list
    };
    let fits: Vec<usize> = Layout::horizontal(widths.clone())
        .spacing(2)
        .split(cells_area)
        .iter()
        .map(|cell| usize::from(cell.width))
        .collect();
    let rows = view.practices.iter().map(|practice| {
        let mark = if view.is_in_plan(practice) {
            IN_PLAN
        } else {
            ""
        };
        let mut cells = vec![
            format!("{mark}{}", practice.name),
            from_label(app, &view, practice),
        ];
        if wide {
            cells.push(practice.owner.clone());
        }
        cells.push(practice.first_result.clone());
        Row::new(
            cells
                .iter()
                .zip(&fits)
                .map(|(cell, &fit)| columns::clip(cell, fit))
                .collect::<Vec<_>>(),
        )
    });
    let mut state = TableState::default().with_selected(Some(view.row));
    StatefulWidget::render(
        Table::new(rows, widths)
            .header(Row::new(header).style(theme.muted))
            .row_highlight_style(theme.selected)
            .highlight_symbol("> ")
            .column_spacing(2),
        list,
        buf,
        &mut state,
    );
    let label = |text: &str| Span::styled(format!("{text}: "), theme.muted);
    let mut detail_lines = Vec::new();
    if view.is_in_plan(chosen) {
        detail_lines.push(Line::styled(
            "✓ already in the plan: Enter does not add it twice",
            theme.warning,
        ));
    }
    detail_lines.extend([
        Line::from(vec![
            label("What"),
            Span::styled(chosen.what.clone(), theme.base),
        ]),
        Line::from(vec![
            label("Measure"),
            Span::styled(chosen.measure.clone(), theme.base),
            Span::styled(format!("   owner typically {}", chosen.owner), theme.muted),
        ]),
    ]);
    Paragraph::new(detail_lines)
        .wrap(Wrap { trim: true })
        .render(detail, buf);
}

//! The playbook's suggestions over the plan: one habit's practices, the best fit
//! for its current level first, and the one under the cursor in full.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Clear, Padding, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use super::theme::Theme;
use crate::app::App;
use crate::app::suggestions::SuggestionView;
use crate::domain::Practice;

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
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(5),
    ])
    .areas(inner);
    Paragraph::new(vec![
        Line::styled(which_line(&view), theme.base),
        Line::styled(level_line(&view), theme.muted),
    ])
    .render(about, buf);
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
    let rows = view.practices.iter().map(|practice| {
        let mut cells = vec![practice.name.clone(), from_label(app, &view, practice)];
        if wide {
            cells.push(practice.owner.clone());
        }
        cells.push(practice.first_result.clone());
        Row::new(cells)
    });
    let mut widths = vec![Constraint::Fill(3), Constraint::Length(18)];
    let mut header = vec!["Practice", "Moves from"];
    if wide {
        widths.push(Constraint::Fill(2));
        header.push("Typical owner");
    }
    widths.push(Constraint::Length(12));
    header.push("First result");
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
    Paragraph::new(vec![
        Line::from(vec![
            label("What"),
            Span::styled(chosen.what.clone(), theme.base),
        ]),
        Line::from(vec![
            label("Measure"),
            Span::styled(chosen.measure.clone(), theme.base),
            Span::styled(format!("   owner typically {}", chosen.owner), theme.muted),
        ]),
    ])
    .wrap(Wrap { trim: true })
    .render(detail, buf);
}

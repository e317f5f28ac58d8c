//! Phase 6, plan: capability-building actions with owners, dates and a measure,
//! for the priorities the room voted for.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Widget};

use super::edit::EditView;
use super::table::{Column, FitTable};
use super::theme::Theme;
use crate::app::{App, EditTarget, Mode};
use crate::text::{columns, display};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let framework = &session.framework;
    let [about, table] = Layout::vertical([Constraint::Length(4), Constraint::Fill(1)]).areas(area);
    let sponsor = if session.sponsor.is_empty() {
        "(not named in setup)"
    } else {
        &session.sponsor
    };
    let owners = if session.owners_from_participants {
        "participants only"
    } else {
        "any name"
    };
    let uncovered: Vec<String> = app
        .priorities_without_action()
        .iter()
        .map(|candidate| candidate.label(framework))
        .collect();
    // Inside the box's borders and padding; a long idea is cut with a mark.
    let room = usize::from(about.width.saturating_sub(4));
    let coverage = if app.top_priorities().is_empty() {
        Line::styled(
            columns::clip(
                "No revealed vote yet: the top priorities appear here after Prioritise.",
                room,
            ),
            theme.muted,
        )
    } else if uncovered.is_empty() {
        Line::styled("✓ every top priority has an action", theme.good)
    } else {
        let names: Vec<&str> = uncovered.iter().map(String::as_str).collect();
        Line::styled(
            columns::clip(
                &format!(
                    "! top priorities without an action: {}",
                    display::names(&names)
                ),
                room,
            ),
            theme.warning,
        )
    };
    Paragraph::new(vec![
        Line::from(vec![
            Span::styled("Sponsor ", theme.muted),
            Span::styled(sponsor.to_string(), theme.title),
            Span::styled(format!("   owners: {owners} (o switches)"), theme.muted),
        ]),
        coverage,
    ])
    .block(
        Block::bordered()
            .border_style(theme.border)
            .padding(Padding::horizontal(1)),
    )
    .render(about, buf);

    let block = Block::bordered()
        .title(Line::styled(
            format!(
                " Plan ({} action{}) ",
                session.plan.len(),
                if session.plan.len() == 1 { "" } else { "s" }
            ),
            theme.title,
        ))
        .border_style(theme.border)
        .padding(Padding::horizontal(1));
    if session.plan.is_empty() {
        Paragraph::new(vec![
            Line::raw(""),
            Line::styled("No actions yet.", theme.title),
            Line::styled(
                "Press a: type what will be done, Enter, then who owns it, Enter.",
                theme.base,
            ),
            Line::styled(
                "Or press s: practices from the playbook for the top priorities.",
                theme.base,
            ),
        ])
        .block(block)
        .render(table, buf);
        return;
    }
    let cursor = session.position.action;
    let today = app.now().date();
    let rows = session.plan.iter().map(|action| {
        let due = match action.due {
            Some(due) if due < today && action.status.is_open() => format!("!{due} past"),
            Some(due) => due.to_string(),
            None => "-".into(),
        };
        vec![
            action.what.clone(),
            app.link_label(action.habit.as_ref(), action.priority.as_ref()),
            if action.owner.is_empty() {
                match app.typical_owner(action) {
                    Some(role) => format!("! nobody (typically the {role})"),
                    None => "! nobody".into(),
                }
            } else {
                action.owner.clone()
            },
            due,
            action.measure.clone(),
            action.status.label().to_string(),
        ]
    });
    let editing = match &app.mode {
        Mode::Editing(edit) if matches!(edit.target, EditTarget::Action(..)) => {
            Some(EditView::of(edit))
        }
        _ => None,
    };
    FitTable {
        columns: vec![
            Column::new("What", 20, 10),
            Column::new("For", 8, 4),
            Column::new("Owner", 10, 7),
            // "!2026-07-01" and the cut mark: a date past due keeps its mark.
            Column::new("Due", 12, 12),
            Column::new("Success measure", 16, 8),
            Column::new("Status", 11, 5),
        ],
        // The long texts give way first; the selected row is written whole below.
        give_way: vec![4, 0, 1, 5, 2, 3],
        rows: rows.collect(),
        cursor,
        editing,
    }
    .render(table, buf, theme, block);
}

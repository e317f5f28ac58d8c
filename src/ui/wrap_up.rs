//! Phase 7, wrap-up: the workshop on one screen, and when the room meets again.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Widget};

use super::theme::Theme;
use crate::app::App;
use crate::text::{columns, display};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let results = app.results();
    let framework = &session.framework;
    let names = |ids: &[String]| display::names(&results.habit_names(ids));
    let index = display::index_with_coverage(results);
    let priorities: Vec<String> = app
        .top_priorities()
        .iter()
        .map(|c| c.label(framework))
        .collect();
    let priorities: Vec<&str> = priorities.iter().map(String::as_str).collect();
    let next = app.next_benchmark();
    let next_note = if session.next_benchmark.is_none() {
        "  (proposed: Enter to set)"
    } else {
        ""
    };
    let field = |label: &str, value: String| {
        Line::from(vec![
            Span::styled(format!("{label:<20}"), theme.muted),
            Span::styled(value, theme.base),
        ])
    };
    let [summary, actions] =
        Layout::vertical([Constraint::Length(8), Constraint::Fill(1)]).areas(area);
    Paragraph::new(vec![
        field("Culture index", index),
        field("+ Strengths", names(&results.strengths)),
        field("- Weaknesses", names(&results.weaknesses)),
        field("Priorities voted", display::names(&priorities)),
        Line::from(vec![
            Span::styled(format!("{:<20}", "Next benchmark"), theme.muted),
            Span::styled(next.format("%-d %B %Y").to_string(), theme.title),
            Span::styled(next_note, theme.muted),
        ]),
        field(
            "Sponsor",
            if session.sponsor.is_empty() {
                "-".into()
            } else {
                session.sponsor.clone()
            },
        ),
    ])
    .block(
        Block::bordered()
            .title(Line::styled(
                columns::border_title(&session.title, usize::from(summary.width)),
                theme.title,
            ))
            .border_style(theme.border)
            .padding(Padding::horizontal(1)),
    )
    .render(summary, buf);

    let block = Block::bordered()
        .title(Line::styled(
            " Actions: who does what by when ",
            theme.title,
        ))
        .border_style(theme.border)
        .padding(Padding::horizontal(1));
    let inner = block.inner(actions);
    block.render(actions, buf);
    Paragraph::new(action_lines(app, inner, theme)).render(inner, buf);
}

/// Each action as "• what" wrapped, with its owner, date and status below;
/// when they do not all fit, one line each with the words cut by "…", and a
/// last line that says how many more the Plan holds.
fn action_lines(app: &App, area: Rect, theme: &Theme) -> Vec<Line<'static>> {
    let plan = &app.session().plan;
    if plan.is_empty() {
        return vec![Line::styled("No actions in the plan yet.", theme.muted)];
    }
    let width = usize::from(area.width);
    let rows = usize::from(area.height);
    let about = |action: &crate::domain::Action| {
        let owner = if action.owner.is_empty() {
            "nobody yet"
        } else {
            &action.owner
        };
        let due = action
            .due
            .map_or_else(|| "no date".to_string(), |d| d.to_string());
        format!("{owner} · {due} · {}", action.status.label())
    };
    let full: Vec<Vec<Line<'static>>> = plan
        .iter()
        .map(|action| {
            let mut lines: Vec<Line> = columns::wrap(&action.what, width.saturating_sub(2))
                .into_iter()
                .enumerate()
                .map(|(n, piece)| {
                    let head = if n == 0 { "• " } else { "  " };
                    Line::from(vec![
                        Span::styled(head, theme.title),
                        Span::styled(piece, theme.base),
                    ])
                })
                .collect();
            for piece in columns::wrap(&about(action), width.saturating_sub(2)) {
                lines.push(Line::styled(format!("  {piece}"), theme.muted));
            }
            lines
        })
        .collect();
    if full.iter().map(Vec::len).sum::<usize>() <= rows {
        return full.concat();
    }
    let mut lines: Vec<Line> = plan
        .iter()
        .map(|action| {
            let about = format!("  {}", about(action));
            let room = width.saturating_sub(2 + columns::width(&about)).max(8);
            Line::from(vec![
                Span::styled("• ", theme.title),
                Span::styled(columns::clip(&action.what, room), theme.base),
                Span::styled(about, theme.muted),
            ])
        })
        .collect();
    if lines.len() > rows && rows > 0 {
        let more = lines.len() - (rows - 1);
        lines.truncate(rows - 1);
        lines.push(Line::styled(
            format!("… {more} more: the Plan lists them all"),
            theme.muted,
        ));
    }
    lines
}

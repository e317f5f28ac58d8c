//! Phase 7, wrap-up: the workshop on one screen, and when the room meets again.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Padding, Paragraph, Widget, Wrap};

use super::theme::Theme;
use crate::app::App;
use crate::text::display;

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
            .title(Line::styled(format!(" {} ", session.title), theme.title))
            .border_style(theme.border)
            .padding(Padding::horizontal(1)),
    )
    .render(summary, buf);

    let lines: Vec<Line> = if session.plan.is_empty() {
        vec![Line::styled("No actions in the plan yet.", theme.muted)]
    } else {
        session
            .plan
            .iter()
            .map(|action| {
                let owner = if action.owner.is_empty() {
                    "nobody yet"
                } else {
                    &action.owner
                };
                let due = action
                    .due
                    .map_or_else(|| "no date".to_string(), |d| d.to_string());
                Line::from(vec![
                    Span::styled("• ", theme.title),
                    Span::styled(action.what.clone(), theme.base),
                    Span::styled(
                        format!("  {owner} · {due} · {}", action.status.label()),
                        theme.muted,
                    ),
                ])
            })
            .collect()
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(
            Block::bordered()
                .title(Line::styled(
                    " Actions: who does what by when ",
                    theme.title,
                ))
                .border_style(theme.border)
                .padding(Padding::horizontal(1)),
        )
        .render(actions, buf);
}

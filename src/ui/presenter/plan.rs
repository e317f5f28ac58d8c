//! The room view of the plan: the sponsor, then every action as the room agrees
//! it: what, who owns it, by when, and what it answers.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Theme;
use super::stack::{Part, column, rows_of, stack};
use crate::app::App;
use crate::domain::Action;

/// The widest the actions are drawn, so a line stays easy to follow.
const MOST_WIDTH: u16 = 100;

/// Draws the plan for the room in `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let width = area.width;
    let sponsor = if session.sponsor.is_empty() {
        "no sponsor named yet".to_string()
    } else {
        format!("sponsor: {}", session.sponsor)
    };
    let mut parts = vec![
        Part::headline("THE PLAN".into(), theme.title, width, 2),
        Part::text(vec![Line::styled(sponsor, theme.base)], width),
        Part::gap(),
    ];
    let lines: Vec<Line> = if session.plan.is_empty() {
        vec![Line::styled("No actions yet.", theme.muted)]
    } else {
        session
            .plan
            .iter()
            .flat_map(|action| action_lines(app, action, theme))
            .collect()
    };
    let inner = column(Rect::new(0, 0, width, 1), MOST_WIDTH).width;
    let rows = rows_of(&lines, inner);
    parts.push(Part::new(rows, rows, 0, move |area, buf| {
        let area = column(area, MOST_WIDTH);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
    }));
    stack(parts, area, buf);
}

/// One action: what, then below it the owner, due date and what it answers.
fn action_lines<'a>(app: &App, action: &'a Action, theme: &Theme) -> [Line<'a>; 2] {
    let owner = if action.owner.is_empty() {
        "no owner yet"
    } else {
        &action.owner
    };
    let due = action.due.map_or_else(
        || "no date".to_string(),
        |d| d.format("%-d %b %Y").to_string(),
    );
    let answers = action
        .priority
        .clone()
        .or_else(|| {
            let habit = action.habit.as_deref()?;
            let habit = app.session().framework.habit(habit)?;
            Some(habit.name.clone())
        })
        .map_or_else(String::new, |what| format!(" · for {what}"));
    [
        Line::from(vec![
            Span::styled("• ", theme.title),
            Span::styled(action.what.as_str(), theme.base),
        ]),
        Line::styled(format!("  {owner} · {due}{answers}"), theme.title),
    ]
}

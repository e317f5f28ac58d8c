//! The room view of the plan: the sponsor, then every action as the room agrees
//! it: where it stands, what, who owns it, by when, and what it answers; when
//! not all fit, as many whole actions as fit and how many more the plan holds.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Theme;
use super::stack::{Part, column, rows_of, stack};
use crate::app::App;
use crate::domain::{Action, ActionStatus};

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
    if session.plan.is_empty() {
        parts.push(Part::text(
            vec![Line::styled("No actions yet.", theme.muted)],
            width,
        ));
        stack(parts, area, buf);
        return;
    }
    let actions: Vec<[Line; 2]> = session
        .plan
        .iter()
        .map(|action| action_lines(app, action, theme))
        .collect();
    let inner = column(Rect::new(0, 0, width, 1), MOST_WIDTH).width;
    let rows: Vec<u16> = actions.iter().map(|lines| rows_of(lines, inner)).collect();
    let all = rows.iter().fold(0u16, |sum, r| sum.saturating_add(*r));
    // At least the first action and the line that says more follow.
    let fewest = all.min(rows[0].saturating_add(1));
    let more_style = theme.muted;
    let list = Part::new(fewest, all, 0, move |area, buf| {
        let area = column(area, MOST_WIDTH);
        let shown = whole_actions(&rows, area.height);
        let mut lines: Vec<Line> = actions.into_iter().take(shown).flatten().collect();
        if shown < rows.len() {
            lines.push(Line::styled(
                format!("… {} more: see the plan", rows.len() - shown),
                more_style,
            ));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
    });
    parts.push(list.flexible());
    stack(parts, area, buf);
}

/// How many actions of `rows` rows each are shown whole in `height` rows, with
/// a row kept for "… N more" when not all of them fit.
fn whole_actions(rows: &[u16], height: u16) -> usize {
    let all: u16 = rows.iter().fold(0, |sum, r| sum.saturating_add(*r));
    if all <= height {
        return rows.len();
    }
    let room = height.saturating_sub(1);
    let mut used = 0u16;
    rows.iter()
        .take_while(|&&r| {
            used = used.saturating_add(r);
            used <= room
        })
        .count()
}

/// The mark of an action's status, read beside its word, never by colour alone.
fn status_mark(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::NotStarted => "○",
        ActionStatus::InProgress => "◐",
        ActionStatus::Done => "✓",
        ActionStatus::Dropped => "✗",
    }
}

/// One action: its status mark and what, then below it the status, the owner,
/// due date and what it answers.
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
            Span::styled(format!("{} ", status_mark(action.status)), theme.title),
            Span::styled(action.what.as_str(), theme.base),
        ]),
        Line::styled(
            format!("  {} · {owner} · {due}{answers}", action.status.label()),
            theme.title,
        ),
    ]
}

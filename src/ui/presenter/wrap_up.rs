//! The room view of the wrap-up: the culture index, the top priorities with the
//! owners of the actions that answer them, and when the room meets again.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Theme;
use super::results::{index_coverage, index_headline};
use super::stack::{Part, stack};
use crate::app::App;

/// Draws the wrap-up for the room in `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let results = app.results();
    let width = area.width;
    let mut priorities = vec![Line::styled("Top priorities", theme.muted)];
    let top = app.top_priorities_placed();
    if top.is_empty() {
        priorities.push(Line::styled("none voted yet", theme.muted));
    }
    for (candidate, place) in &top {
        let mut owners: Vec<&str> = Vec::new();
        for action in session.plan.iter().filter(|a| a.answers(candidate)) {
            if !action.owner.is_empty() && !owners.contains(&action.owner.as_str()) {
                owners.push(&action.owner);
            }
        }
        let owners = if owners.is_empty() {
            "no owner yet".to_string()
        } else {
            format!("owned by {}", owners.join(", "))
        };
        priorities.push(Line::from(vec![
            Span::styled(
                format!("{place}. {}", candidate.label(&session.framework)),
                theme.title,
            ),
            Span::styled(format!(" · {owners}"), theme.base),
        ]));
    }
    let next = app.next_benchmark();
    let parts = vec![
        index_headline(results, width, theme),
        index_coverage(results, width, theme),
        Part::gap(),
        Part::text(priorities, width),
        Part::gap(),
        Part::text(vec![Line::styled("Next benchmark", theme.muted)], width),
        Part::headline(next.format("%-d %b %Y").to_string(), theme.title, width, 2),
    ];
    stack(parts, area, buf);
}

//! The room's view of the playbook's suggestions: the habit being discussed in
//! big letters and a short list of practices, readable from the back.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::suggestions::{from_label, which_line};
use super::theme::Theme;
use crate::app::App;

/// How many practices the room sees at once: few enough to discuss.
const SHORTLIST: usize = 4;

/// Draws the shortlist for the habit on screen in the facilitator's list.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let Some(view) = app.suggestion_view() else {
        return;
    };
    let [name, which, list] = Layout::vertical([
        Constraint::Length(5),
        Constraint::Length(2),
        Constraint::Fill(1),
    ])
    .areas(area);
    BigText::builder()
        .pixel_size(PixelSize::Quadrant)
        .style(theme.title)
        .lines(vec![Line::from(view.habit_name.to_uppercase())])
        .centered()
        .build()
        .render(name, buf);
    Paragraph::new(which_line(&view))
        .style(theme.muted)
        .centered()
        .render(which, buf);
    // The shortlist keeps the practice under the cursor in view.
    let start = view.row.saturating_sub(SHORTLIST - 1);
    let mut lines = Vec::new();
    for (at, practice) in view
        .practices
        .iter()
        .enumerate()
        .skip(start)
        .take(SHORTLIST)
    {
        let chosen = at == view.row;
        let (mark, style) = if chosen {
            ("▶ ", theme.selected)
        } else {
            ("  ", theme.title)
        };
        lines.push(Line::from(vec![
            Span::styled(mark, theme.title),
            Span::styled(format!("{}. {}", at + 1, practice.name), style),
        ]));
        lines.push(Line::styled(
            format!(
                "from {} · {} · first result in {}",
                from_label(app, &view, practice),
                practice.measure,
                practice.first_result
            ),
            theme.base,
        ));
        lines.push(Line::raw(""));
    }
    if lines.is_empty() {
        lines.push(Line::styled(
            format!("No practices for {} in the playbook yet.", view.habit_name),
            theme.base,
        ));
    }
    let height = (lines.len() as u16).min(list.height);
    let [middle] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Start)
        .areas(list);
    Paragraph::new(lines)
        .centered()
        .wrap(Wrap { trim: true })
        .render(middle, buf);
}

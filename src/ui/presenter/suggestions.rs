//! The room's view of the playbook's suggestions: the habit being discussed and
//! the practice under the facilitator's cursor in big letters, the rest of the
//! shortlist beneath, readable from the back.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use crate::app::App;
use crate::text::columns;
use crate::ui::suggestions::{from_label, which_line};
use crate::ui::theme::Theme;

/// Rows a line of big text takes, and the columns one of its letters takes.
const BIG_ROWS: u16 = 4;
const BIG_COLUMNS: usize = 4;
/// Lines of big text the chosen practice's name may take; a longer name is
/// written whole in ordinary letters rather than cut.
const NAME_LINES: usize = 2;
/// Lines the chosen practice's "what" may take, so the shortlist keeps room.
const WHAT_LINES: usize = 4;

/// Draws the shortlist for the habit on screen in the facilitator's list.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let Some(view) = app.suggestion_view() else {
        return;
    };
    let chosen = view.practices.get(view.row);
    let letters = usize::from(area.width) / BIG_COLUMNS;
    let name_lines = chosen.map_or_else(Vec::new, |p| columns::wrap(&p.name, letters));
    let big_name = name_lines.len() <= NAME_LINES;
    let name_rows = if big_name {
        BIG_ROWS * name_lines.len().max(1) as u16 + 1
    } else {
        let lines = chosen.map_or(1, |p| columns::wrap(&p.name, usize::from(area.width)).len());
        lines as u16 + 1
    };
    let width = usize::from(area.width);
    // What the practice does (cut with "…" past its lines), its measure, and
    // where it starts, who owns it and when it shows.
    let mut about_lines: Vec<String> = chosen.map_or_else(Vec::new, |p| {
        let mut lines = columns::wrap_within(&p.what, width, WHAT_LINES);
        lines.push(String::new());
        lines.push(p.measure.clone());
        lines.push(format!(
            "from {} · owner typically {} · first result in {}",
            from_label(app, &view, p),
            p.owner,
            p.first_result
        ));
        lines
    });
    about_lines = about_lines
        .iter()
        .flat_map(|line| columns::wrap(line, width))
        .collect();
    let [habit, which, name, about, rest] = Layout::vertical([
        Constraint::Length(BIG_ROWS + 1),
        Constraint::Length(2),
        Constraint::Length(name_rows),
        Constraint::Length(about_lines.len() as u16),
        Constraint::Fill(1),
    ])
    .areas(area);
    big(
        vec![view.habit_name.to_uppercase()],
        theme.title,
        habit,
        buf,
    );
    said(vec![Line::raw(which_line(&view))], theme.muted, which, buf);
    let Some(chosen) = chosen else {
        said(
            vec![Line::raw(format!(
                "No practices for {} in the playbook yet.",
                view.habit_name
            ))],
            theme.base,
            name,
            buf,
        );
        return;
    };
    if big_name {
        big(name_lines, theme.title, name, buf);
    } else {
        said(vec![Line::raw(chosen.name.clone())], theme.title, name, buf);
    }
    said(
        about_lines.into_iter().map(Line::raw).collect(),
        theme.base,
        about,
        buf,
    );
    // As many of the shortlist as the rows left hold, the cursor's always in view.
    let shown = usize::from(rest.height.saturating_sub(1)).max(1);
    let start = view.row.saturating_sub(shown - 1);
    let lines = view
        .practices
        .iter()
        .enumerate()
        .skip(start)
        .take(shown)
        .map(|(at, practice)| {
            let mark = if at == view.row { "▶" } else { " " };
            let taken = if view.is_in_plan(practice) {
                " ✓ in the plan"
            } else {
                ""
            };
            Line::raw(columns::clip(
                &format!("{mark} {}. {}{taken}", at + 1, practice.name),
                width,
            ))
        })
        .collect();
    // A blank row between the chosen practice and the shortlist.
    let list = Rect {
        y: rest.y.saturating_add(1),
        height: rest.height.saturating_sub(1),
        ..rest
    };
    said(lines, theme.title, list, buf);
}

/// Lines of big text, centred.
fn big(lines: Vec<String>, style: Style, area: Rect, buf: &mut Buffer) {
    BigText::builder()
        .pixel_size(PixelSize::Quadrant)
        .style(style)
        .lines(lines.into_iter().map(Line::from).collect::<Vec<_>>())
        .centered()
        .build()
        .render(area, buf);
}

/// Lines of ordinary text, centred and wrapped.
fn said(lines: Vec<Line<'static>>, style: Style, area: Rect, buf: &mut Buffer) {
    Paragraph::new(lines)
        .style(style)
        .centered()
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

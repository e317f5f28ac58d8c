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

/// How many practices the room sees at once: few enough to discuss.
const SHORTLIST: usize = 4;
/// Rows a line of big text takes, and the columns one of its letters takes.
const BIG_ROWS: u16 = 4;
const BIG_COLUMNS: usize = 4;
/// Lines of big text the chosen practice's name may take.
const NAME_LINES: usize = 2;

/// Draws the shortlist for the habit on screen in the facilitator's list.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let Some(view) = app.suggestion_view() else {
        return;
    };
    let chosen = view.practices.get(view.row);
    let letters = usize::from(area.width) / BIG_COLUMNS;
    let name_lines = chosen.map_or_else(Vec::new, |p| wrapped(&p.name, letters, NAME_LINES));
    let [habit, which, name, about, rest] = Layout::vertical([
        Constraint::Length(BIG_ROWS + 1),
        Constraint::Length(2),
        Constraint::Length(BIG_ROWS * name_lines.len().max(1) as u16 + 1),
        Constraint::Length(3),
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
    big(name_lines, theme.title, name, buf);
    said(
        vec![
            Line::raw(chosen.measure.clone()),
            Line::raw(format!(
                "from {} · owner typically {} · first result in {}",
                from_label(app, &view, chosen),
                chosen.owner,
                chosen.first_result
            )),
        ],
        theme.base,
        about,
        buf,
    );
    // The shortlist keeps the practice under the cursor in view.
    let start = view.row.saturating_sub(SHORTLIST - 1);
    let lines = view
        .practices
        .iter()
        .enumerate()
        .skip(start)
        .take(SHORTLIST)
        .map(|(at, practice)| {
            let mark = if at == view.row { "▶" } else { " " };
            Line::raw(format!("{mark} {}. {}", at + 1, practice.name))
        })
        .collect();
    said(lines, theme.title, rest, buf);
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

/// `text` in at most `lines` lines of at most `letters` columns, broken between
/// words; what does not fit ends in "…".
fn wrapped(text: &str, letters: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match out.last_mut() {
            Some(line) if columns::width(line) + 1 + columns::width(word) <= letters => {
                line.push(' ');
                line.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
    }
    if out.len() > lines {
        out.truncate(lines);
        let last = &mut out[lines - 1];
        *last = format!("{}…", columns::clip(last, letters.saturating_sub(1)));
    }
    out.into_iter()
        .map(|line| columns::clip(&line, letters))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::wrapped;

    #[test]
    fn a_long_name_breaks_between_words_and_ends_in_an_ellipsis() {
        assert_eq!(
            wrapped("Authority to settle up to a limit", 20, 2),
            ["Authority to settle", "up to a limit"]
        );
        let cut = wrapped("one two three four five six", 9, 2);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…'), "{cut:?}");
    }
}

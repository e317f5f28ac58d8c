//! Phase 1, setup: who runs the workshop, for whom, and which areas of the
//! business are benchmarked.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, List, ListItem, ListState, Padding, Paragraph, StatefulWidget, Widget, Wrap,
};

use super::edit::EditView;
use super::theme::Theme;
use crate::app::{App, EditTarget, Mode};
use crate::domain::SetupField;
use crate::domain::wording::people;
use crate::text::columns;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let selected = session.position.setup_row;
    let [form, areas] = Layout::horizontal([Constraint::Fill(3), Constraint::Fill(2)]).areas(area);

    let fields = SetupField::ALL.len();
    let editing = match &app.mode {
        Mode::Editing(edit) => match edit.target {
            EditTarget::Setup(field) => Some((field, EditView::of(edit))),
            _ => None,
        },
        _ => None,
    };
    // The value's line inside the list's borders, padding and marks.
    let value_room = usize::from(form.width).saturating_sub(2 + 2 + 2 + 2);
    let items: Vec<ListItem> = SetupField::ALL
        .iter()
        .map(|&field| {
            if let Some((_, edit)) = editing.as_ref().filter(|(f, _)| *f == field) {
                let mut value = vec![Span::raw("  ")];
                value.extend(edit.spans(value_room, theme));
                return ListItem::new(vec![
                    Line::styled(field.label(), theme.key),
                    Line::from(value),
                ]);
            }
            let value = session.setup_value(field);
            let shown = if value.is_empty() {
                Span::styled("(empty)", theme.muted)
            } else {
                Span::styled(columns::clip(&value, value_room), theme.base)
            };
            ListItem::new(vec![
                Line::styled(field.label(), theme.muted),
                Line::from(vec![Span::raw("  "), shown]),
            ])
        })
        .collect();
    let mut state = ListState::default().with_selected((selected < fields).then_some(selected));
    StatefulWidget::render(
        List::new(items)
            .block(block(" The workshop ", theme))
            // Not while a field is typed in, so the cursor shows.
            .highlight_style(if editing.is_some() {
                theme.base
            } else {
                theme.selected
            })
            .highlight_symbol("> "),
        form,
        buf,
        &mut state,
    );

    // A follow-up reviews the earlier plan under the areas, before anyone scores.
    let review_height = if session.review.is_empty() {
        0
    } else {
        (session.review.len() as u16 * 2 + 2).min(areas.height / 2)
    };
    let [list, review, about] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(review_height),
        Constraint::Length(4),
    ])
    .areas(areas);
    // Inside the borders, padding and the selection mark.
    let area_room = usize::from(list.width).saturating_sub(2 + 2 + 2);
    let mut items: Vec<ListItem> = session
        .areas
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let people_in_area = session.people_in_area(i) as u64;
            // The name first; the head count gives way, then the name is cut.
            let name = format!("{}. {name}", i + 1);
            let count = format!("  ({})", people(people_in_area));
            let count = if columns::width(&name) + columns::width(&count) <= area_room {
                count
            } else {
                String::new()
            };
            ListItem::new(Line::from(vec![
                Span::styled(columns::clip(&name, area_room), theme.base),
                Span::styled(count, theme.muted),
            ]))
        })
        .collect();
    items.push(ListItem::new(Line::styled("+ add an area", theme.key)));
    let area_rows = session.areas.len() + 1;
    let area_row = selected.checked_sub(fields).filter(|&r| r < area_rows);
    let mut state = ListState::default().with_selected(area_row);
    StatefulWidget::render(
        List::new(items)
            .block(block(
                &columns::clip(
                    &format!(" Areas of the business ({}) ", session.areas.len()),
                    usize::from(list.width).saturating_sub(2),
                ),
                theme,
            ))
            .highlight_style(theme.selected)
            .highlight_symbol("> "),
        list,
        buf,
        &mut state,
    );
    if !session.review.is_empty() {
        let items: Vec<ListItem> = session
            .review
            .iter()
            .map(|r| {
                let owner = if r.owner.is_empty() {
                    "nobody"
                } else {
                    &r.owner
                };
                let note = if r.note.is_empty() {
                    "Enter adds a note".to_string()
                } else {
                    r.note.clone()
                };
                ListItem::new(vec![
                    Line::from(vec![
                        Span::styled(format!("[{}] ", r.status.label()), theme.title),
                        Span::styled(format!("{} ({owner})", r.what), theme.base),
                    ]),
                    Line::styled(format!("    {note}"), theme.muted),
                ])
            })
            .collect();
        let review_row = selected.checked_sub(fields + area_rows);
        let mut state = ListState::default().with_selected(review_row);
        let title = match &session.follows {
            Some(previous) => format!(
                " Before scoring: the plan of {} (Space: status) ",
                previous.date
            ),
            None => " Before scoring: the earlier plan (Space: status) ".to_string(),
        };
        StatefulWidget::render(
            List::new(items)
                .block(block(&title, theme))
                .highlight_style(theme.selected)
                .highlight_symbol("> "),
            review,
            buf,
            &mut state,
        );
    }
    Paragraph::new("Departments, regions or touchpoints (store, call centre, web). Results are broken down by area.")
        .style(theme.muted)
        .wrap(Wrap { trim: true })
        .block(Block::new().padding(Padding::horizontal(1)))
        .render(about, buf);
}

fn block<'a>(title: &str, theme: &Theme) -> Block<'a> {
    Block::bordered()
        .title(Line::styled(title.to_string(), theme.title))
        .border_style(theme.border)
        .padding(Padding::horizontal(1))
}

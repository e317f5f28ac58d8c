//! Phase 2, participants: who is in the room, their role and area, and whether
//! they stay anonymous in reports.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Padding, Paragraph, Widget};

use super::edit::EditView;
use super::table::{Column, FitTable};
use super::theme::Theme;
use crate::app::{App, EditTarget, Mode};
use crate::text::{columns, display};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let cursor = session.position.participant;
    let mut block = Block::bordered()
        .title(Line::styled(
            format!(" Participants ({}) ", session.participants.len()),
            theme.title,
        ))
        .border_style(theme.border)
        .padding(Padding::horizontal(1));
    // One anonymous person's scores are what the totals leave after the named
    // ones, so huddle names nobody's scores (`privacy::names_beside_scores`).
    if session.participants.iter().filter(|p| p.anonymous).count() == 1 {
        block = block.title_bottom(Line::styled(
            columns::border_title(
                &format!("! {}", display::ONE_ANONYMOUS),
                usize::from(area.width),
            ),
            theme.warning,
        ));
    }
    if session.phones_may_join {
        block = block.title(
            Line::styled(" phones may add themselves (j stops it) ", theme.muted).right_aligned(),
        );
    }
    if session.participants.is_empty() {
        Paragraph::new(vec![
            Line::raw(""),
            Line::styled("Nobody here yet.", theme.title),
            Line::styled(
                "Press a to add the first participant: name, Enter, role, Enter.",
                theme.base,
            ),
        ])
        .block(block)
        .render(area, buf);
        return;
    }
    let phones = app.phones();
    let rows = session
        .participants
        .iter()
        .map(|person| {
            vec![
                // Who answers from a phone: x frees it for another phone.
                if phones.is_claimed(&person.name) {
                    format!("{} · phone", person.name)
                } else {
                    person.name.clone()
                },
                person.role.clone(),
                person.area.clone().unwrap_or_else(|| "-".into()),
                if person.anonymous {
                    "yes: hidden in reports".into()
                } else {
                    "no".into()
                },
            ]
        })
        .collect();
    let editing = match &app.mode {
        Mode::Editing(edit)
            if matches!(
                edit.target,
                EditTarget::ParticipantName(_) | EditTarget::ParticipantRole(_)
            ) =>
        {
            Some(EditView::of(edit))
        }
        _ => None,
    };
    FitTable {
        columns: vec![
            Column::new("Name", 14, 10),
            Column::new("Role", 14, 8),
            Column::new("Area", 11, 6),
            Column::new("Anonymous", 9, 3),
        ],
        // The anonymity note gives way first, then the role: the name is what
        // the room is called by.
        give_way: vec![3, 1, 2, 0],
        rows,
        cursor,
        editing,
    }
    .render(area, buf, theme, block);
}

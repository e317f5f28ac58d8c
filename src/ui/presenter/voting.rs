//! The room view of a voting round: its question and how many have voted, and
//! once revealed the tally, ranked, each candidate a bar with its dots, ties
//! marked. Drawn from the round's public tally (`RoundTally`), so before the
//! reveal there is nothing in it but the count of ballots.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::Theme;
use super::bars;
use super::stack::{Part, column, stack};
use crate::app::App;
use crate::domain::{RoundTally, TallyRow, VotingRound};
use crate::text::columns;

/// The widest the tally is drawn, so the dots stay near their labels.
const MOST_WIDTH: u16 = 100;
/// The mark of a candidate that shares its rank.
const TIE: &str = "tie";

pub fn render(app: &App, round: &VotingRound, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let tally = RoundTally::of(round, &session.framework, app.results());
    let width = area.width;
    let voted = format!("{} of {} voted", tally.voters, session.participants.len());
    let mut parts = vec![
        Part::text(vec![Line::styled(tally.title.clone(), theme.title)], width),
        Part::gap(),
        Part::headline(voted, theme.title, width, 2),
        Part::gap(),
    ];
    if tally.revealed {
        let ties = tally.ranking.iter().any(|row| row.tied);
        parts.push(ranking(tally.ranking, theme));
        if ties {
            parts.push(Part::text(
                vec![Line::styled(
                    "= a tie: the same dots share a rank; the larger gap to the goal comes first",
                    theme.muted,
                )],
                width,
            ));
        }
    } else {
        parts.push(Part::text(
            vec![Line::styled(
                "votes stay secret until the tally is revealed",
                theme.muted,
            )],
            width,
        ));
    }
    stack(parts, area, buf);
}

/// The ranked candidates, a bar each for its dots, two lines tall when there
/// is room; the rank, the label, the dots as a number and "tie" in words.
fn ranking<'a>(rows: Vec<TallyRow>, theme: &'a Theme) -> Part<'a> {
    let count = rows.len() as u16;
    Part::new(count, 2 * count, 1, move |area, buf| {
        let area = column(area, MOST_WIDTH);
        let tall = bars::tall(rows.len(), 0, area.height);
        let rank_width = 4;
        let dots_width = columns::widest(rows.iter().map(|r| r.dots.to_string()));
        let label_room = usize::from(area.width) / 3;
        let label_width = columns::widest(rows.iter().map(|r| &r.label)).min(label_room.max(8));
        let bar_room = usize::from(area.width)
            .saturating_sub(rank_width + label_width + dots_width + TIE.len() + 6);
        let most = rows.iter().map(|r| r.dots).max().unwrap_or(0).max(1);
        let mut lines = Vec::new();
        for row in &rows {
            let rank = if row.tied {
                format!("={}", row.rank)
            } else {
                row.rank.to_string()
            };
            let cells = bars::cells(f64::from(row.dots) / f64::from(most), bar_room);
            let tie = if row.tied {
                format!("  {TIE}")
            } else {
                String::new()
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{rank:>3}  "), theme.title),
                Span::styled(
                    format!("{}  ", columns::pad(&row.label, label_width)),
                    theme.base,
                ),
                Span::styled(bars::FULL.repeat(cells), theme.title),
                Span::styled(format!(" {}", row.dots), theme.title),
                Span::styled(tie, theme.warning),
            ]));
            if tall {
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(rank_width + 1 + label_width + 2)),
                    Span::styled(bars::HALF.repeat(cells), theme.title),
                ]));
            }
        }
        Paragraph::new(lines).render(area, buf);
    })
}

//! The room view of a voting round: its question and how many have voted, and
//! once revealed the tally, ranked, each candidate a bar with its dots, ties
//! marked. Drawn from the round's public tally (`RoundTally`), so before the
//! reveal there is nothing in it but the count of ballots.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Theme;
use super::bars;
use super::stack::{Part, column, rows_of, stack};
use crate::app::App;
use crate::domain::{RoundTally, TallyRow, VotingRound};
use crate::text::columns;

/// The widest the tally is drawn, so the dots stay near their labels.
const MOST_WIDTH: u16 = 100;
/// The mark of a candidate that shares its rank.
const TIE: &str = "tie";

/// Draws the round's question, its count of ballots and, revealed, its tally.
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
        parts.push(ranking(tally.ranking, width, theme));
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

/// The ranked candidates, a bar each for its dots, the bar drawn one and a
/// half lines tall when there is room; the rank, the label, the dots as a
/// number and "tie" in words. Labels too long to stand beside the bars (a
/// barrier in the room's words) stand on a line of their own above them.
fn ranking<'a>(rows: Vec<TallyRow>, width: u16, theme: &'a Theme) -> Part<'a> {
    let count = rows.len() as u16;
    let label_room = |width: u16| (usize::from(width) / 3).max(8);
    let widest = columns::widest(rows.iter().map(|r| &r.label));
    let inner = column(Rect::new(0, 0, width, 1), MOST_WIDTH).width;
    let above = widest > label_room(inner);
    let (fewest, most) = if above {
        // A label longer than the line wraps onto more lines (the rank: 5 columns).
        let labels: Vec<Line> = rows
            .iter()
            .map(|r| Line::raw(format!("=999 {}", r.label)))
            .collect();
        let labels = rows_of(&labels, inner);
        (labels.saturating_add(count), labels.saturating_add(count))
    } else {
        (count, count.saturating_mul(2))
    };
    Part::new(fewest, most, 1, move |area, buf| {
        let area = column(area, MOST_WIDTH);
        let tall = !above && bars::tall(rows.len(), 0, area.height);
        let dots_width = columns::widest(rows.iter().map(|r| r.dots.to_string()));
        // The rank takes five columns: "=12  ".
        let label_width = if above {
            0
        } else {
            widest.min(label_room(area.width)) + 2
        };
        let bar_room = usize::from(area.width)
            .saturating_sub(5 + label_width + 1 + dots_width + 2 + TIE.len());
        let most = rows.iter().map(|r| r.dots).max().unwrap_or(0).max(1);
        let mut lines = Vec::new();
        for row in &rows {
            let rank = if row.tied {
                format!("={}", row.rank)
            } else {
                row.rank.to_string()
            };
            let rank = Span::styled(format!("{rank:>3}  "), theme.title);
            let cells = bars::cells(f64::from(row.dots) / f64::from(most), bar_room);
            let tie = if row.tied {
                format!("  {TIE}")
            } else {
                String::new()
            };
            let bar = vec![
                Span::styled(bars::FULL.repeat(cells), theme.title),
                Span::styled(format!(" {}", row.dots), theme.title),
                Span::styled(tie, theme.warning),
            ];
            if above {
                lines.push(Line::from(vec![
                    rank,
                    Span::styled(row.label.clone(), theme.base),
                ]));
                let mut second = vec![Span::raw(" ".repeat(5))];
                second.extend(bar);
                lines.push(Line::from(second));
                continue;
            }
            let label = columns::pad(&row.label, label_width - 2);
            let mut first = vec![rank, Span::styled(format!("{label}  "), theme.base)];
            first.extend(bar);
            lines.push(Line::from(first));
            if tall {
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(5 + label_width)),
                    Span::styled(bars::HALF.repeat(cells), theme.title),
                ]));
            }
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
    })
}

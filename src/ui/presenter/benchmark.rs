//! The room view of the benchmark: the habit and its question for the room, then
//! how many have scored while the scores are hidden, or once revealed how the
//! scores fall on each level, the mean and the spread. Never a person's score.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::Theme;
use super::bars::{self, BarRow};
use super::results::no_consensus_words;
use super::stack::{Part, column, stack};
use crate::app::App;
use crate::domain::{HabitResult, Scale, privacy};
use crate::text::{columns, display};

/// The widest the distribution is drawn, so its labels stay near their bars.
const MOST_WIDTH: u16 = 90;

/// Draws the room view of the habit on screen in `area`.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let habit = app.habit();
    let width = area.width;
    let mut parts = vec![
        Part::headline(habit.name.to_uppercase(), theme.title, width, 2),
        Part::gap(),
    ];
    if let Some(question) = habit.questions.first() {
        parts.push(Part::text(
            vec![Line::styled(question.clone(), theme.base)],
            width,
        ));
        parts.push(Part::gap());
    }
    let shown = app
        .results()
        .habit(&habit.id)
        .filter(|_| privacy::scores_shown(session, &habit.id));
    match shown {
        Some(result) => {
            parts.push(Part::headline(
                format!("MEAN {}", display::number(result.mean_current)),
                theme.title,
                width,
                1,
            ));
            let mut about = vec![Line::styled(
                format!(
                    "spread {} · {} scores",
                    display::number(result.spread),
                    display::count(result.count)
                ),
                theme.base,
            )];
            if let Some(words) = no_consensus_words(result) {
                about.push(Line::styled(
                    format!("! {} · {words}", display::NO_CONSENSUS),
                    theme.warning,
                ));
            }
            parts.push(Part::text(about, width));
            parts.push(Part::gap());
            parts.push(distribution(result, &session.framework.scale, theme));
        }
        None => {
            let people = session.participants.len();
            parts.push(Part::headline(
                format!("{} of {people} scored", session.scored_count(&habit.id)),
                theme.title,
                width,
                1,
            ));
            parts.push(Part::text(
                vec![Line::styled(
                    "scores stay hidden until everyone has scored",
                    theme.muted,
                )],
                width,
            ));
        }
    }
    stack(parts, area, buf);
}

/// How many current scores each level got, one bar per level, highest level on
/// top, with the level's label and its count as a number.
fn distribution<'a>(result: &'a HabitResult, scale: &'a Scale, theme: &'a Theme) -> Part<'a> {
    let counts = result.distribution.clone().unwrap_or_default();
    let levels = counts.len() as u16;
    Part::new(levels, levels.saturating_mul(2), 3, move |area, buf| {
        let area = column(area, MOST_WIDTH);
        let label = |at: usize| {
            let level = scale.min as usize + at;
            match scale.labels.get(at) {
                Some(label) => format!("{level} {label}"),
                None => level.to_string(),
            }
        };
        let label_width = columns::widest((0..counts.len()).map(label)).min(20);
        let count_width = columns::widest(counts.iter().map(|c| c.to_string()));
        let bar_room = usize::from(area.width).saturating_sub(label_width + count_width + 4);
        let most = counts.iter().copied().max().unwrap_or(0).max(1);
        let rows = counts
            .iter()
            .enumerate()
            .rev()
            .map(|(at, &count)| {
                let cells = bars::cells(count as f64 / most as f64, bar_room);
                let bar = bars::FULL.repeat(cells);
                let blank = " ".repeat(label_width + 2);
                BarRow {
                    first: Line::from(vec![
                        Span::styled(
                            format!("{}  ", columns::pad(&label(at), label_width)),
                            theme.base,
                        ),
                        Span::styled(bar, theme.title),
                        Span::styled(format!(" {count}"), theme.title),
                    ]),
                    second: Line::from(vec![
                        Span::raw(blank),
                        Span::styled(bars::HALF.repeat(cells), theme.title),
                    ]),
                }
            })
            .collect();
        let tall = bars::tall(counts.len(), 0, area.height);
        bars::draw(rows, tall, area, buf);
    })
}

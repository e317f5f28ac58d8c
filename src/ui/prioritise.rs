//! Phase 5, prioritise: dot voting. While votes come in the room sees only who has
//! voted; the tally appears when the facilitator reveals it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, List, ListItem, ListState, Padding, Paragraph, StatefulWidget, Widget, Wrap,
};

use super::benchmark::{PHONE_LEGEND, PHONE_MARK};
use super::theme::Theme;
use crate::app::{App, Confirmation, Mode, SETTING_ROWS, VoteConfirmation, VoteStep};
use crate::domain::voting::{most_dots, total_dots};
use crate::domain::wording::people;
use crate::domain::{VoteMethod, VotingRound};
use crate::text::columns;

/// A placed dot on a ballot.
const DOT: &str = "●";

/// The most dots drawn on a ballot row; the number beside them says the rest.
const DOTS_DRAWN: usize = 6;

/// The column the "voted" marks line up in.
const NAME_WIDTH: usize = 30;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let Some(round) = app.round() else {
        Paragraph::new(vec![
            Line::raw(""),
            Line::styled("No voting round yet.", theme.title),
            Line::styled("n  vote on the habits, the largest gap first", theme.base),
            Line::styled(
                "b  vote on the barriers captured in the benchmark",
                theme.base,
            ),
        ])
        .block(block(" Prioritise ", theme))
        .render(area, buf);
        return;
    };
    match &app.mode {
        Mode::Voting(VoteStep::ChooseVoter { row })
        | Mode::Confirm(Confirmation::Vote(VoteConfirmation::ReplaceBallot(row))) => {
            render_voters(app, round, *row, area, buf, theme)
        }
        Mode::Voting(VoteStep::Ballot {
            voter, dots, row, ..
        }) => {
            render_ballot(app, round, *voter, dots, *row, area, buf, theme);
        }
        Mode::Voting(VoteStep::Tally {
            counts,
            present,
            row,
        }) => {
            render_tally_entry(app, round, counts, *present, *row, area, buf, theme);
        }
        _ => render_round(app, round, area, buf, theme),
    }
}

fn block<'a>(title: &str, theme: &Theme) -> Block<'a> {
    Block::bordered()
        .title(Line::styled(title.to_string(), theme.title))
        .border_style(theme.border)
        .padding(Padding::horizontal(1))
}

/// "7 of 12 voted", or the head count of a show of hands.
fn turnout(app: &App, round: &VotingRound) -> String {
    match round.method {
        VoteMethod::RoomTally => match round.present {
            Some(present) => format!("{} counted", people(u64::from(present))),
            None => "not counted yet".into(),
        },
        _ => format!(
            "{} of {} voted",
            round.voters(),
            app.session().participants.len()
        ),
    }
}

fn render_round(app: &App, round: &VotingRound, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let session = app.session();
    let position = session.position;
    let state = if round.closed {
        "closed"
    } else if round.revealed {
        "revealed"
    } else {
        "votes hidden"
    };
    let title = format!(
        " Round {} of {}: {} · {} · {state} ",
        position.round + 1,
        session.rounds.len(),
        round.title,
        turnout(app, round)
    );
    let [settings, candidates] =
        Layout::vertical([Constraint::Length(5), Constraint::Fill(1)]).areas(area);
    let setting = |row: usize, label: &str, value: String| {
        let style = if position.round_row == row {
            theme.selected
        } else {
            theme.base
        };
        Line::from(vec![
            Span::styled(format!("{label:<28}"), theme.muted),
            Span::styled(value, style),
        ])
    };
    let title = columns::clip(&title, usize::from(settings.width).saturating_sub(2));
    Paragraph::new(vec![
        setting(
            0,
            "How votes are collected",
            round.method.label().to_string(),
        ),
        setting(1, "Dots per person", round.dots_per_participant.to_string()),
        setting(
            2,
            "Most dots on one candidate",
            round.max_per_candidate.to_string(),
        ),
    ])
    .block(block(&title, theme))
    .render(settings, buf);

    if round.revealed {
        render_ranking(app, round, candidates, buf, theme);
        return;
    }
    let framework = &session.framework;
    let items: Vec<ListItem> = round
        .candidates
        .iter()
        .enumerate()
        .map(|(i, candidate)| ListItem::new(format!("{}. {}", i + 1, candidate.label(framework))))
        .collect();
    let selected = position.round_row.checked_sub(SETTING_ROWS);
    let mut list_state = ListState::default().with_selected(selected);
    StatefulWidget::render(
        List::new(items)
            .block(block(
                &format!(
                    " Candidates ({}) · tally hidden · r reveals ",
                    round.candidates.len()
                ),
                theme,
            ))
            .style(theme.base)
            .highlight_style(theme.selected)
            .highlight_symbol("> "),
        candidates,
        buf,
        &mut list_state,
    );
}

pub(super) fn render_ranking(
    app: &App,
    round: &VotingRound,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let framework = &app.session().framework;
    let ranking = round.ranked(app.results());
    let most = ranking.first().map_or(1, |r| u64::from(r.dots.max(1)));
    let label_width = columns::widest(round.candidates.iter().map(|c| c.label(framework))).min(40);
    let bar_room = (area.width as usize)
        .saturating_sub(label_width + 22)
        .max(4);
    let mut lines: Vec<Line> = ranking
        .iter()
        .map(|ranked| {
            let rank = ranked.place();
            let label = columns::pad(
                &round.candidates[ranked.candidate].label(framework),
                label_width,
            );
            // In u64: a tally from a file can be as large as u32::MAX.
            let bar_width = u64::from(ranked.dots) * bar_room as u64 / most;
            let bar = "█".repeat(usize::try_from(bar_width).unwrap_or(bar_room));
            let mut spans = vec![
                Span::styled(format!("{rank:>3}  {label}  "), theme.base),
                Span::styled(bar, theme.title),
                Span::styled(format!(" {}", ranked.dots), theme.title),
            ];
            if ranked.tied {
                spans.push(Span::styled("  tie", theme.warning));
            }
            Line::from(spans)
        })
        .collect();
    if ranking.iter().any(|r| r.tied) {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            "Ties share a rank (=); among tied candidates the larger gap to target comes first.",
            theme.muted,
        ));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(block(" Tally: dots per candidate, most first ", theme))
        .render(area, buf);
}

fn render_voters(
    app: &App,
    round: &VotingRound,
    row: usize,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let index = app.session().position.round;
    let items: Vec<ListItem> = app
        .session()
        .participants
        .iter()
        .map(|person| {
            // Who has voted, never how: a mark, not a number.
            let voted = if round.has_voted(&person.name) {
                "✓ voted"
            } else {
                ""
            };
            let name = Span::styled(person.name.clone(), theme.base);
            let pad = " ".repeat(NAME_WIDTH.saturating_sub(name.width()).max(1));
            let phone = app.session().ballot_from_phone(index, &person.name);
            ListItem::new(Line::from(vec![
                name,
                Span::raw(pad),
                Span::styled(voted, theme.good),
                Span::raw(if phone { " " } else { "" }),
                Span::styled(if phone { PHONE_MARK } else { "" }, theme.base),
            ]))
        })
        .collect();
    let phones = (app.session().participants.iter())
        .any(|person| app.session().ballot_from_phone(index, &person.name));
    let everyone_voted = round.next_voter(&app.session().participants, 0).is_none();
    let how = match round.method {
        _ if everyone_voted => "Everyone has voted: Esc, then r reveals the tally.",
        VoteMethod::SecretBallot => {
            "Next voter: find your name and press Enter. Nobody sees another ballot."
        }
        _ => "Whose ballot? Choose the name and press Enter to type their dots.",
    };
    // As many rows as the words take, so none is cut.
    let intro_rows = columns::wrap(how, usize::from(area.width).saturating_sub(4)).len() as u16;
    let [intro, list] =
        Layout::vertical([Constraint::Length(intro_rows + 2), Constraint::Fill(1)]).areas(area);
    Paragraph::new(Line::styled(how, theme.title))
        .wrap(Wrap { trim: true })
        .block(block(
            &format!(" {} · {} ", round.title, turnout(app, round)),
            theme,
        ))
        .render(intro, buf);
    let mut state = ListState::default().with_selected(Some(row));
    let mut voters = block(" Participants ", theme);
    if phones {
        voters = voters.title_bottom(Line::styled(format!(" {PHONE_LEGEND} "), theme.muted));
    }
    StatefulWidget::render(
        List::new(items)
            .block(voters)
            .highlight_style(theme.selected)
            .highlight_symbol("> "),
        list,
        buf,
        &mut state,
    );
}

#[allow(clippy::too_many_arguments)]
fn render_ballot(
    app: &App,
    round: &VotingRound,
    voter: usize,
    dots: &[u32],
    row: usize,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let framework = &app.session().framework;
    let name = app
        .session()
        .participants
        .get(voter)
        .map_or("", |p| p.name.as_str());
    let left = u64::from(round.dots_per_participant).saturating_sub(total_dots(dots));
    let items: Vec<ListItem> = round
        .candidates
        .iter()
        .zip(dots)
        .map(|(candidate, &n)| {
            ListItem::new(Line::from(vec![
                Span::styled(
                    format!("{:<DOTS_DRAWN$}", DOT.repeat((n as usize).min(DOTS_DRAWN))),
                    theme.title,
                ),
                Span::styled(format!(" {n}  "), theme.base),
                Span::styled(candidate.label(framework), theme.base),
            ]))
        })
        .collect();
    // Whose ballot and the dots left come first; the rule is cut when narrow.
    let title = columns::clip(
        &format!(
            " Ballot of {name} · {left} of {} dots left · at most {} on one ",
            round.dots_per_participant, round.max_per_candidate
        ),
        usize::from(area.width).saturating_sub(2),
    );
    // A secret ballot is placed on the screen the room may be watching.
    let mut bottom = Line::styled(" Enter confirms · Esc cancels ", theme.muted);
    if round.method == VoteMethod::SecretBallot {
        bottom.spans.insert(
            0,
            Span::styled(" secret: blank the projector ·", theme.warning),
        );
    }
    let mut state = ListState::default().with_selected(Some(row));
    StatefulWidget::render(
        List::new(items)
            .block(block(&title, theme).title_bottom(bottom))
            .highlight_style(theme.selected)
            .highlight_symbol("> "),
        area,
        buf,
        &mut state,
    );
}

#[allow(clippy::too_many_arguments)]
fn render_tally_entry(
    app: &App,
    round: &VotingRound,
    counts: &[u32],
    present: u32,
    row: usize,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let framework = &app.session().framework;
    let total = total_dots(counts);
    let max = most_dots(present, round.dots_per_participant);
    let mut items = vec![ListItem::new(Line::from(vec![
        Span::styled(format!("{present:>5}  "), theme.title),
        Span::styled("people present", theme.muted),
    ]))];
    items.extend(round.candidates.iter().zip(counts).map(|(candidate, n)| {
        ListItem::new(Line::from(vec![
            Span::styled(format!("{n:>5}  "), theme.title),
            Span::styled(candidate.label(framework), theme.base),
        ]))
    }));
    let title = columns::clip(
        &format!(" Show of hands · {total} of at most {max} dots counted "),
        usize::from(area.width).saturating_sub(2),
    );
    let mut state = ListState::default().with_selected(Some(row));
    StatefulWidget::render(
        List::new(items)
            .block(
                block(&title, theme)
                    .title_bottom(Line::styled(" type the count · Enter saves ", theme.muted)),
            )
            .highlight_style(theme.selected)
            .highlight_symbol("> "),
        area,
        buf,
        &mut state,
    );
}

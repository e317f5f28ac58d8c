//! A read-only overview of a session: who, where the workshop stands, and the
//! results so far.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, List, ListItem, Padding, Paragraph, Row, Table, Widget};

use super::keymap::Binding;
use super::theme::Theme;
use super::widgets::{MinSize, help_overlay, hint_line, too_small};
use crate::display;
use crate::domain::{Results, Session};

/// The smallest window the overview is drawn in.
pub const MIN_SIZE: MinSize = MinSize {
    width: 60,
    height: 16,
};

/// What a key does on the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverviewAction {
    Quit,
    Up,
    Down,
    SwitchTheme,
    ToggleHelp,
    CloseHelp,
}

/// The overview's keys; the hint line and help are drawn from this list.
pub const KEYS: &[Binding<OverviewAction>] = &[
    Binding {
        codes: &[KeyCode::Up, KeyCode::Char('k')],
        label: "↑↓",
        hint: "scroll",
        help: "scroll the participants",
        action: OverviewAction::Up,
    },
    Binding {
        codes: &[KeyCode::Down, KeyCode::Char('j')],
        label: "↓",
        hint: "",
        help: "scroll the participants down",
        action: OverviewAction::Down,
    },
    Binding {
        codes: &[KeyCode::Char('t')],
        label: "t",
        hint: "theme",
        help: "switch theme (default / high contrast)",
        action: OverviewAction::SwitchTheme,
    },
    Binding {
        codes: &[KeyCode::Char('?')],
        label: "?",
        hint: "help",
        help: "show or hide this help",
        action: OverviewAction::ToggleHelp,
    },
    Binding {
        codes: &[KeyCode::Esc],
        label: "Esc",
        hint: "",
        help: "close the help",
        action: OverviewAction::CloseHelp,
    },
    Binding {
        codes: &[KeyCode::Char('q')],
        label: "q",
        hint: "quit",
        help: "quit (Ctrl+C too)",
        action: OverviewAction::Quit,
    },
];

/// The overview's state: the session, its results and what the viewer changed.
#[derive(Debug, Clone)]
pub struct Overview {
    session: Session,
    results: Results,
    /// The file the session came from, as shown in the frame.
    file_label: String,
    read_only: bool,
    theme: Theme,
    no_color: bool,
    scroll: usize,
    help: bool,
}

impl Overview {
    pub fn new(
        session: Session,
        file_label: String,
        read_only: bool,
        theme: Theme,
        no_color: bool,
    ) -> Self {
        Overview {
            results: Results::of(&session),
            session,
            file_label,
            read_only,
            theme,
            no_color,
            scroll: 0,
            help: false,
        }
    }

    /// Applies an action; returns false when the viewer quits.
    pub fn apply(&mut self, action: OverviewAction) -> bool {
        match action {
            OverviewAction::Quit => return false,
            OverviewAction::Up => self.scroll = self.scroll.saturating_sub(1),
            OverviewAction::Down => {
                self.scroll =
                    (self.scroll + 1).min(self.session.participants.len().saturating_sub(1));
            }
            OverviewAction::SwitchTheme => {
                self.theme = Theme::new(self.theme.name.next(), self.no_color)
            }
            OverviewAction::ToggleHelp => self.help = !self.help,
            OverviewAction::CloseHelp => self.help = false,
        }
        true
    }

    fn header(&self) -> Paragraph<'_> {
        let session = &self.session;
        let theme = &self.theme;
        let mut who = vec![session.date.format("%-d %B %Y").to_string()];
        if !session.organisation.is_empty() {
            who.insert(0, session.organisation.clone());
        }
        if !session.facilitator.is_empty() {
            who.push(format!("facilitator {}", session.facilitator));
        }
        if !session.sponsor.is_empty() {
            who.push(format!("sponsor {}", session.sponsor));
        }
        let areas = if session.areas.is_empty() {
            "no areas yet".to_string()
        } else {
            format!("areas: {}", session.areas.join(", "))
        };
        let mode = if self.read_only {
            "read-only"
        } else {
            "overview"
        };
        let block = Block::bordered()
            .title(Line::styled(
                format!(" huddle · {} ", self.file_label),
                theme.title,
            ))
            .title(Line::styled(format!(" {mode} "), theme.muted).right_aligned())
            .padding(Padding::horizontal(1))
            .border_style(theme.border);
        Paragraph::new(vec![
            Line::styled(session.title.clone(), theme.title),
            Line::styled(who.join(" · "), theme.base),
            Line::from(vec![
                Span::styled("phase ", theme.muted),
                Span::styled(session.position.phase.label(), theme.title),
                Span::styled(
                    format!(" · {} participants · {areas}", session.participants.len()),
                    theme.base,
                ),
            ]),
        ])
        .block(block)
        .style(theme.base)
    }

    fn render_results(&self, area: Rect, buf: &mut Buffer) {
        let theme = &self.theme;
        let block = Block::bordered()
            .title(Line::styled(" Results ", theme.title))
            .padding(Padding::horizontal(1))
            .border_style(theme.border);
        let inner = block.inner(area);
        block.render(area, buf);
        let habits = &self.results.habits;
        let [table_area, summary_area] = Layout::vertical([
            Constraint::Length(habits.len() as u16 + 1),
            Constraint::Fill(1),
        ])
        .areas(inner);
        let header = Row::new(["Habit", "Current", "Target", "Gap", "Spread", "Count", ""])
            .style(theme.muted);
        let rows = habits.iter().map(|habit| {
            let flag = if habit.no_consensus {
                Cell::from(Span::styled(
                    format!("! {}", display::NO_CONSENSUS),
                    theme.warning,
                ))
            } else {
                Cell::from("")
            };
            Row::new([
                Cell::from(habit.habit_name.clone()),
                Cell::from(Line::from(display::number(habit.mean_current)).right_aligned()),
                Cell::from(Line::from(display::number(habit.mean_target)).right_aligned()),
                Cell::from(Line::from(display::signed(habit.gap)).right_aligned()),
                Cell::from(Line::from(display::number(habit.spread)).right_aligned()),
                Cell::from(Line::from(habit.count.to_string()).right_aligned()),
                flag,
            ])
        });
        let widths = [
            Constraint::Length(12),
            Constraint::Length(7),
            Constraint::Length(6),
            Constraint::Length(6),
            Constraint::Length(6),
            Constraint::Length(5),
            Constraint::Fill(1),
        ];
        Table::new(rows, widths)
            .header(header)
            .style(theme.base)
            .render(table_area, buf);

        let names = |ids: &[String]| display::names(&self.results.habit_names(ids));
        let index = match self.results.index {
            Some(index) => Line::from(vec![
                Span::styled("Culture index ", theme.muted),
                Span::styled(
                    format!("{} / 100", display::index(Some(index))),
                    theme.title,
                ),
                Span::styled(
                    format!(
                        " · {} of {} habits scored",
                        index.habits_scored, index.habits_total
                    ),
                    theme.muted,
                ),
            ]),
            None => Line::styled("Culture index - · no habit scored yet", theme.muted),
        };
        Paragraph::new(vec![
            Line::raw(""),
            index,
            Line::from(vec![
                Span::styled("+ Strengths  ", theme.good),
                Span::styled(names(&self.results.strengths), theme.base),
            ]),
            Line::from(vec![
                Span::styled("- Weaknesses ", theme.bad),
                Span::styled(names(&self.results.weaknesses), theme.base),
            ]),
        ])
        .style(theme.base)
        .render(summary_area, buf);
    }

    fn render_participants(&self, area: Rect, buf: &mut Buffer) {
        let theme = &self.theme;
        let people = &self.session.participants;
        let block = Block::bordered()
            .title(Line::styled(
                format!(" Participants ({}) ", people.len()),
                theme.title,
            ))
            .padding(Padding::horizontal(1))
            .border_style(theme.border);
        let items: Vec<ListItem> = people
            .iter()
            .skip(self.scroll)
            .map(|person| {
                let mut name = vec![Span::styled(person.name.clone(), theme.base)];
                if person.anonymous {
                    name.push(Span::styled(" (anonymous in reports)", theme.muted));
                }
                let detail: Vec<&str> =
                    [person.area.as_deref().unwrap_or(""), person.role.as_str()]
                        .into_iter()
                        .filter(|text| !text.is_empty())
                        .collect();
                ListItem::new(vec![
                    Line::from(name),
                    Line::styled(format!("  {}", detail.join(" · ")), theme.muted),
                ])
            })
            .collect();
        let list = if items.is_empty() {
            List::new([ListItem::new(Line::styled("nobody added yet", theme.muted))])
        } else {
            List::new(items)
        };
        list.block(block).style(theme.base).render(area, buf);
    }
}

impl Widget for &Overview {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = &self.theme;
        if !MIN_SIZE.fits(area) {
            too_small(area, buf, MIN_SIZE, theme);
            return;
        }
        buf.set_style(area, theme.base);
        let [header, body, hints] = Layout::vertical([
            Constraint::Length(5),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        self.header().render(header, buf);
        let results_height = self.results.habits.len() as u16 + 7;
        // Side by side only when the results table, flags included, still fits.
        let [results, participants] = if body.width >= 120 {
            Layout::horizontal([Constraint::Length(78), Constraint::Fill(1)]).areas(body)
        } else {
            Layout::vertical([Constraint::Length(results_height), Constraint::Fill(1)]).areas(body)
        };
        self.render_results(results, buf);
        self.render_participants(participants, buf);
        Paragraph::new(hint_line(KEYS, theme))
            .style(theme.base)
            .render(hints, buf);
        if self.help {
            help_overlay(area, buf, "overview", KEYS, theme);
        }
    }
}

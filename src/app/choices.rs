//! Choices are chosen, not typed: a short list in a popup (the export format,
//! how a round collects votes, what an action is for). `↑↓` move, `Enter`
//! takes the highlighted option, `Esc` leaves everything as it was.
//! `ui::choices` draws it.

use ratatui::crossterm::event::KeyCode;

use super::keymap::Binding;
use super::{App, Effect, Mode, Msg};
use crate::domain::{EditError, VoteError, VoteMethod};
use crate::export::Format;

/// The keys of a choice list; its hint line is drawn from them.
pub const CHOOSING: &[Binding<Msg>] = &[
    Binding::new(&[KeyCode::Up], "↑↓", "choose", "", Msg::Up),
    Binding::new(&[KeyCode::Down], "↓", "", "", Msg::Down),
    Binding::new(&[KeyCode::Enter], "Enter", "take it", "", Msg::Commit),
    Binding::new(&[KeyCode::Esc], "Esc", "cancel", "", Msg::Cancel),
];

/// A list to choose one option from, and what the choice is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choices {
    pub purpose: ChoiceFor,
    /// The question above the list, e.g. "Export as".
    pub title: String,
    pub options: Vec<ChoiceOption>,
    pub selected: usize,
}

/// One option of a choice list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceOption {
    pub label: String,
    /// A word beside the label that sets it apart, e.g. "★ voted 1" or "★ voted =1"; may be empty.
    pub mark: String,
}

/// What a choice list decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceFor {
    ExportFormat,
    /// How the round (by index) collects its votes.
    RoundMethod(usize),
    /// What the action (by row) is for: its link to a priority or habit.
    ActionLink(usize),
}

/// The export formats, in the order the list shows them.
const FORMATS: [(Format, &str); 4] = [
    (Format::Html, "HTML report with charts, to print or send"),
    (Format::Md, "Markdown, for documents"),
    (Format::Csv, "CSV tables, for spreadsheets"),
    (Format::Json, "JSON, for other tools"),
];

/// The ways of collecting votes, in the order the list shows them.
const METHODS: [VoteMethod; 3] = [
    VoteMethod::SecretBallot,
    VoteMethod::FacilitatorEntry,
    VoteMethod::RoomTally,
];

impl Choices {
    fn new(purpose: ChoiceFor, title: &str, options: Vec<ChoiceOption>, selected: usize) -> Self {
        Choices {
            purpose,
            title: title.into(),
            selected: selected.min(options.len().saturating_sub(1)),
            options,
        }
    }
}

fn option(label: impl Into<String>, mark: impl Into<String>) -> ChoiceOption {
    ChoiceOption {
        label: label.into(),
        mark: mark.into(),
    }
}

impl App {
    /// Opens a choice list; only choosing an export works in a read-only view,
    /// as an export changes nothing in the session.
    pub(super) fn choose(&mut self, purpose: ChoiceFor) -> Vec<Effect> {
        if self.read_only && purpose != ChoiceFor::ExportFormat {
            self.error("read-only: this session cannot be changed here".into());
            return Vec::new();
        }
        let choices = match purpose {
            ChoiceFor::ExportFormat => Choices::new(
                purpose,
                "Export as",
                FORMATS
                    .iter()
                    .map(|(format, what)| option(*what, format!(".{}", format.extension())))
                    .collect(),
                0,
            ),
            ChoiceFor::RoundMethod(index) => {
                let Some(round) = self.session.rounds.get(index) else {
                    return Vec::new();
                };
                if round.has_votes() {
                    self.error(VoteError::VotesIn.to_string());
                    return Vec::new();
                }
                let at = METHODS.iter().position(|&m| m == round.method);
                Choices::new(
                    purpose,
                    "How are the votes collected?",
                    METHODS.iter().map(|m| option(m.label(), "")).collect(),
                    at.unwrap_or(0),
                )
            }
            ChoiceFor::ActionLink(row) => {
                let Some(action) = self.session.plan.get(row) else {
                    return Vec::new();
                };
                let links = self.link_choices();
                // The list opens on the action's link; an action for nothing
                // yet opens on the top priority, the usual choice.
                let linked = action.habit.is_some() || action.priority.is_some();
                let at = links
                    .iter()
                    .position(|l| l.habit == action.habit && l.priority == action.priority)
                    .filter(|_| linked);
                let options = links
                    .into_iter()
                    .map(|link| {
                        let mark = link
                            .voted
                            .map_or_else(String::new, |place| format!("★ voted {place}"));
                        let label = if link.habit.is_none() && link.priority.is_none() {
                            "- (nothing)".to_string()
                        } else {
                            link.label
                        };
                        option(label, mark)
                    })
                    .collect();
                Choices::new(purpose, "What is the action for?", options, at.unwrap_or(0))
            }
        };
        self.mode = Mode::Choosing(choices);
        Vec::new()
    }

    /// What an action can be for, as the list shows it: the voted priorities
    /// first, then the habits, and "nothing" last.
    fn link_choices(&self) -> Vec<super::plan::Link> {
        let mut links = self.links();
        links.rotate_left(1);
        links
    }

    /// The keys of an open choice list.
    pub(super) fn choosing(&mut self, msg: Msg) -> Vec<Effect> {
        let Mode::Choosing(choices) = &mut self.mode else {
            return Vec::new();
        };
        let last = choices.options.len().saturating_sub(1);
        match msg {
            Msg::Up => choices.selected = choices.selected.saturating_sub(1),
            Msg::Down => choices.selected = (choices.selected + 1).min(last),
            Msg::Cancel => {
                self.mode = Mode::Normal;
                self.info("nothing chosen".into());
            }
            Msg::Commit => {
                let (purpose, selected) = (choices.purpose, choices.selected);
                self.mode = Mode::Normal;
                return self.chosen(purpose, selected);
            }
            Msg::Quit => return self.quit(),
            _ => {}
        }
        Vec::new()
    }

    /// Does what the option at `selected` stands for.
    fn chosen(&mut self, purpose: ChoiceFor, selected: usize) -> Vec<Effect> {
        match purpose {
            ChoiceFor::ExportFormat => FORMATS
                .get(selected)
                .map(|(format, _)| vec![Effect::Export(*format)])
                .unwrap_or_default(),
            ChoiceFor::RoundMethod(index) => {
                let Some(&method) = METHODS.get(selected) else {
                    return Vec::new();
                };
                self.change_round(index, |round| {
                    if round.has_votes() {
                        return Err(VoteError::VotesIn.into());
                    }
                    round.method = method;
                    Ok(())
                })
            }
            ChoiceFor::ActionLink(row) => {
                let Some(link) = self.link_choices().into_iter().nth(selected) else {
                    return Vec::new();
                };
                self.change(|s| {
                    let action = s.plan.get_mut(row).ok_or(EditError::Missing)?;
                    action.habit = link.habit;
                    action.priority = link.priority;
                    Ok(())
                })
            }
        }
    }
}

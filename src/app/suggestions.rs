//! Suggestions from the playbook in Plan: practices for the top priorities that
//! have no action yet (or, on request, for any habit), the best fit for the
//! habit's current level first. Nothing joins the plan until the facilitator
//! picks a practice; it then becomes an action with everything but the owner.

use ratatui::crossterm::event::KeyCode;

use super::keymap::Binding;
use super::{ActionField, App, EditTarget, Effect, Mode, Msg};
use crate::domain::playbook::current_level;
use crate::domain::{Action, Candidate, Cursor, Playbook, Practice};
use crate::storage::StorageError;

/// The playbook the app suggests from, as the loop found it at start.
#[derive(Debug, Clone, Default)]
pub enum PlaybookState {
    /// The framework has no playbook: there is nothing to suggest.
    #[default]
    Missing,
    Ready(Playbook),
    /// The facilitator's copy does not load; the reason, to show when asked.
    Broken(String),
}

impl From<Result<Option<Playbook>, StorageError>> for PlaybookState {
    fn from(found: Result<Option<Playbook>, StorageError>) -> Self {
        match found {
            Ok(Some(playbook)) => PlaybookState::Ready(playbook),
            Ok(None) => PlaybookState::Missing,
            Err(error) => PlaybookState::Broken(error.to_string()),
        }
    }
}

/// Where the list of suggestions stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Suggesting {
    /// Every habit of the framework, rather than the top priorities without an action.
    pub all: bool,
    /// Which of the habits in the list is on screen.
    pub habit: usize,
    /// The practice under the cursor.
    pub row: usize,
    /// The help with the suggestion keys is open over the list.
    pub help: bool,
}

/// A habit practices are suggested for, and the priority it answers if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub habit: String,
    /// The voted barrier or idea the action answers, as worded.
    pub priority: Option<String>,
    /// How the room knows it: the priority's words or the habit's name.
    pub label: String,
}

/// What the suggestion list shows: one habit's practices, best fit first.
#[derive(Debug, Clone)]
pub struct SuggestionView<'a> {
    pub target: Target,
    pub habit_name: String,
    /// The habit's current level and its label; `None` when unscored or hidden.
    pub level: Option<(u8, String)>,
    pub practices: Vec<&'a Practice>,
    pub row: usize,
    /// Which habit of how many in the list (1-based), for "2 of 3".
    pub position: (usize, usize),
    pub all: bool,
    /// Why the list is not what the vote alone would give: no vote yet, or
    /// voted ideas that have no habit to suggest practices for.
    pub note: Option<String>,
    /// The names of the practices already in the plan, marked in the list.
    pub in_plan: Vec<String>,
}

impl SuggestionView<'_> {
    /// Whether an action of the plan was taken from this practice already.
    pub fn is_in_plan(&self, practice: &Practice) -> bool {
        self.in_plan.contains(&practice.name)
    }
}

impl App {
    /// Gives the app the playbook found for its framework.
    pub fn with_playbook(mut self, playbook: PlaybookState) -> Self {
        self.playbook = playbook;
        self
    }

    /// The habits to suggest for: the top priorities without an action that
    /// belong to a habit, in their voted order, or every habit of the framework.
    pub fn suggestion_targets(&self, all: bool) -> Vec<Target> {
        let framework = &self.session().framework;
        if all {
            return framework
                .habits
                .iter()
                .map(|habit| Target {
                    habit: habit.id.clone(),
                    priority: None,
                    label: habit.name.clone(),
                })
                .collect();
        }
        self.priorities_without_action()
            .into_iter()
            .filter_map(|candidate| {
                let habit = candidate.habit()?.to_string();
                let label = candidate.label(framework);
                let priority = match candidate {
                    Candidate::Habit(_) => None,
                    _ => Some(label.clone()),
                };
                Some(Target {
                    habit,
                    priority,
                    label,
                })
            })
            .collect()
    }

    /// The suggestion list on screen, while it is open.
    pub fn suggestion_view(&self) -> Option<SuggestionView<'_>> {
        let (Mode::Suggesting(state), PlaybookState::Ready(playbook)) =
            (&self.mode, &self.playbook)
        else {
            return None;
        };
        let targets = self.suggestion_targets(state.all);
        let count = targets.len();
        let target = targets.into_iter().nth(state.habit)?;
        let framework = &self.session().framework;
        let level = current_level(self.results(), framework, &target.habit);
        Some(SuggestionView {
            habit_name: framework
                .habit(&target.habit)
                .map_or_else(|| target.habit.clone(), |h| h.name.clone()),
            level: level.map(|l| (l, framework.scale.label(l).unwrap_or_default().to_string())),
            practices: playbook.suggestions(&target.habit, level),
            target,
            row: state.row,
            position: (state.habit + 1, count),
            all: state.all,
            note: self.suggestion_note(),
            in_plan: self
                .session()
                .plan
                .iter()
                .filter_map(|action| action.practice.clone())
                .collect(),
        })
    }

    /// What the list says the vote left out: no vote yet, or ideas among the top
    /// priorities without an action, which have no habit and so no practices.
    fn suggestion_note(&self) -> Option<String> {
        if self.top_priorities().is_empty() {
            return Some("no vote yet: showing every habit".into());
        }
        let framework = &self.session().framework;
        let ideas: Vec<String> = self
            .priorities_without_action()
            .into_iter()
            .filter(|candidate| candidate.habit().is_none())
            .map(|candidate| format!("\"{}\"", candidate.label(framework)))
            .collect();
        match ideas.as_slice() {
            [] => None,
            [idea] => Some(format!(
                "ideas have no habit: write an action for {idea} yourself (a in the plan)"
            )),
            _ => Some(format!(
                "ideas have no habit: write actions for {} yourself (a in the plan)",
                ideas.join(", ")
            )),
        }
    }

    /// The role that typically owns the practice an action was taken from, as
    /// the playbook says; none for an action typed by hand.
    pub fn typical_owner(&self, action: &Action) -> Option<&str> {
        let (PlaybookState::Ready(playbook), Some(name)) = (&self.playbook, &action.practice)
        else {
            return None;
        };
        playbook
            .habits
            .iter()
            .flat_map(|group| &group.practices)
            .find(|practice| &practice.name == name)
            .map(|practice| practice.owner.as_str())
    }

    /// The hint beside the owner's field of an action taken from the playbook:
    /// the role that typically owns it, while the owner is typed.
    pub fn edit_hint(&self) -> Option<String> {
        let Mode::Editing(edit) = &self.mode else {
            return None;
        };
        let EditTarget::Action(row, ActionField::Owner) = edit.target else {
            return None;
        };
        let action = self.session().plan.get(row)?;
        self.typical_owner(action)
            .map(|role| format!("typically the {role}"))
    }

    /// `s` in Plan: opens the suggestions, or says why there are none.
    pub(super) fn open_suggestions(&mut self) -> Vec<Effect> {
        match &self.playbook {
            PlaybookState::Missing => {
                let id = &self.session().framework.id;
                self.info(format!(
                    "no playbook for framework \"{id}\": no practices to suggest (the README says how to add one)"
                ));
                return Vec::new();
            }
            PlaybookState::Broken(why) => {
                self.error(format!("the playbook does not load: {why}"));
                return Vec::new();
            }
            PlaybookState::Ready(_) => {}
        }
        let all = self.suggestion_targets(false).is_empty();
        if let Some(note) = self.suggestion_note() {
            self.info(note);
        } else if all {
            self.info("no top priority without an action: practices for every habit".into());
        }
        self.mode = Mode::Suggesting(Suggesting {
            all,
            ..Suggesting::default()
        });
        Vec::new()
    }

    /// The keys while the suggestions are open.
    pub(super) fn suggesting(&mut self, msg: Msg) -> Vec<Effect> {
        let Mode::Suggesting(mut state) = self.mode else {
            return Vec::new();
        };
        let habits = self.suggestion_targets(state.all).len().max(1);
        let rows = self
            .suggestion_view()
            .map_or(0, |view| view.practices.len());
        if state.help {
            // The help over the list: it scrolls and closes, the list waits.
            match msg {
                Msg::ToggleHelp | Msg::Cancel => state.help = false,
                Msg::Up => self.help_scroll = self.help_scroll.saturating_sub(1),
                Msg::Down => self.help_scroll = self.help_scroll.saturating_add(1),
                Msg::Quit => return self.quit(),
                _ => {}
            }
            self.mode = Mode::Suggesting(state);
            return Vec::new();
        }
        match msg {
            Msg::Up => state.row = state.row.saturating_sub(1),
            Msg::Down => state.row = (state.row + 1).min(rows.saturating_sub(1)),
            Msg::PreviousHabit | Msg::NextHabit => {
                let step = if msg == Msg::NextHabit { 1 } else { habits - 1 };
                state.habit = (state.habit + step) % habits;
                state.row = 0;
            }
            Msg::Toggle => {
                let all = !state.all;
                if !all && self.suggestion_targets(false).is_empty() {
                    self.info("every top priority has an action: only every habit is left".into());
                    return Vec::new();
                }
                state = Suggesting {
                    all,
                    ..Suggesting::default()
                };
            }
            Msg::Commit => return self.take_suggestion(),
            Msg::ToggleHelp => {
                state.help = true;
                self.help_scroll = 0;
            }
            Msg::TogglePresenter => self.presenter = !self.presenter,
            Msg::Cancel => {
                self.mode = Mode::Normal;
                return Vec::new();
            }
            Msg::Quit => return self.quit(),
            _ => return Vec::new(),
        }
        self.mode = Mode::Suggesting(state);
        Vec::new()
    }

    /// The practice under the cursor joins the plan as an action; the owner's
    /// field opens next, with the role that typically owns it as a hint.
    fn take_suggestion(&mut self) -> Vec<Effect> {
        let Some(view) = self.suggestion_view() else {
            self.info("no practice to take here: ←→ another habit, a every habit".into());
            return Vec::new();
        };
        let Some(practice) = view.practices.get(view.row).map(|&p| p.clone()) else {
            self.info(format!(
                "the playbook has no practices for {}",
                view.habit_name
            ));
            return Vec::new();
        };
        if view.is_in_plan(&practice) {
            self.error(format!(
                "\"{}\" is already in the plan: choose another practice, or Esc",
                practice.name
            ));
            return Vec::new();
        }
        let target = view.target;
        let today = self.now().date();
        let workshop = self.session().date;
        let effects = self.change(|s| {
            let mut action = practice.to_action(&target.habit, today, workshop)?;
            action.priority = target.priority.clone();
            s.plan.push(action);
            s.position.action = Cursor {
                row: s.plan.len() - 1,
                column: 2,
            };
            Ok(())
        });
        if effects.is_empty() {
            // Refused: the reason is on the status line and the list stays open.
            return effects;
        }
        let row = self.session().plan.len() - 1;
        self.begin_edit(EditTarget::Action(row, ActionField::Owner), String::new());
        self.info(format!(
            "added \"{}\" for {}: who owns it? typically the {}",
            practice.name, target.label, practice.owner
        ));
        effects
    }
}

/// The keys while the suggestions are open; the hint line and help show them.
pub const KEYS: &[Binding<Msg>] = &[
    Binding::new(&[KeyCode::Up], "↑↓", "choose", "choose a practice", Msg::Up),
    Binding::new(&[KeyCode::Down], "↓", "", "", Msg::Down),
    Binding::new(
        &[KeyCode::Left, KeyCode::Char('[')],
        "←→",
        "habit",
        "previous or next habit in the list",
        Msg::PreviousHabit,
    ),
    Binding::new(
        &[KeyCode::Right, KeyCode::Char(']')],
        "→",
        "",
        "",
        Msg::NextHabit,
    ),
    Binding::new(
        &[KeyCode::Enter],
        "Enter",
        "take it",
        "add the practice to the plan, then name its owner",
        Msg::Commit,
    ),
    Binding::new(
        &[KeyCode::Char('a')],
        "a",
        "all habits",
        "every habit, or only the top priorities without an action",
        Msg::Toggle,
    ),
    Binding::new(
        &[KeyCode::Esc, KeyCode::Char('s')],
        "Esc",
        "close",
        "close the suggestions; nothing is added",
        Msg::Cancel,
    ),
    Binding::new(
        &[KeyCode::Char('p')],
        "p",
        "room view",
        "switch between the room view and the facilitator view",
        Msg::TogglePresenter,
    ),
    Binding::new(
        &[KeyCode::Char('?')],
        "?",
        "keys",
        "these keys; ? or Esc closes",
        Msg::ToggleHelp,
    ),
];

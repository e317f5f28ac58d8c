//! Plan: actions with owners and dates for the top priorities.

use super::choices::ChoiceFor;
use super::{ActionField, App, Confirmation, EditTarget, Effect, Mode, Msg};
use crate::domain::{Candidate, EditError};

/// Plan table columns: what, for, owner, due, measure, status.
pub const COLUMNS: usize = 6;

/// What an action can answer: a habit, or a voted barrier or idea.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub habit: Option<String>,
    pub priority: Option<String>,
    pub label: String,
    /// Its place among the voted priorities as the tally writes it ("1", or
    /// "=1" for a tie), if it is one.
    pub voted: Option<String>,
}

impl App {
    /// The winners of the latest revealed round (rank 1 to 3, with dots), best first.
    pub fn top_priorities(&self) -> Vec<Candidate> {
        self.session.top_priorities(&self.results)
    }

    /// The top priorities with their places as the tally writes them ("=1").
    pub fn top_priorities_placed(&self) -> Vec<(Candidate, String)> {
        self.session.top_priorities_placed(&self.results)
    }

    /// Top priorities that no action answers yet.
    pub fn priorities_without_action(&self) -> Vec<Candidate> {
        self.session.priorities_without_action(&self.results)
    }

    /// What an action can be linked to, in the order Enter steps through them:
    /// nothing, the top priorities, then every habit.
    pub fn links(&self) -> Vec<Link> {
        let framework = &self.session.framework;
        let mut links = vec![Link {
            habit: None,
            priority: None,
            label: "-".into(),
            voted: None,
        }];
        for (candidate, place) in self.top_priorities_placed() {
            let label = candidate.label(framework);
            let priority = match &candidate {
                Candidate::Habit(_) => None,
                _ => Some(label.clone()),
            };
            links.push(Link {
                habit: candidate.habit().map(String::from),
                priority,
                label,
                voted: Some(place),
            });
        }
        for habit in &framework.habits {
            let link = Link {
                habit: Some(habit.id.clone()),
                priority: None,
                label: habit.name.clone(),
                voted: None,
            };
            let voted = |l: &Link| l.habit == link.habit && l.priority.is_none();
            if !links.iter().any(voted) {
                links.push(link);
            }
        }
        links
    }

    /// How an action's link reads.
    pub fn link_label(&self, habit: Option<&String>, priority: Option<&String>) -> String {
        match (priority, habit) {
            (Some(priority), _) => priority.clone(),
            (None, Some(habit)) => self
                .session
                .framework
                .habit(habit)
                .map_or_else(|| habit.clone(), |h| h.name.clone()),
            (None, None) => "-".into(),
        }
    }

    pub(super) fn plan(&mut self, msg: Msg) -> Vec<Effect> {
        let cursor = self.session.position.action;
        let has_row = cursor.row < self.session.plan.len();
        match msg {
            Msg::Up => self.session.position.action.row = cursor.row.saturating_sub(1),
            Msg::Down => self.session.position.action.row = cursor.row + 1,
            Msg::Left => self.session.position.action.column = cursor.column.saturating_sub(1),
            Msg::Right => {
                self.session.position.action.column = (cursor.column + 1).min(COLUMNS - 1)
            }
            Msg::Add => return self.begin_edit(EditTarget::NewAction, String::new()),
            Msg::Edit | Msg::Toggle if !has_row => {
                return self.begin_edit(EditTarget::NewAction, String::new());
            }
            Msg::Edit | Msg::Toggle => {
                let row = cursor.row;
                let action = &self.session.plan[row];
                let text = |field| match field {
                    ActionField::What => action.what.clone(),
                    ActionField::Owner => action.owner.clone(),
                    ActionField::Due => action.due.map(|d| d.to_string()).unwrap_or_default(),
                    ActionField::Measure => action.measure.clone(),
                };
                let field = match cursor.column {
                    0 => Some(ActionField::What),
                    2 => Some(ActionField::Owner),
                    3 => Some(ActionField::Due),
                    4 => Some(ActionField::Measure),
                    _ => None,
                };
                return match field {
                    Some(field) if msg == Msg::Edit => {
                        let value = text(field);
                        self.begin_edit(EditTarget::Action(row, field), value)
                    }
                    Some(_) => Vec::new(),
                    None if cursor.column == 1 && msg == Msg::Edit => {
                        self.choose(ChoiceFor::ActionLink(row))
                    }
                    None if cursor.column == 1 => {
                        let links = self.links();
                        let at = links
                            .iter()
                            .position(|l| l.habit == action.habit && l.priority == action.priority)
                            .map_or(0, |i| i + 1);
                        let next = links[at % links.len()].clone();
                        self.change(|s| {
                            let action = s.plan.get_mut(row).ok_or(EditError::Missing)?;
                            action.habit = next.habit;
                            action.priority = next.priority;
                            Ok(())
                        })
                    }
                    None => self.change(|s| {
                        let action = s.plan.get_mut(row).ok_or(EditError::Missing)?;
                        action.status = action.status.next();
                        Ok(())
                    }),
                };
            }
            Msg::Delete if has_row && !self.read_only => {
                self.mode = Mode::Confirm(Confirmation::RemoveAction(cursor.row));
            }
            Msg::MoveUp | Msg::MoveDown if has_row => {
                let row = cursor.row;
                let to = if msg == Msg::MoveUp {
                    row.checked_sub(1)
                } else {
                    Some(row + 1)
                };
                if let Some(to) = to.filter(|&to| to < self.session.plan.len()) {
                    return self.change(|s| {
                        s.plan.swap(row, to);
                        s.position.action.row = to;
                        Ok(())
                    });
                }
            }
            Msg::Suggest => return self.open_suggestions(),
            Msg::ToggleOwnerPolicy => {
                let effects = self.change(|s| {
                    if !s.owners_from_participants
                        && let Some(stranger) = s
                            .plan
                            .iter()
                            .find(|a| !a.owner.is_empty() && s.participant(&a.owner).is_none())
                    {
                        return Err(EditError::UnknownOwner(stranger.owner.clone()));
                    }
                    s.owners_from_participants = !s.owners_from_participants;
                    Ok(())
                });
                if !effects.is_empty() {
                    let rule = if self.session.owners_from_participants {
                        "participants only"
                    } else {
                        "any name"
                    };
                    self.info(format!("owners: {rule}"));
                }
                return effects;
            }
            _ => {}
        }
        Vec::new()
    }
}

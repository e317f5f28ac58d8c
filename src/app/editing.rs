//! Editing text: starting an edit, typing, and committing what was typed to
//! where it goes.

use tui_input::InputRequest;

use super::{ActionField, App, Confirmation, Edit, EditTarget, Effect, Mode, Msg};
use crate::domain::names::{same_name, same_words};
use crate::domain::timer::MOST_MINUTES;
use crate::domain::{
    Action, EditError, Session, SetupField, Timer, VoteError, parse_due, parse_next_benchmark,
};

impl App {
    /// Starts editing `text` for `target`, unless the view is read-only.
    pub(super) fn begin_edit(&mut self, target: EditTarget, text: String) -> Vec<Effect> {
        if self.read_only {
            self.error("read-only: this session cannot be changed here".into());
        } else {
            self.mode = Mode::Editing(Edit::new(target, text));
        }
        Vec::new()
    }

    pub(super) fn editing(&mut self, msg: Msg) -> Vec<Effect> {
        let Mode::Editing(edit) = &mut self.mode else {
            return Vec::new();
        };
        match msg {
            Msg::Complete => self.complete(),
            Msg::Input(request) => {
                edit.completion = None;
                if std::mem::take(&mut edit.replaces) && replaces_value(&request) {
                    edit.input.reset();
                }
                edit.input.handle(request);
                Vec::new()
            }
            Msg::Paste(text) => {
                edit.completion = None;
                if std::mem::take(&mut edit.replaces) {
                    edit.input.reset();
                }
                // A field holds one line: the lines of a paste are joined by spaces.
                for c in text
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .chars()
                {
                    edit.input.handle(InputRequest::InsertChar(c));
                }
                Vec::new()
            }
            Msg::Cancel => {
                self.mode = Mode::Normal;
                self.info("edit cancelled".into());
                Vec::new()
            }
            Msg::Commit => self.commit(),
            Msg::Quit => {
                // Keep what was typed when it is valid; quit either way.
                let mut effects = self.commit();
                effects.extend(self.quit());
                effects
            }
            _ => Vec::new(),
        }
    }

    fn commit(&mut self) -> Vec<Effect> {
        let Mode::Editing(edit) = &self.mode else {
            return Vec::new();
        };
        let target = edit.target;
        let apply = match self.check_edit(target, edit.input.value()) {
            Ok(apply) => apply,
            Err(problem) => {
                // Refused: keep the text on screen so nothing typed is lost.
                self.error(problem);
                return Vec::new();
            }
        };
        let mut added = None;
        let effects = self.change(|s| apply(s).map(|index| added = index));
        if effects.is_empty() {
            return effects;
        }
        self.mode = Mode::Normal;
        let today = self.now().date();
        match (target, added) {
            (EditTarget::NewArea, Some(i)) => {
                self.session.position.setup_row = SetupField::ALL.len() + i
            }
            (EditTarget::NewAction, Some(i)) => {
                self.session.position.action = crate::domain::Cursor { row: i, column: 2 };
                // Straight on to the owner: an action without one is the usual gap.
                self.mode = Mode::Editing(Edit::new(
                    EditTarget::Action(i, ActionField::Owner),
                    String::new(),
                ));
            }
            (EditTarget::Action(i, ActionField::Due), _)
                if self
                    .session
                    .plan
                    .get(i)
                    .and_then(|a| a.due)
                    .is_some_and(|due| due < today) =>
            {
                self.error("saved, but that due date is in the past".into());
            }
            (EditTarget::Setup(SetupField::Title), _) if self.file_name_from_title().is_some() => {
                self.mode = Mode::Confirm(Confirmation::RenameFile);
            }
            // The header may have no room for the timer: the status line confirms it.
            (EditTarget::TimerMinutes, _) => {
                self.info(match &self.session.timer {
                    Some(timer) => {
                        let minutes = timer.seconds / 60;
                        let unit = if minutes == 1 { "minute" } else { "minutes" };
                        format!("timer: {minutes} {unit}, Ctrl+T pauses it")
                    }
                    None => "timer stopped".to_string(),
                });
            }
            (EditTarget::NewParticipant, Some(i)) => {
                self.session.position.participant.row = i;
                // Straight on to the role: a room is entered name, role, name, role.
                self.mode = Mode::Editing(Edit::new(EditTarget::ParticipantRole(i), String::new()));
            }
            _ => {}
        }
        effects
    }

    /// What is wrong with the text being typed, said while typing.
    pub fn edit_problem(&self) -> Option<String> {
        let Mode::Editing(edit) = &self.mode else {
            return None;
        };
        self.check_edit(edit.target, edit.input.value()).err()
    }

    /// The one check of each kind of field, used both for the warning while
    /// typing (`edit_problem`) and on Enter (`commit`), so the two cannot drift:
    /// what the text would do, or why it is refused.
    fn check_edit(&self, target: EditTarget, text: &str) -> Result<Change, String> {
        let session = &self.session;
        let owned = text.to_string();
        let checked = match target {
            EditTarget::Setup(field) => session
                .check_setup(field, text)
                .map(|()| change(move |s| s.set_setup(field, &owned).map(|()| None))),
            EditTarget::NewArea => session
                .check_area(text, None)
                .map(|_| change(move |s| s.add_area(&owned).map(Some))),
            EditTarget::Area(i) => session
                .check_area(text, Some(i))
                .map(|_| change(move |s| s.rename_area(i, &owned).map(|()| None))),
            EditTarget::NewParticipant => {
                let area = self.area_for_new_participant();
                session
                    .check_participant_name(text, None)
                    .map(|_| change(move |s| s.add_participant(&owned, area).map(Some)))
            }
            EditTarget::ParticipantName(i) => session
                .check_participant_name(text, Some(i))
                .map(|_| change(move |s| s.rename_participant(i, &owned).map(|()| None))),
            EditTarget::ParticipantRole(i) => Ok(change(move |s| {
                s.participant_mut(i)?.role = owned.trim().to_string();
                Ok(None)
            })),
            EditTarget::Note(kind, index) => {
                let habit = self.habit().id.clone();
                Ok(change(move |s| {
                    s.set_note(&habit, kind, index, &owned).map(|()| None)
                }))
            }
            EditTarget::Idea if self.round().is_some_and(|round| round.has_votes()) => {
                Err(VoteError::VotesIn.into())
            }
            EditTarget::Idea => Ok(change(move |s| App::add_idea(s, &owned).map(|()| None))),
            EditTarget::NewAction => Action::new(text).map(|action| {
                change(move |s| {
                    s.plan.push(action);
                    Ok(Some(s.plan.len() - 1))
                })
            }),
            EditTarget::Action(i, field) => self.check_action_field(field, text).map(|set| {
                change(move |s| {
                    set(s.plan.get_mut(i).ok_or(EditError::Missing)?);
                    Ok(None)
                })
            }),
            EditTarget::NextBenchmark => {
                parse_next_benchmark(text, self.now().date(), session.date).map(|due| {
                    change(move |s| {
                        s.next_benchmark = Some(due);
                        Ok(None)
                    })
                })
            }
            EditTarget::ReviewNote(i) => Ok(change(move |s| {
                s.review.get_mut(i).ok_or(EditError::Missing)?.note = owned.trim().to_string();
                Ok(None)
            })),
            EditTarget::TimerMinutes => {
                let now = self.now();
                parse_minutes(text).map(|minutes| {
                    change(move |s| {
                        s.timer = (minutes > 0)
                            .then(|| Timer::start(s.position.phase.label(), minutes, now));
                        Ok(None)
                    })
                })
            }
        };
        checked.map_err(|error| error.to_string())
    }

    /// The check of a typed column of the plan, and the change it makes.
    fn check_action_field(&self, field: ActionField, text: &str) -> Result<SetColumn, EditError> {
        let owned = text.trim().to_string();
        Ok(match field {
            ActionField::What => {
                let what = Action::new(text)?.what;
                Box::new(move |action| action.what = what)
            }
            ActionField::Owner => {
                // An owner is any name, or a participant's when the plan asks for that;
                // a participant's name typed without its accents or case is theirs.
                let people = &self.session.participants;
                let participant = (!owned.is_empty())
                    .then(|| {
                        let sounding: Vec<_> = people
                            .iter()
                            .filter(|p| same_words(&p.name, &owned))
                            .collect();
                        people
                            .iter()
                            .find(|p| same_name(&p.name, &owned))
                            .or((sounding.len() == 1).then(|| sounding[0]))
                    })
                    .flatten();
                let owned = match participant {
                    Some(person) => person.name.clone(),
                    None if self.session.owners_from_participants && !owned.is_empty() => {
                        return Err(EditError::UnknownOwner(owned));
                    }
                    None => owned,
                };
                Box::new(move |action| action.owner = owned)
            }
            // An empty date clears it: not every action has a date yet.
            ActionField::Due if owned.is_empty() => Box::new(|action| action.due = None),
            ActionField::Due => {
                let due = parse_due(text, self.now().date(), self.session.date)?;
                Box::new(move |action| action.due = Some(due))
            }
            ActionField::Measure => Box::new(move |action| action.measure = owned),
        })
    }
}

/// A change to the session from committed text; it returns the index of what
/// it added, if anything, for the cursor to follow.
type Change = Box<dyn FnOnce(&mut Session) -> Result<Option<usize>, EditError>>;

fn change(
    apply: impl FnOnce(&mut Session) -> Result<Option<usize>, EditError> + 'static,
) -> Change {
    Box::new(apply)
}

/// A change to one action of the plan from a typed column.
type SetColumn = Box<dyn FnOnce(&mut Action)>;

/// Whether a key typed into an untouched pre-filled value replaces it: a
/// character does; a move or a deletion means "keep it and edit".
fn replaces_value(request: &InputRequest) -> bool {
    matches!(request, InputRequest::InsertChar(_))
}

/// Minutes typed for the timer, up to a day.
fn parse_minutes(text: &str) -> Result<u32, EditError> {
    let minutes = text
        .trim()
        .parse::<u64>()
        .map_err(|_| EditError::BadMinutes(text.trim().to_string()))?;
    u32::try_from(minutes)
        .ok()
        .filter(|&minutes| minutes <= MOST_MINUTES)
        .ok_or(EditError::TooManyMinutes {
            minutes,
            most: MOST_MINUTES,
        })
}

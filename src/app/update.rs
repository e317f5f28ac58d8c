//! `App::update`: every change of state, one message at a time.

use ratatui::layout::Rect;
use tui_input::Input;

use super::window::MIN_SIZE;
use super::{
    ActionField, App, BenchmarkRow, Confirmation, Edit, EditTarget, Effect, Mode, Msg, PHASES,
    ResultsView, Status, keymap,
};
use crate::domain::{
    Action, EditError, NoteKind, Phase, Results, Session, SetupField, Timer, parse_due,
};

/// Participants table columns: name, role, area, anonymous.
const PARTICIPANT_COLUMNS: usize = 4;

impl App {
    /// Applies one message and returns what the loop must do next.
    pub fn update(&mut self, msg: Msg) -> Vec<Effect> {
        let mut effects = match msg {
            Msg::Key(key) => {
                return match keymap::msg_for(self, key) {
                    Some(msg) => self.update(msg),
                    None => Vec::new(),
                };
            }
            Msg::Saved(at) => {
                // The save confirms what the key did; it never hides its message.
                let saved = format!("saved {}", at.format("%H:%M:%S"));
                if self.status.text.is_empty() {
                    self.status.text = saved;
                } else {
                    self.status.text = format!("{} · {saved}", self.status.text);
                }
                self.quit_held = false;
                self.saved_quit()
            }
            Msg::SaveFailed(why) => {
                self.error(format!("NOT SAVED: {why} (q twice quits anyway)"));
                if self.quitting && self.quit_held {
                    return vec![Effect::Quit];
                }
                // After a failed save, quitting takes a second request.
                self.quit_held |= self.quitting;
                self.quitting = false;
                Vec::new()
            }
            Msg::Exported(path) => {
                self.info(format!("exported to {path}"));
                Vec::new()
            }
            Msg::ExportFailed(why) => {
                self.error(format!("export failed: {why}"));
                Vec::new()
            }
            Msg::Tick(now) => {
                self.now = Some(now);
                Vec::new()
            }
            Msg::Resize(width, height) => {
                self.window_too_small = !MIN_SIZE.fits(Rect::new(0, 0, width, height));
                Vec::new()
            }
            // Only "make the window larger" is on screen: a key must not change
            // what nobody can see. Quitting still works.
            msg if self.window_too_small && msg != Msg::Quit => Vec::new(),
            msg => {
                // Each key starts with a clear status line: only its own outcome shows.
                self.status = Status::default();
                self.handle(msg)
            }
        };
        self.clamp_cursors();
        if self.read_only {
            // Nothing is written from a read-only view, not even the cursor.
            effects.retain(|effect| *effect != Effect::Save);
        }
        effects
    }

    /// A key's message, handled by the mode the app is in.
    fn handle(&mut self, msg: Msg) -> Vec<Effect> {
        match &self.mode {
            Mode::Normal => self.normal(msg),
            Mode::Editing(_) => self.editing(msg),
            Mode::Confirm(confirmation) => self.confirming(*confirmation, msg),
            Mode::Help => self.helping(msg),
            Mode::Voting(step) => self.voting(step.clone(), msg),
        }
    }

    pub(super) fn info(&mut self, text: String) {
        self.status = Status {
            text,
            is_error: false,
        };
    }

    pub(super) fn error(&mut self, text: String) {
        self.status = Status {
            text,
            is_error: true,
        };
    }

    /// Applies a change to the session, or refuses it with a message. A change
    /// that goes through is undoable and saved at once.
    ///
    /// Every change of the session (anything but a cursor) comes through here, and
    /// here the session's own rules are checked after the change: one that would
    /// leave the session with a problem `parse_session` refuses is undone and its
    /// reason shown, so every state the app saves is a file that reopens.
    pub(super) fn change(
        &mut self,
        apply: impl FnOnce(&mut Session) -> Result<(), EditError>,
    ) -> Vec<Effect> {
        if self.read_only {
            self.error("read-only: this session cannot be changed here".into());
            return Vec::new();
        }
        let before = self.session.clone();
        let outcome = apply(&mut self.session).and_then(|()| self.new_problem(&before));
        match outcome {
            Ok(()) => {
                self.history.record(before);
                self.results = Results::of(&self.session);
                vec![Effect::Save]
            }
            Err(error) => {
                self.session = before;
                self.error(error.to_string());
                Vec::new()
            }
        }
    }

    /// The first rule the session breaks now that it did not break `before`.
    fn new_problem(&self, before: &Session) -> Result<(), EditError> {
        let problems = self.session.problems();
        if problems.is_empty() {
            return Ok(());
        }
        // Only a session built in code can start with problems (files are checked
        // when loaded); such a session may still change, as long as it gets no worse.
        let known: Vec<String> = before.problems().into_iter().map(|p| p.message).collect();
        match problems.into_iter().find(|p| !known.contains(&p.message)) {
            Some(problem) => Err(EditError::Broken(problem.message)),
            None => Ok(()),
        }
    }

    /// Asks to quit. The cursor is saved too, so reopening continues at the same
    /// place; the app quits when the loop reports the save (`Msg::Saved`).
    pub(super) fn quit(&mut self) -> Vec<Effect> {
        if self.read_only {
            return vec![Effect::Quit];
        }
        self.quitting = true;
        vec![Effect::Save]
    }

    /// The quit that was waiting for a save, now that the save is done.
    fn saved_quit(&mut self) -> Vec<Effect> {
        if std::mem::take(&mut self.quitting) {
            vec![Effect::Quit]
        } else {
            Vec::new()
        }
    }

    pub(super) fn begin_edit(&mut self, target: EditTarget, text: String) -> Vec<Effect> {
        if self.read_only {
            self.error("read-only: this session cannot be changed here".into());
        } else {
            self.mode = Mode::Editing(Edit {
                target,
                input: Input::new(text),
            });
        }
        Vec::new()
    }

    pub(super) fn normal(&mut self, msg: Msg) -> Vec<Effect> {
        if !matches!(msg, Msg::Score(_))
            && let Some(typed) = self.pending_score.take()
        {
            return self.finish_typed_score(typed, msg);
        }
        match msg {
            Msg::NextPhase | Msg::PreviousPhase => {
                let at = PHASES.iter().position(|&p| p == self.phase()).unwrap_or(0);
                let next = if msg == Msg::NextPhase {
                    at + 1
                } else {
                    at + PHASES.len() - 1
                };
                self.session.position.phase = PHASES[next % PHASES.len()];
                vec![Effect::Save]
            }
            Msg::Undo => self.travel(true),
            Msg::Redo => self.travel(false),
            Msg::ToggleHelp => {
                self.mode = Mode::Help;
                Vec::new()
            }
            Msg::SwitchTheme => {
                self.theme = self.theme.next();
                Vec::new()
            }
            Msg::Quit => self.quit(),
            Msg::Export => self.begin_edit(EditTarget::ExportFormat, "html".into()),
            Msg::TogglePresenter => {
                self.presenter = !self.presenter;
                Vec::new()
            }
            Msg::SetTimer => {
                let minutes = self.session.timer.as_ref().map_or(5, |t| t.seconds / 60);
                self.begin_edit(EditTarget::TimerMinutes, minutes.to_string())
            }
            msg => match self.phase() {
                Phase::Setup => self.setup(msg),
                Phase::Participants => self.participants(msg),
                Phase::Benchmark => self.benchmark(msg),
                Phase::Results => self.results_screen(msg),
                Phase::Prioritise => self.prioritise(msg),
                Phase::Plan => self.plan(msg),
                Phase::WrapUp => self.wrap_up(msg),
            },
        }
    }

    /// Undoes (or redoes) one change, cursor included.
    fn travel(&mut self, back: bool) -> Vec<Effect> {
        if self.read_only {
            return Vec::new();
        }
        let current = self.session.clone();
        let found = if back {
            self.history.undo(current)
        } else {
            self.history.redo(current)
        };
        let word = if back { "undo" } else { "redo" };
        match found {
            Some(session) => {
                // Every snapshot is a state that passed `change` (or the one the
                // app opened with), so it needs no second check.
                self.session = session;
                self.results = Results::of(&self.session);
                self.info(format!("{word}ne"));
                vec![Effect::Save]
            }
            None => {
                self.info(format!("nothing to {word}"));
                Vec::new()
            }
        }
    }

    fn setup(&mut self, msg: Msg) -> Vec<Effect> {
        let fields = SetupField::ALL.len();
        let row = self.session.position.setup_row;
        let area = row
            .checked_sub(fields)
            .filter(|&i| i < self.session.areas.len());
        // Below the areas and their "add" row: the earlier plan's actions to review.
        let review = row
            .checked_sub(fields + self.session.areas.len() + 1)
            .filter(|&i| i < self.session.review.len());
        match (msg.clone(), review) {
            (Msg::Edit, Some(i)) => {
                let note = self.session.review[i].note.clone();
                return self.begin_edit(EditTarget::ReviewNote(i), note);
            }
            (Msg::Toggle, Some(i)) => {
                return self.change(|s| {
                    let review = s.review.get_mut(i).ok_or(EditError::Missing)?;
                    review.status = review.status.next();
                    Ok(())
                });
            }
            _ => {}
        }
        match msg {
            Msg::Up => self.session.position.setup_row = row.saturating_sub(1),
            Msg::Down => self.session.position.setup_row = row + 1,
            Msg::Edit if row < fields => {
                let field = SetupField::ALL[row];
                let value = self.session.setup_value(field);
                return self.begin_edit(EditTarget::Setup(field), value);
            }
            Msg::Edit => {
                return match area {
                    Some(i) => {
                        let name = self.session.areas[i].clone();
                        self.begin_edit(EditTarget::Area(i), name)
                    }
                    None => self.begin_edit(EditTarget::NewArea, String::new()),
                };
            }
            Msg::Add => return self.begin_edit(EditTarget::NewArea, String::new()),
            Msg::Delete => match area {
                Some(i) if self.session.people_in_area(i) > 0 && !self.read_only => {
                    self.mode = Mode::Confirm(Confirmation::RemoveArea(i));
                }
                Some(i) => return self.change(|s| s.remove_area(i)),
                None => self.info("choose an area to remove".into()),
            },
            Msg::MoveUp | Msg::MoveDown => {
                if let Some(i) = area {
                    let up = msg == Msg::MoveUp;
                    let effects = self.change(|s| {
                        let to = s.move_area(i, up);
                        s.position.setup_row = fields + to;
                        Ok(())
                    });
                    return effects;
                }
            }
            _ => {}
        }
        Vec::new()
    }

    fn participants(&mut self, msg: Msg) -> Vec<Effect> {
        let cursor = self.session.position.participant;
        let has_row = cursor.row < self.session.participants.len();
        match msg {
            Msg::Up => self.session.position.participant.row = cursor.row.saturating_sub(1),
            Msg::Down => self.session.position.participant.row = cursor.row + 1,
            Msg::Left => self.session.position.participant.column = cursor.column.saturating_sub(1),
            Msg::Right => {
                self.session.position.participant.column =
                    (cursor.column + 1).min(PARTICIPANT_COLUMNS - 1);
            }
            Msg::Add => return self.begin_edit(EditTarget::NewParticipant, String::new()),
            Msg::Edit | Msg::Toggle if !has_row => {
                return self.begin_edit(EditTarget::NewParticipant, String::new());
            }
            Msg::Edit | Msg::Toggle => {
                let person = &self.session.participants[cursor.row];
                return match cursor.column {
                    0 if msg == Msg::Edit => {
                        let name = person.name.clone();
                        self.begin_edit(EditTarget::ParticipantName(cursor.row), name)
                    }
                    1 if msg == Msg::Edit => {
                        let role = person.role.clone();
                        self.begin_edit(EditTarget::ParticipantRole(cursor.row), role)
                    }
                    2 => {
                        // Cycle through the areas, then "no area".
                        let areas = &self.session.areas;
                        let at = person
                            .area
                            .as_ref()
                            .and_then(|a| areas.iter().position(|x| x == a));
                        let next = match at {
                            None => areas.first().cloned(),
                            Some(i) => areas.get(i + 1).cloned(),
                        };
                        if areas.is_empty() {
                            self.error("no areas yet: add them in Setup".into());
                            return Vec::new();
                        }
                        self.change(|s| {
                            s.participant_mut(cursor.row)?.area = next;
                            Ok(())
                        })
                    }
                    3 => self.change(|s| {
                        let person = s.participant_mut(cursor.row)?;
                        person.anonymous = !person.anonymous;
                        Ok(())
                    }),
                    _ => Vec::new(),
                };
            }
            Msg::Delete if has_row && !self.read_only => {
                self.mode = Mode::Confirm(Confirmation::RemoveParticipant(cursor.row));
            }
            Msg::Delete => self.info("nobody to delete here".into()),
            _ => {}
        }
        Vec::new()
    }

    fn benchmark(&mut self, msg: Msg) -> Vec<Effect> {
        let position = self.session.position;
        let habit = self.habit().id.clone();
        let habits = self.session.framework.habits.len();
        let row = self.benchmark_row();
        let kind = self.score_kind();
        match msg {
            Msg::Up => self.session.position.score.row = position.score.row.saturating_sub(1),
            Msg::Down => self.session.position.score.row = position.score.row + 1,
            Msg::PreviousHabit | Msg::NextHabit => {
                let step = if msg == Msg::NextHabit { 1 } else { habits - 1 };
                self.session.position.habit = (position.habit + step) % habits;
                self.session.position.score = Default::default();
                return vec![Effect::Save];
            }
            Msg::Toggle => self.session.position.score.column = 1 - position.score.column.min(1),
            Msg::Score(digit) => return self.type_score_digit(digit),
            Msg::ClearScore => {
                if let Some(BenchmarkRow::Participant(i)) = row {
                    let name = self.session.participants[i].name.clone();
                    return self.change(|s| s.set_score(&habit, &name, kind, None));
                }
            }
            Msg::AddNote => {
                return self.begin_edit(EditTarget::Note(NoteKind::Note, None), String::new());
            }
            Msg::AddBarrier => {
                return self.begin_edit(EditTarget::Note(NoteKind::Barrier, None), String::new());
            }
            Msg::Edit => {
                if let Some(BenchmarkRow::Note(kind, i)) = row {
                    let text = self.session.notes(&habit, kind)[i].clone();
                    return self.begin_edit(EditTarget::Note(kind, Some(i)), text);
                }
            }
            Msg::Delete => {
                if let Some(BenchmarkRow::Note(kind, i)) = row {
                    return self.change(|s| s.remove_note(&habit, kind, i).map(|_| ()));
                }
                self.info("d deletes a note or barrier; Backspace clears a score".into());
            }
            Msg::ToggleReveal => {
                let mut shown = false;
                let effects = self.change(|s| {
                    shown = s.toggle_reveal(&habit);
                    Ok(())
                });
                if !effects.is_empty() {
                    let name = self.habit().name.clone();
                    self.info(if shown {
                        format!("{name}: scores revealed")
                    } else {
                        format!("{name}: scores hidden")
                    });
                }
                return effects;
            }
            _ => {}
        }
        Vec::new()
    }

    /// After a score: current moves to target, target to the next person's current.
    pub(super) fn advance_score_cursor(&mut self) {
        let people = self.session.participants.len();
        let score = &mut self.session.position.score;
        if score.column == 0 {
            score.column = 1;
        } else if score.row + 1 < people {
            score.row += 1;
            score.column = 0;
        } else {
            let habit = self.habit();
            let name = habit.name.clone();
            let scored = self.session.scored_count(&habit.id);
            self.info(format!(
                "{name}: {scored} of {people} scored; ← → for another habit"
            ));
        }
    }

    fn results_screen(&mut self, msg: Msg) -> Vec<Effect> {
        if msg == Msg::ToggleHeatMap {
            // Habits, the heat map, then (for a follow-up) what moved.
            self.results_view = match self.results_view {
                ResultsView::Habits => ResultsView::HeatMap,
                ResultsView::HeatMap if self.previous.is_some() => ResultsView::Compare,
                _ => ResultsView::Habits,
            };
        }
        Vec::new()
    }

    fn editing(&mut self, msg: Msg) -> Vec<Effect> {
        let Mode::Editing(edit) = &mut self.mode else {
            return Vec::new();
        };
        match msg {
            Msg::Input(request) => {
                edit.input.handle(request);
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
        let value = edit.input.value().to_string();
        if target == EditTarget::ExportFormat {
            return match super::parse_format(&value) {
                Ok(format) => {
                    self.mode = Mode::Normal;
                    vec![Effect::Export(format)]
                }
                Err(problem) => {
                    self.error(problem);
                    Vec::new()
                }
            };
        }
        let habit = self.habit().id.clone();
        let new_area = self.area_for_new_participant();
        let now = self.now();
        let today = now.date();
        if let EditTarget::Action(_, ActionField::Owner) = target
            && let Err(error) = self.check_owner(&value)
        {
            self.error(error.to_string());
            return Vec::new();
        }
        let mut added = None;
        let effects = self.change(|s| match target {
            EditTarget::Setup(field) => s.set_setup(field, &value),
            EditTarget::NewArea => s.add_area(&value).map(|i| added = Some(i)),
            EditTarget::Area(i) => s.rename_area(i, &value),
            EditTarget::NewParticipant => {
                s.add_participant(&value, new_area).map(|i| added = Some(i))
            }
            EditTarget::ParticipantName(i) => s.rename_participant(i, &value),
            EditTarget::ParticipantRole(i) => {
                s.participant_mut(i)?.role = value.trim().to_string();
                Ok(())
            }
            EditTarget::Note(kind, index) => s.set_note(&habit, kind, index, &value),
            EditTarget::Idea => App::add_idea(s, &value),
            EditTarget::NewAction => {
                s.plan.push(Action::new(&value)?);
                added = Some(s.plan.len() - 1);
                Ok(())
            }
            EditTarget::Action(i, field) => {
                let action = s.plan.get_mut(i).ok_or(EditError::Missing)?;
                match field {
                    ActionField::What => action.what = Action::new(&value)?.what,
                    ActionField::Owner => action.owner = value.trim().to_string(),
                    ActionField::Due => action.due = Some(parse_due(&value, today)?),
                    ActionField::Measure => action.measure = value.trim().to_string(),
                }
                Ok(())
            }
            EditTarget::NextBenchmark => {
                s.next_benchmark = Some(parse_due(&value, s.date)?);
                Ok(())
            }
            EditTarget::ExportFormat => Ok(()),
            EditTarget::ReviewNote(i) => {
                s.review.get_mut(i).ok_or(EditError::Missing)?.note = value.trim().to_string();
                Ok(())
            }
            EditTarget::TimerMinutes => {
                let minutes = value
                    .trim()
                    .parse::<u32>()
                    .map_err(|_| EditError::BadMinutes(value.trim().into()))?;
                s.timer =
                    (minutes > 0).then(|| Timer::start(s.position.phase.label(), minutes, now));
                Ok(())
            }
        });
        if effects.is_empty() {
            // Refused: keep the text on screen so nothing typed is lost.
            return effects;
        }
        self.mode = Mode::Normal;
        match (target, added) {
            (EditTarget::NewArea, Some(i)) => {
                self.session.position.setup_row = SetupField::ALL.len() + i
            }
            (EditTarget::NewAction, Some(i)) => {
                self.session.position.action = crate::domain::Cursor { row: i, column: 2 };
                // Straight on to the owner: an action without one is the usual gap.
                self.mode = Mode::Editing(Edit {
                    target: EditTarget::Action(i, ActionField::Owner),
                    input: Input::default(),
                });
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
            (EditTarget::NewParticipant, Some(i)) => {
                self.session.position.participant.row = i;
                // Straight on to the role: a room is entered name, role, name, role.
                self.mode = Mode::Editing(Edit {
                    target: EditTarget::ParticipantRole(i),
                    input: Input::default(),
                });
            }
            _ => {}
        }
        effects
    }

    /// A new participant joins the area of the person under the cursor, so a
    /// room entered area by area needs no extra keys.
    fn area_for_new_participant(&self) -> Option<String> {
        let people = &self.session.participants;
        people
            .get(self.session.position.participant.row)
            .or(people.last())
            .and_then(|p| p.area.clone())
            .or_else(|| self.session.areas.first().cloned())
    }

    fn confirming(&mut self, confirmation: Confirmation, msg: Msg) -> Vec<Effect> {
        if let Confirmation::Vote(question) = confirmation {
            return self.confirming_vote(question, msg);
        }
        match msg {
            Msg::Confirm => {
                self.mode = Mode::Normal;
                match confirmation {
                    Confirmation::RemoveParticipant(i) => {
                        self.change(|s| s.remove_participant(i).map(|_| ()))
                    }
                    Confirmation::RemoveArea(i) => self.change(|s| s.remove_area(i)),
                    Confirmation::RemoveAction(i) => self.change(|s| {
                        if i >= s.plan.len() {
                            return Err(EditError::Missing);
                        }
                        s.plan.remove(i);
                        Ok(())
                    }),
                    Confirmation::Vote(_) => Vec::new(), // answered above
                }
            }
            Msg::Decline | Msg::Cancel => {
                self.mode = Mode::Normal;
                self.info("nothing deleted".into());
                Vec::new()
            }
            Msg::Quit => self.quit(),
            _ => Vec::new(),
        }
    }

    fn helping(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::ToggleHelp | Msg::Cancel => {
                self.mode = Mode::Normal;
                Vec::new()
            }
            Msg::Quit => self.quit(),
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::ThemeName;

    fn app() -> App {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 5, 14).unwrap();
        let framework = crate::assets::default_framework().unwrap();
        let mut session = Session::new("Customer day", date, framework);
        session.add_participant("Ana", None).unwrap();
        App::new(session, "test.ron".into(), false, ThemeName::Default, false)
    }

    #[test]
    fn a_change_that_breaks_a_rule_of_the_session_is_refused_with_the_reason() {
        let mut app = app();
        let before = app.session().clone();
        let effects = app.change(|s| {
            s.participants[0].area = Some("Nowhere".into());
            Ok(())
        });
        assert_eq!(effects, []);
        assert_eq!(*app.session(), before, "the session stays as it was");
        assert!(app.status.is_error);
        assert_eq!(
            app.status.text,
            "not changed: participant \"Ana\" is in area \"Nowhere\", which is not one of the session's areas"
        );
        app.update(Msg::Undo);
        assert_eq!(
            app.status.text, "nothing to undo",
            "a refusal is not undoable"
        );
    }

    #[test]
    fn a_session_with_problems_may_change_as_long_as_it_gets_no_worse() {
        let mut app = app();
        app.session.title = String::new();
        assert_eq!(
            app.change(|s| {
                s.facilitator = "Kim".into();
                Ok(())
            }),
            [Effect::Save]
        );
        assert_eq!(
            app.change(|s| {
                s.areas.push(String::new());
                Ok(())
            }),
            []
        );
    }
}

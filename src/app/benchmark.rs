//! Benchmark: moving through people, notes and barriers of one habit at a time,
//! and revealing the room's scores. Typing scores is in `score_entry`.

use super::{App, BenchmarkRow, EditTarget, Effect, Msg};
use crate::domain::NoteKind;

impl App {
    pub(super) fn benchmark(&mut self, msg: Msg) -> Vec<Effect> {
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
}

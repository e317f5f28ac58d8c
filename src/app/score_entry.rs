//! Typing scores in the benchmark. On a scale of one-digit values a digit scores
//! at once; on a scale such as 0-10 a digit that may begin a longer value ("1")
//! waits for the next one, and Enter, Space or moving on scores what was typed.

use super::{App, BenchmarkRow, Effect, Msg};
use crate::domain::{EditError, ScoreKind, TypedScore, privacy};

impl App {
    /// A digit typed on the score under the cursor.
    pub(super) fn type_score_digit(&mut self, digit: u8) -> Vec<Effect> {
        if self.read_only {
            self.error("read-only: this session cannot be changed here".into());
            return Vec::new();
        }
        let Some(BenchmarkRow::Participant(person)) = self.benchmark_row() else {
            self.info("move to a participant's row to score".into());
            return Vec::new();
        };
        let habit = &self.habit().id;
        let name = &self.session.participants[person].name;
        if !privacy::score_may_change(&self.session, habit, name) {
            self.pending_score = None;
            self.error(EditError::AnonymousScoreShown.to_string());
            return Vec::new();
        }
        let digit = u16::from(digit);
        let typed = self
            .pending_score
            .take()
            .map_or(digit, |before| before * 10 + digit);
        let scale = &self.session.framework.scale;
        match scale.typed(typed) {
            TypedScore::Complete(value) => self.score_cell(value.into(), true),
            TypedScore::Partial(typed) => {
                self.pending_score = Some(typed);
                let person = &self.session.participants[person];
                let kind = match self.score_kind() {
                    ScoreKind::Current => "current",
                    ScoreKind::Target => "target",
                };
                // The digits stand beside the name only where the score itself
                // may (`own_scores_shown`): never for a hidden habit or an
                // anonymous person.
                let shown = privacy::own_scores_shown(&self.session)(&self.habit().id, person);
                let digits = if shown {
                    typed.to_string()
                } else {
                    String::new()
                };
                // Enter is offered only for a value on the scale (1 is not on 5-15).
                let enter = match u8::try_from(typed).is_ok_and(|v| scale.contains(v)) {
                    false => String::new(),
                    true if shown => format!(", or Enter to score {typed}"),
                    true => ", or Enter to score it".into(),
                };
                self.info(format!(
                    "{}, {kind}: {digits}… type the next digit{enter}",
                    person.name
                ));
                Vec::new()
            }
            TypedScore::OffScale(value) => {
                let (min, max) = (scale.min, scale.max);
                self.error(EditError::OffScale { value, min, max }.to_string());
                Vec::new()
            }
        }
    }

    /// A key other than a digit while a score is part-typed: Backspace drops the
    /// digits, Enter and Space score them and move on, and any other key scores
    /// them where they were typed before doing its own job. A refused score (a
    /// "5" on a scale of 50-60) holds the key back, except quit.
    pub(super) fn finish_typed_score(&mut self, typed: u16, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::ClearScore => {
                self.info("typed digits dropped: not scored".into());
                Vec::new()
            }
            Msg::Edit | Msg::Toggle => self.score_cell(typed, true),
            msg => {
                let mut effects = self.score_cell(typed, false);
                if !effects.is_empty() || msg == Msg::Quit {
                    effects.extend(self.normal(msg));
                }
                effects
            }
        }
    }

    /// Whether the benchmark's cursor is on the current or the target score.
    pub(super) fn score_kind(&self) -> ScoreKind {
        if self.session.position.score.column == 0 {
            ScoreKind::Current
        } else {
            ScoreKind::Target
        }
    }

    /// Scores the cell under the cursor, and moves on when asked to.
    fn score_cell(&mut self, value: u16, advance: bool) -> Vec<Effect> {
        let Some(BenchmarkRow::Participant(person)) = self.benchmark_row() else {
            return Vec::new();
        };
        let scale = &self.session.framework.scale;
        let Ok(value) = u8::try_from(value) else {
            let (min, max) = (scale.min, scale.max);
            self.error(EditError::OffScale { value, min, max }.to_string());
            return Vec::new();
        };
        let habit = self.habit().id.clone();
        let name = self.session.participants[person].name.clone();
        let kind = self.score_kind();
        let effects = self.change(|s| s.set_score(&habit, &name, kind, Some(value)));
        if advance && !effects.is_empty() {
            self.advance_score_cursor();
        }
        effects
    }
}

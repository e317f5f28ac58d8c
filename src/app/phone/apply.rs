//! A phone's request applied through the same rules as a key: the answer waits
//! for the save that holds the change, and a refusal changes nothing.

use super::{Accepted, Opening, PhoneAction, PhoneRequest, Refusal, Token};
use crate::app::{App, Effect};
use crate::domain::{EditError, Rating, Results, ScoreKind, Session};

impl App {
    /// Applies phones' requests together: each meets the same rules as alone
    /// and a refusal is answered alone, but the session is copied, checked
    /// whole and its results counted once, and the entries make one undo step
    /// (`u` takes back the last group of phone entries at once). Should the
    /// whole-session check fail, which no single entry's rules allow, the
    /// requests are applied again one by one so only the entry at fault is
    /// refused.
    pub(in crate::app) fn phone_requests(&mut self, requests: Vec<PhoneRequest>) -> Vec<Effect> {
        let unsaved = self.before_phone_entries();
        let effects = self.apply_phone_requests(requests);
        self.after_phone_entries(unsaved);
        effects
    }

    fn apply_phone_requests(&mut self, requests: Vec<PhoneRequest>) -> Vec<Effect> {
        if self.read_only || requests.len() == 1 {
            return requests
                .into_iter()
                .flat_map(|request| self.phone(request))
                .collect();
        }
        let before = self.session.clone();
        let claims = self.claims.clone();
        let waiting = self.pending_replies.len();
        self.batching = true;
        let mut effects: Vec<Effect> = requests
            .iter()
            .cloned()
            .flat_map(|request| self.phone(request))
            .collect();
        self.batching = false;
        if !effects.contains(&Effect::Save) {
            return effects;
        }
        if self.new_problem(&before).is_err() {
            self.session = before;
            self.claims = claims;
            self.pending_replies.truncate(waiting);
            return requests
                .into_iter()
                .flat_map(|request| self.phone(request))
                .collect();
        }
        self.history.record(before);
        self.results = Results::of(&self.session);
        // One save holds every entry.
        let mut saved = false;
        effects.retain(|effect| *effect != Effect::Save || !std::mem::replace(&mut saved, true));
        effects
    }

    /// Applies a phone's request. What goes through waits for the loop's next
    /// save (`Msg::Saved` answers it); a refusal is answered at once. The
    /// facilitator's status line is left as it was: changes go through
    /// `try_change`, which hands a refusal back instead of showing it.
    fn phone(&mut self, request: PhoneRequest) -> Vec<Effect> {
        let PhoneRequest { id, token, action } = request;
        let outcome = match action {
            PhoneAction::Claim { name } => self.phone_claim(&token, &name),
            PhoneAction::Add { name, area } => self.phone_add(&token, &name, area),
            PhoneAction::Score {
                habit,
                current,
                target,
            } => self.phone_score(&token, &habit, current, target),
            PhoneAction::Vote { round, dots } => self.phone_vote(&token, round, dots),
        };
        match outcome {
            Ok((accepted, effects)) => {
                self.pending_replies.push((id, Ok(accepted)));
                effects
            }
            Err(refusal) => vec![Effect::Reply(id, Err(refusal))],
        }
    }

    fn phone_claim(
        &mut self,
        token: &Token,
        name: &str,
    ) -> Result<(Accepted, Vec<Effect>), Refusal> {
        if self.read_only {
            return Err(Refusal::ReadOnly);
        }
        if self.session.participant(name).is_none() {
            return Err(Refusal::NotOnRoster(name.to_string()));
        }
        // A name renamed or removed since it was claimed frees its phone.
        if let Some(own) = self.claims.name(token)
            && self.session.participant(own).is_none()
        {
            self.claims.release(token);
        }
        self.claims.claim(token, name)?;
        // Saved even when claimed before: the answer then waits for any save
        // of the claim still under way.
        Ok((
            Accepted::Claimed(name.to_string()),
            vec![Effect::SaveClaims],
        ))
    }

    /// The participant a phone speaks for, if it still is one.
    fn claimant(&self, token: &Token) -> Result<String, Refusal> {
        let name = self.claims.name(token).ok_or(Refusal::UnknownToken)?;
        match self.session.participant(name) {
            Some(person) => Ok(person.name.clone()),
            None => Err(Refusal::NotOnRoster(name.to_string())),
        }
    }

    fn phone_score(
        &mut self,
        token: &Token,
        habit: &str,
        current: Option<u8>,
        target: Option<u8>,
    ) -> Result<(Accepted, Vec<Effect>), Refusal> {
        let name = self.claimant(token)?;
        let Opening::Scoring { habit: open } = self.opening() else {
            return Err(Refusal::HabitNotOpen);
        };
        if self.session.framework.habits[open].id != habit {
            return Err(Refusal::HabitNotOpen);
        }
        if current.is_none() && target.is_none() {
            return Err(Refusal::NoScore);
        }
        // The domain's own rules refuse (off the scale, say); the reason comes
        // back as the refusal the phone reads.
        let mut why = None;
        let effects = self
            .try_change(|s| {
                set_both(s, habit, &name, current, target)
                    .inspect_err(|error| why = Some(error.clone()))?;
                s.mark_phone_score(habit, &name, Rating { current, target });
                Ok(())
            })
            .map_err(|broken| why.map_or(Refusal::Broken(broken), Refusal::from))?;
        Ok((Accepted::Scored, effects))
    }

    fn phone_vote(
        &mut self,
        token: &Token,
        round: usize,
        dots: Vec<u32>,
    ) -> Result<(Accepted, Vec<Effect>), Refusal> {
        let name = self.claimant(token)?;
        if self.opening() != (Opening::Voting { round }) {
            return Err(Refusal::RoundNotOpen);
        }
        let mut why = None;
        let effects = self
            .try_change(|s| {
                let open = s.rounds.get_mut(round).ok_or(EditError::Missing)?;
                open.cast(&name, dots)
                    .inspect_err(|error| why = Some(EditError::from(error.clone())))?;
                s.mark_phone_ballot(round, &name);
                Ok(())
            })
            .map_err(|broken| why.map_or(Refusal::Broken(broken), Refusal::from))?;
        Ok((Accepted::Voted, effects))
    }
}

/// Sets the scores a phone sent, both or neither: a group of phones is applied
/// without a copy to go back to, so should the target be refused the current
/// score is put back as it was.
fn set_both(
    session: &mut Session,
    habit: &str,
    name: &str,
    current: Option<u8>,
    target: Option<u8>,
) -> Result<(), EditError> {
    let before = session.rating(habit, name).current;
    if current.is_some() {
        session.set_score(habit, name, ScoreKind::Current, current)?;
    }
    if target.is_some()
        && let Err(error) = session.set_score(habit, name, ScoreKind::Target, target)
    {
        // The same rules let it through a moment ago.
        let _ = session.set_score(habit, name, ScoreKind::Current, before);
        return Err(error);
    }
    Ok(())
}

impl From<EditError> for Refusal {
    /// A rule of the domain's, in the words a phone reads.
    fn from(error: EditError) -> Self {
        use crate::domain::VoteError;
        match error {
            EditError::OffScale { value, min, max } => Refusal::OffScale { value, min, max },
            EditError::Vote(VoteError::OverLimit { used, allowed }) => Refusal::OverLimit {
                placed: used,
                allowed,
            },
            EditError::Vote(VoteError::OverStackingCap { dots, cap }) => {
                Refusal::OverCap { dots, cap }
            }
            EditError::Vote(VoteError::Closed | VoteError::Revealed) => Refusal::RoundNotOpen,
            EditError::Vote(VoteError::WrongLength { .. }) => Refusal::WrongBallot,
            other => Refusal::Broken(other.to_string()),
        }
    }
}

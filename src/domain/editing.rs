//! Changes a facilitator makes during a workshop. Each one checks the rules first
//! and refuses an impossible value with a message, leaving the session unchanged.

use chrono::NaiveDate;
use thiserror::Error;

use super::session::{Participant, Session, same_name};

/// Why a change was refused, in words for the screen.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EditError {
    #[error("the workshop needs a title")]
    EmptyTitle,
    #[error("a name cannot be empty")]
    EmptyName,
    #[error("\"{0}\" is already in the room: give each person a different name")]
    DuplicateParticipant(String),
    #[error("there is already an area called \"{0}\"")]
    DuplicateArea(String),
    #[error("{value} is off the scale: scores run from {min} to {max}")]
    OffScale { value: u16, min: u8, max: u8 },
    #[error("\"{0}\" is not a date: write it as YYYY-MM-DD, e.g. 2026-05-14")]
    BadDate(String),
    #[error("empty text is not kept: type something, or Esc to cancel")]
    EmptyText,
    #[error("\"{0}\" is not a date: write YYYY-MM-DD, or +30d / +6w from today")]
    BadDue(String),
    #[error("an action needs words: what will be done?")]
    EmptyAction,
    #[error("\"{0}\" is not a participant (owners are limited to participants)")]
    UnknownOwner(String),
    #[error("\"{0}\" is not a number of minutes")]
    BadMinutes(String),
    #[error("{0}")]
    Vote(String),
    #[error("that item no longer exists")]
    Missing,
    /// The change would break a rule of the session, so the file would not reopen.
    #[error("not changed: {0}")]
    Broken(String),
}

/// What goes with a participant who is removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Departure {
    pub name: String,
    /// Current and target scores, counted apart.
    pub scores: usize,
    /// Voting rounds in which they placed a ballot.
    pub ballots: usize,
    pub actions_owned: usize,
    /// Whether their actions lose the owner (owners must be participants) or keep
    /// the name as free text.
    pub owners_from_participants: bool,
}

impl std::fmt::Display for Departure {
    /// The question asked before removing, e.g. "Delete Ana: 14 scores, 1 ballot,
    /// owner of 2 actions?", with what becomes of the actions.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count = |n: usize, one: &str, many: &str| match n {
            1 => format!("1 {one}"),
            n => format!("{n} {many}"),
        };
        let goes: Vec<String> = [
            (self.scores > 0).then(|| count(self.scores, "score", "scores")),
            (self.ballots > 0).then(|| count(self.ballots, "ballot", "ballots")),
            (self.actions_owned > 0).then(|| {
                format!(
                    "owner of {}",
                    count(self.actions_owned, "action", "actions")
                )
            }),
        ]
        .into_iter()
        .flatten()
        .collect();
        if goes.is_empty() {
            write!(f, "Delete {} (no scores, ballots or actions)?", self.name)?;
        } else {
            write!(f, "Delete {}: {}?", self.name, goes.join(", "))?;
        }
        match (self.actions_owned, self.owners_from_participants) {
            (0, _) => Ok(()),
            (_, true) => write!(
                f,
                " Owners must be participants, so their actions will have no owner."
            ),
            (_, false) => write!(
                f,
                " Their actions keep \"{}\" as the owner's name.",
                self.name
            ),
        }
    }
}

/// Which of a participant's two scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreKind {
    Current,
    Target,
}

/// The two lists captured per habit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    /// Evidence and quotes.
    Note,
    /// "What stops us?"
    Barrier,
}

/// The text fields of the workshop's setup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupField {
    Organisation,
    Title,
    Date,
    Facilitator,
    Sponsor,
}

impl SetupField {
    pub const ALL: [SetupField; 5] = [
        SetupField::Organisation,
        SetupField::Title,
        SetupField::Date,
        SetupField::Facilitator,
        SetupField::Sponsor,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SetupField::Organisation => "Organisation",
            SetupField::Title => "Workshop title",
            SetupField::Date => "Date",
            SetupField::Facilitator => "Facilitator",
            SetupField::Sponsor => "Executive sponsor",
        }
    }
}

fn clean(text: &str) -> Result<String, EditError> {
    let text = text.trim();
    if text.is_empty() {
        Err(EditError::EmptyName)
    } else {
        Ok(text.to_string())
    }
}

impl Session {
    /// The value of a setup field as the facilitator edits it.
    pub fn setup_value(&self, field: SetupField) -> String {
        match field {
            SetupField::Organisation => self.organisation.clone(),
            SetupField::Title => self.title.clone(),
            SetupField::Date => self.date.to_string(),
            SetupField::Facilitator => self.facilitator.clone(),
            SetupField::Sponsor => self.sponsor.clone(),
        }
    }

    /// Checks a setup value without changing anything.
    pub fn check_setup(&self, field: SetupField, value: &str) -> Result<(), EditError> {
        match field {
            SetupField::Title if value.trim().is_empty() => Err(EditError::EmptyTitle),
            SetupField::Date => parse_date(value).map(|_| ()),
            _ => Ok(()),
        }
    }

    pub fn set_setup(&mut self, field: SetupField, value: &str) -> Result<(), EditError> {
        self.check_setup(field, value)?;
        let value = value.trim().to_string();
        match field {
            SetupField::Organisation => self.organisation = value,
            SetupField::Title => self.title = value,
            SetupField::Date => self.date = parse_date(&value)?,
            SetupField::Facilitator => self.facilitator = value,
            SetupField::Sponsor => self.sponsor = value,
        }
        Ok(())
    }

    /// Checks an area name; `except` is the area being renamed.
    pub fn check_area(&self, name: &str, except: Option<usize>) -> Result<String, EditError> {
        let name = clean(name)?;
        if self
            .areas
            .iter()
            .enumerate()
            .any(|(i, area)| Some(i) != except && same_name(area, &name))
        {
            return Err(EditError::DuplicateArea(name));
        }
        Ok(name)
    }

    pub fn add_area(&mut self, name: &str) -> Result<usize, EditError> {
        let name = self.check_area(name, None)?;
        self.areas.push(name);
        Ok(self.areas.len() - 1)
    }

    /// Renames an area and moves its participants with it.
    pub fn rename_area(&mut self, index: usize, name: &str) -> Result<(), EditError> {
        let name = self.check_area(name, Some(index))?;
        let old = self.areas.get(index).ok_or(EditError::Missing)?.clone();
        for person in &mut self.participants {
            if person.area.as_deref() == Some(old.as_str()) {
                person.area = Some(name.clone());
            }
        }
        self.areas[index] = name;
        Ok(())
    }

    /// How many participants are in an area.
    pub fn people_in_area(&self, index: usize) -> usize {
        let Some(area) = self.areas.get(index) else {
            return 0;
        };
        self.participants
            .iter()
            .filter(|p| p.area.as_ref() == Some(area))
            .count()
    }

    /// Removes an area; its participants keep their scores and lose the area.
    pub fn remove_area(&mut self, index: usize) -> Result<(), EditError> {
        if index >= self.areas.len() {
            return Err(EditError::Missing);
        }
        let area = self.areas.remove(index);
        for person in &mut self.participants {
            if person.area.as_ref() == Some(&area) {
                person.area = None;
            }
        }
        Ok(())
    }

    /// Swaps an area with its neighbour; returns where it went.
    pub fn move_area(&mut self, index: usize, up: bool) -> usize {
        let target = if up {
            index.checked_sub(1)
        } else {
            Some(index + 1)
        };
        match target.filter(|&t| t < self.areas.len() && index < self.areas.len()) {
            Some(target) => {
                self.areas.swap(index, target);
                target
            }
            None => index,
        }
    }

    /// Checks a participant's name; `except` is the participant being renamed.
    pub fn check_participant_name(
        &self,
        name: &str,
        except: Option<usize>,
    ) -> Result<String, EditError> {
        let name = clean(name)?;
        if self
            .participants
            .iter()
            .enumerate()
            .any(|(i, p)| Some(i) != except && same_name(&p.name, &name))
        {
            return Err(EditError::DuplicateParticipant(name));
        }
        Ok(name)
    }

    pub fn add_participant(
        &mut self,
        name: &str,
        area: Option<String>,
    ) -> Result<usize, EditError> {
        let name = self.check_participant_name(name, None)?;
        self.participants.push(Participant {
            name,
            role: String::new(),
            area,
            anonymous: false,
        });
        Ok(self.participants.len() - 1)
    }

    /// Renames a participant, carrying the new name everywhere the old one stood:
    /// scores, ballots, the actions they own and the earlier actions under review.
    ///
    /// Participants are keyed by name, not by a stable id: a session file is read
    /// and corrected by hand, and a name is what a facilitator recognises there.
    /// The cost is that a rename must reach every place a name is stored, which
    /// this function does, and `App::change` refuses any change that would leave a
    /// name dangling.
    pub fn rename_participant(&mut self, index: usize, name: &str) -> Result<(), EditError> {
        let name = self.check_participant_name(name, Some(index))?;
        let old = self
            .participants
            .get(index)
            .ok_or(EditError::Missing)?
            .name
            .clone();
        for record in self.benchmark.values_mut() {
            if let Some(rating) = record.scores.remove(&old) {
                record.scores.insert(name.clone(), rating);
            }
        }
        for round in &mut self.rounds {
            if let Some(ballot) = round.ballots.remove(&old) {
                round.ballots.insert(name.clone(), ballot);
            }
        }
        for action in self.plan.iter_mut().filter(|a| a.owner == old) {
            action.owner = name.clone();
        }
        for review in self.review.iter_mut().filter(|r| r.owner == old) {
            review.owner = name.clone();
        }
        self.participants[index].name = name;
        Ok(())
    }

    pub fn participant_mut(&mut self, index: usize) -> Result<&mut Participant, EditError> {
        self.participants.get_mut(index).ok_or(EditError::Missing)
    }

    /// How many scores (current and target) a participant has given.
    pub fn scores_given(&self, name: &str) -> usize {
        self.benchmark
            .values()
            .filter_map(|record| record.scores.get(name))
            .map(|rating| {
                usize::from(rating.current.is_some()) + usize::from(rating.target.is_some())
            })
            .sum()
    }

    /// What leaves with a participant who is removed, for the question asked first.
    pub fn departure(&self, index: usize) -> Option<Departure> {
        let name = &self.participants.get(index)?.name;
        Some(Departure {
            name: name.clone(),
            scores: self.scores_given(name),
            ballots: self
                .rounds
                .iter()
                .filter(|round| round.ballots.contains_key(name))
                .count(),
            actions_owned: self.plan.iter().filter(|a| &a.owner == name).count(),
            owners_from_participants: self.owners_from_participants,
        })
    }

    /// Removes a participant with their scores and ballots. The actions they own
    /// keep their name as a free-text owner when owners may be any name, and are
    /// left without an owner when owners must be participants.
    pub fn remove_participant(&mut self, index: usize) -> Result<Participant, EditError> {
        if index >= self.participants.len() {
            return Err(EditError::Missing);
        }
        let person = self.participants.remove(index);
        for record in self.benchmark.values_mut() {
            record.scores.remove(&person.name);
        }
        for round in &mut self.rounds {
            round.ballots.remove(&person.name);
        }
        if self.owners_from_participants {
            for action in self.plan.iter_mut().filter(|a| a.owner == person.name) {
                action.owner.clear();
            }
        }
        Ok(person)
    }

    /// Sets or clears (`None`) one score; a value off the scale is refused.
    pub fn set_score(
        &mut self,
        habit: &str,
        participant: &str,
        kind: ScoreKind,
        value: Option<u8>,
    ) -> Result<(), EditError> {
        let scale = &self.framework.scale;
        if let Some(value) = value.filter(|&v| !scale.contains(v)) {
            return Err(EditError::OffScale {
                value: value.into(),
                min: scale.min,
                max: scale.max,
            });
        }
        if self.framework.habit(habit).is_none() || self.participant(participant).is_none() {
            return Err(EditError::Missing);
        }
        let record = self.benchmark.entry(habit.to_string()).or_default();
        let rating = record.scores.entry(participant.to_string()).or_default();
        match kind {
            ScoreKind::Current => rating.current = value,
            ScoreKind::Target => rating.target = value,
        }
        if rating.current.is_none() && rating.target.is_none() {
            record.scores.remove(participant);
        }
        Ok(())
    }

    /// The notes or barriers of a habit.
    pub fn notes(&self, habit: &str, kind: NoteKind) -> &[String] {
        self.benchmark.get(habit).map_or(&[], |record| match kind {
            NoteKind::Note => &record.notes,
            NoteKind::Barrier => &record.barriers,
        })
    }

    fn notes_mut(&mut self, habit: &str, kind: NoteKind) -> &mut Vec<String> {
        let record = self.benchmark.entry(habit.to_string()).or_default();
        match kind {
            NoteKind::Note => &mut record.notes,
            NoteKind::Barrier => &mut record.barriers,
        }
    }

    /// Adds a note or barrier (`index` None) or replaces one.
    pub fn set_note(
        &mut self,
        habit: &str,
        kind: NoteKind,
        index: Option<usize>,
        text: &str,
    ) -> Result<(), EditError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(EditError::EmptyText);
        }
        let notes = self.notes_mut(habit, kind);
        match index {
            None => notes.push(text.to_string()),
            Some(i) => *notes.get_mut(i).ok_or(EditError::Missing)? = text.to_string(),
        }
        Ok(())
    }

    pub fn remove_note(
        &mut self,
        habit: &str,
        kind: NoteKind,
        index: usize,
    ) -> Result<String, EditError> {
        let notes = self.notes_mut(habit, kind);
        if index >= notes.len() {
            return Err(EditError::Missing);
        }
        Ok(notes.remove(index))
    }

    /// Shows or hides a habit's scores; returns whether they are now shown.
    pub fn toggle_reveal(&mut self, habit: &str) -> bool {
        let record = self.benchmark.entry(habit.to_string()).or_default();
        record.revealed = !record.revealed;
        record.revealed
    }

    pub fn is_revealed(&self, habit: &str) -> bool {
        self.benchmark
            .get(habit)
            .is_some_and(|record| record.revealed)
    }

    /// How many participants have given a current score for a habit.
    pub fn scored_count(&self, habit: &str) -> usize {
        self.participants
            .iter()
            .filter(|p| self.rating(habit, &p.name).current.is_some())
            .count()
    }
}

/// Reads a date typed as YYYY-MM-DD.
pub fn parse_date(text: &str) -> Result<NaiveDate, EditError> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| EditError::BadDate(text.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::{add_person, score, session};

    #[test]
    fn renaming_a_participant_carries_their_scores() {
        let mut s = session(&["listen"], &[]);
        add_person(&mut s, "Ana", None);
        score(&mut s, "listen", "Ana", Some(3), Some(4));
        s.rename_participant(0, "Ana Lima").unwrap();
        assert_eq!(s.rating("listen", "Ana Lima").current, Some(3));
        assert_eq!(s.rating("listen", "Ana").current, None);
        assert!(s.problems().is_empty());
    }

    /// A session where Ana scored, voted, owns two actions and an earlier one.
    fn ana_owns_actions(owners_from_participants: bool) -> Session {
        let mut s = session(&["listen", "think"], &[]);
        add_person(&mut s, "Ana", None);
        add_person(&mut s, "Ben", None);
        score(&mut s, "listen", "Ana", Some(3), Some(4));
        score(&mut s, "think", "Ana", Some(2), None);
        let mut round = crate::domain::VotingRound::new(
            "habits",
            vec![crate::domain::Candidate::Habit("listen".into())],
        );
        round.cast("Ana", vec![1]).unwrap();
        s.rounds.push(round);
        for (what, owner) in [("Listen weekly", "Ana"), ("Map", "Ana"), ("Ask", "Ben")] {
            let mut action = crate::domain::Action::new(what).unwrap();
            action.owner = owner.into();
            s.plan.push(action);
        }
        s.review.push(crate::domain::ActionReview {
            what: "Earlier".into(),
            owner: "Ana".into(),
            due: None,
            status: crate::domain::ActionStatus::InProgress,
            note: String::new(),
        });
        s.owners_from_participants = owners_from_participants;
        assert!(s.problems().is_empty());
        s
    }

    #[test]
    fn renaming_an_owner_carries_the_name_to_every_place_it_stood() {
        let mut s = ana_owns_actions(true);
        s.rename_participant(0, "Ana Lima").unwrap();
        let owners: Vec<&str> = s.plan.iter().map(|a| a.owner.as_str()).collect();
        assert_eq!(owners, ["Ana Lima", "Ana Lima", "Ben"]);
        assert_eq!(s.review[0].owner, "Ana Lima");
        assert!(s.rounds[0].ballots.contains_key("Ana Lima"));
        assert_eq!(s.scores_given("Ana Lima"), 3);
        assert!(s.problems().is_empty(), "{:?}", s.problems());
    }

    #[test]
    fn removing_an_owner_says_what_goes_and_leaves_a_sound_session() {
        for participants_only in [true, false] {
            let mut s = ana_owns_actions(participants_only);
            let question = s.departure(0).unwrap().to_string();
            assert!(
                question.starts_with("Delete Ana: 3 scores, 1 ballot, owner of 2 actions?"),
                "{question}"
            );
            s.remove_participant(0).unwrap();
            let owners: Vec<&str> = s.plan.iter().map(|a| a.owner.as_str()).collect();
            if participants_only {
                assert!(question.contains("will have no owner"), "{question}");
                assert_eq!(owners, ["", "", "Ben"]);
            } else {
                assert!(question.contains("keep \"Ana\""), "{question}");
                assert_eq!(owners, ["Ana", "Ana", "Ben"]);
            }
            assert!(s.rounds[0].ballots.is_empty());
            assert!(s.problems().is_empty(), "{:?}", s.problems());
        }
    }

    #[test]
    fn removing_someone_with_nothing_asks_the_short_question() {
        let s = ana_owns_actions(true);
        assert_eq!(
            s.departure(1).unwrap().to_string(),
            "Delete Ben: owner of 1 action? Owners must be participants, so their actions will have no owner."
        );
        let mut s = s;
        s.plan.clear();
        assert_eq!(
            s.departure(1).unwrap().to_string(),
            "Delete Ben (no scores, ballots or actions)?"
        );
        assert_eq!(s.departure(2), None);
    }

    #[test]
    fn duplicate_and_empty_names_are_refused_and_change_nothing() {
        let mut s = session(&["listen"], &["Store"]);
        add_person(&mut s, "Ana", None);
        add_person(&mut s, "Ben", None);
        let before = s.clone();
        assert_eq!(
            s.add_participant(" ana ", None),
            Err(EditError::DuplicateParticipant("ana".into()))
        );
        assert_eq!(
            s.rename_participant(1, "ANA"),
            Err(EditError::DuplicateParticipant("ANA".into()))
        );
        assert_eq!(s.add_participant("  ", None), Err(EditError::EmptyName));
        assert_eq!(
            s.add_area("store"),
            Err(EditError::DuplicateArea("store".into()))
        );
        assert_eq!(
            s.set_setup(SetupField::Title, " "),
            Err(EditError::EmptyTitle)
        );
        assert_eq!(s, before);
        // renaming to the same name with other case is fine
        s.rename_participant(0, "ANA").unwrap();
    }

    #[test]
    fn a_score_off_the_scale_is_refused() {
        let mut s = session(&["listen"], &[]);
        add_person(&mut s, "Ana", None);
        assert_eq!(
            s.set_score("listen", "Ana", ScoreKind::Current, Some(6)),
            Err(EditError::OffScale {
                value: 6,
                min: 1,
                max: 5
            })
        );
        s.set_score("listen", "Ana", ScoreKind::Target, Some(5))
            .unwrap();
        assert_eq!(s.rating("listen", "Ana").target, Some(5));
        s.set_score("listen", "Ana", ScoreKind::Target, None)
            .unwrap();
        assert!(
            s.benchmark["listen"].scores.is_empty(),
            "a cleared rating leaves no empty entry"
        );
    }

    #[test]
    fn removing_a_participant_removes_their_scores() {
        let mut s = session(&["listen", "think"], &[]);
        add_person(&mut s, "Ana", None);
        score(&mut s, "listen", "Ana", Some(3), Some(4));
        score(&mut s, "think", "Ana", Some(2), None);
        assert_eq!(s.scores_given("Ana"), 3);
        s.remove_participant(0).unwrap();
        assert_eq!(s.scores_given("Ana"), 0);
        assert!(s.problems().is_empty());
    }

    #[test]
    fn areas_rename_move_and_remove_with_their_people() {
        let mut s = session(&["listen"], &["Store", "Web"]);
        add_person(&mut s, "Ana", Some("Store"));
        s.rename_area(0, "Shop floor").unwrap();
        assert_eq!(s.participants[0].area.as_deref(), Some("Shop floor"));
        assert_eq!(s.move_area(0, false), 1);
        assert_eq!(s.areas, ["Web", "Shop floor"]);
        assert_eq!(s.move_area(1, false), 1, "the last area stays last");
        assert_eq!(s.people_in_area(1), 1);
        s.remove_area(1).unwrap();
        assert_eq!(s.participants[0].area, None);
        assert!(s.problems().is_empty());
    }

    #[test]
    fn dates_are_typed_as_iso() {
        let mut s = session(&["listen"], &[]);
        s.set_setup(SetupField::Date, "2026-06-01").unwrap();
        assert_eq!(s.setup_value(SetupField::Date), "2026-06-01");
        assert_eq!(
            s.set_setup(SetupField::Date, "1 June"),
            Err(EditError::BadDate("1 June".into()))
        );
    }

    #[test]
    fn notes_are_added_edited_and_removed_but_never_empty() {
        let mut s = session(&["listen"], &[]);
        s.set_note("listen", NoteKind::Barrier, None, " Too many tools ")
            .unwrap();
        s.set_note("listen", NoteKind::Barrier, Some(0), "Five tools")
            .unwrap();
        assert_eq!(s.notes("listen", NoteKind::Barrier), ["Five tools"]);
        assert_eq!(
            s.set_note("listen", NoteKind::Note, None, "  "),
            Err(EditError::EmptyText)
        );
        assert_eq!(
            s.remove_note("listen", NoteKind::Barrier, 0).unwrap(),
            "Five tools"
        );
    }
}

//! The next benchmark builds on the last: same framework, areas and people, and a
//! review of the earlier plan's open actions before the room scores again.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::plan::ActionStatus;
use super::session::{Position, Session};

/// The earlier benchmark a session follows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Previous {
    pub title: String,
    pub date: NaiveDate,
    /// The earlier session's file name, to find it again for a comparison.
    pub file: String,
}

/// What became of one of the earlier plan's actions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionReview {
    pub what: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
    #[serde(default)]
    pub note: String,
}

/// A new session that follows `previous`: its framework, areas and participants
/// (scores, votes and plan start empty) and its open actions to review.
pub fn follow_up(previous: &Session, file: &str, title: &str, date: NaiveDate) -> Session {
    let mut session = Session::new(title, date, previous.framework.clone());
    session.organisation = previous.organisation.clone();
    session.facilitator = previous.facilitator.clone();
    session.sponsor = previous.sponsor.clone();
    session.areas = previous.areas.clone();
    session.participants = previous.participants.clone();
    session.owners_from_participants = previous.owners_from_participants;
    session.follows = Some(Previous {
        title: previous.title.clone(),
        date: previous.date,
        file: file.to_string(),
    });
    session.review = previous
        .plan
        .iter()
        .filter(|action| action.status.is_open())
        .map(|action| ActionReview {
            what: action.what.clone(),
            owner: action.owner.clone(),
            due: action.due,
            status: action.status,
            note: String::new(),
        })
        .collect();
    session.position = Position::default();
    session
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Action;
    use crate::domain::fixtures::{add_person, score, session};

    #[test]
    fn a_follow_up_keeps_the_room_and_reviews_only_open_actions() {
        let mut old = session(&["listen"], &["Store"]);
        add_person(&mut old, "Ana", Some("Store"));
        score(&mut old, "listen", "Ana", Some(2), Some(4));
        for (what, status) in [
            ("Open", ActionStatus::InProgress),
            ("Finished", ActionStatus::Done),
            ("New", ActionStatus::NotStarted),
        ] {
            let mut action = Action::new(what).unwrap();
            action.status = status;
            old.plan.push(action);
        }
        let date = NaiveDate::from_ymd_opt(2026, 11, 12).unwrap();
        let new = follow_up(&old, "spring.ron", "Autumn", date);
        assert_eq!(new.participants, old.participants);
        assert_eq!(new.areas, old.areas);
        assert!(new.benchmark.is_empty() && new.plan.is_empty());
        let reviewed: Vec<&str> = new.review.iter().map(|r| r.what.as_str()).collect();
        assert_eq!(reviewed, ["Open", "New"]);
        assert_eq!(new.follows.as_ref().unwrap().file, "spring.ron");
        assert!(new.problems().is_empty());
    }
}

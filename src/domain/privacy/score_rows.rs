//! Score rows: one person's scores as they may leave the laptop, the rule for
//! when any name may stand beside scores, and the labels of the unnamed rows.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use super::scores_shown;
use crate::domain::Session;
use crate::domain::names::name_key;
use crate::domain::participants::Participant;
use crate::domain::scoring::Rating;

/// Whether any participant's own scores may stand beside their name, on a screen
/// or in an export. Every habit's distribution, mean and count include the
/// anonymous participants' scores, so those totals minus the named people's scores
/// leave the anonymous scores. With one anonymous participant who scored, that
/// remainder is their score; with several who scored different habits (or gave a
/// current score here and only a target there), a habit only one of them scored
/// works the same, and the room sees who scored what by the marks on the
/// Benchmark screen. So names stay beside scores only when nobody anonymous
/// scored, or at least two anonymous participants gave exactly the same revealed
/// scores (current and target, habit by habit): the remainder is then a set of
/// values shared by people the room cannot tell apart. Otherwise no score stands
/// beside any name: every row leaves unnamed and ordered by its scores.
pub fn names_beside_scores(session: &Session) -> bool {
    let shown = shown_habits(session);
    let mut patterns = session
        .participants
        .iter()
        .filter(|person| person.anonymous)
        .map(|person| {
            shown
                .iter()
                .map(|id| {
                    let rating = session.rating(id, &person.name);
                    (rating.current.is_some(), rating.target.is_some())
                })
                .collect::<Vec<_>>()
        })
        .filter(|given| given.iter().any(|&(current, target)| current || target));
    let Some(first) = patterns.next() else {
        return true;
    };
    let mut others = patterns.peekable();
    others.peek().is_some() && others.all(|given| given == first)
}

/// Whose own scores may be shown beside their row on a screen, decided once for
/// the session: never an anonymous participant's (their scores count only in the
/// totals), nobody's while that could single out an anonymous participant
/// (`names_beside_scores`), and otherwise once the habit is revealed.
pub fn own_scores_shown(session: &Session) -> impl Fn(&str, &Participant) -> bool + '_ {
    let names = names_beside_scores(session);
    move |habit_id, person| names && !person.anonymous && scores_shown(session, habit_id)
}

/// The revealed habits' ids, in framework order.
fn shown_habits(session: &Session) -> Vec<&str> {
    session
        .framework
        .habits
        .iter()
        .map(|h| h.id.as_str())
        .filter(|id| scores_shown(session, id))
        .collect()
}

/// One person's scores as they may leave the laptop: a named participant with role
/// and area, or an anonymous one under a label and nothing else.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreRow {
    /// The participant's name, or a label such as "Anonymous 1".
    pub label: String,
    /// The row carries no name: the person is anonymous.
    pub anonymous: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub role: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// Scores of the revealed habits, by habit id; hidden habits are absent.
    pub scores: BTreeMap<String, Rating>,
}

/// Why no per-person rows leave, said where a reader of an export looks for them.
pub const ROWS_WITHHELD: &str = "Per-person scores are left out: an anonymous participant scored a different set of habits from everyone else anonymous (or was the only one), so their row could be picked out by the scores it lacks. Only the totals leave.";

/// Whether the per-person rows are withheld. When names may not stand beside
/// scores (`names_beside_scores`), unnamed rows do not help either: the one row
/// with a skipped score is the person the Benchmark screen showed skipping it.
pub fn rows_withheld(session: &Session) -> bool {
    !names_beside_scores(session)
}

/// The per-person rows: named participants in roster order, then the anonymous
/// ones ordered by their shown scores (never by roster) and labelled in that order.
/// None at all when a row could single out an anonymous participant
/// (`rows_withheld`).
pub fn score_rows(session: &Session) -> Vec<ScoreRow> {
    if rows_withheld(session) {
        return Vec::new();
    }
    let shown = shown_habits(session);
    let ratings_of = |person: &Participant| -> Vec<Rating> {
        shown
            .iter()
            .map(|id| session.rating(id, &person.name))
            .collect()
    };
    let scores_of = |ratings: Vec<Rating>| -> BTreeMap<String, Rating> {
        shown
            .iter()
            .map(|id| id.to_string())
            .zip(ratings)
            .filter(|(_, rating)| *rating != Rating::default())
            .collect()
    };
    let (named_people, unnamed_people): (Vec<&Participant>, Vec<&Participant>) = session
        .participants
        .iter()
        .partition(|person| !person.anonymous);
    let mut rows: Vec<ScoreRow> = named_people
        .into_iter()
        .map(|p| ScoreRow {
            label: p.name.clone(),
            anonymous: false,
            role: p.role.clone(),
            area: p.area.clone(),
            scores: scores_of(ratings_of(p)),
        })
        .collect();
    // Sorted by what is shown of them: two rows that sort equal look the same, so
    // which of them comes first tells nobody anything.
    let mut unnamed: Vec<Vec<Rating>> = unnamed_people.into_iter().map(ratings_of).collect();
    unnamed.sort_by_key(|ratings| {
        ratings
            .iter()
            .map(|r| (r.current, r.target))
            .collect::<Vec<_>>()
    });
    let labels = anonymous_labels(session, unnamed.len());
    rows.extend(
        unnamed
            .into_iter()
            .zip(labels)
            .map(|(ratings, label)| ScoreRow {
                label,
                anonymous: true,
                role: String::new(),
                area: None,
                scores: scores_of(ratings),
            }),
    );
    rows
}

/// "Anonymous 1".."Anonymous n", with a longer word if a participant is really
/// called like that, so a label is never mistaken for a person.
fn anonymous_labels(session: &Session, count: usize) -> Vec<String> {
    let mut prefix = String::from("Anonymous");
    // The roster's names once, so checking every label stays linear in the room.
    let names: HashSet<String> = session
        .participants
        .iter()
        .map(|p| name_key(&p.name))
        .collect();
    let taken = |label: &str| names.contains(&name_key(label));
    while (1..=count).any(|n| taken(&format!("{prefix} {n}"))) {
        prefix.push_str(" participant");
    }
    (1..=count).map(|n| format!("{prefix} {n}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::{anonymous_room, score};

    #[test]
    fn anonymous_rows_carry_no_name_role_or_area_and_follow_their_scores() {
        let rows = score_rows(&anonymous_room());
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        // Di (roster 4th) scores lowest, so is labelled first: not roster order.
        assert_eq!(labels, ["Ana", "Ben", "Anonymous 1", "Anonymous 2"]);
        assert_eq!(rows[2].scores["listen"].current, Some(1));
        assert_eq!(rows[3].scores["listen"].current, Some(4));
        assert!(
            rows[2..]
                .iter()
                .all(|r| r.role.is_empty() && r.area.is_none())
        );
        assert_eq!(rows[0].area.as_deref(), Some("Store"));
    }

    #[test]
    fn hidden_habits_leave_no_score_in_any_row() {
        let rows = score_rows(&anonymous_room());
        assert!(rows.iter().all(|r| !r.scores.contains_key("think")));
    }

    #[test]
    fn a_label_is_never_a_real_name() {
        let mut s = anonymous_room();
        s.participants[0].name = "Anonymous 2".into();
        let labels: Vec<String> = score_rows(&s).into_iter().map(|r| r.label).collect();
        assert_eq!(
            labels[2..],
            ["Anonymous participant 1", "Anonymous participant 2"]
        );
    }

    #[test]
    fn names_stay_beside_scores_only_when_no_anonymous_score_can_be_singled_out() {
        // Cy and Di scored alike: what the totals leave is two unlinked scores.
        let mut s = anonymous_room();
        assert!(names_beside_scores(&s));
        // Di alone gives a target: Listen's target count minus the named ones is Di's.
        score(&mut s, "listen", "Di", Some(1), None);
        assert!(!names_beside_scores(&s));
        // Di's scores gone: Cy is the one anonymous participant who scored.
        score(&mut s, "listen", "Di", None, None);
        assert!(!names_beside_scores(&s));
        // No row at all: an unnamed row without a score would be Di's.
        assert!(rows_withheld(&s) && score_rows(&s).is_empty());
        // Nobody anonymous scored: there is nothing to single out.
        score(&mut s, "listen", "Cy", None, None);
        assert!(names_beside_scores(&s));
        let screen = own_scores_shown(&s);
        assert!(screen("listen", &s.participants[0]) && !screen("think", &s.participants[0]));
    }
}

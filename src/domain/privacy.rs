//! What of a session may be shown: the one home of huddle's privacy rules, used by
//! every export and every screen the room sees.
//!
//! - A habit's scores count nowhere until the facilitator reveals it.
//! - A ballot never leaves with a name: rounds leave as tallies, with the ballots
//!   as an unordered list once the tally is revealed.
//! - An anonymous participant's scores are never beside their name, role or area,
//!   and their label ("Anonymous 2") says nothing about who they are: labels follow
//!   the scores, not the roster. Owning an action is public, so owners keep names.
//! - An area with an anonymous participant in it shows no numbers of its own (see
//!   `withheld_areas`).
//! - No score stands beside a name while the totals minus the named scores could
//!   single out an anonymous participant (see `names_beside_scores`).

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::follow_up::{ActionReview, Previous};
use super::framework::Framework;
use super::names::name_key;
use super::participants::Participant;
use super::plan::{Action, default_next_benchmark};
use super::scoring::Rating;
use super::session::Session;
use super::stats::Results;
use super::voting::candidate::Candidate;
use super::voting::{VoteMethod, VotingRound};

/// Whether a habit's scores may be counted and shown: only once revealed.
pub fn scores_shown(session: &Session, habit_id: &str) -> bool {
    session.is_revealed(habit_id)
}

/// Whether anyone gave a habit a score (current or target).
pub fn has_scores(session: &Session, habit_id: &str) -> bool {
    session
        .benchmark
        .get(habit_id)
        .is_some_and(|record| record.scores.values().any(|r| *r != Rating::default()))
}

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

/// The areas whose numbers (heat map cells, the area means of a comparison) are
/// withheld: every area with an anonymous participant in it, whoever scored.
///
/// Named participants' rows leave with their area and scores, and anonymous
/// participants' rows leave with their scores and no area. An area's mean and count
/// minus its named scores would give the sum of its anonymous scores; the room
/// knows who sits in an area, and that sum matched against the anonymous rows
/// would tie a row (and so every score in it) to a person. That holds for one
/// anonymous person in an area and, by elimination, for several, so the rule is
/// the whole area, on the projected Results screen as in every export. An
/// anonymous participant's scores still count in every habit's totals.
pub fn withheld_areas(session: &Session) -> HashSet<&str> {
    session
        .participants
        .iter()
        .filter(|person| person.anonymous)
        .filter_map(|person| person.area.as_deref())
        .collect()
}

/// One person's scores as they may leave the laptop: a named participant with role
/// and area, or an anonymous one under a label and nothing else.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreRow {
    /// The participant's name, or a label such as "Anonymous 1".
    pub label: String,
    /// The row carries no name: the person is anonymous, or no row is named
    /// (`names_beside_scores`).
    pub anonymous: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub role: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// Scores of the revealed habits, by habit id; hidden habits are absent.
    pub scores: BTreeMap<String, Rating>,
}

/// The per-person rows: named participants in roster order, then the anonymous
/// ones ordered by their shown scores (never by roster) and labelled in that order.
/// When a name beside scores could single out an anonymous participant
/// (`names_beside_scores`), every row is unnamed that way.
pub fn score_rows(session: &Session) -> Vec<ScoreRow> {
    let shown = shown_habits(session);
    let named = names_beside_scores(session);
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
        .partition(|person| named && !person.anonymous);
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

/// A candidate's place in a revealed tally.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TallyRow {
    pub candidate: Candidate,
    /// The candidate as the room reads it.
    pub label: String,
    pub dots: u32,
    pub rank: usize,
    pub tied: bool,
}

/// A voting round as it may leave the laptop: who voted is a count, never a name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundTally {
    pub title: String,
    pub method: VoteMethod,
    pub candidates: Vec<Candidate>,
    pub dots_per_participant: u32,
    pub max_per_candidate: u32,
    pub voters: usize,
    pub revealed: bool,
    /// Most dots first; empty until the tally is revealed.
    pub ranking: Vec<TallyRow>,
    /// The ballots without names, sorted so their order says nothing about who
    /// cast them; empty until the tally is revealed.
    pub ballots: Vec<Vec<u32>>,
}

impl RoundTally {
    /// The round's public face; ties in the tally are ordered by the shown gaps.
    pub fn of(round: &VotingRound, framework: &Framework, results: &Results) -> Self {
        let (ranking, ballots) = if round.revealed {
            let ranking = round
                .ranked(results)
                .into_iter()
                .filter_map(|ranked| {
                    let candidate = round.candidates.get(ranked.candidate)?;
                    Some(TallyRow {
                        candidate: candidate.clone(),
                        label: candidate.label(framework),
                        dots: ranked.dots,
                        rank: ranked.rank,
                        tied: ranked.tied,
                    })
                })
                .collect();
            let mut ballots: Vec<Vec<u32>> = round.ballots.values().cloned().collect();
            ballots.sort_unstable();
            (ranking, ballots)
        } else {
            (Vec::new(), Vec::new())
        };
        RoundTally {
            title: round.title.clone(),
            method: round.method,
            candidates: round.candidates.clone(),
            dots_per_participant: round.dots_per_participant,
            max_per_candidate: round.max_per_candidate,
            voters: round.voters(),
            revealed: round.revealed,
            ranking,
            ballots,
        }
    }
}

/// What the room wrote about a habit; the notes name nobody.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HabitNotes {
    pub habit_id: String,
    pub revealed: bool,
    pub notes: Vec<String>,
    pub barriers: Vec<String>,
}

/// Everything of a session that may leave the laptop: the workshop, without the
/// app's place in it, without ballots under names and without anonymous people's
/// names next to their scores. Every export is made from this.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicSession {
    pub title: String,
    pub organisation: String,
    pub date: NaiveDate,
    pub facilitator: String,
    pub sponsor: String,
    pub areas: Vec<String>,
    /// How many took part, anonymous participants included.
    pub participants: usize,
    pub anonymous_participants: usize,
    pub scores: Vec<ScoreRow>,
    pub habits: Vec<HabitNotes>,
    pub rounds: Vec<RoundTally>,
    /// Owners by name: owning an action is public.
    pub plan: Vec<Action>,
    /// As set, or six months after the workshop.
    pub next_benchmark: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follows: Option<Previous>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub review: Vec<ActionReview>,
    pub framework: Framework,
}

impl PublicSession {
    /// The public face of a session, with its results computed by the same rules.
    pub fn of(session: &Session, results: &Results) -> Self {
        let framework = &session.framework;
        PublicSession {
            title: session.title.clone(),
            organisation: session.organisation.clone(),
            date: session.date,
            facilitator: session.facilitator.clone(),
            sponsor: session.sponsor.clone(),
            areas: session.areas.clone(),
            participants: session.participants.len(),
            anonymous_participants: session.participants.iter().filter(|p| p.anonymous).count(),
            scores: score_rows(session),
            habits: framework
                .habits
                .iter()
                .map(|habit| {
                    let record = session.benchmark.get(&habit.id);
                    HabitNotes {
                        habit_id: habit.id.clone(),
                        revealed: scores_shown(session, &habit.id),
                        notes: record.map(|r| r.notes.clone()).unwrap_or_default(),
                        barriers: record.map(|r| r.barriers.clone()).unwrap_or_default(),
                    }
                })
                .collect(),
            rounds: session
                .rounds
                .iter()
                .map(|round| RoundTally::of(round, framework, results))
                .collect(),
            plan: session.plan.clone(),
            next_benchmark: session
                .next_benchmark
                .unwrap_or_else(|| default_next_benchmark(session.date)),
            follows: session.follows.clone(),
            review: session.review.clone(),
            framework: framework.clone(),
        }
    }

    /// A habit's name from its id (the id itself if unknown).
    pub fn habit_name(&self, id: &str) -> String {
        self.framework
            .habit(id)
            .map_or_else(|| id.to_string(), |h| h.name.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::{add_person, hide, score, session};

    /// Ana and Ben named, Cy and Di anonymous; Di scores lower than Cy.
    fn room() -> Session {
        let mut s = session(&["listen", "think"], &["Store"]);
        for name in ["Ana", "Cy", "Ben", "Di"] {
            add_person(&mut s, name, Some("Store"));
        }
        s.participants[1].anonymous = true;
        s.participants[3].anonymous = true;
        s.participants[1].role = "Coach".into();
        for (name, now) in [("Ana", 3), ("Cy", 4), ("Ben", 2), ("Di", 1)] {
            score(&mut s, "listen", name, Some(now), Some(5));
            score(&mut s, "think", name, Some(now), Some(5));
        }
        hide(&mut s, "think");
        s
    }

    #[test]
    fn anonymous_rows_carry_no_name_role_or_area_and_follow_their_scores() {
        let rows = score_rows(&room());
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
        let rows = score_rows(&room());
        assert!(rows.iter().all(|r| !r.scores.contains_key("think")));
    }

    #[test]
    fn a_label_is_never_a_real_name() {
        let mut s = room();
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
        let mut s = room();
        assert!(names_beside_scores(&s));
        // Di alone gives a target: Listen's target count minus the named ones is Di's.
        score(&mut s, "listen", "Di", Some(1), None);
        assert!(!names_beside_scores(&s));
        // Di's scores gone: Cy is the one anonymous participant who scored.
        score(&mut s, "listen", "Di", None, None);
        assert!(!names_beside_scores(&s));
        let rows = score_rows(&s);
        assert!(
            rows.iter()
                .all(|r| r.anonymous && r.role.is_empty() && r.area.is_none())
        );
        let currents: Vec<_> = rows
            .iter()
            .map(|r| r.scores.get("listen").and_then(|r| r.current))
            .collect();
        // ordered by score, never by roster (Ana 3, Cy 4, Ben 2, Di none)
        assert_eq!(currents, [None, Some(2), Some(3), Some(4)]);
        // Nobody anonymous scored: there is nothing to single out.
        score(&mut s, "listen", "Cy", None, None);
        assert!(names_beside_scores(&s));
        let screen = own_scores_shown(&s);
        assert!(screen("listen", &s.participants[0]) && !screen("think", &s.participants[0]));
    }

    #[test]
    fn ballots_leave_as_a_tally_and_a_sorted_list_without_names() {
        let mut s = room();
        let mut round = VotingRound::new(
            "habits",
            vec![
                Candidate::Habit("listen".into()),
                Candidate::Habit("think".into()),
            ],
        );
        round.cast("Ben", vec![0, 1]).unwrap();
        round.cast("Ana", vec![1, 0]).unwrap();
        s.rounds.push(round.clone());
        let results = Results::of(&s);
        let secret = RoundTally::of(&round, &s.framework, &results);
        assert!(secret.ranking.is_empty() && secret.ballots.is_empty());
        assert_eq!(secret.voters, 2);
        round.revealed = true;
        let open = RoundTally::of(&round, &s.framework, &results);
        assert_eq!(open.ballots, [vec![0, 1], vec![1, 0]]);
        assert_eq!(open.ranking[0].dots, 1);
    }
}

//! What one undo step changed, in a few words for the status line ("undone:
//! Ana's current score on Listen"). The words come from the two snapshots the
//! step holds, so every kind of change is described, whoever made it (a key or
//! a phone), without each change having to name itself. They never carry a
//! score or a ballot's dots: only whose and where, which the screens show too.

use std::collections::BTreeSet;

use crate::domain::{HabitRecord, Session, VotingRound};
use crate::text::columns::clip;

/// How wide a quoted action or round title may be in a description.
const QUOTE: usize = 32;

/// What changed from `before` to `after`: the first difference found, in the
/// order of the phases.
pub fn describe(before: &Session, after: &Session) -> String {
    setup(before, after)
        .or_else(|| areas(before, after))
        .or_else(|| participants(before, after))
        .or_else(|| benchmark(before, after))
        .or_else(|| rounds(before, after))
        .or_else(|| plan(before, after))
        .or_else(|| rest(before, after))
        .unwrap_or_else(|| "the last change".into())
}

fn quote(text: &str) -> String {
    format!("\"{}\"", clip(text, QUOTE))
}

fn setup(before: &Session, after: &Session) -> Option<String> {
    let fields = [
        ("the title", before.title != after.title),
        (
            "the organisation",
            before.organisation != after.organisation,
        ),
        ("the date", before.date != after.date),
        ("the facilitator", before.facilitator != after.facilitator),
        ("the sponsor", before.sponsor != after.sponsor),
    ];
    fields
        .into_iter()
        .find(|(_, changed)| *changed)
        .map(|(field, _)| field.to_string())
}

/// An item added or removed between two lists, by how it reads.
fn added_or_removed<T: PartialEq>(
    before: &[T],
    after: &[T],
    name: impl Fn(&T) -> String,
) -> Option<String> {
    if after.len() > before.len() {
        let new = after.iter().find(|item| !before.contains(item))?;
        Some(format!("{} added", name(new)))
    } else if after.len() < before.len() {
        let gone = before.iter().find(|item| !after.contains(item))?;
        Some(format!("{} removed", name(gone)))
    } else {
        None
    }
}

fn areas(before: &Session, after: &Session) -> Option<String> {
    if before.areas == after.areas {
        return None;
    }
    added_or_removed(&before.areas, &after.areas, |area| format!("area {area}")).or_else(|| {
        let at = before
            .areas
            .iter()
            .zip(&after.areas)
            .position(|(a, b)| a != b)?;
        let moved = after.areas.contains(&before.areas[at]);
        Some(if moved {
            "the order of the areas".into()
        } else {
            format!("area {} renamed {}", before.areas[at], after.areas[at])
        })
    })
}

fn participants(before: &Session, after: &Session) -> Option<String> {
    let (old, new) = (&before.participants, &after.participants);
    if old == new {
        return None;
    }
    if old.len() != new.len() {
        return added_or_removed(old, new, |p| p.name.clone());
    }
    let (then, now) = old.iter().zip(new).find(|(a, b)| a != b)?;
    Some(if then.name != now.name {
        if new.iter().any(|p| p.name == then.name) {
            "the order of the participants".into()
        } else {
            format!("{} renamed {}", then.name, now.name)
        }
    } else if then.role != now.role {
        format!("{}'s role", now.name)
    } else if then.area != now.area {
        format!("{}'s area", now.name)
    } else {
        format!("{}'s anonymity", now.name)
    })
}

fn benchmark(before: &Session, after: &Session) -> Option<String> {
    let habits: BTreeSet<&String> = before
        .benchmark
        .keys()
        .chain(after.benchmark.keys())
        .collect();
    let empty = HabitRecord::default();
    let mut scores = Vec::new();
    for id in habits {
        let then = before.benchmark.get(id).unwrap_or(&empty);
        let now = after.benchmark.get(id).unwrap_or(&empty);
        if then == now {
            continue;
        }
        let habit = after
            .framework
            .habit(id)
            .map_or_else(|| id.clone(), |h| h.name.clone());
        let people: BTreeSet<&String> = then.scores.keys().chain(now.scores.keys()).collect();
        for person in people {
            let (a, b) = (then.scores.get(person), now.scores.get(person));
            if a == b {
                continue;
            }
            let current = a.and_then(|r| r.current) != b.and_then(|r| r.current);
            let target = a.and_then(|r| r.target) != b.and_then(|r| r.target);
            let which = match (current, target) {
                (true, false) => "current score",
                (false, true) => "target score",
                _ => "scores",
            };
            scores.push(format!("{person}'s {which} on {habit}"));
        }
        if scores.is_empty() {
            return Some(if then.notes != now.notes {
                format!("a note on {habit}")
            } else if then.barriers != now.barriers {
                format!("a barrier on {habit}")
            } else if now.revealed {
                format!("revealing {habit}")
            } else {
                format!("hiding {habit}")
            });
        }
    }
    match scores.len() {
        0 => None,
        1 => scores.pop(),
        n => Some(format!("{n} scores")),
    }
}

fn rounds(before: &Session, after: &Session) -> Option<String> {
    let (old, new) = (&before.rounds, &after.rounds);
    if old == new {
        return None;
    }
    if old.len() != new.len() {
        return added_or_removed(old, new, |round| format!("round {}", quote(&round.title)));
    }
    let (then, now) = old.iter().zip(new).find(|(a, b)| a != b)?;
    Some(round_change(then, now))
}

fn round_change(then: &VotingRound, now: &VotingRound) -> String {
    let round = quote(&now.title);
    if then.ballots != now.ballots {
        let voters: Vec<&String> = then
            .ballots
            .keys()
            .chain(now.ballots.keys())
            .filter(|voter| then.ballots.get(*voter) != now.ballots.get(*voter))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        return match voters.as_slice() {
            [voter] => format!("{voter}'s ballot in {round}"),
            _ => format!("{} ballots in {round}", voters.len()),
        };
    }
    let what = if then.room_tally != now.room_tally || then.present != now.present {
        "the show of hands in"
    } else if then.revealed != now.revealed {
        if now.revealed {
            "revealing the tally of"
        } else {
            "hiding the tally of"
        }
    } else if then.closed != now.closed {
        if now.closed { "closing" } else { "reopening" }
    } else if then.method != now.method {
        "how votes are collected in"
    } else if then.dots_per_participant != now.dots_per_participant {
        "the dots per person in"
    } else if then.max_per_candidate != now.max_per_candidate {
        "the most dots on one candidate in"
    } else if then.candidates != now.candidates {
        "the candidates of"
    } else {
        "round"
    };
    format!("{what} {round}")
}

fn plan(before: &Session, after: &Session) -> Option<String> {
    let (old, new) = (&before.plan, &after.plan);
    if old == new {
        return None;
    }
    if old.len() != new.len() {
        return added_or_removed(old, new, |action| format!("action {}", quote(&action.what)));
    }
    let (then, now) = old.iter().zip(new).find(|(a, b)| a != b)?;
    let action = quote(&now.what);
    Some(if then.what != now.what {
        if new.iter().any(|a| a.what == then.what) {
            "the order of the plan".into()
        } else {
            format!("the wording of {action}")
        }
    } else if then.owner != now.owner {
        format!("the owner of {action}")
    } else if then.due != now.due {
        format!("the due date of {action}")
    } else if then.measure != now.measure {
        format!("the success measure of {action}")
    } else if then.status != now.status {
        format!("the status of {action}")
    } else {
        format!("what {action} is for")
    })
}

fn rest(before: &Session, after: &Session) -> Option<String> {
    if before.review != after.review {
        let (then, _) = before
            .review
            .iter()
            .zip(&after.review)
            .find(|(a, b)| a != b)?;
        return Some(format!("the review of {}", quote(&then.what)));
    }
    let words = if before.next_benchmark != after.next_benchmark {
        "the next benchmark's date"
    } else if before.owners_from_participants != after.owners_from_participants {
        "the rule for owners"
    } else if before.timer != after.timer {
        "the timer"
    } else {
        return None;
    };
    Some(words.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Action;
    use crate::domain::fixtures::{add_person, score, session};

    #[test]
    fn a_score_names_whose_and_which_habit_never_the_value() {
        let mut before = session(&["listen"], &["Store"]);
        add_person(&mut before, "Ana", Some("Store"));
        let mut after = before.clone();
        score(&mut after, "listen", "Ana", Some(4), None);
        let words = describe(&before, &after);
        assert!(words.starts_with("Ana's current score on "), "{words}");
        assert!(!words.contains('4'));
    }

    #[test]
    fn plan_changes_name_the_action_and_the_column() {
        let mut before = session(&["listen"], &["Store"]);
        before.plan.push(Action::new("Weekly digest").unwrap());
        let mut after = before.clone();
        after.plan[0].owner = "Sam".into();
        assert_eq!(describe(&before, &after), "the owner of \"Weekly digest\"");
        after.plan.clear();
        assert_eq!(
            describe(&before, &after),
            "action \"Weekly digest\" removed"
        );
        assert_eq!(describe(&before, &before), "the last change");
    }
}

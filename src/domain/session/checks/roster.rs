//! The roster's checks: areas and participants named once each (as people read
//! names: case and spaces aside), and every participant in one of the areas.

use std::collections::HashMap;

use super::{Known, Problem, quoted};
use crate::domain::Session;
use crate::domain::names::name_key;

impl Session {
    pub(super) fn check_areas(&self, problems: &mut Vec<Problem>) {
        let mut seen = HashMap::new();
        for (index, area) in self.areas.iter().enumerate() {
            if area.trim().is_empty() {
                problems.push(Problem::new(
                    format!("area {} has an empty name", index + 1),
                    &["areas:"],
                ));
            } else if let Some(first) = seen.insert(name_key(area), area) {
                problems.push(Problem::new(
                    format!("area {} is listed twice", both(first, area)),
                    &["areas:", &quoted(area), &quoted(area)],
                ));
            }
        }
    }

    pub(super) fn check_participants(&self, known: &Known, problems: &mut Vec<Problem>) {
        let mut seen = HashMap::new();
        for (index, person) in self.participants.iter().enumerate() {
            let name = quoted(&person.name);
            if person.name.trim().is_empty() {
                problems.push(Problem::new(
                    format!("participant {} has an empty name", index + 1),
                    &["participants:"],
                ));
            } else if let Some(first) = seen.insert(name_key(&person.name), &person.name) {
                problems.push(Problem::new(
                    format!(
                        "participant {} appears twice; names must be unique",
                        both(first, &person.name)
                    ),
                    &["participants:", &name, &name],
                ));
            }
            if let Some(area) = &person.area
                && !known.areas.contains(area.as_str())
            {
                problems.push(Problem::new(
                    format!(
                        "participant \"{}\" is in area \"{area}\", which is not one of the session's areas",
                        person.name
                    ),
                    &["participants:", &name, "area:"],
                ));
            }
        }
    }
}

/// A name met twice, as the file writes it: both spellings when they differ,
/// since huddle takes names that differ only in case or accents as one.
fn both(first: &str, again: &str) -> String {
    if first == again {
        format!("\"{again}\"")
    } else {
        format!("\"{again}\" (the same name as \"{first}\", case and accents aside)")
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::fixtures::{add_person, problem_messages, session};

    #[test]
    fn names_must_be_unique_and_areas_known() {
        let mut s = session(&["listen"], &["Store", "store"]);
        add_person(&mut s, "Ana", Some("Web"));
        add_person(&mut s, " ana ", None);
        add_person(&mut s, "José Núñez", None);
        add_person(&mut s, "José Núñez", None);
        assert_eq!(
            problem_messages(&s),
            [
                "area \"store\" (the same name as \"Store\", case and accents aside) is listed twice",
                "participant \"Ana\" is in area \"Web\", which is not one of the session's areas",
                "participant \" ana \" (the same name as \"Ana\", case and accents aside) appears twice; names must be unique",
                "participant \"José Núñez\" appears twice; names must be unique",
            ]
        );
    }

    #[test]
    fn names_that_differ_only_in_accents_are_named_both() {
        let mut s = session(&["listen"], &["Store"]);
        add_person(&mut s, "Maria Lopez", None);
        add_person(&mut s, "María López", None);
        assert_eq!(
            problem_messages(&s),
            [
                "participant \"María López\" (the same name as \"Maria Lopez\", case and accents aside) appears twice; names must be unique"
            ]
        );
    }
}

//! The roster's checks: areas and participants named once each (as people read
//! names: case and spaces aside), and every participant in one of the areas.

use std::collections::HashSet;

use super::{Known, Problem, quoted};
use crate::domain::Session;
use crate::domain::names::name_key;

impl Session {
    pub(super) fn check_areas(&self, problems: &mut Vec<Problem>) {
        let mut seen = HashSet::new();
        for (index, area) in self.areas.iter().enumerate() {
            if area.trim().is_empty() {
                problems.push(Problem::new(
                    format!("area {} has an empty name", index + 1),
                    &["areas:"],
                ));
            } else if !seen.insert(name_key(area)) {
                problems.push(Problem::new(
                    format!("area \"{area}\" is listed twice"),
                    &["areas:", &quoted(area), &quoted(area)],
                ));
            }
        }
    }

    pub(super) fn check_participants(&self, known: &Known, problems: &mut Vec<Problem>) {
        let mut seen = HashSet::new();
        for (index, person) in self.participants.iter().enumerate() {
            let name = quoted(&person.name);
            if person.name.trim().is_empty() {
                problems.push(Problem::new(
                    format!("participant {} has an empty name", index + 1),
                    &["participants:"],
                ));
            } else if !seen.insert(name_key(&person.name)) {
                problems.push(Problem::new(
                    format!(
                        "participant \"{}\" appears twice; names must be unique",
                        person.name
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

#[cfg(test)]
mod tests {
    use crate::domain::fixtures::{add_person, problem_messages, session};

    #[test]
    fn names_must_be_unique_and_areas_known() {
        let mut s = session(&["listen"], &["Store", "store"]);
        add_person(&mut s, "Ana", Some("Web"));
        add_person(&mut s, " ana ", None);
        assert_eq!(
            problem_messages(&s),
            [
                "area \"store\" is listed twice",
                "participant \"Ana\" is in area \"Web\", which is not one of the session's areas",
                "participant \" ana \" appears twice; names must be unique",
            ]
        );
    }
}

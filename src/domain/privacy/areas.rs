//! Area withholding: which areas show no numbers of their own.

use std::collections::HashSet;

use crate::domain::Session;

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

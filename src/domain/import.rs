//! Scores gathered before the workshop (a survey): every line is checked against
//! the session first, and one bad line means nothing is imported. Reading the
//! lines from a CSV file is storage's job (`storage::read_score_lines`).

use thiserror::Error;

use super::{EditError, ScoreKind, Session};

/// The columns a scores file must have (header names match case-insensitively).
pub const COLUMNS: [&str; 5] = ["participant", "area", "habit", "current", "target"];

/// One line of a scores file as typed, fields trimmed, before it is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreLine {
    /// The line's row in the file, the header being row 1.
    pub row: usize,
    pub participant: String,
    /// Empty when the line names no area.
    pub area: String,
    /// A habit's id or name.
    pub habit: String,
    /// Empty when the score is missing.
    pub current: String,
    pub target: String,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub scores: usize,
    pub new_participants: Vec<String>,
}

/// Why a row of a scores file cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("row {row}: {kind}")]
pub struct ImportError {
    pub row: usize,
    pub kind: ImportErrorKind,
}

/// What is wrong with a row.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportErrorKind {
    /// The CSV reader could not read the row; its own words.
    #[error("{0}")]
    Unreadable(String),
    #[error("missing column {}; the header needs {}", .0.join(", "), COLUMNS.join(", "))]
    MissingColumns(Vec<&'static str>),
    #[error("the participant's name is empty")]
    EmptyParticipant,
    #[error("unknown habit \"{0}\" (use an id or a name from the framework)")]
    UnknownHabit(String),
    #[error("unknown area \"{area}\"; the session's areas are {}", .areas.join(", "))]
    UnknownArea { area: String, areas: Vec<String> },
    #[error("{} score \"{text}\" is off the scale: scores run from {min} to {max}", score_name(*.score))]
    OffScale {
        score: ScoreKind,
        text: String,
        min: u8,
        max: u8,
    },
    /// A checked row the session still refused (e.g. a name already in the room
    /// in another case).
    #[error(transparent)]
    Edit(#[from] EditError),
}

/// How a score's column is named in messages.
fn score_name(score: ScoreKind) -> &'static str {
    match score {
        ScoreKind::Current => "current",
        ScoreKind::Target => "target",
    }
}

/// One checked line, ready to apply.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ScoreRow {
    row: usize,
    participant: String,
    area: Option<String>,
    habit: String,
    current: Option<u8>,
    target: Option<u8>,
}

/// Checks every line against the session, then applies them all; on any problem
/// returns every problem (with its row) and changes nothing.
pub fn import_scores(
    session: &mut Session,
    lines: &[ScoreLine],
) -> Result<Imported, Vec<ImportError>> {
    let rows = check(session, lines)?;
    let mut copy = session.clone();
    let mut imported = Imported {
        scores: 0,
        new_participants: Vec::new(),
    };
    for row in rows {
        let refused = |error: EditError| {
            vec![ImportError {
                row: row.row,
                kind: error.into(),
            }]
        };
        if copy.participant(&row.participant).is_none() {
            copy.add_participant(&row.participant, row.area.clone())
                .map_err(refused)?;
            imported.new_participants.push(row.participant.clone());
        }
        for (kind, value) in [
            (ScoreKind::Current, row.current),
            (ScoreKind::Target, row.target),
        ] {
            if value.is_some() {
                copy.set_score(&row.habit, &row.participant, kind, value)
                    .map_err(refused)?;
                imported.scores += 1;
            }
        }
    }
    *session = copy;
    Ok(imported)
}

fn check(session: &Session, lines: &[ScoreLine]) -> Result<Vec<ScoreRow>, Vec<ImportError>> {
    let scale = &session.framework.scale;
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for line in lines {
        let mut problem = |kind| {
            problems.push(ImportError {
                row: line.row,
                kind,
            })
        };
        if line.participant.is_empty() {
            problem(ImportErrorKind::EmptyParticipant);
        }
        let habit_id = session
            .framework
            .habits
            .iter()
            .find(|h| {
                h.id.eq_ignore_ascii_case(&line.habit) || h.name.eq_ignore_ascii_case(&line.habit)
            })
            .map(|h| h.id.clone());
        if habit_id.is_none() {
            problem(ImportErrorKind::UnknownHabit(line.habit.clone()));
        }
        if !line.area.is_empty() && !session.areas.contains(&line.area) {
            problem(ImportErrorKind::UnknownArea {
                area: line.area.clone(),
                areas: session.areas.clone(),
            });
        }
        let mut score = |score: ScoreKind, text: &str| -> Option<u8> {
            if text.is_empty() {
                return None;
            }
            match text.parse::<u8>() {
                Ok(value) if scale.contains(value) => Some(value),
                _ => {
                    problem(ImportErrorKind::OffScale {
                        score,
                        text: text.to_string(),
                        min: scale.min,
                        max: scale.max,
                    });
                    None
                }
            }
        };
        let current = score(ScoreKind::Current, &line.current);
        let target = score(ScoreKind::Target, &line.target);
        if let Some(habit) = habit_id {
            rows.push(ScoreRow {
                row: line.row,
                participant: line.participant.clone(),
                area: (!line.area.is_empty()).then(|| line.area.clone()),
                habit,
                current,
                target,
            });
        }
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::{add_person, session};

    fn line(
        row: usize,
        participant: &str,
        area: &str,
        habit: &str,
        scores: [&str; 2],
    ) -> ScoreLine {
        ScoreLine {
            row,
            participant: participant.into(),
            area: area.into(),
            habit: habit.into(),
            current: scores[0].into(),
            target: scores[1].into(),
        }
    }

    #[test]
    fn a_habit_is_named_by_id_or_name_and_new_people_are_added() {
        let mut room = session(&["listen", "think"], &["Store"]);
        add_person(&mut room, "Ana", None);
        let lines = [
            line(2, "Ana", "", "listen", ["2", "4"]),
            line(3, "Bo", "Store", "THINK", ["3", ""]),
        ];
        let imported = import_scores(&mut room, &lines).unwrap();
        assert_eq!(imported.scores, 3);
        assert_eq!(imported.new_participants, ["Bo"]);
        assert_eq!(room.rating("think", "Bo").current, Some(3));
        assert_eq!(room.rating("think", "Bo").target, None);
        assert_eq!(
            room.participant("Bo").unwrap().area.as_deref(),
            Some("Store")
        );
    }

    #[test]
    fn every_problem_is_named_at_its_row_and_nothing_changes() {
        let mut room = session(&["listen"], &["Store"]);
        let before = room.clone();
        let lines = [
            line(2, "Ana", "", "listen", ["2", "4"]),
            line(3, "", "Warehouse", "kindness", ["9", ""]),
        ];
        let problems: Vec<String> = import_scores(&mut room, &lines)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            problems,
            [
                "row 3: the participant's name is empty",
                "row 3: unknown habit \"kindness\" (use an id or a name from the framework)",
                "row 3: unknown area \"Warehouse\"; the session's areas are Store",
                "row 3: current score \"9\" is off the scale: scores run from 1 to 5",
            ]
        );
        assert_eq!(room, before);
    }

    #[test]
    fn a_name_the_room_refuses_is_named_at_its_row() {
        let mut room = session(&["listen"], &[]);
        let lines = [
            line(2, "Ana Zed", "", "listen", ["2", ""]),
            line(3, "ana zed", "", "listen", ["3", ""]),
        ];
        let problems = import_scores(&mut room, &lines).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].row, 3);
        assert!(matches!(
            problems[0].kind,
            ImportErrorKind::Edit(EditError::DuplicateParticipant(_))
        ));
        assert!(room.participants.is_empty());
    }
}

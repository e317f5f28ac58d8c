//! Scores gathered before the workshop (a survey), read from CSV. The whole file
//! is checked first: one bad row and nothing is imported.

use crate::domain::{ScoreKind, Session};

/// The columns a scores file must have (header names match case-insensitively).
pub const COLUMNS: [&str; 5] = ["participant", "area", "habit", "current", "target"];

/// One checked row, ready to apply.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ScoreRow {
    participant: String,
    area: Option<String>,
    habit: String,
    current: Option<u8>,
    target: Option<u8>,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub scores: usize,
    pub new_participants: Vec<String>,
}

/// Checks every row of `text` against the session, then applies them all; on
/// any problem returns every problem (with its row number) and changes nothing.
pub fn import_scores(session: &mut Session, text: &str) -> Result<Imported, Vec<String>> {
    let rows = check(session, text)?;
    let mut copy = session.clone();
    let mut imported = Imported {
        scores: 0,
        new_participants: Vec::new(),
    };
    for row in rows {
        if copy.participant(&row.participant).is_none() {
            copy.add_participant(&row.participant, row.area.clone())
                .map_err(|e| vec![e.to_string()])?;
            imported.new_participants.push(row.participant.clone());
        }
        for (kind, value) in [
            (ScoreKind::Current, row.current),
            (ScoreKind::Target, row.target),
        ] {
            if value.is_some() {
                copy.set_score(&row.habit, &row.participant, kind, value)
                    .map_err(|e| vec![e.to_string()])?;
                imported.scores += 1;
            }
        }
    }
    *session = copy;
    Ok(imported)
}

fn check(session: &Session, text: &str) -> Result<Vec<ScoreRow>, Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| vec![format!("row 1: {e}")])?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let missing: Vec<&str> = COLUMNS
        .iter()
        .copied()
        .filter(|name| column(name).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(vec![format!(
            "row 1: missing column {}; the header needs {}",
            missing.join(", "),
            COLUMNS.join(", ")
        )]);
    }
    let at: Vec<usize> = COLUMNS
        .iter()
        .map(|name| column(name).unwrap_or_default())
        .collect();
    let scale = &session.framework.scale;
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row_number = index + 2;
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                problems.push(format!("row {row_number}: {error}"));
                continue;
            }
        };
        let field = |i: usize| record.get(at[i]).unwrap_or("").to_string();
        let (participant, area, habit) = (field(0), field(1), field(2));
        let mut problem = |text: String| problems.push(format!("row {row_number}: {text}"));
        if participant.is_empty() {
            problem("the participant's name is empty".into());
        }
        let habit_id = session
            .framework
            .habits
            .iter()
            .find(|h| h.id.eq_ignore_ascii_case(&habit) || h.name.eq_ignore_ascii_case(&habit))
            .map(|h| h.id.clone());
        if habit_id.is_none() {
            problem(format!(
                "unknown habit \"{habit}\" (use an id or a name from the framework)"
            ));
        }
        if !area.is_empty() && !session.areas.contains(&area) {
            problem(format!(
                "unknown area \"{area}\"; the session's areas are {}",
                session.areas.join(", ")
            ));
        }
        let mut score = |name: &str, text: String| -> Option<u8> {
            if text.is_empty() {
                return None;
            }
            match text.parse::<u8>() {
                Ok(value) if scale.contains(value) => Some(value),
                _ => {
                    problem(format!(
                        "{name} score \"{text}\" is off the scale: scores run from {} to {}",
                        scale.min, scale.max
                    ));
                    None
                }
            }
        };
        let current = score("current", field(3));
        let target = score("target", field(4));
        if let Some(habit) = habit_id {
            rows.push(ScoreRow {
                participant,
                area: (!area.is_empty()).then_some(area),
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

//! Reading a scores file (CSV) into lines for the domain to check and import
//! (`domain::import`): columns found by their header, in any order and any case.

use crate::domain::import::{COLUMNS, ImportError, ImportErrorKind, ScoreLine};

/// The lines of a scores file, each with its row number (the header is row 1);
/// on a missing column or an unreadable row, every such problem.
pub fn read_score_lines(text: &str) -> Result<Vec<ScoreLine>, Vec<ImportError>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header_problem = |kind| vec![ImportError { row: 1, kind }];
    let headers = reader
        .headers()
        .map_err(|e| header_problem(ImportErrorKind::Unreadable(e.to_string())))?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let missing: Vec<&str> = COLUMNS
        .iter()
        .copied()
        .filter(|name| column(name).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(header_problem(ImportErrorKind::MissingColumns(missing)));
    }
    let at: Vec<usize> = COLUMNS
        .iter()
        .map(|name| column(name).unwrap_or_default())
        .collect();
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        match record {
            Ok(record) => {
                let field = |i: usize| record.get(at[i]).unwrap_or("").to_string();
                lines.push(ScoreLine {
                    row,
                    participant: field(0),
                    area: field(1),
                    habit: field(2),
                    current: field(3),
                    target: field(4),
                });
            }
            Err(error) => problems.push(ImportError {
                row,
                kind: ImportErrorKind::Unreadable(error.to_string()),
            }),
        }
    }
    if problems.is_empty() {
        Ok(lines)
    } else {
        Err(problems)
    }
}

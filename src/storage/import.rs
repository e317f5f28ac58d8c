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
    let mut problems = Vec::new();
    let lines = reader
        .records()
        .zip(2..)
        .filter_map(|(record, row)| match record {
            Ok(record) => {
                let field = |i: usize| record.get(at[i]).unwrap_or("").to_string();
                Some(ScoreLine {
                    row,
                    participant: field(0),
                    area: field(1),
                    habit: field(2),
                    current: field(3),
                    target: field(4),
                })
            }
            Err(error) => {
                problems.push(ImportError {
                    row,
                    kind: ImportErrorKind::Unreadable(error.to_string()),
                });
                None
            }
        })
        .collect();
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_found_by_their_header_in_any_order_and_case() {
        let text = "Target,HABIT,participant,Current,area,notes\n 4 ,listen, Ana ,2,,ignored\n";
        let lines = read_score_lines(text).unwrap();
        assert_eq!(
            lines,
            [ScoreLine {
                row: 2,
                participant: "Ana".into(),
                area: String::new(),
                habit: "listen".into(),
                current: "2".into(),
                target: "4".into(),
            }]
        );
    }

    #[test]
    fn a_missing_column_is_named_at_the_header() {
        let problems = read_score_lines("participant,habit,current\nAna,listen,2\n").unwrap_err();
        assert_eq!(
            problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "row 1: missing column area, target; the header needs participant, area, habit, current, target"
            ]
        );
    }

    #[test]
    fn a_short_row_reads_its_missing_fields_as_empty() {
        let lines =
            read_score_lines("participant,area,habit,current,target\nAna,,listen\n").unwrap();
        assert_eq!(
            (lines[0].current.as_str(), lines[0].target.as_str()),
            ("", "")
        );
    }
}

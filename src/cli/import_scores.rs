//! `huddle import-scores`: scores gathered before the workshop, from a CSV file.
//! Every row is checked first; one bad row and nothing is imported.

use std::path::Path;

use anyhow::Result;

use super::session_path;
use crate::domain::import::import_scores;
use crate::storage::{self, SessionLock};

pub fn run(session: &str, file: &Path) -> Result<bool> {
    let path = session_path(session)?;
    let text = storage::read_text(file)?;
    let _lock = SessionLock::acquire(&path)?;
    let mut session = storage::load_session(&path)?;
    let imported =
        storage::read_score_lines(&text).and_then(|lines| import_scores(&mut session, &lines));
    match imported {
        Ok(imported) => {
            storage::save_session(&path, &session)?;
            println!(
                "imported {} scores into {}; {} new participants{}",
                imported.scores,
                path.display(),
                imported.new_participants.len(),
                if imported.new_participants.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", imported.new_participants.join(", "))
                }
            );
            Ok(true)
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("{}: {problem}", file.display());
            }
            eprintln!("nothing was imported: correct the rows above and run the import again");
            Ok(false)
        }
    }
}

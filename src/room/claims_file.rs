//! The file beside a session that keeps which phone speaks for whom, so phones
//! carry on with their names after huddle restarts: `<session>.phones`.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::app::phone::Claims;
use crate::storage::{StorageError, write_atomically};

/// Why the phones' claims could not be read.
#[derive(Debug, Error)]
pub enum ClaimsFileError {
    #[error("{path}: {reason}; delete this file and phones choose their names again")]
    Unreadable { path: String, reason: String },
}

/// Where the claims of the session at `session` are kept.
pub fn path_for(session: &Path) -> PathBuf {
    let mut name = session.file_name().unwrap_or_default().to_os_string();
    name.push(".phones");
    session.with_file_name(name)
}

/// The claims kept beside the session; none when there is no file yet.
pub fn load(session: &Path) -> Result<Claims, ClaimsFileError> {
    let path = path_for(session);
    let unreadable = |reason: String| ClaimsFileError::Unreadable {
        path: path.display().to_string(),
        reason,
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => Claims::from_ron(&text).map_err(unreadable),
        Err(error) if error.kind() == ErrorKind::NotFound => Ok(Claims::default()),
        Err(error) => Err(unreadable(error.to_string())),
    }
}

/// Writes the claims beside the session, atomically like the session itself.
pub fn save(session: &Path, claims: &Claims) -> Result<(), StorageError> {
    write_atomically(&path_for(session), claims.to_ron().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::phone::Token;

    #[test]
    fn claims_survive_a_restart_and_a_missing_file_is_no_claims() {
        let folder = tempfile::TempDir::new().unwrap();
        let session = folder.path().join("spring.ron");
        assert_eq!(load(&session).unwrap(), Claims::default());
        let mut claims = Claims::default();
        claims.claim(&Token::new("f00d"), "Ana").unwrap();
        save(&session, &claims).unwrap();
        assert_eq!(path_for(&session), folder.path().join("spring.ron.phones"));
        assert_eq!(load(&session).unwrap(), claims);
        std::fs::write(path_for(&session), "nonsense").unwrap();
        let error = load(&session).unwrap_err().to_string();
        assert!(
            error.contains("spring.ron.phones") && error.contains("delete"),
            "{error}"
        );
    }
}

//! Where huddle keeps its files: the platform's data folder, or `HUDDLE_HOME`.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use directories::ProjectDirs;

use super::error::StorageError;

/// Overrides the folder huddle keeps its files in (tests, shared folders).
pub const HOME_VARIABLE: &str = "HUDDLE_HOME";

/// huddle's own folder: `HUDDLE_HOME` when set, else the platform's data folder.
pub fn home() -> Result<PathBuf, StorageError> {
    if let Some(home) = std::env::var_os(HOME_VARIABLE).filter(|home| !home.is_empty()) {
        return Ok(PathBuf::from(home));
    }
    ProjectDirs::from("", "", "huddle")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or(StorageError::NoHome)
}

/// The folder sessions are created in and listed from.
pub fn sessions_folder() -> Result<PathBuf, StorageError> {
    Ok(home()?.join("sessions"))
}

/// Scratch space for the demo, so the shipped example is never changed.
pub fn demo_folder() -> Result<PathBuf, StorageError> {
    Ok(home()?.join("demo"))
}

/// Creates a folder (and its parents) if needed, saying which one failed and why.
pub fn ensure_folder(folder: &Path) -> Result<(), StorageError> {
    fs::create_dir_all(folder).map_err(|source| StorageError::Folder {
        path: folder.to_path_buf(),
        reason: source,
    })
}

/// A session named on the command line: an existing path, or a name in the folder
/// (with or without `.ron`). A folder of that name is reported as a folder, so the
/// facilitator sees why it does not open, and a missing path as a missing file.
pub fn resolve_session(name_or_path: &str, folder: &Path) -> Result<PathBuf, StorageError> {
    let as_path = Path::new(name_or_path);
    let in_folder = folder.join(name_or_path);
    let candidates = [
        as_path.to_path_buf(),
        in_folder.with_extension("ron"),
        in_folder,
    ];
    if let Some(file) = candidates.iter().find(|path| path.is_file()) {
        return Ok(file.clone());
    }
    if let Some(folder) = candidates.into_iter().find(|path| path.is_dir()) {
        return Err(StorageError::IsFolder { path: folder });
    }
    // A name with a folder in it is a path: the file it names is missing.
    if as_path.components().count() > 1 {
        return Err(StorageError::NoSuchFile {
            path: as_path.to_path_buf(),
        });
    }
    named_in_part(name_or_path, folder)
}

/// The one session in `folder` whose name holds `part` (case ignored), so
/// `huddle open finch-11` finds `harbour-finch-2026-11.ron`; several are refused
/// with their names, so the facilitator can type more of the one meant.
fn named_in_part(part: &str, folder: &Path) -> Result<PathBuf, StorageError> {
    let wanted = part.trim().to_lowercase();
    let mut matches: Vec<PathBuf> = fs::read_dir(folder)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ron") && path.is_file())
        .filter(|path| {
            let stem = path.file_stem().unwrap_or_default().to_string_lossy();
            !wanted.is_empty() && stem.to_lowercase().contains(&wanted)
        })
        .collect();
    matches.sort();
    match matches.len() {
        1 => Ok(matches.remove(0)),
        0 => Err(StorageError::NotFound {
            name: part.to_string(),
            folder: folder.to_path_buf(),
        }),
        _ => Err(StorageError::Ambiguous {
            name: part.to_string(),
            matches: matches
                .iter()
                .map(|path| {
                    path.file_stem()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned()
                })
                .collect(),
        }),
    }
}

/// A title as a file name: lower case, words joined by dashes, nothing else
/// ("Harbour & Finch: spring review" becomes "harbour-finch-spring-review").
pub fn slug(title: &str) -> String {
    title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// A file name for a new session that does not clash with an existing one:
/// `2026-05-14-customer-day.ron`, then `-2`, `-3`...
pub fn new_session_path(folder: &Path, title: &str, date: NaiveDate) -> PathBuf {
    let slug = slug(title);
    let stem = if slug.is_empty() {
        date.to_string()
    } else {
        format!("{date}-{slug}")
    };
    (1..)
        .map(|n| match n {
            1 => folder.join(format!("{stem}.ron")),
            n => folder.join(format!("{stem}-{n}.ron")),
        })
        .find(|path| !path.exists())
        .expect("an unused name exists")
}

//! Session and framework files as RON text: parsing with positions in errors,
//! the rules checked after parsing, and the pretty form huddle writes.

use std::path::Path;

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Deserialize;
use serde::de::IgnoredAny;

use super::error::{LocatedProblem, Location, StorageError};
use crate::domain::{FORMAT_VERSION, Framework, Problem, Session};

fn options() -> ron::Options {
    // Files may write `current: 3` instead of `current: Some(3)`, with or without the header.
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Only the version, read leniently, so a newer file is named as newer rather than
/// reported for fields this huddle does not know.
#[derive(Deserialize)]
struct VersionProbe {
    format_version: Option<u32>,
}

/// Parses and checks a session. `path` is only used in messages.
pub fn parse_session(text: &str, path: &Path) -> Result<Session, StorageError> {
    let text = without_byte_order_mark(text);
    if let Ok(VersionProbe {
        format_version: Some(found),
    }) = options().from_str::<VersionProbe>(text)
    {
        if found > FORMAT_VERSION {
            return Err(StorageError::NewerFormat {
                path: path.to_path_buf(),
                location: version_location(text),
                found,
                supported: FORMAT_VERSION,
            });
        }
        // Format 1 is the first; an older format gets its migration here
        // (formats 1 and 2 lack only fields that have a default).
        if found < 1 {
            return Err(StorageError::UnknownFormat {
                path: path.to_path_buf(),
                location: version_location(text),
                found,
            });
        }
    }
    let mut session: Session = parse(text, path).map_err(|error| match kind_of(text) {
        // Said plainly rather than as the fields a session lacks.
        Kind::Empty => StorageError::Empty {
            path: path.to_path_buf(),
        },
        Kind::Framework => StorageError::IsFramework {
            path: path.to_path_buf(),
        },
        _ => error,
    })?;
    // Older formats only lack fields that default (format 2 added an action's
    // `practice`, format 3 what phones sent), so the session read is already
    // the current format's; it is saved in this format.
    session.format_version = FORMAT_VERSION;
    let problems = session.problems();
    if problems.is_empty() {
        Ok(session)
    } else {
        Err(invalid(text, path, problems))
    }
}

/// What stops a session from being saved: a file written with it would not open.
/// It costs one pass over the session, cheap next to the write itself.
pub fn problems_before_saving(session: &Session) -> Vec<String> {
    let mut problems = Vec::new();
    if session.format_version != FORMAT_VERSION {
        problems.push(format!(
            "the session is in format {}, but this huddle writes format {FORMAT_VERSION}",
            session.format_version
        ));
    }
    problems.extend(
        session
            .problems()
            .into_iter()
            .map(|problem| problem.message),
    );
    problems
}

/// Some editors (on Windows especially) start a UTF-8 file with a byte-order mark.
/// It is not part of the text, and editors do not count it as a column.
pub(super) fn without_byte_order_mark(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Where the format version's value stands, found by the parser itself (so a
/// comment or a text that mentions `format_version` does not mislead it): a
/// field that refuses every value makes the parser report its position.
fn version_location(text: &str) -> Location {
    struct Refused;
    impl<'de> Deserialize<'de> for Refused {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            u32::deserialize(deserializer)?;
            Err(serde::de::Error::custom("located"))
        }
    }
    #[derive(Deserialize)]
    struct VersionHere {
        // Never read: reading it always stops at the version.
        #[serde(rename = "format_version")]
        _version: Option<Refused>,
    }
    match options().from_str::<VersionHere>(text) {
        Err(error) => Location {
            line: error.span.start.line,
            column: error.span.start.col,
        },
        Ok(_) => locate(text, &["format_version".to_string()]),
    }
}

/// Parses and checks a framework file.
pub fn parse_framework(text: &str, path: &Path) -> Result<Framework, StorageError> {
    let text = without_byte_order_mark(text);
    let framework: Framework = parse(text, path)?;
    let problems = framework.problems();
    if problems.is_empty() {
        Ok(framework)
    } else {
        Err(invalid(text, path, problems))
    }
}

/// What a file holds, judged from the fields at its top level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Session,
    Framework,
    /// Nothing but white space.
    Empty,
    /// Text that has neither a session's fields nor a framework's.
    Neither,
}

/// The top-level fields that tell a session from a framework, read leniently: a
/// session that lacks its version, or is broken further down, is still a session.
#[derive(Deserialize)]
struct KindProbe {
    format_version: Option<IgnoredAny>,
    participants: Option<IgnoredAny>,
    scale: Option<IgnoredAny>,
    habits: Option<IgnoredAny>,
}

/// Whether a file is a session or a framework. A session holds a framework, so a
/// session's own fields decide first. Text the parser cannot read that far is
/// judged by the words it contains.
pub fn kind_of(text: &str) -> Kind {
    let text = without_byte_order_mark(text);
    if text.trim().is_empty() {
        return Kind::Empty;
    }
    let (session, framework) = match options().from_str::<KindProbe>(text) {
        Ok(probe) => (
            probe.format_version.is_some() || probe.participants.is_some(),
            probe.scale.is_some() || probe.habits.is_some(),
        ),
        Err(_) => (
            text.contains("format_version") || text.contains("participants:"),
            text.contains("habits:"),
        ),
    };
    match (session, framework) {
        (true, _) => Kind::Session,
        (false, true) => Kind::Framework,
        (false, false) => Kind::Neither,
    }
}

/// The pretty RON huddle writes: readable and editable by hand.
pub fn session_to_ron(session: &Session) -> Result<String, StorageError> {
    let config = PrettyConfig::new()
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME)
        .indentor("  ")
        // Deeper levels (a rating, a ballot) stay on one line each, so a file reads like a table.
        .depth_limit(4)
        // Apostrophes and line breaks stay as typed instead of `\'` and `\n`.
        .escape_strings(false);
    let mut text = ron::ser::to_string_pretty(session, config)
        .map_err(|error| StorageError::Serialize(error.to_string()))?;
    text.push('\n');
    Ok(text)
}

pub(super) fn parse<'a, T: Deserialize<'a>>(text: &'a str, path: &Path) -> Result<T, StorageError> {
    options().from_str(text).map_err(|error| {
        // The parser stopping on the last written line most often means the
        // file ends early (a copy or a save cut off), which its words never say.
        let last_line = text.trim_end().lines().count();
        let cut = if error.span.start.line >= last_line {
            "; the file may be cut short"
        } else {
            ""
        };
        StorageError::Syntax {
            path: path.to_path_buf(),
            location: Location {
                line: error.span.start.line,
                column: error.span.start.col,
            },
            message: format!("{}{cut}", error.code),
        }
    })
}

/// How many of a file's problems are listed, each with its place. Finding a place
/// searches the file, so placing every one of thousands of problems would cost
/// the square of the file's size; past this many they are only counted.
const LISTED_PROBLEMS: usize = 100;

pub(super) fn invalid(text: &str, path: &Path, problems: Vec<Problem>) -> StorageError {
    let unlisted = problems.len().saturating_sub(LISTED_PROBLEMS);
    StorageError::Invalid {
        path: path.to_path_buf(),
        problems: problems
            .into_iter()
            .take(LISTED_PROBLEMS)
            .map(|problem| LocatedProblem {
                location: locate(text, &problem.anchors),
                message: problem.message,
            })
            .collect(),
        unlisted,
    }
}

/// Finds each anchor in turn, each after the one before, and returns where the last
/// one found starts: the rule's section, then its item, then its field.
fn locate(text: &str, anchors: &[String]) -> Location {
    let mut offset = 0;
    let mut found = None;
    for anchor in anchors {
        match text[offset..].find(anchor.as_str()) {
            Some(at) => {
                found = Some(offset + at);
                offset += at + anchor.len();
            }
            None => break,
        }
    }
    let start = found.unwrap_or(0);
    let before = &text[..start];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |nl| nl + 1)..]
        .chars()
        .count()
        + 1;
    Location { line, column }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_lead_to_the_field_of_the_item_of_the_section() {
        let text = "(\n  title: \"x\",\n  benchmark: {\n    \"listen\": (\n      scores: {\n        \"Ana\": (current: 9),\n";
        let anchors = ["benchmark:", "\"listen\"", "\"Ana\"", "current"].map(String::from);
        assert_eq!(
            locate(text, &anchors),
            Location {
                line: 6,
                column: 17
            }
        );
    }

    #[test]
    fn a_missing_anchor_stops_at_the_last_one_found() {
        let text = "(\n  plan: [\n";
        let anchors = ["plan:", "\"nowhere\""].map(String::from);
        assert_eq!(locate(text, &anchors), Location { line: 2, column: 3 });
    }
}

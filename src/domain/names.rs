//! Names as a room reads them: typed with stray spaces, compared without case.

use super::error::EditError;

/// A typed name without its surrounding spaces; an empty one is refused.
pub(crate) fn clean(text: &str) -> Result<String, EditError> {
    let text = text.trim();
    if text.is_empty() {
        Err(EditError::EmptyName)
    } else {
        Ok(text.to_string())
    }
}

/// Names that differ only in case or surrounding spaces are the same name to a room.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// The form of a name `same_name` compares: equal keys, same name.
pub(crate) fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

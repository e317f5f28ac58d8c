//! Names as a room reads them: typed with stray spaces, compared without case,
//! and the same on screen whichever way a keyboard composed their letters.

use unicode_normalization::UnicodeNormalization;

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

/// The form of a name `same_name` compares: equal keys, same name. Letters are
/// composed the compatible way (an "ó" typed as "o" plus an accent is one "ó", a
/// full-width letter is its plain one), case is ignored, and any run of spaces
/// (a non-breaking one included) counts as one space: names that look the same
/// on the projector are the same name.
pub(crate) fn name_key(name: &str) -> String {
    let folded: String = name.nfkc().collect::<String>().to_lowercase();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_look_the_same_are_the_same_name() {
        assert!(same_name("Maria López", "Maria Lo\u{301}pez"));
        assert!(same_name("Maria López", " maria\u{a0}LÓPEZ "));
        assert!(same_name("Ana  Lima", "Ana Lima"));
        assert!(same_name("Ｊｏｎａｓ", "Jonas"));
        assert!(!same_name("Ana Lima", "Ana Lim"));
        assert!(!same_name("Maria Lopez", "Maria López"));
    }
}

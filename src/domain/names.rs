//! Names as a room reads them: typed with stray spaces, compared without case
//! or accents, and the same whichever way a keyboard composed their letters.

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

/// Names that differ only in case, accents or spaces are the same name to a room.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// Names that read the same aloud: `same_name`, leaving aside words with no
/// letter or digit in them ("José 🚀 Núñez" is "Jose Nunez" typed at a keyboard
/// without emoji). For finding the one participant a typed name means, never for
/// telling two participants apart.
pub(crate) fn same_words(a: &str, b: &str) -> bool {
    let spoken = |name: &str| {
        name_key(name)
            .split(' ')
            .filter(|word| word.chars().any(char::is_alphanumeric))
            .collect::<Vec<_>>()
            .join(" ")
    };
    spoken(a) == spoken(b)
}

/// The form of a name `same_name` compares: equal keys, same name. Letters are
/// taken apart the compatible way (a full-width letter is its plain one, "ó" is
/// "o" plus an accent) and the accents of Latin, Greek and Cyrillic letters are
/// dropped, so "Jose" finds "José" whatever keyboard is at hand; case is ignored,
/// and any run of spaces (a non-breaking one included) counts as one space.
/// Marks that make another letter (Japanese voicing marks) and emoji are kept.
pub(crate) fn name_key(name: &str) -> String {
    let folded: String = name
        .nfkd()
        .filter(|c| !is_accent(*c))
        .collect::<String>()
        .to_lowercase();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The combining accents of the diacritical-mark blocks: "é" without its accent
/// is still the "e" people type. Other combining marks change the letter (the
/// voicing mark turns "か" into "が"), so they stay.
fn is_accent(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36f}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{fe20}'..='\u{fe2f}'
    )
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
        assert!(same_name("Maria Lopez", "Maria López"));
        assert!(same_name("jose 🚀 nunez", "José 🚀 Núñez"));
        assert!(same_name("Zoë Ørsted", "ZOË Ørsted"));
    }

    #[test]
    fn a_name_typed_without_its_emoji_reads_the_same() {
        assert!(same_words("Jose Nunez", "José 🚀 Núñez"));
        assert!(!same_words("Jose", "José 🚀 Núñez"));
        assert!(!same_name("Jose Nunez", "José 🚀 Núñez"));
    }

    #[test]
    fn letters_that_differ_stay_different_names() {
        assert!(!same_name("かな", "がな"));
        assert!(!same_name("山田 太郎", "山田 次郎"));
        assert!(!same_name("Ana 🚀", "Ana 🎉"));
        assert!(!same_name("Ana Lima", "Ana Lim"));
    }
}

//! Which phone speaks for whom: each phone's random token and the participant
//! name it claimed. This is all huddle keeps about a phone; it is saved beside
//! the session so phones carry on after a restart.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Refusal;

/// A phone's secret: random, given once when it joins, kept in its cookie.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Token(String);

impl Token {
    pub fn new(text: impl Into<String>) -> Self {
        Token(text.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The names phones have claimed, by token. One name has at most one phone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claims {
    phones: BTreeMap<Token, String>,
}

impl Claims {
    /// The participant a token speaks for.
    pub fn name(&self, token: &Token) -> Option<&str> {
        self.phones.get(token).map(String::as_str)
    }

    /// Whether a phone has claimed this name.
    pub fn is_claimed(&self, name: &str) -> bool {
        self.phones.values().any(|claimed| claimed == name)
    }

    /// How many phones have claimed a name.
    pub fn len(&self) -> usize {
        self.phones.len()
    }

    pub fn is_empty(&self) -> bool {
        self.phones.is_empty()
    }

    /// Lets `token` speak for `name`, unless another phone has it or this phone
    /// already speaks for someone else. Claiming one's own name again is fine.
    /// Returns whether anything changed.
    pub fn claim(&mut self, token: &Token, name: &str) -> Result<bool, Refusal> {
        match self.name(token) {
            Some(own) if own == name => return Ok(false),
            Some(own) => return Err(Refusal::AlreadyClaimed(own.to_string())),
            None => {}
        }
        if self.is_claimed(name) {
            return Err(Refusal::NameTaken(name.to_string()));
        }
        self.phones.insert(token.clone(), name.to_string());
        Ok(true)
    }

    /// Frees the token's name, so it may claim another.
    pub fn release(&mut self, token: &Token) {
        self.phones.remove(token);
    }

    /// Frees a name, so another phone may claim it; returns whether a phone had it.
    pub fn release_name(&mut self, name: &str) -> bool {
        let before = self.phones.len();
        self.phones.retain(|_, claimed| claimed != name);
        self.phones.len() != before
    }

    /// The claims whose names `keep` says are still in the room.
    pub fn kept(&self, keep: impl Fn(&str) -> bool) -> Claims {
        let mut phones = self.phones.clone();
        phones.retain(|_, name| keep(name));
        Claims { phones }
    }

    /// The claims as the text of their file.
    pub fn to_ron(&self) -> String {
        let config = ron::ser::PrettyConfig::default();
        // A map of strings always serializes.
        ron::ser::to_string_pretty(self, config).unwrap_or_default() + "\n"
    }

    /// The claims read back from their file, or what is wrong with it.
    pub fn from_ron(text: &str) -> Result<Self, String> {
        ron::from_str(text).map_err(|error| error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_has_one_phone_and_a_phone_one_name() {
        let mut claims = Claims::default();
        let (ana, ben) = (Token::new("a1"), Token::new("b2"));
        assert_eq!(claims.claim(&ana, "Ana"), Ok(true));
        assert_eq!(claims.claim(&ana, "Ana"), Ok(false));
        assert_eq!(
            claims.claim(&ben, "Ana"),
            Err(Refusal::NameTaken("Ana".into()))
        );
        assert_eq!(
            claims.claim(&ana, "Ben"),
            Err(Refusal::AlreadyClaimed("Ana".into()))
        );
        assert_eq!(claims.name(&ana), Some("Ana"));
        assert_eq!(claims.len(), 1);
        assert_eq!(claims.kept(|name| name != "Ana"), Claims::default());
        assert!(claims.release_name("Ana") && !claims.release_name("Ana"));
        assert_eq!(claims.claim(&ben, "Ana"), Ok(true));
        claims.release(&ben);
        assert!(claims.is_empty());
    }

    #[test]
    fn claims_read_back_what_they_wrote() {
        let mut claims = Claims::default();
        claims.claim(&Token::new("a1"), "Ana \"the boss\"").unwrap();
        assert_eq!(Claims::from_ron(&claims.to_ron()), Ok(claims));
        assert!(Claims::from_ron("(phones: {}, extra: 1)").is_err());
    }
}

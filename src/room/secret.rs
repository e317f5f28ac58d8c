//! The room's secrets, drawn from the operating system's random source: the
//! PIN on the projected screen and each phone's token.

use crate::app::phone::Token;

/// How many digits the room PIN has.
const PIN_DIGITS: usize = 6;

/// A random token for a phone: 128 bits, as hex.
pub fn new_token() -> std::io::Result<Token> {
    let mut bytes = [0u8; 16];
    fill(&mut bytes)?;
    Ok(Token::new(
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>(),
    ))
}

/// A random PIN of six digits.
pub fn new_pin() -> std::io::Result<String> {
    let mut bytes = [0u8; PIN_DIGITS];
    fill(&mut bytes)?;
    // 256 is not a multiple of 10: redraw the few bytes that would favour 0-5.
    let mut digits = String::new();
    for mut byte in bytes {
        while byte >= 250 {
            let mut again = [0u8; 1];
            fill(&mut again)?;
            byte = again[0];
        }
        digits.push(char::from(b'0' + byte % 10));
    }
    Ok(digits)
}

/// Fills `bytes` from the operating system's random source.
fn fill(bytes: &mut [u8]) -> std::io::Result<()> {
    getrandom::fill(bytes).map_err(|error| std::io::Error::other(error.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_differ_and_pins_are_six_digits() {
        assert_ne!(new_token().unwrap(), new_token().unwrap());
        assert_eq!(new_token().unwrap().as_str().len(), 32);
        let pin = new_pin().unwrap();
        assert!(
            pin.len() == 6 && pin.bytes().all(|b| b.is_ascii_digit()),
            "{pin}"
        );
    }
}

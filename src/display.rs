//! How results are written for people, the same on screen and in printed text.

/// A mean or spread with two decimals, or "-" when there is none (never 0).
pub fn number(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), |v| format!("{v:.2}"))
}

/// A gap with its sign, so "+1.50" reads as "wants to grow by".
pub fn signed(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), |v| format!("{v:+.2}"))
}

/// The culture index as a whole number out of 100.
pub fn index(value: f64) -> String {
    format!("{value:.0}")
}

/// The words shown beside a habit the room does not agree on.
pub const NO_CONSENSUS: &str = "no consensus: discuss";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_values_read_as_a_dash_not_zero() {
        assert_eq!(number(None), "-");
        assert_eq!(signed(None), "-");
        assert_eq!(number(Some(2.5)), "2.50");
        assert_eq!(signed(Some(1.5)), "+1.50");
        assert_eq!(signed(Some(-0.25)), "-0.25");
        assert_eq!(index(38.46), "38");
    }
}

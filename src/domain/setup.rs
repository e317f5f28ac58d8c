//! The workshop's setup fields (organisation, title, date, facilitator, sponsor):
//! how each reads while edited, and the check applied before it changes.

use chrono::NaiveDate;

use super::error::EditError;
use super::session::Session;

/// The text fields of the workshop's setup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupField {
    Organisation,
    Title,
    Date,
    Facilitator,
    Sponsor,
}

impl SetupField {
    pub const ALL: [SetupField; 5] = [
        SetupField::Organisation,
        SetupField::Title,
        SetupField::Date,
        SetupField::Facilitator,
        SetupField::Sponsor,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SetupField::Organisation => "Organisation",
            SetupField::Title => "Workshop title",
            SetupField::Date => "Date",
            SetupField::Facilitator => "Facilitator",
            SetupField::Sponsor => "Executive sponsor",
        }
    }
}

impl Session {
    /// The value of a setup field as the facilitator edits it.
    pub fn setup_value(&self, field: SetupField) -> String {
        match field {
            SetupField::Organisation => self.organisation.clone(),
            SetupField::Title => self.title.clone(),
            SetupField::Date => self.date.to_string(),
            SetupField::Facilitator => self.facilitator.clone(),
            SetupField::Sponsor => self.sponsor.clone(),
        }
    }

    /// Checks a setup value without changing anything.
    pub fn check_setup(&self, field: SetupField, value: &str) -> Result<(), EditError> {
        match field {
            SetupField::Title if value.trim().is_empty() => Err(EditError::EmptyTitle),
            SetupField::Date => parse_date(value).map(|_| ()),
            _ => Ok(()),
        }
    }

    pub fn set_setup(&mut self, field: SetupField, value: &str) -> Result<(), EditError> {
        self.check_setup(field, value)?;
        let value = value.trim().to_string();
        match field {
            SetupField::Organisation => self.organisation = value,
            SetupField::Title => self.title = value,
            SetupField::Date => self.date = parse_date(&value)?,
            SetupField::Facilitator => self.facilitator = value,
            SetupField::Sponsor => self.sponsor = value,
        }
        Ok(())
    }
}

/// Reads a date typed as YYYY-MM-DD, no later than 9999-12-31.
pub fn parse_date(text: &str) -> Result<NaiveDate, EditError> {
    let date = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| EditError::BadDate(text.trim().to_string()))?;
    super::plan::within_horizon(date, date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fixtures::session;

    #[test]
    fn dates_are_typed_as_iso() {
        let mut s = session(&["listen"], &[]);
        s.set_setup(SetupField::Date, "2026-06-01").unwrap();
        assert_eq!(s.setup_value(SetupField::Date), "2026-06-01");
        assert_eq!(
            s.set_setup(SetupField::Date, "1 June"),
            Err(EditError::BadDate("1 June".into()))
        );
    }
}

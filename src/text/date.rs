//! Calendar dates as front matter gives them, and as readers read them:
//! "6 oktyabr 2026" in Azerbaijani, "6 October 2026" in English.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date (no time of day), as written in front matter:
/// a TOML date (`date = 2026-10-09`) or a string `"2026-10-09"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

impl Date {
    /// Parses `YYYY-MM-DD`, refusing dates that do not exist (2026-02-30).
    pub fn parse(s: &str) -> Option<Date> {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .ok()
            .map(Date)
    }

    /// The year, for archive filters and "when was it said" checks.
    pub fn year(&self) -> i32 {
        self.0.year()
    }

    /// The month, 1–12.
    pub fn month(&self) -> u32 {
        self.0.month()
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(&self, later: Date) -> i64 {
        (later.0 - self.0).num_days()
    }

    /// The date `days` days later.
    pub fn add_days(&self, days: i64) -> Date {
        Date(self.0 + chrono::Duration::days(days))
    }

    /// The same day `months` months later (the month's last day where the
    /// day does not exist: 31 January + 1 month = 28 or 29 February).
    pub fn add_months(&self, months: u32) -> Date {
        Date(
            self.0
                .checked_add_months(chrono::Months::new(months))
                .unwrap_or(self.0),
        )
    }

    /// Today, in the machine's local time zone.
    pub fn today() -> Date {
        Date(chrono::Local::now().date_naive())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Toml(toml::value::Datetime),
            Text(String),
        }
        let text = match Raw::deserialize(d)
            .map_err(|_| D::Error::custom("expected a date such as 2026-10-09"))?
        {
            Raw::Toml(dt) => {
                if dt.time.is_some() || dt.offset.is_some() {
                    return Err(D::Error::custom(format!(
                        "`{dt}` has a time of day; write the date alone, e.g. 2026-10-09"
                    )));
                }
                dt.to_string()
            }
            Raw::Text(s) => s,
        };
        Date::parse(&text).ok_or_else(|| {
            D::Error::custom(format!(
                "`{text}` is not a real date; write it as YYYY-MM-DD, e.g. 2026-10-09"
            ))
        })
    }
}

/// Writes a date for readers: "6 oktyabr 2026" (`az`), "6 October 2026" (`en`), as the
/// language's catalogue writes `date`.
pub fn format_date(date: Date, language: super::Language) -> String {
    let month = language.text(&format!("month-{}", date.0.month()));
    say!(
        language,
        "date-format",
        day = date.0.day(),
        month = month,
        year = i64::from(date.0.year())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct T {
        d: Date,
    }

    #[test]
    fn dates_are_written_the_azerbaijani_way() {
        let d = Date::parse("2026-10-06").unwrap();
        assert_eq!(format_date(d, crate::text::Language::Az), "6 oktyabr 2026");
        assert_eq!(format_date(d, crate::text::Language::En), "6 October 2026");
        assert_eq!(
            format_date(
                Date::parse("2026-08-31").unwrap(),
                crate::text::Language::Az
            ),
            "31 avqust 2026"
        );
    }

    #[test]
    fn toml_dates_and_strings_both_parse() {
        let a: T = toml::from_str("d = 2026-10-09").unwrap();
        let b: T = toml::from_str("d = \"2026-10-09\"").unwrap();
        assert_eq!(a.d, b.d);
    }

    #[test]
    fn impossible_dates_and_times_are_refused() {
        let err = toml::from_str::<T>("d = \"2026-02-30\"").err().unwrap();
        assert!(err.to_string().contains("not a real date"), "{err}");
        let err = toml::from_str::<T>("d = 2026-10-09T10:00:00")
            .err()
            .unwrap();
        assert!(err.to_string().contains("time of day"), "{err}");
        assert!(toml::from_str::<T>("d = 2026-02-30").is_err());
    }
}

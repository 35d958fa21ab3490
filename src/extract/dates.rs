//! Dates in French and English text, absolute ("le 15 août", "15 August 2025", "en août 2025", "depuis 2012")
//! and relative ("mercredi", "on Monday", "hier", "last week", "jusqu'à samedi"), resolved against the
//! article date.

use super::normalize::fold;
use crate::model::EventDate;
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use regex::Regex;
use std::sync::LazyLock;

/// A date found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    pub date: EventDate,
}

const MONTHS: &str = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december";
const WEEKDAYS: &str = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/// One regex over the folded text; each alternative is a named group read by `resolve`. `unicode`: whether
/// `\b`, `\d` and `\s` are Unicode's or ASCII's (the same on ASCII text, where ASCII's are faster).
fn dates_regex(unicode: bool) -> Regex {
    let flags = if unicode { "x" } else { "x-u" };
    let pattern = format!(
        r"(?{flags})
        \b(?P<dmy_d>\d{{1,2}})(?:er)?\s+(?P<dmy_m>{MONTHS})(?:\s+(?P<dmy_y>(?:19|20)\d\d))?\b
      | \b(?P<mdy_m>{MONTHS})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<mdy_y>(?:19|20)\d\d))?
      | \b(?:(?P<my_pre>en|in|d'ici)\s+)?(?P<my_m>{MONTHS})(?:\s+(?:de\s+|of\s+)?(?P<my_y>(?:19|20)\d\d)|\s+(?P<my_prev>of\s+last\s+year|de\s+l'annee\s+derniere|de\s+l'an\s+dernier))?\b
      | \b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b
      | \b(?P<rel_before>jusqu'(?:a|au)|d'ici|until|by|next|last)?\s*(?P<wd>{WEEKDAYS})(?:\s+(?P<rel_after>prochain|dernier|next|last))?\b
      | \b(?P<day_word>avant-hier|hier|aujourd'hui|demain|yesterday|today|tomorrow)\b
      | \b(?P<period>la\s+semaine\s+derniere|last\s+week|le\s+mois\s+dernier|last\s+month|l'an\s+dernier|l'annee\s+derniere|last\s+year)\b
      | \b(?P<year>(?:19|20)\d\d)\b
    "
    );
    Regex::new(&pattern).expect("date pattern")
}

/// The dates regex for text past ASCII: a letter such as "ı" or "я" is part of a word, "١٢" is digits.
static DATES: LazyLock<Regex> = LazyLock::new(|| dates_regex(true));

/// The dates regex for ASCII text, nearly all folded text: its lazy DFA does not give up on a Unicode word
/// boundary, as [`DATES`]'s does.
static DATES_ASCII: LazyLock<Regex> = LazyLock::new(|| dates_regex(false));

/// What dates are resolved against: the article's day, for relative dates ("mercredi", "yesterday"); and a day
/// around it, for a day and month without a year — the article's day, or the middle of its month or year when
/// the article is dated to the month or year only ("on July 26" in an article of October 2023).
#[derive(Debug, Clone, Copy, Default)]
pub struct Reference {
    pub day: Option<NaiveDate>,
    pub around: Option<NaiveDate>,
}

impl Reference {
    /// The reference of an article dated to the day, the month or the year.
    pub fn of(date: Option<EventDate>) -> Self {
        let Some(date) = date else {
            return Self::default();
        };
        let day =
            NaiveDate::from_ymd_opt(date.year, date.month.unwrap_or(7), date.day.unwrap_or(1));
        Self {
            day: day.filter(|_| date.day.is_some() && date.month.is_some()),
            around: NaiveDate::from_ymd_opt(
                date.year,
                date.month.unwrap_or(7),
                date.day
                    .unwrap_or(if date.month.is_some() { 15 } else { 1 }),
            ),
        }
    }
}

impl From<Option<NaiveDate>> for Reference {
    fn from(day: Option<NaiveDate>) -> Self {
        Self { day, around: day }
    }
}

/// The dates of `text`, resolved against the article date when they need it (relative dates without an
/// article date are left out; a day and month without a year take the year that brings them closest to it).
pub fn find_dates(text: &str, article_date: Option<NaiveDate>) -> Vec<DateMention> {
    find_dates_folded(text, &fold(text), article_date.into())
}

/// As [`find_dates`], on the text's matching form.
pub fn find_dates_folded(
    text: &str,
    folded: &super::normalize::Folded,
    reference: Reference,
) -> Vec<DateMention> {
    let mut mentions = Vec::new();
    let dates = if folded.text.is_ascii() {
        &*DATES_ASCII
    } else {
        &*DATES
    };
    for captures in dates.captures_iter(&folded.text) {
        let whole = captures.get(0).expect("group 0");
        let Some(date) = resolve(&captures, reference) else {
            continue;
        };
        // The weekday alternative may match leading spaces: start at its words.
        let start = captures
            .name("rel_before")
            .or(captures.name("wd"))
            .or(captures.name("my_pre").and(captures.name("my_m")))
            .map_or(whole.start(), |m| m.start());
        let (start, end) = folded.original_range(start, whole.end(), text);
        mentions.push(DateMention { start, end, date });
    }
    mentions
}

fn number(captures: &regex::Captures<'_>, group: &str) -> Option<u32> {
    captures.name(group)?.as_str().parse().ok()
}

fn resolve(c: &regex::Captures<'_>, reference: Reference) -> Option<EventDate> {
    let (article, around) = (reference.day, reference.around);
    let day = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).map(from_day);
    if let Some(iso) = c.name("iso") {
        return iso.as_str().parse().ok();
    }
    if let Some(d) = number(c, "dmy_d") {
        let m = month_number(c.name("dmy_m")?.as_str())?;
        return match number(c, "dmy_y") {
            Some(y) => day(y as i32, m, d),
            None => closest_year(around?, m, d),
        };
    }
    if let Some(d) = number(c, "mdy_d") {
        let m = month_number(c.name("mdy_m")?.as_str())?;
        return match number(c, "mdy_y") {
            Some(y) => day(y as i32, m, d),
            None => closest_year(around?, m, d),
        };
    }
    if let Some(name) = c.name("my_m") {
        // "mai"/"may" alone are too often a verb ("may") or a name: only with a year or "en mai"/"in May".
        let m = month_number(name.as_str())?;
        let year = match number(c, "my_y") {
            Some(y) => y as i32,
            // "in March of last year", "en mars de l'année dernière".
            None if c.name("my_prev").is_some() => around?.year() - 1,
            // "d'ici mars": the next one.
            None if c.name("my_pre").is_some_and(|p| p.as_str() == "d'ici") => {
                let around = around?;
                around.year() + i32::from(m < around.month())
            }
            None if matches!(name.as_str(), "may" | "mai" | "mars" | "march")
                && c.name("my_pre").is_none() =>
            {
                return None
            }
            None => closest_year(around?, m, 15)?.year,
        };
        return Some(EventDate {
            year,
            month: Some(m),
            day: None,
        });
    }
    if let Some(weekday) = c.name("wd") {
        let article = article?;
        let weekday = parse_weekday(weekday.as_str())?;
        let forward = matches!(c.name("rel_before").map(|m| m.as_str()), Some(w) if !w.starts_with("last"))
            || matches!(
                c.name("rel_after").map(|m| m.as_str()),
                Some("prochain" | "next")
            );
        // A bare weekday that is the article's own ("a menacé jeudi" in Thursday's paper) is that day.
        let bare = c.name("rel_before").is_none() && c.name("rel_after").is_none();
        return Some(from_day(if bare && article.weekday() == weekday {
            article
        } else if forward {
            next_weekday(article, weekday)
        } else {
            last_weekday(article, weekday)
        }));
    }
    if let Some(word) = c.name("day_word") {
        let article = article?;
        let date = match word.as_str() {
            "avant-hier" => article.checked_sub_days(Days::new(2)),
            "hier" | "yesterday" => article.checked_sub_days(Days::new(1)),
            "demain" | "tomorrow" => article.checked_add_days(Days::new(1)),
            _ => Some(article),
        }?;
        return Some(from_day(date));
    }
    if let Some(period) = c.name("period") {
        let article = article?;
        let text = period.as_str();
        return Some(if text.contains("semaine") || text.contains("week") {
            let d = article.checked_sub_days(Days::new(7))?;
            EventDate {
                year: d.year(),
                month: Some(d.month()),
                day: None,
            }
        } else if text.contains("mois") || text.contains("month") {
            let d = article.checked_sub_months(Months::new(1))?;
            EventDate {
                year: d.year(),
                month: Some(d.month()),
                day: None,
            }
        } else {
            EventDate {
                year: article.year() - 1,
                month: None,
                day: None,
            }
        });
    }
    let year = number(c, "year")?;
    Some(EventDate {
        year: year as i32,
        month: None,
        day: None,
    })
}

/// Month number of a French or English month name.
pub fn month_number(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    let months: [&[&str]; 12] = [
        &["janvier", "january"],
        &["février", "fevrier", "february"],
        &["mars", "march"],
        &["avril", "april"],
        &["mai", "may"],
        &["juin", "june"],
        &["juillet", "july"],
        &["août", "aout", "august"],
        &["septembre", "september"],
        &["octobre", "october"],
        &["novembre", "november"],
        &["décembre", "decembre", "december"],
    ];
    months
        .iter()
        .position(|names| names.contains(&name.as_str()))
        .map(|i| i as u32 + 1)
}

fn from_day(d: NaiveDate) -> EventDate {
    EventDate {
        year: d.year(),
        month: Some(d.month()),
        day: Some(d.day()),
    }
}

/// The date with this month and day nearest to the article date (so "le 20 décembre" in a January article is
/// the previous December).
fn closest_year(article: NaiveDate, month: u32, day: u32) -> Option<EventDate> {
    [article.year() - 1, article.year(), article.year() + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - article).num_days().abs())
        .map(from_day)
}

fn parse_weekday(name: &str) -> Option<Weekday> {
    Some(match name {
        "lundi" | "monday" => Weekday::Mon,
        "mardi" | "tuesday" => Weekday::Tue,
        "mercredi" | "wednesday" => Weekday::Wed,
        "jeudi" | "thursday" => Weekday::Thu,
        "vendredi" | "friday" => Weekday::Fri,
        "samedi" | "saturday" => Weekday::Sat,
        "dimanche" | "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// The latest day with this weekday before the article date (news reports the past: "mercredi" in a Thursday
/// article is the day before; the article's own weekday means a week earlier).
fn last_weekday(article: NaiveDate, weekday: Weekday) -> NaiveDate {
    let back = (article.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
    let back = if back == 0 { 7 } else { back };
    article - Days::new(u64::from(back))
}

/// The first day with this weekday after the article date.
fn next_weekday(article: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (weekday.num_days_from_monday() + 7 - article.weekday().num_days_from_monday()) % 7;
    let ahead = if ahead == 0 { 7 } else { ahead };
    article + Days::new(u64::from(ahead))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seed article: published Thursday 2025-09-18.
    fn seed() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2025, 9, 18)
    }

    fn dates(text: &str) -> Vec<(String, &str)> {
        find_dates(text, seed())
            .into_iter()
            .map(|m| (m.date.to_string(), &text[m.start..m.end]))
            .collect()
    }

    #[test]
    fn cases() {
        // (text, expected (date, text) pairs, why)
        type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
        let cases: &[Case] = &[
            (
                "Le 15 août, la junte avait annoncé",
                &[("2025-08-15", "15 août")],
                "day and month take the article's year",
            ),
            (
                "ont réagi mercredi en déclarant",
                &[("2025-09-17", "mercredi")],
                "weekday: the last one before the article date",
            ),
            (
                "qui avaient déjà quitté le Mali dimanche.",
                &[("2025-09-14", "dimanche")],
                "Sunday before a Thursday",
            ),
            (
                "et ont jusqu'à samedi pour quitter le territoire",
                &[("2025-09-20", "jusqu'à samedi")],
                "'jusqu'à' looks ahead",
            ),
            (
                "après deux coups d'Etat en 2020 et 2021",
                &[("2020", "2020"), ("2021", "2021")],
                "years",
            ),
            (
                "Confronté depuis 2012 à une crise",
                &[("2012", "2012")],
                "since a year",
            ),
            (
                "l'arrestation en août d'un agent",
                &[("2025-08", "août")],
                "month alone",
            ),
            (
                "en août 2023, Wagner",
                &[("2023-08", "août 2023")],
                "month and year",
            ),
            (
                "On 15 August 2025 the junta said",
                &[("2025-08-15", "15 August 2025")],
                "English day month year",
            ),
            (
                "on July 26, 2023, members of the presidential guard",
                &[("2023-07-26", "July 26, 2023")],
                "English month day, year",
            ),
            (
                "The ministry said on Monday",
                &[("2025-09-15", "Monday")],
                "English weekday",
            ),
            (
                "la junte a menacé jeudi d'expulser",
                &[("2025-09-18", "jeudi")],
                "the article's own weekday is the article day",
            ),
            (
                "the junta said last Thursday",
                &[("2025-09-11", "last Thursday")],
                "'last' with the article's weekday is a week back",
            ),
            (
                "talks will resume next Monday",
                &[("2025-09-22", "next Monday")],
                "next weekday",
            ),
            (
                "Hier, Paris a réagi; demain Bamako répondra",
                &[("2025-09-17", "Hier"), ("2025-09-19", "demain")],
                "yesterday and tomorrow",
            ),
            (
                "la semaine dernière",
                &[("2025-09", "la semaine dernière")],
                "last week, month precision",
            ),
            (
                "The U.S. may suspend aid",
                &[],
                "'may' alone is not a month",
            ),
            (
                "during the operation in Moura, Mali in March of last year",
                &[("2024-03", "March of last year")],
                "a month of last year",
            ),
            (
                "qu'il va fermer sa base d'ici mars",
                &[("2026-03", "mars")],
                "'mars' after a preposition is the month, the nearest one",
            ),
            (
                "ECOWAS gave the junta until July 30 to reinstate him",
                &[("2025-07-30", "July 30")],
                "a day after 'until' stays a day",
            ),
            (
                "Mali had suspended its cooperation with France until August",
                &[("2025-08", "August")],
                "'until' a month in a past clause: the nearest",
            ),
            (
                "Les marches de mars",
                &[],
                "'mars' alone may be the planet or a verb",
            ),
            ("1 200 soldats et 350 civils", &[], "numbers are not years"),
            (
                "publié le 2025-09-18",
                &[("2025-09-18", "2025-09-18")],
                "ISO date",
            ),
        ];
        for (text, expected, why) in cases {
            let expected: Vec<(String, &str)> =
                expected.iter().map(|(d, t)| (d.to_string(), *t)).collect();
            assert_eq!(dates(text), expected, "{why}: {text}");
        }
    }

    #[test]
    fn december_in_a_january_article_is_the_previous_year() {
        let article = NaiveDate::from_ymd_opt(2024, 1, 10);
        let found = find_dates("le 20 décembre", article);
        assert_eq!(found[0].date.to_string(), "2023-12-20");
    }

    #[test]
    fn an_article_of_a_month_dates_days_and_months_but_not_weekdays() {
        let reference = Reference::of(Some(EventDate {
            year: 2023,
            month: Some(10),
            day: None,
        }));
        let text = "ousted President Bazoum on July 26; on Monday; in December";
        let found: Vec<String> = find_dates_folded(text, &fold(text), reference)
            .iter()
            .map(|m| m.date.to_string())
            .collect();
        assert_eq!(found, ["2023-07-26", "2023-12"]);
    }

    #[test]
    fn letters_and_digits_past_ascii_are_letters_and_digits() {
        // "mayıs" is one word (Turkish "ı" has no accent to fold away): no "5 may" inside it.
        assert_eq!(dates("le 5 mayıs 2023"), [("2023".to_owned(), "2023")]);
        // A year runs into the letter after it: no year.
        assert!(dates("en 2020年").is_empty());
        // Arabic-Indic digits are digits (the day cannot be read, so the date is left out), and fullwidth ones.
        assert!(dates("١٢ mars 2024").is_empty());
        assert!(dates("１２ mars 2024").is_empty());
        // The same dates in ASCII text.
        assert_eq!(
            dates("le 5 may 2023"),
            [("2023-05-05".to_owned(), "5 may 2023")]
        );
        assert_eq!(dates("en 2020"), [("2020".to_owned(), "2020")]);
        assert_eq!(
            dates("12 mars 2024"),
            [("2024-03-12".to_owned(), "12 mars 2024")]
        );
    }

    #[test]
    fn relative_dates_need_an_article_date() {
        assert!(find_dates("mercredi", None).is_empty());
        assert_eq!(find_dates("en 2021", None)[0].date.to_string(), "2021");
    }
}

//! Article text files (`.txt`, `.md`): front matter, and defaults for what it leaves out.

use super::input::{InputError, Location};
use crate::extract::dates::month_number;
use crate::model::{is_valid_id, Article, EventDate};
use regex::Regex;
use std::path::Path;
use std::sync::LazyLock;

/// Parses an article file's text (already decoded and normalised).
pub fn parse_article(path: &Path, text: &str) -> Result<Article, InputError> {
    let (fields, body) = split_front_matter(path, text)?;
    let mut article = Article {
        text: body.trim().to_owned(),
        source_file: Some(path.display().to_string()),
        ..Default::default()
    };
    if article.text.is_empty() {
        return Err(InputError::new(
            path,
            None,
            "empty article: no text after the front matter",
        ));
    }
    for (line, key, value) in fields {
        let at = |message: String| InputError::at_line(path, line, message);
        let value = value.trim();
        match key.as_str() {
            "id" => article.id = value.to_owned(),
            "title" => article.title = Some(value.to_owned()),
            "date" => {
                let date = value.split('T').next().unwrap_or(value);
                article.date = Some(date.parse().map_err(|e| at(format!("{e}")))?);
            }
            "lang" | "language" => {
                // "fr", "en", "fr-FR", "en_GB": newskg reads French and English.
                let lang = value.to_lowercase();
                let primary = lang.split(['-', '_']).next().unwrap_or_default();
                if !matches!(primary, "fr" | "en") {
                    return Err(at(format!(
                        "unsupported language '{value}': newskg reads French (fr) and English (en)"
                    )));
                }
                article.lang = Some(primary.to_owned());
            }
            "source" | "publisher" => article.source = Some(value.to_owned()),
            "url" => article.url = Some(value.to_owned()),
            "credit" => article.credit = Some(value.to_owned()),
            other => {
                return Err(at(format!(
                    "unknown front-matter field '{other}' (expected id, title, date, lang, source, url, credit)"
                )))
            }
        }
    }
    if article.id.is_empty() {
        article.id = id_from_path(path);
    } else if !is_valid_id(&article.id, "") {
        return Err(InputError::new(
            path,
            None,
            format!(
                "invalid article id '{}': use letters, digits, '-', '_' and '.'",
                article.id
            ),
        ));
    }
    if article.title.is_none() {
        article.title = article
            .text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(|l| truncate(l, 120));
    }
    if article.lang.is_none() {
        article.lang = detect_language(&article.text).map(str::to_owned);
    }
    if article.date.is_none() {
        article.date = date_in_text(&article.text);
    }
    Ok(article)
}

type Fields = Vec<(u64, String, String)>;

/// Splits `---\nkey: value\n---\n` (or a one-line `# key: value | key: value` source header) from the body;
/// a file with neither is all body.
fn split_front_matter<'a>(path: &Path, text: &'a str) -> Result<(Fields, &'a str), InputError> {
    let Some(rest) = text.strip_prefix("---\n") else {
        return Ok(header_line(text).unwrap_or((Vec::new(), text)));
    };
    let mut fields = Vec::new();
    let mut offset = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        let number = i as u64 + 2;
        offset += line.len();
        let line = line.trim_end_matches('\n');
        if line.trim() == "---" {
            return Ok((fields, &rest[offset..]));
        }
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(InputError::new(
                path,
                Some(Location::Line(number)),
                "front matter: expected 'key: value'",
            ));
        };
        fields.push((number, key.trim().to_lowercase(), value.to_owned()));
    }
    Err(InputError::at_line(
        path,
        1,
        "front matter opened with '---' is never closed",
    ))
}

/// A first line such as `# source: URL | title: … | lang: en | date: 2023-07-24 (statement) | license: …`,
/// the credit header of public-domain excerpts: its fields as front matter, the whole line as `credit`.
fn header_line(text: &str) -> Option<(Fields, &str)> {
    let (first, body) = text.split_once('\n').unwrap_or((text, ""));
    let header = first.strip_prefix("# ")?;
    if !header.contains(" | ") || !header.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let mut fields = vec![(1, "credit".to_owned(), header.to_owned())];
    for field in header.split(" | ") {
        let (key, value) = field.split_once(':')?;
        let key = key.trim().to_lowercase();
        let first_word = value
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_owned();
        match key.as_str() {
            "source" if first_word.starts_with("http") => {
                fields.push((1, "url".into(), first_word))
            }
            "date" | "lang" => fields.push((1, key, first_word)),
            "title" => fields.push((1, key, value.trim().to_owned())),
            _ => {}
        }
    }
    Some((fields, body))
}

/// `art-` and a slug of the file name.
pub fn id_from_path(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!("art-{}", slug(&stem))
}

/// Lower-case ASCII letters and digits joined by '-', accents dropped.
pub fn slug(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut slug = String::new();
    for c in text.nfd().filter(|c| c.is_ascii() || c.is_alphanumeric()) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "untitled".into()
    } else {
        slug
    }
}

fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max_chars - 1).collect();
    format!("{}…", cut.trim_end())
}

/// `fr` or `en` from function-word counts, or `None` when the text says too little.
pub fn detect_language(text: &str) -> Option<&'static str> {
    // Elided articles count ("l'ambassadeur", "d'Etat"): a one-sentence dispatch has few other function words.
    const FR: &[&str] = &[
        "le", "la", "les", "des", "du", "de", "l", "d", "un", "une", "est", "et", "dans", "pour",
        "que", "qui", "sur", "avec", "au", "aux", "ont", "été", "par", "pas", "son", "sa", "ses",
        "il", "elle", "ils", "se", "ne",
    ];
    const EN: &[&str] = &[
        "the", "of", "and", "to", "in", "is", "was", "for", "that", "on", "with", "by", "has",
        "have", "are", "were", "its", "from", "this", "will", "an", "it", "he", "she", "said",
    ];
    let (mut fr, mut en) = (0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(5000)
    {
        let word = word.to_lowercase();
        fr += usize::from(FR.contains(&word.as_str()));
        en += usize::from(EN.contains(&word.as_str()));
    }
    match (fr, en) {
        (f, e) if f + e < 3 => None,
        (f, e) if f > e => Some("fr"),
        (f, e) if e > f => Some("en"),
        _ => None,
    }
}

static ISO_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b").unwrap());
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:er)?\s+(janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\s+((?:19|20)\d\d)\b").unwrap()
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),\s+((?:19|20)\d\d)\b").unwrap()
});

/// The first full date the text states (ISO, "18 septembre 2025", "September 18, 2025"), as the article date.
pub fn date_in_text(text: &str) -> Option<EventDate> {
    let candidates = [
        ISO_DATE.captures(text).and_then(|c| {
            Some((
                c.get(0)?.start(),
                c[1].parse().ok()?,
                c[2].parse().ok()?,
                c[3].parse().ok()?,
            ))
        }),
        DAY_MONTH_YEAR.captures(text).and_then(|c| {
            Some((
                c.get(0)?.start(),
                c[3].parse().ok()?,
                month_number(&c[2])?,
                c[1].parse().ok()?,
            ))
        }),
        MONTH_DAY_YEAR.captures(text).and_then(|c| {
            Some((
                c.get(0)?.start(),
                c[3].parse().ok()?,
                month_number(&c[1])?,
                c[2].parse().ok()?,
            ))
        }),
    ];
    candidates
        .into_iter()
        .flatten()
        .min_by_key(|(start, ..)| *start)
        .and_then(|(_, y, m, d): (usize, i32, u32, u32)| {
            format!("{y:04}-{m:02}-{d:02}").parse().ok()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_fields_are_read() {
        let text = "---\ntitle: La France suspend\ndate: 2025-09-18\nlang: fr\nsource: AFP\nurl: https://example.org/a\n---\n\nLa France a suspendu sa coopération.\n";
        let a = parse_article(Path::new("data/x.txt"), text).unwrap();
        assert_eq!(a.id, "art-x");
        assert_eq!(a.title.as_deref(), Some("La France suspend"));
        assert_eq!(a.date.unwrap().to_string(), "2025-09-18");
        assert_eq!(a.source.as_deref(), Some("AFP"));
        assert_eq!(a.text, "La France a suspendu sa coopération.");
    }

    #[test]
    fn missing_fields_get_defaults_from_the_text() {
        let text = "Mali expels French envoy\n\nBAMAKO, September 18, 2025 — The junta said on Wednesday that the ambassador of France has to leave the country.";
        let a = parse_article(Path::new("Élysée Mali.txt"), text).unwrap();
        assert_eq!(a.id, "art-elysee-mali");
        assert_eq!(a.title.as_deref(), Some("Mali expels French envoy"));
        assert_eq!(a.lang.as_deref(), Some("en"));
        assert_eq!(a.date.unwrap().to_string(), "2025-09-18");
    }

    #[test]
    fn french_dates_and_language_are_found() {
        let text =
            "Le 15 août 2025, la junte au pouvoir au Mali a annoncé l'arrestation d'un Français.";
        assert_eq!(date_in_text(text).unwrap().to_string(), "2025-08-15");
        assert_eq!(detect_language(text), Some("fr"));
        assert_eq!(detect_language("🙂 ١٢٣"), None);
        // One short dispatch: its elided articles count.
        let text = "Le Mali a expulsé l'ambassadeur de France mercredi.";
        assert_eq!(detect_language(text), Some("fr"));
        assert_eq!(
            detect_language("Mali expelled the French ambassador, it said."),
            Some("en")
        );
    }

    #[test]
    fn a_language_other_than_french_or_english_is_refused_with_its_line() {
        let err = parse_article(
            Path::new("a.txt"),
            "---\ntitle: x\nlang: es\n---\nMali expulsó al embajador.",
        )
        .unwrap_err();
        assert_eq!(err.location, Some(Location::Line(3)));
        assert!(
            err.message.contains("unsupported language 'es'"),
            "{}",
            err.message
        );
        let a = parse_article(
            Path::new("a.txt"),
            "---\nlang: fr-FR\n---\nLe Mali a parlé.",
        )
        .unwrap();
        assert_eq!(a.lang.as_deref(), Some("fr"));
    }

    #[test]
    fn bad_front_matter_names_the_line() {
        let err = parse_article(
            Path::new("a.txt"),
            "---\ntitle: x\ndate: 2025-02-30\n---\ntext",
        )
        .unwrap_err();
        assert_eq!(err.location, Some(Location::Line(3)));
        let err = parse_article(Path::new("a.txt"), "---\ntitle x\n---\ntext").unwrap_err();
        assert_eq!(err.location, Some(Location::Line(2)));
        let err = parse_article(Path::new("a.txt"), "---\ntitle: x\n").unwrap_err();
        assert!(err.message.contains("never closed"));
        let err = parse_article(Path::new("a.txt"), "---\ncolour: red\n---\ntext").unwrap_err();
        assert!(err.message.contains("colour"));
    }

    #[test]
    fn a_source_header_line_is_read_as_front_matter() {
        let text = "# source: https://example.org/a (republication) | title: Sanctions on Malian Officials | lang: en | date: 2023-07-24 (statement), 2023-07-25 | license: public domain\n\nToday, the United States is designating three officials.";
        let a = parse_article(Path::new("01_en_x.txt"), text).unwrap();
        assert_eq!(a.title.as_deref(), Some("Sanctions on Malian Officials"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.date.unwrap().to_string(), "2023-07-24");
        assert_eq!(a.lang.as_deref(), Some("en"));
        assert!(a.credit.unwrap().ends_with("license: public domain"));
        assert_eq!(
            a.text,
            "Today, the United States is designating three officials."
        );
        // A Markdown title is not such a header.
        let a = parse_article(
            Path::new("b.md"),
            "# Mali: the junta | an analysis\n\nLe Mali a protesté.",
        )
        .unwrap();
        assert_eq!(a.title.as_deref(), Some("# Mali: the junta | an analysis"));
    }

    #[test]
    fn empty_article_is_an_error() {
        assert!(parse_article(Path::new("a.txt"), "  \n").is_err());
        assert!(parse_article(Path::new("a.txt"), "---\ntitle: x\n---\n\n").is_err());
    }
}

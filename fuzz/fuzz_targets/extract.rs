//! Fuzz target for the extractor: arbitrary bytes go through decoding, front matter, sentence splitting, folding,
//! date finding and event extraction (as French and as English, with and without an article date), and what
//! comes out must keep newskg's promises, not merely not panic: spans are byte ranges on character boundaries
//! whose text is the evidence sentence, events pass the ontology checks curated facts pass, dates are real dates.
//!
//! Run from the repository root: see README.md, "Fuzzing".

#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use newskg::extract::dates::find_dates;
use newskg::extract::normalize::{fold, fold_str};
use newskg::extract::patterns::{english_forms, french_forms};
use newskg::extract::sentences::{sentences, MAX_SENTENCE_BYTES};
use newskg::extract::Extractor;
use newskg::ingest::text::{date_in_text, detect_language, parse_article};
use newskg::ingest::Decoder;
use newskg::model::{is_valid_id, Article, EventDate, EventRecord, Vocabulary};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// The bundled dictionaries, loaded once.
struct Bundled {
    extractor: Extractor,
    vocabulary: Vocabulary,
}

static BUNDLED: LazyLock<Bundled> = LazyLock::new(|| {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    Bundled {
        extractor: Extractor::load(&data).expect("bundled dictionaries load"),
        vocabulary: Vocabulary::bundled(),
    }
});

fuzz_target!(|data: &[u8]| {
    let bundled = &*BUNDLED;
    // The path every text file takes: decode (UTF-8, or UTF-16 with a byte-order mark), normalise, front matter.
    let path = PathBuf::from("fuzz.txt");
    if let Ok(decoded) = Decoder::from_label(None).unwrap().decode(&path, data, 1) {
        let text = newskg::ingest::input::normalize(&decoded);
        if let Ok(article) = parse_article(&path, &text) {
            check_extraction(bundled, &article, false);
        }
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check_lower_layers(text);
    // The same text as the body of a French and of an English article, dated by day, by month, or not at all.
    let day = day_from(data);
    for (lang, date, twice) in [
        ("fr", Some(day), true),
        ("en", Some(EventDate { day: None, ..day }), false),
        ("en", None, false),
    ] {
        let article = Article {
            id: "art-fuzz".into(),
            lang: Some(lang.into()),
            date,
            text: text.to_owned(),
            ..Default::default()
        };
        check_extraction(bundled, &article, twice);
    }
});

/// An article day derived from the input, so that relative dates resolve against many days (year ends, leap days).
fn day_from(data: &[u8]) -> EventDate {
    let hash = data
        .iter()
        .fold(0u32, |h, &b| h.wrapping_mul(31).wrapping_add(u32::from(b)));
    let ordinal = hash % (366 * 80);
    let date = NaiveDate::from_ymd_opt(1960, 1, 1)
        .unwrap()
        .checked_add_days(chrono::Days::new(u64::from(ordinal)))
        .unwrap();
    use chrono::Datelike;
    EventDate {
        year: date.year(),
        month: Some(date.month()),
        day: Some(date.day()),
    }
}

/// Extracts events (`twice`: a second time, to check that extraction is deterministic) and checks every one of
/// them against the article text.
fn check_extraction(bundled: &Bundled, article: &Article, twice: bool) {
    let events = bundled.extractor.extract(article);
    if twice {
        assert_eq!(
            events,
            bundled.extractor.extract(article),
            "extraction is deterministic"
        );
    }
    let text = article.text.as_str();
    let mut previous_start = 0;
    for event in &events {
        check_event_record(bundled, text, event);
        let [start, _] = event.span.unwrap();
        assert!(start >= previous_start, "events come in text order");
        previous_start = start;
    }
}

fn check_event_record(bundled: &Bundled, text: &str, event: &EventRecord) {
    let [start, end] = event.span.expect("every extracted event has a span");
    assert!(
        start < end && end <= text.len(),
        "span {start}..{end} within {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "span {start}..{end} on character boundaries"
    );
    let sentence = event
        .sentence
        .as_deref()
        .expect("every event has its sentence");
    assert_eq!(&text[start..end], sentence, "the span is the sentence");
    let confidence = event.confidence.expect("every event has a confidence");
    assert!((0.0..=1.0).contains(&confidence), "confidence {confidence}");
    assert_eq!(event.quad_class, Some(event.event_type.quad_class()));
    assert!(
        event.rule.as_deref().is_some_and(|r| !r.is_empty()),
        "a rule"
    );
    assert!(!event.actor.is_empty(), "an actor");
    // What the mentions quote comes from the sentence, unless the rule says a role was taken from an earlier
    // sentence ("+context-actor": a pronoun subject, or a possessive such as "sa libération").
    let rule_says = |suffix: &str| {
        event
            .rule
            .as_deref()
            .is_some_and(|r| r.split('+').any(|part| part == suffix))
    };
    let from_context = rule_says("context-actor");
    for mention in event.actor.iter().chain(&event.recipient) {
        // A role the text does not spell out (a coup's junta, "le pays") quotes nothing, and the rule says so.
        let Some(quote) = mention.text.as_deref() else {
            assert!(rule_says("implied"), "a mention quotes the text ({:?})", event.rule);
            continue;
        };
        assert!(!quote.is_empty(), "empty quote for {}", mention.id);
        assert!(
            from_context || sentence.contains(quote),
            "{quote:?} in {sentence:?} ({:?})",
            event.rule
        );
    }
    if let Some(date) = event.date {
        assert_eq!(event.date_precision, Some(date.precision()));
        check_date(date);
    }
    // What ingest checks in curated facts (src/ingest/facts.rs, not public): PLOVER modes of the category and
    // contexts, valid ids.
    let id = event
        .id
        .as_deref()
        .expect("every extracted event has an id");
    assert!(is_valid_id(id, "evt-"), "event id {id:?}");
    assert!(
        is_valid_id(&event.article, ""),
        "article id {:?}",
        event.article
    );
    for mode in &event.mode {
        let mode = mode.replace('-', "_");
        if let Err(message) = bundled.vocabulary.check_mode(event.event_type, &mode) {
            panic!("{message}: {event:?}");
        }
    }
    for context in &event.context {
        if let Err(message) = bundled.vocabulary.check_context(context) {
            panic!("{message}: {event:?}");
        }
    }
    for mention in event.actor.iter().chain(&event.recipient) {
        assert!(
            is_valid_id(&mention.id, "act-"),
            "actor id {:?}",
            mention.id
        );
    }
    // It can be written out and read back as an event record (`newskg extract --format jsonl`).
    let json = serde_json::to_string(event).expect("event serialises");
    let back: EventRecord = serde_json::from_str(&json).expect("event reads back");
    assert_eq!(&back, event);
}

/// A date that is a real day, month or year, written and read back unchanged.
fn check_date(date: EventDate) {
    if let Some(month) = date.month {
        assert!((1..=12).contains(&month), "month {month}");
        if let Some(day) = date.day {
            assert!(
                NaiveDate::from_ymd_opt(date.year, month, day).is_some(),
                "{date:?} is a real day"
            );
        }
    } else {
        assert!(date.day.is_none(), "no day without a month");
    }
    assert_eq!(date.to_string().parse::<EventDate>().ok(), Some(date));
}

/// Sentences, folding, dates, language and verb inflection on any text.
fn check_lower_layers(text: &str) {
    let mut after = 0;
    for s in sentences(text) {
        assert!(s.start >= after && s.start < s.end && s.end <= text.len());
        assert_eq!(&text[s.start..s.end], s.text);
        assert_eq!(s.text, s.text.trim(), "sentences are trimmed");
        assert!(
            s.text.len() <= MAX_SENTENCE_BYTES,
            "sentence of {} bytes",
            s.text.len()
        );
        after = s.end;
    }
    let folded = fold(text);
    assert_eq!(folded.text, fold_str(text));
    if !folded.text.is_empty() {
        let (start, end) = folded.original_range(0, folded.text.len(), text);
        assert!(start <= end && end <= text.len());
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
    }
    for article_date in [
        None,
        NaiveDate::from_ymd_opt(2025, 9, 18),
        NaiveDate::from_ymd_opt(2024, 2, 29),
    ] {
        for mention in find_dates(text, article_date) {
            assert!(mention.start <= mention.end && mention.end <= text.len());
            assert!(text.is_char_boundary(mention.start) && text.is_char_boundary(mention.end));
            check_date(mention.date);
        }
    }
    let _ = detect_language(text);
    if let Some(date) = date_in_text(text) {
        check_date(date);
    }
    // Verb inflection takes dictionary words: feed it the first word (any word gives at least itself).
    let word = text.split_whitespace().next().unwrap_or_default();
    assert!(!french_forms(word).is_empty() && !english_forms(word).is_empty());
}

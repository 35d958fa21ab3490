//! JSON and JSON Lines inputs: article records, event records (curated facts) and actor records.

use super::input::{Decoder, InputError, Location};
use crate::model::{ActorRecord, Article, EventRecord};
use serde_json::Value;
use std::path::Path;

/// One record of a JSON input, with the line it starts on.
#[derive(Debug)]
pub enum Record {
    Article(Article),
    Event(Box<EventRecord>),
    Actor(Box<ActorRecord>),
    /// An event record that could not be read, for an article it names: that article's stored facts stay.
    InvalidEventFor(String),
    /// An entry of the extraction dictionaries (an event pattern of `data/patterns/`, a role word of
    /// `data/actors/roles.jsonl`): dictionary data, not graph data.
    Dictionary,
}

/// Reads the records of a `.jsonl` (one per line, streamed) or `.json` file (one object or an array).
///
/// Each bad record is reported and skipped; the others are handed to `sink` with their line number.
pub fn read_records(
    path: &Path,
    decoder: &Decoder,
    errors: &mut Vec<InputError>,
    mut sink: impl FnMut(u64, Record),
) -> Result<(), InputError> {
    let is_json_lines = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson"));
    let mut count = 0usize;
    if is_json_lines {
        for line in decoder.lines(path)? {
            let (number, text) = match line {
                Ok(line) => line,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            if text.trim().is_empty() {
                continue;
            }
            count += 1;
            match serde_json::from_str::<Value>(&text) {
                Ok(value) => {
                    let article = invalid_event_article(&value);
                    match classify(value) {
                        Ok(record) => sink(number, record),
                        Err(message) => {
                            errors.push(InputError::at_line(path, number, message));
                            if let Some(article) = article {
                                sink(number, Record::InvalidEventFor(article));
                            }
                        }
                    }
                }
                Err(e) => errors.push(InputError::new(
                    path,
                    Some(Location::LineColumn(number, e.column() as u64)),
                    format!("malformed JSON: {}", strip_position(&e)),
                )),
            }
        }
    } else {
        let text = decoder.read_text(path)?;
        let value: Value = serde_json::from_str(&text).map_err(|e| {
            InputError::new(
                path,
                Some(Location::LineColumn(e.line() as u64, e.column() as u64)),
                format!("malformed JSON: {}", strip_position(&e)),
            )
        })?;
        let values = match value {
            Value::Array(values) => values,
            value => vec![value],
        };
        for (i, value) in values.into_iter().enumerate() {
            count += 1;
            let article = invalid_event_article(&value);
            match classify(value) {
                Ok(record) => sink(0, record),
                Err(message) => {
                    errors.push(InputError::new(
                        path,
                        None,
                        format!("record {}: {message}", i + 1),
                    ));
                    if let Some(article) = article {
                        sink(0, Record::InvalidEventFor(article));
                    }
                }
            }
        }
    }
    if count == 0 {
        return Err(InputError::new(path, None, "empty file: no records"));
    }
    Ok(())
}

/// The article an event-like object names (used when the record turns out invalid).
fn invalid_event_article(value: &Value) -> Option<String> {
    let object = value.as_object()?;
    object.get("event_type")?;
    if ["verbs", "forms", "phrases", "nouns"]
        .iter()
        .any(|k| object.contains_key(*k))
    {
        return None;
    }
    object.get("article")?.as_str().map(str::to_owned)
}

fn strip_position(e: &serde_json::Error) -> String {
    let message = e.to_string();
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message,
    }
}

/// Decides what a JSON object is from its keys, then parses it strictly.
fn classify(mut value: Value) -> Result<Record, String> {
    let Value::Object(object) = &mut value else {
        return Err("expected a JSON object".into());
    };
    let detail = |e: serde_json::Error| strip_position(&e);
    let pattern = object.contains_key("event_type")
        && ["verbs", "forms", "phrases", "nouns"]
            .iter()
            .any(|k| object.contains_key(*k));
    let role_word = object.contains_key("role") && object.contains_key("forms");
    if pattern || role_word {
        Ok(Record::Dictionary)
    } else if object.contains_key("event_type") {
        serde_json::from_value(value)
            .map(|e| Record::Event(Box::new(e)))
            .map_err(|e| format!("event record: {}", detail(e)))
    } else if object.contains_key("class") {
        serde_json::from_value(value)
            .map(|a| Record::Actor(Box::new(a)))
            .map_err(|e| format!("actor record: {}", detail(e)))
    } else if object.contains_key("text") {
        // Timestamps are common in article feeds: keep the day.
        if let Some(Value::String(date)) = object.get_mut("date") {
            if let Some((day, _)) = date.split_once('T') {
                *date = day.to_owned();
            }
        }
        serde_json::from_value(value)
            .map(Record::Article)
            .map_err(|e| format!("article record: {}", detail(e)))
    } else {
        Err("unrecognised record: expected an event record (with \"event_type\"), an article record (with \"text\") or an actor record (with \"class\")".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Read = (Vec<(u64, Record)>, Vec<InputError>, Result<(), InputError>);

    fn read(name: &str, content: &str) -> Read {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        let mut records = Vec::new();
        let mut errors = Vec::new();
        let result = read_records(
            &path,
            &Decoder::from_label(None).unwrap(),
            &mut errors,
            |n, r| records.push((n, r)),
        );
        (records, errors, result)
    }

    #[test]
    fn malformed_line_is_reported_and_the_rest_read() {
        let content = "{\"article\":\"art-a\",\"event_type\":\"AID\",\"actor\":[{\"id\":\"act-fra\"}]}\n{oops\n\n{\"id\":\"art-b\",\"text\":\"Hello\",\"date\":\"2025-09-18T10:00:00Z\"}\n";
        let (records, errors, result) = read("f.jsonl", content);
        assert!(result.is_ok());
        assert_eq!(records.len(), 2);
        assert_eq!(records[1].0, 4);
        assert!(
            matches!(&records[1].1, Record::Article(a) if a.date.unwrap().to_string() == "2025-09-18")
        );
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0]
                .to_string()
                .contains("f.jsonl:2:2: malformed JSON"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn unknown_event_type_names_the_line() {
        let (_, errors, _) = read(
            "f.jsonl",
            "{\"article\":\"a\",\"event_type\":\"EXPEL\",\"actor\":[]}\n",
        );
        assert!(
            errors[0]
                .to_string()
                .contains(":1: event record: unknown variant `EXPEL`"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn json_arrays_and_unrecognised_records() {
        let (records, errors, _) = read("f.json", "[{\"id\":\"a\",\"text\":\"x\"}, {\"foo\":1}]");
        assert_eq!(records.len(), 1);
        assert!(errors[0].message.contains("unrecognised record"));
        let (_, _, result) = read("f.json", "{\"id\": ");
        assert!(result.unwrap_err().to_string().contains("malformed JSON"));
    }

    #[test]
    fn event_patterns_and_role_words_are_recognised_as_dictionary_data() {
        let (records, errors, _) = read(
            "p.jsonl",
            "{\"id\":\"fr/x\",\"event_type\":\"AID\",\"verbs\":[\"aider\"]}\n{\"role\":\"mil\",\"class\":\"ArmedForces\",\"sector\":\"MIL\",\"name\":{},\"forms\":{\"fr\":[\"armée\"]}}\n",
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(records.len(), 2);
        assert!(records.iter().all(|r| matches!(r.1, Record::Dictionary)));
    }

    #[test]
    fn empty_file_is_an_error() {
        let (_, _, result) = read("f.jsonl", "\n\n");
        assert!(result.unwrap_err().message.contains("empty file"));
    }
}

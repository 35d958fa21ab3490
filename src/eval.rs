//! `newskg eval`: extraction scored against gold event records (the CONTRACT §3 shape, as curated facts are):
//! precision, recall and F1 for events — type, actor and recipient — overall, per language and per event type,
//! for actor linking, and for dates.

use crate::model::{EventRecord, EventType};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Counts of one comparison.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    pub gold: usize,
    pub found: usize,
    pub matched: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, other: Score) {
        self.gold += other.gold;
        self.found += other.found;
        self.matched += other.matched;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The scores of an evaluation.
#[derive(Debug, Default, Serialize)]
pub struct Evaluation {
    pub articles: usize,
    /// Events: same type, same actor ids, same recipient ids, in the same article.
    pub events: Score,
    pub by_language: BTreeMap<String, Score>,
    pub by_type: BTreeMap<EventType, Score>,
    /// Actor linking: the (article, actor id) pairs named as actor or recipient of some event.
    pub actors: Score,
    /// Dates: among matched events, how many have the same date (both undated counts as the same).
    pub dates_correct: usize,
    pub dates_compared: usize,
    /// The events that did not match, and matched events with another date (filled on request).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mismatches: Vec<Mismatch>,
}

/// How an event failed to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MismatchKind {
    /// A gold event that extraction did not find.
    Missed,
    /// An extracted event that is not in the gold.
    Spurious,
    /// A matched event with another date than the gold's.
    WrongDate,
}

/// One event that did not match, for people tuning the dictionaries.
#[derive(Debug, Clone, Serialize)]
pub struct Mismatch {
    pub kind: MismatchKind,
    pub article: String,
    pub event_type: EventType,
    pub actor: Vec<String>,
    pub recipient: Vec<String>,
    /// The gold date for missed events and wrong dates; the found date for spurious events.
    pub date: Option<String>,
    /// The found date of a wrong date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found_date: Option<String>,
    /// The evidence sentence (of the gold event, or of the extracted one).
    pub sentence: Option<String>,
    /// The rule that fired (spurious events and wrong dates).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

impl Mismatch {
    fn new(kind: MismatchKind, event: &EventRecord) -> Self {
        let (_, actor, recipient) = key(event);
        Self {
            kind,
            article: event.article.clone(),
            event_type: event.event_type,
            actor,
            recipient,
            date: event.date.as_ref().map(ToString::to_string),
            found_date: None,
            sentence: event.sentence.clone(),
            rule: event.rule.clone(),
        }
    }
}

/// What identifies an event for scoring.
type EventKey = (EventType, Vec<String>, Vec<String>);

fn key(event: &EventRecord) -> EventKey {
    let ids = |m: &[crate::model::ActorMention]| {
        let mut ids: Vec<String> = m.iter().map(|a| a.id.clone()).collect();
        ids.sort();
        ids.dedup();
        ids
    };
    (event.event_type, ids(&event.actor), ids(&event.recipient))
}

/// Scores extracted events against gold events, article by article (articles absent from the gold are not
/// scored). `languages` gives each article's language.
pub fn evaluate(
    gold: &[EventRecord],
    found: &[EventRecord],
    languages: &BTreeMap<String, String>,
) -> Evaluation {
    let mut gold_by_article: BTreeMap<&str, Vec<&EventRecord>> = BTreeMap::new();
    for event in gold {
        gold_by_article
            .entry(&event.article)
            .or_default()
            .push(event);
    }
    let mut found_by_article: BTreeMap<&str, Vec<&EventRecord>> = BTreeMap::new();
    for event in found
        .iter()
        .filter(|e| gold_by_article.contains_key(e.article.as_str()))
    {
        found_by_article
            .entry(&event.article)
            .or_default()
            .push(event);
    }
    let mut evaluation = Evaluation {
        articles: gold_by_article.len(),
        ..Default::default()
    };
    for (article, gold_events) in &gold_by_article {
        let found_events = found_by_article.get(article).cloned().unwrap_or_default();
        let language = languages
            .get(*article)
            .cloned()
            .unwrap_or_else(|| "unknown".into());
        // One-to-one matching on the key; each matched pair also compares dates.
        let mut unmatched: Vec<&EventRecord> = found_events.clone();
        let mut score = Score {
            gold: gold_events.len(),
            found: found_events.len(),
            matched: 0,
        };
        let mut per_type: BTreeMap<EventType, Score> = BTreeMap::new();
        for g in gold_events {
            per_type.entry(g.event_type).or_default().gold += 1;
        }
        for f in &found_events {
            per_type.entry(f.event_type).or_default().found += 1;
        }
        for g in gold_events {
            let wanted = key(g);
            if let Some(i) = unmatched.iter().position(|f| key(f) == wanted) {
                let f = unmatched.remove(i);
                score.matched += 1;
                per_type.entry(g.event_type).or_default().matched += 1;
                evaluation.dates_compared += 1;
                if f.date == g.date {
                    evaluation.dates_correct += 1;
                } else {
                    let mut wrong = Mismatch::new(MismatchKind::WrongDate, g);
                    wrong.found_date = f.date.as_ref().map(ToString::to_string);
                    wrong.rule = f.rule.clone();
                    evaluation.mismatches.push(wrong);
                }
            } else {
                let mut missed = Mismatch::new(MismatchKind::Missed, g);
                missed.rule = None;
                evaluation.mismatches.push(missed);
            }
        }
        evaluation.mismatches.extend(
            unmatched
                .iter()
                .map(|f| Mismatch::new(MismatchKind::Spurious, f)),
        );
        evaluation.events.add(score);
        evaluation
            .by_language
            .entry(language)
            .or_default()
            .add(score);
        for (t, s) in per_type {
            evaluation.by_type.entry(t).or_default().add(s);
        }
        let actors = |events: &[&EventRecord]| -> BTreeSet<String> {
            events
                .iter()
                .flat_map(|e| e.actor.iter().chain(&e.recipient))
                .map(|a| a.id.clone())
                .collect()
        };
        let (gold_actors, found_actors) = (actors(gold_events), actors(&found_events));
        evaluation.actors.add(Score {
            gold: gold_actors.len(),
            found: found_actors.len(),
            matched: gold_actors.intersection(&found_actors).count(),
        });
    }
    evaluation
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(
        article: &str,
        t: &str,
        actor: &str,
        recipient: &str,
        date: Option<&str>,
    ) -> EventRecord {
        let mut json =
            format!(r#"{{"article":"{article}","event_type":"{t}","actor":[{{"id":"{actor}"}}]"#);
        if !recipient.is_empty() {
            json.push_str(&format!(r#","recipient":[{{"id":"{recipient}"}}]"#));
        }
        if let Some(d) = date {
            json.push_str(&format!(r#","date":"{d}""#));
        }
        json.push('}');
        serde_json::from_str(&json).unwrap()
    }

    #[test]
    fn known_scores() {
        let gold = [
            event("a", "SANCTION", "act-fra", "act-mli", Some("2025-09-17")),
            event("a", "ACCUSE", "act-mli", "act-fra", None),
            event("b", "ASSAULT", "act-x", "act-y", Some("2012")),
        ];
        let found = [
            event("a", "SANCTION", "act-fra", "act-mli", Some("2025-09")), // matched, wrong date
            event("a", "ACCUSE", "act-fra", "act-mli", None), // reversed roles: no match
            event("b", "ASSAULT", "act-x", "act-y", Some("2012")), // matched, right date
            event("c", "AID", "act-x", "act-y", None),        // article without gold: not scored
        ];
        let languages = BTreeMap::from([
            ("a".to_owned(), "fr".to_owned()),
            ("b".to_owned(), "en".to_owned()),
        ]);
        let e = evaluate(&gold, &found, &languages);
        assert_eq!(
            e.events,
            Score {
                gold: 3,
                found: 3,
                matched: 2
            }
        );
        assert!((e.events.f1() - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(
            e.by_language["fr"],
            Score {
                gold: 2,
                found: 2,
                matched: 1
            }
        );
        assert_eq!(
            e.by_language["en"],
            Score {
                gold: 1,
                found: 1,
                matched: 1
            }
        );
        assert_eq!(
            e.by_type[&EventType::Accuse],
            Score {
                gold: 1,
                found: 1,
                matched: 0
            }
        );
        assert_eq!((e.dates_correct, e.dates_compared), (1, 2));
        assert_eq!(
            e.actors,
            Score {
                gold: 4,
                found: 4,
                matched: 4
            }
        );
        assert_eq!(e.articles, 2);
    }

    #[test]
    fn empty_inputs_score_zero_without_dividing_by_zero() {
        let e = evaluate(&[], &[], &BTreeMap::new());
        assert_eq!(e.events.f1(), 0.0);
    }
}

//! The extraction phase of an ingest: the events the extractor finds in article texts, across cores, minus
//! those the curated facts of the same article already hold, and the dictionary actors they name.

use crate::extract::Extractor;
use crate::model::{ActorRecord, Article, EventRecord};
use std::collections::{BTreeMap, BTreeSet};

/// Extracted events per article id, for every article with a text (an article whose text holds no event gets
/// an empty list, so that its earlier extracted events are replaced); and the articles whose extraction failed
/// (an internal error: the article is stored without extracted events, the others go on).
pub fn extract_articles(
    extractor: &Extractor,
    articles: &BTreeMap<String, Article>,
) -> (BTreeMap<String, Vec<EventRecord>>, Vec<String>) {
    let texts: Vec<&Article> = articles
        .values()
        .filter(|a| !a.text.trim().is_empty())
        .collect();
    if texts.is_empty() {
        return (BTreeMap::new(), Vec::new());
    }
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(texts.len());
    let chunk = texts.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let workers: Vec<_> = texts
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|a| {
                            let events =
                                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                    extractor.extract(a)
                                }));
                            (a.id.clone(), events.ok())
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut extracted = BTreeMap::new();
        let mut failed = Vec::new();
        for worker in workers {
            for (id, events) in worker.join().unwrap_or_default() {
                match events {
                    Some(events) => {
                        extracted.insert(id, events);
                    }
                    None => failed.push(id),
                }
            }
        }
        (extracted, failed)
    })
}

/// Drops the extracted events a curated fact of the same article already states (same type, actors and
/// recipients): the hand-checked record is the one kept.
/// A state named in a fact counts as its government, as extraction names it.
pub fn without_curated(
    extractor: &Extractor,
    extracted: &mut BTreeMap<String, Vec<EventRecord>>,
    curated: &BTreeMap<String, Vec<EventRecord>>,
) {
    for (article, events) in extracted.iter_mut() {
        let Some(facts) = curated.get(article) else {
            continue;
        };
        let keys: BTreeSet<_> = facts.iter().map(|f| key(extractor, f)).collect();
        events.retain(|e| !keys.contains(&key(extractor, e)));
    }
}

fn key(
    extractor: &Extractor,
    event: &EventRecord,
) -> (crate::model::EventType, Vec<String>, Vec<String>) {
    let ids = |m: &[crate::model::ActorMention]| {
        let mut ids: Vec<String> = m
            .iter()
            .map(|a| extractor.acting_for(&a.id).to_owned())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    };
    (event.event_type, ids(&event.actor), ids(&event.recipient))
}

/// The dictionary records of the actors extracted events name that the store does not know yet, with the
/// parents they need ("act-mrt-mil" brings "act-mrt-gov" and "act-mrt").
pub fn missing_actors(
    extractor: &Extractor,
    extracted: &BTreeMap<String, Vec<EventRecord>>,
    known: &BTreeSet<String>,
) -> Vec<ActorRecord> {
    let wanted = extracted
        .values()
        .flatten()
        .flat_map(|e| e.actor.iter().chain(&e.recipient))
        .map(|m| m.id.clone());
    dictionary_actors(extractor, wanted, known)
}

/// The dictionary records of actor ids the store does not know yet, with the parents they need: a combined
/// country + role id (`act-bfa-gov`) named by a curated fact or an actor record is the dictionary's actor.
pub fn dictionary_actors(
    extractor: &Extractor,
    ids: impl IntoIterator<Item = String>,
    known: &BTreeSet<String>,
) -> Vec<ActorRecord> {
    let mut wanted: Vec<String> = ids.into_iter().collect();
    let mut records: BTreeMap<String, ActorRecord> = BTreeMap::new();
    while let Some(id) = wanted.pop() {
        if known.contains(&id) || records.contains_key(&id) {
            continue;
        }
        let Some(record) = extractor.actor(&id) else {
            continue;
        };
        wanted.extend(record.parent.iter().cloned());
        wanted.extend(record.roles.iter().filter_map(|r| r.of.clone()));
        records.insert(id, record.clone());
    }
    records.into_values().collect()
}

//! `newskg ingest`: files and directories in, one store transaction per article out.
//!
//! Inputs are read and checked first; then actors, then each article graph, then RDF files are written.
//! A bad input is reported (file and place) and skipped; the rest of the batch goes on.

mod extraction;
mod facts;
pub mod input;
mod rdf_file;
mod records;
pub mod text;

pub use input::{Decoder, InputError, Location};
pub use rdf_file::{format_of, BULK_THRESHOLD_BYTES};

use crate::extract::Extractor;
use crate::model::{article_iri, ActorRecord, Article, EventRecord, Vocabulary};
use crate::rdf::{self, ArticleUpdate, Origin};
use crate::store::{NewsStore, StoreError};
use indicatif::ProgressBar;
use oxigraph::io::RdfFormat;
use records::Record;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Why one input could not be ingested: bad input (skip it, go on) or a store failure (stop).
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What an ingest did.
#[derive(Debug, Default)]
pub struct IngestReport {
    pub files: usize,
    pub articles: usize,
    pub events: usize,
    /// Events the extractor found in article texts (beyond those the curated facts state).
    pub extracted: usize,
    pub actors: usize,
    pub rdf_files: usize,
    pub rdf_quads: u64,
    /// Dictionary entries (event patterns, role words) read and left aside: extraction data, not graph data.
    pub dictionary: usize,
    /// Bad inputs, in the order met; each was skipped.
    pub errors: Vec<InputError>,
}

/// The kinds of input files.
#[derive(Debug, Clone, Copy, PartialEq)]
enum InputKind {
    Text,
    Records,
    Rdf(RdfFormat),
}

fn kind_of(path: &Path) -> Option<InputKind> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "txt" | "md" => Some(InputKind::Text),
        "jsonl" | "ndjson" | "json" => Some(InputKind::Records),
        _ => format_of(path).map(InputKind::Rdf),
    }
}

/// A directory holding this file is not walked into (it may still be named as a path): `data/gold/` keeps the
/// evaluation texts out of the graph built from `data/`.
pub const SKIP_MARKER: &str = ".newskg-skip";

/// Files in directories that are documentation, not input.
fn is_documentation(path: &Path) -> bool {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_uppercase())
        .unwrap_or_default();
    matches!(
        stem.as_str(),
        "README" | "NOTICE" | "LICENSE" | "LICENCE" | "CREDITS" | "CHANGELOG"
    )
}

/// Expands paths into input files: directories recursively (sorted, hidden entries and
/// documentation skipped), files as given.
fn collect_inputs(paths: &[PathBuf], errors: &mut Vec<InputError>) -> Vec<(PathBuf, InputKind)> {
    let mut inputs = Vec::new();
    for path in paths {
        let metadata = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                errors.push(InputError::new(path, None, input::io_message(&e)));
                continue;
            }
        };
        if !metadata.is_dir() {
            match kind_of(path) {
                Some(kind) => inputs.push((path.clone(), kind)),
                None => errors.push(InputError::new(
                    path,
                    None,
                    "unknown input kind: expected .txt/.md (article), .jsonl/.json (records) or .ttl/.nt/.nq/.trig/.rdf/.jsonld (RDF)",
                )),
            }
            continue;
        }
        let walker = walkdir::WalkDir::new(path)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0
                    || !(e.file_name().to_string_lossy().starts_with('.')
                        || (e.file_type().is_dir() && e.path().join(SKIP_MARKER).exists()))
            });
        for entry in walker {
            match entry {
                Ok(entry) if entry.file_type().is_file() && !is_documentation(entry.path()) => {
                    if let Some(kind) = kind_of(entry.path()) {
                        inputs.push((entry.into_path(), kind));
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    let at = e.path().unwrap_or(path).to_owned();
                    let message = e
                        .io_error()
                        .map_or_else(|| e.to_string(), input::io_message);
                    errors.push(InputError::new(
                        &at,
                        None,
                        format!("cannot read directory: {message}"),
                    ));
                }
            }
        }
    }
    inputs
}

/// A record with the file and line it came from (line 0: no line, e.g. in a JSON array).
struct Located<T> {
    path: PathBuf,
    line: u64,
    record: T,
}

impl<T> Located<T> {
    fn error(&self, message: String) -> InputError {
        error_at(&self.path, self.line, message)
    }
}

fn error_at(path: &Path, line: u64, message: String) -> InputError {
    InputError::new(path, (line > 0).then_some(Location::Line(line)), message)
}

/// Everything read from the inputs of one ingest, before it is checked against the store.
#[derive(Default)]
struct Batch {
    articles: BTreeMap<String, Article>,
    actors: Vec<Located<ActorRecord>>,
    events: Vec<Located<EventRecord>>,
    rdf_files: Vec<(PathBuf, RdfFormat)>,
    /// Articles with an unreadable or invalid event record: their stored facts are kept as they are.
    spoiled: BTreeSet<String>,
    /// Dictionary entries met (event patterns, role words: data for the extractor, not stored).
    dictionary: usize,
}

/// Reads, checks and stores the inputs. Store failures stop the ingest (`Err`); bad inputs are in the report.
/// The dictionaries (`extractor`) give the combined actors records name; with `extract`, they also find the events
/// of article texts.
pub fn ingest(
    store: &NewsStore,
    paths: &[PathBuf],
    decoder: &Decoder,
    extractor: Option<&Extractor>,
    extract: bool,
    progress: &ProgressBar,
) -> Result<IngestReport, StoreError> {
    let mut report = IngestReport::default();
    let inputs = collect_inputs(paths, &mut report.errors);
    report.files = inputs.len();
    progress.set_length(inputs.len() as u64);
    let mut batch = read_batch(inputs, decoder, progress, &mut report.errors);
    report.dictionary = batch.dictionary;

    let vocabulary = Vocabulary::bundled();
    store.load_ontology()?;
    // Combined country + role actors (`act-bfa-gov`) that actor records and curated facts name are the
    // dictionary's: known while the records are checked, stored for the good ones only.
    let from_dictionary: BTreeSet<String> = match extractor {
        Some(extractor) => {
            let mut known = store.actor_ids()?;
            known.extend(batch.actors.iter().map(|a| a.record.id.clone()));
            let named = batch
                .actors
                .iter()
                .flat_map(|a| related_ids(&a.record))
                .chain(
                    batch
                        .events
                        .iter()
                        .flat_map(|e| e.record.actor.iter().chain(&e.record.recipient))
                        .map(|m| m.id.clone()),
                );
            extraction::dictionary_actors(extractor, named, &known)
                .into_iter()
                .map(|a| a.id)
                .collect()
        }
        None => BTreeSet::new(),
    };
    let (stored, related) = store_actors(
        store,
        std::mem::take(&mut batch.actors),
        &vocabulary,
        &from_dictionary,
        &mut report.errors,
    )?;
    report.actors = stored;
    let mut known = store.actor_ids()?;
    known.extend(from_dictionary.iter().cloned());
    let events = check_events(&mut batch, &vocabulary, &known, &mut report.errors);
    if let Some(extractor) = extractor.filter(|_| !from_dictionary.is_empty()) {
        let named = related.into_iter().chain(
            events
                .values()
                .flatten()
                .flat_map(|e| e.actor.iter().chain(&e.recipient))
                .map(|m| m.id.clone()),
        );
        let actors = extraction::dictionary_actors(extractor, named, &store.actor_ids()?);
        if !actors.is_empty() {
            report.actors += actors.len();
            store.replace_actors(&actors)?;
        }
    }
    // Text extraction, across cores; curated facts win over the same event found in the text.
    let extracted = match extractor.filter(|_| extract) {
        Some(extractor) => {
            progress.set_message("extracting events from article texts");
            let (mut extracted, failed) = extraction::extract_articles(extractor, &batch.articles);
            for id in failed {
                let at = batch.articles[&id]
                    .source_file
                    .clone()
                    .unwrap_or_else(|| id.clone());
                report.errors.push(InputError::new(
                    Path::new(&at),
                    None,
                    format!("article '{id}': extraction failed (an internal error, please report it); stored without extracted events"),
                ));
            }
            extraction::without_curated(extractor, &mut extracted, &events);
            let actors = extraction::missing_actors(extractor, &extracted, &known);
            if !actors.is_empty() {
                report.actors += actors.len();
                store.replace_actors(&actors)?;
            }
            extracted
        }
        None => BTreeMap::new(),
    };
    write_articles(
        store,
        std::mem::take(&mut batch.articles),
        events,
        extracted,
        &mut report,
    )?;
    load_rdf_files(
        store,
        std::mem::take(&mut batch.rdf_files),
        progress,
        &mut report,
    )?;
    progress.finish_and_clear();
    Ok(report)
}

/// What `newskg extract` and `newskg eval` read from their inputs, without touching any store: the articles
/// (text files and article records) and the event records; other records are ignored.
pub struct ReadInputs {
    pub articles: Vec<Article>,
    pub events: Vec<EventRecord>,
    pub errors: Vec<InputError>,
}

/// Reads articles and event records from files and directories, once.
pub fn read_inputs(paths: &[PathBuf], decoder: &Decoder) -> ReadInputs {
    let mut errors = Vec::new();
    let inputs = collect_inputs(paths, &mut errors);
    let batch = read_batch(inputs, decoder, &ProgressBar::hidden(), &mut errors);
    ReadInputs {
        articles: batch.articles.into_values().collect(),
        events: batch.events.into_iter().map(|e| e.record).collect(),
        errors,
    }
}

/// Reads every input that is not RDF; RDF files are only listed, to be loaded last.
fn read_batch(
    inputs: Vec<(PathBuf, InputKind)>,
    decoder: &Decoder,
    progress: &ProgressBar,
    errors: &mut Vec<InputError>,
) -> Batch {
    let mut batch = Batch::default();
    for (path, kind) in inputs {
        match kind {
            InputKind::Rdf(format) => {
                batch.rdf_files.push((path, format));
                continue;
            }
            InputKind::Text => match decoder
                .read_text(&path)
                .and_then(|t| text::parse_article(&path, &t))
            {
                Ok(article) => add_article(&mut batch.articles, &path, 0, article, errors),
                Err(e) => errors.push(e),
            },
            InputKind::Records => {
                let mut record_errors = Vec::new();
                let mut article_errors = Vec::new();
                let result =
                    records::read_records(&path, decoder, &mut record_errors, |line, record| {
                        match record {
                            Record::Article(mut article) => {
                                article.source_file = Some(path.display().to_string());
                                article.text = input::normalize(&article.text);
                                add_article(
                                    &mut batch.articles,
                                    &path,
                                    line,
                                    article,
                                    &mut article_errors,
                                );
                            }
                            Record::Event(event) => batch.events.push(Located {
                                path: path.clone(),
                                line,
                                record: *event,
                            }),
                            Record::Actor(actor) => batch.actors.push(Located {
                                path: path.clone(),
                                line,
                                record: *actor,
                            }),
                            Record::InvalidEventFor(article) => {
                                batch.spoiled.insert(article);
                            }
                            Record::Dictionary => batch.dictionary += 1,
                        }
                    });
                errors.extend(record_errors);
                errors.extend(article_errors);
                if let Err(e) = result {
                    errors.push(e);
                }
            }
        }
        progress.inc(1);
    }
    batch
}

/// The actors an actor record names: its parent and the bodies of its roles.
fn related_ids(actor: &ActorRecord) -> impl Iterator<Item = String> + '_ {
    actor
        .parent
        .iter()
        .chain(actor.roles.iter().filter_map(|r| r.of.as_ref()))
        .cloned()
}

/// Checks actor records (ids, codes, parents and roles known, in the store, the batch or `from_dictionary`) and
/// stores the good ones in one transaction; returns how many, and the actors they name.
fn store_actors(
    store: &NewsStore,
    actors: Vec<Located<ActorRecord>>,
    vocabulary: &Vocabulary,
    from_dictionary: &BTreeSet<String>,
    errors: &mut Vec<InputError>,
) -> Result<(usize, Vec<String>), StoreError> {
    let mut known = store.actor_ids()?;
    known.extend(actors.iter().map(|a| a.record.id.clone()));
    known.extend(from_dictionary.iter().cloned());
    let mut good = Vec::new();
    let mut seen = BTreeSet::new();
    for located in actors {
        let actor = &located.record;
        let check = facts::check_actor(actor, vocabulary).and_then(|()| {
            match related_ids(actor).find(|id| !known.contains(id)) {
                Some(id) => Err(format!(
                    "unknown actor '{id}' (parent or role of {})",
                    actor.id
                )),
                None if !seen.insert(actor.id.clone()) => Err(format!(
                    "actor '{}' is defined twice in this batch",
                    actor.id
                )),
                None => Ok(()),
            }
        });
        match check {
            Ok(()) => good.push(located.record),
            Err(message) => errors.push(located.error(message)),
        }
    }
    if !good.is_empty() {
        store.replace_actors(&good)?;
    }
    let related = good.iter().flat_map(related_ids).collect();
    Ok((good.len(), related))
}

/// Checks event records and groups them by article; an article with a bad record keeps its stored facts.
fn check_events(
    batch: &mut Batch,
    vocabulary: &Vocabulary,
    known: &BTreeSet<String>,
    errors: &mut Vec<InputError>,
) -> BTreeMap<String, Vec<EventRecord>> {
    let mut by_article: BTreeMap<String, Vec<EventRecord>> = BTreeMap::new();
    let mut event_ids = BTreeSet::new();
    for Located { path, line, record } in std::mem::take(&mut batch.events) {
        let article = record.article.clone();
        match facts::check_event(record, vocabulary, known) {
            Ok(event) if !event_ids.insert(event.id.clone()) => {
                let id = event.id.unwrap_or_default();
                errors.push(error_at(
                    &path,
                    line,
                    format!("event id '{id}' appears twice in this batch"),
                ));
                batch.spoiled.insert(article);
            }
            Ok(event) => by_article.entry(article).or_default().push(event),
            Err(message) => {
                errors.push(error_at(&path, line, message));
                batch.spoiled.insert(article);
            }
        }
    }
    for article in &batch.spoiled {
        if by_article.remove(article).is_some() {
            errors.push(InputError::new(
                Path::new(article),
                None,
                "stored facts of this article kept: some of its new records are invalid (see above)",
            ));
        }
    }
    by_article
}

/// Writes each article graph the batch touches, one transaction each.
fn write_articles(
    store: &NewsStore,
    mut articles: BTreeMap<String, Article>,
    mut events: BTreeMap<String, Vec<EventRecord>>,
    mut extracted: BTreeMap<String, Vec<EventRecord>>,
    report: &mut IngestReport,
) -> Result<(), StoreError> {
    let ids: BTreeSet<String> = articles.keys().chain(events.keys()).cloned().collect();
    for id in ids {
        let iri = article_iri(&id);
        let article = articles.remove(&id);
        let lang = match &article {
            Some(a) => a.lang.clone(),
            None => store.article_language(iri.as_ref())?,
        };
        let mut update = ArticleUpdate {
            description: article.as_ref().map(rdf::article_quads),
            ..Default::default()
        };
        let origins = [
            (events.remove(&id), Origin::CuratedFacts, &mut report.events),
            (
                extracted.remove(&id),
                Origin::TextExtraction,
                &mut report.extracted,
            ),
        ];
        for (records, origin, count) in origins {
            let Some(records) = records else { continue };
            *count += records.len();
            let quads = records
                .iter()
                .flat_map(|e| rdf::event_quads(e, origin, lang.as_deref()))
                .collect();
            update.events.insert(origin.into(), quads);
        }
        report.articles += usize::from(article.is_some());
        store.update_article(iri.as_ref(), update)?;
    }
    Ok(())
}

/// Loads the RDF files, each on its own.
fn load_rdf_files(
    store: &NewsStore,
    files: Vec<(PathBuf, RdfFormat)>,
    progress: &ProgressBar,
    report: &mut IngestReport,
) -> Result<(), StoreError> {
    for (path, format) in files {
        progress.set_message(path.display().to_string());
        let bar = progress.clone();
        match rdf_file::ingest_rdf_file(store, &path, format, BULK_THRESHOLD_BYTES, move |n| {
            bar.set_message(format!("{n} quads"))
        }) {
            Ok(quads) => {
                report.rdf_files += 1;
                report.rdf_quads += quads;
            }
            Err(Failure::Input(e)) => report.errors.push(e),
            Err(Failure::Store(e)) => return Err(e),
        }
        progress.inc(1);
    }
    Ok(())
}

fn add_article(
    articles: &mut BTreeMap<String, Article>,
    path: &Path,
    line: u64,
    article: Article,
    errors: &mut Vec<InputError>,
) {
    let at = (line > 0).then_some(Location::Line(line));
    if article.id.is_empty() || !crate::model::is_valid_id(&article.id, "") {
        errors.push(InputError::new(
            path,
            at,
            format!("invalid article id '{}'", article.id),
        ));
    } else if let Some(first) = articles.get(&article.id) {
        errors.push(InputError::new(
            path,
            at,
            format!(
                "article id '{}' is already used by {}",
                article.id,
                first.source_file.as_deref().unwrap_or("another input")
            ),
        ));
    } else {
        articles.insert(article.id.clone(), article);
    }
}

//! `newskg ingest`: files and directories in, one store transaction per article out.
//!
//! Inputs are read and checked first; then actors, then each article graph, then RDF files are written.
//! A bad input is reported (file and place) and skipped; the rest of the batch goes on.

mod facts;
pub mod input;
mod rdf_file;
mod records;
pub mod text;

pub use input::{Decoder, InputError, Location};
pub use rdf_file::{format_of, BULK_THRESHOLD_BYTES};

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
    pub actors: usize,
    pub rdf_files: usize,
    pub rdf_quads: u64,
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
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
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

/// Reads, checks and stores the inputs. Store failures stop the ingest (`Err`); bad inputs are in the report.
pub fn ingest(
    store: &NewsStore,
    paths: &[PathBuf],
    decoder: &Decoder,
    progress: &ProgressBar,
) -> Result<IngestReport, StoreError> {
    let mut report = IngestReport::default();
    let inputs = collect_inputs(paths, &mut report.errors);
    report.files = inputs.len();
    progress.set_length(inputs.len() as u64);

    // 1. Read everything that is not RDF.
    let mut articles: BTreeMap<String, Article> = BTreeMap::new();
    let mut actors: Vec<(PathBuf, u64, ActorRecord)> = Vec::new();
    let mut events: Vec<(PathBuf, u64, EventRecord)> = Vec::new();
    let mut rdf_files = Vec::new();
    // Articles with an unreadable event record: their stored facts are kept as they are.
    let mut spoiled: BTreeSet<String> = BTreeSet::new();
    for (path, kind) in inputs {
        match kind {
            InputKind::Rdf(format) => {
                rdf_files.push((path, format));
                continue;
            }
            InputKind::Text => match decoder
                .read_text(&path)
                .and_then(|t| text::parse_article(&path, &t))
            {
                Ok(article) => add_article(&mut articles, &path, 0, article, &mut report.errors),
                Err(e) => report.errors.push(e),
            },
            InputKind::Records => {
                let mut batch_errors = Vec::new();
                let mut duplicate_errors = Vec::new();
                let result =
                    records::read_records(&path, decoder, &mut batch_errors, |line, record| {
                        match record {
                            Record::Article(mut article) => {
                                article.source_file = Some(path.display().to_string());
                                article.text = input::normalize(&article.text);
                                add_article(
                                    &mut articles,
                                    &path,
                                    line,
                                    article,
                                    &mut duplicate_errors,
                                );
                            }
                            Record::Event(event) => events.push((path.clone(), line, *event)),
                            Record::Actor(actor) => actors.push((path.clone(), line, *actor)),
                            Record::InvalidEventFor(article) => {
                                spoiled.insert(article);
                            }
                        }
                    });
                report.errors.extend(batch_errors);
                report.errors.extend(duplicate_errors);
                if let Err(e) = result {
                    report.errors.push(e);
                }
            }
        }
        progress.inc(1);
    }

    // 2. Actors, in one transaction.
    let vocabulary = Vocabulary::bundled();
    store.load_ontology()?;
    let mut known = store.actor_ids()?;
    known.extend(actors.iter().map(|(_, _, a)| a.id.clone()));
    let mut good_actors = Vec::new();
    let mut seen = BTreeSet::new();
    for (path, line, actor) in actors {
        let place = |message: String| {
            InputError::new(&path, (line > 0).then_some(Location::Line(line)), message)
        };
        let check = facts::check_actor(&actor, &vocabulary).and_then(|()| {
            let unknown = actor
                .parent
                .iter()
                .chain(actor.roles.iter().filter_map(|r| r.of.as_ref()))
                .find(|id| !known.contains(*id));
            match unknown {
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
            Ok(()) => good_actors.push(actor),
            Err(message) => report.errors.push(place(message)),
        }
    }
    if !good_actors.is_empty() {
        store.replace_actors(&good_actors)?;
    }
    report.actors = good_actors.len();
    let known = store.actor_ids()?;

    // 3. Events, checked and grouped by article; an article with a bad record keeps its stored facts.
    let mut by_article: BTreeMap<String, Vec<EventRecord>> = BTreeMap::new();
    let mut event_ids = BTreeSet::new();
    for (path, line, event) in events {
        let article = event.article.clone();
        let place = |message: String| {
            InputError::new(&path, (line > 0).then_some(Location::Line(line)), message)
        };
        match facts::check_event(event, &vocabulary, &known) {
            Ok(event) if !event_ids.insert(event.id.clone()) => {
                report.errors.push(place(format!(
                    "event id '{}' appears twice in this batch",
                    event.id.unwrap_or_default()
                )));
                spoiled.insert(article);
            }
            Ok(event) => by_article.entry(article).or_default().push(event),
            Err(message) => {
                report.errors.push(place(message));
                spoiled.insert(article);
            }
        }
    }
    for article in &spoiled {
        if by_article.remove(article).is_some() {
            report.errors.push(InputError::new(
                Path::new(article),
                None,
                "stored facts of this article kept: some of its new records are invalid (see above)",
            ));
        }
    }

    // 4. One transaction per article graph.
    let ids: BTreeSet<String> = articles.keys().chain(by_article.keys()).cloned().collect();
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
        if let Some(events) = by_article.remove(&id) {
            report.events += events.len();
            let quads = events
                .iter()
                .flat_map(|e| rdf::event_quads(e, Origin::CuratedFacts, lang.as_deref()))
                .collect();
            update.events.insert(Origin::CuratedFacts.into(), quads);
        }
        report.articles += usize::from(article.is_some());
        store.update_article(iri.as_ref(), update)?;
    }

    // 5. RDF files, each on its own.
    for (path, format) in rdf_files {
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
    progress.finish_and_clear();
    Ok(report)
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

//! Reads the events and the descriptions of what they name from the store: one pass over its quads (no SPARQL
//! join), the statements newskg draws gathered by subject and assembled in Rust. Never a query per node.

use super::select::QueryChoice;
use super::{Description, EventData, EventRow};
use crate::model::vocab::{ACTOR_BASE, ARTICLE_BASE, EVENT_BASE, NKG, PREFIXES};
use crate::model::EventType;
use crate::store::{NewsStore, StoreError};
use oxigraph::model::{NamedNode, NamedOrBlankNode, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::hash_map::Entry;
use std::path::{Path, PathBuf};

/// Why a `--query` file cannot choose what to draw.
#[derive(Debug, thiserror::Error)]
pub enum QueryFileError {
    /// Unreadable, not SPARQL, or not a CONSTRUCT/SELECT of events: the user's to fix.
    #[error("{}: {message}", path.display())]
    Invalid { path: PathBuf, message: String },
    #[error("{}: {source}", path.display())]
    Store { path: PathBuf, source: StoreError },
}

/// The classes whose members are described (besides the actors events name): actors, so that a name resolves
/// even to an actor without events; the ontology's classes, sectors and event types, for the legend; articles,
/// for their headlines.
const DESCRIBED_CLASSES: [&str; 5] = [
    "https://w3id.org/newskg/ontology#Actor",
    "http://www.w3.org/2002/07/owl#Class",
    "https://w3id.org/newskg/ontology#Sector",
    "https://w3id.org/newskg/ontology#EventType",
    "https://schema.org/NewsArticle",
];

/// What newskg reads of a statement, by its property.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Property {
    Type,
    Event(EventField),
    /// A property describing an actor, an ontology term or an article (its full IRI, for `describe`).
    Description(&'static str),
}

/// One property of events, and where its values go.
#[derive(Debug, Clone, Copy, PartialEq)]
enum EventField {
    Type,
    Actor,
    Recipient,
    Date,
    Modality,
    Evidence,
    Article,
    Mode,
}

impl Property {
    /// The property of a predicate IRI, `None` for those newskg does not read.
    fn of(predicate: &str) -> Option<Self> {
        const NKG_EVENT_TYPE: &str = "https://w3id.org/newskg/ontology#eventType";
        const NKG_ACTOR: &str = "https://w3id.org/newskg/ontology#actor";
        const NKG_RECIPIENT: &str = "https://w3id.org/newskg/ontology#recipient";
        const NKG_DATE: &str = "https://w3id.org/newskg/ontology#date";
        const NKG_MODALITY: &str = "https://w3id.org/newskg/ontology#modality";
        const NKG_EVIDENCE: &str = "https://w3id.org/newskg/ontology#evidence";
        const NKG_MODE: &str = "https://w3id.org/newskg/ontology#mode";
        const PROV_WAS_DERIVED_FROM: &str = "http://www.w3.org/ns/prov#wasDerivedFrom";
        const DESCRIPTIONS: [&str; 6] = [
            "http://www.w3.org/2000/01/rdf-schema#label",
            "http://www.w3.org/2004/02/skos/core#prefLabel",
            "http://www.w3.org/2004/02/skos/core#altLabel",
            "https://w3id.org/newskg/ontology#country",
            "https://w3id.org/newskg/ontology#sector",
            "https://schema.org/headline",
        ];
        Some(match predicate {
            RDF_TYPE => Self::Type,
            NKG_EVENT_TYPE => Self::Event(EventField::Type),
            NKG_ACTOR => Self::Event(EventField::Actor),
            NKG_RECIPIENT => Self::Event(EventField::Recipient),
            NKG_DATE => Self::Event(EventField::Date),
            NKG_MODALITY => Self::Event(EventField::Modality),
            NKG_EVIDENCE => Self::Event(EventField::Evidence),
            PROV_WAS_DERIVED_FROM => Self::Event(EventField::Article),
            NKG_MODE => Self::Event(EventField::Mode),
            _ => {
                return DESCRIPTIONS
                    .into_iter()
                    .find(|d| *d == predicate)
                    .map(Self::Description)
            }
        })
    }
}

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const NKG_EVENT: &str = "https://w3id.org/newskg/ontology#Event";

/// What the store says of one event, gathered a statement at a time. A property that should have one value
/// and has several (the same event stated differently in two graphs) keeps the least, so the choice is stable.
#[derive(Debug, Default)]
struct EventParts {
    event_type: Option<EventType>,
    actors: Vec<String>,
    recipients: Vec<String>,
    date: Option<String>,
    modality: Option<String>,
    evidence: Option<String>,
    article: Option<String>,
    modes: Vec<String>,
}

fn keep_least(slot: &mut Option<String>, value: String) {
    if slot.as_ref().is_none_or(|old| value < *old) {
        *slot = Some(value);
    }
}

impl EventParts {
    /// Adds the object of a statement: the id of an IRI (a mode without its `mode_`), the text of a literal.
    fn add(&mut self, field: EventField, object: Term) {
        let value = match (field, object) {
            (EventField::Date | EventField::Evidence, Term::Literal(l)) => l.destruct().0,
            (EventField::Date | EventField::Evidence, _) => return,
            (_, Term::NamedNode(n)) => into_local_id(n.into_string()),
            _ => return,
        };
        match field {
            EventField::Type => {
                if let Ok(t) = value.parse::<EventType>() {
                    if self.event_type.is_none_or(|old| t < old) {
                        self.event_type = Some(t);
                    }
                }
            }
            EventField::Actor => self.actors.push(value),
            EventField::Recipient => self.recipients.push(value),
            EventField::Mode => self.modes.push(match value.strip_prefix("mode_") {
                Some(mode) => mode.to_owned(),
                None => value,
            }),
            EventField::Date => keep_least(&mut self.date, value),
            EventField::Modality => keep_least(&mut self.modality, value),
            EventField::Evidence => keep_least(&mut self.evidence, value),
            EventField::Article => keep_least(&mut self.article, value),
        }
    }

    /// One row per (actor, recipient), or per actor when there is no recipient, in row order; none without a
    /// type.
    fn rows(mut self, event: &str, rows: &mut Vec<EventRow>) {
        let Some(event_type) = self.event_type else {
            return;
        };
        for list in [&mut self.actors, &mut self.recipients, &mut self.modes] {
            list.sort_unstable();
            list.dedup();
        }
        let negated = self.modality.as_deref() == Some("modality_negated");
        let recipients: Vec<Option<&String>> = if self.recipients.is_empty() {
            vec![None]
        } else {
            self.recipients.iter().map(Some).collect()
        };
        for actor in &self.actors {
            for recipient in &recipients {
                rows.push(EventRow {
                    event: event.to_owned(),
                    event_type,
                    actor: actor.clone(),
                    recipient: recipient.cloned(),
                    date: self.date.clone(),
                    modes: self.modes.clone(),
                    negated,
                    evidence: self.evidence.clone(),
                    article: self.article.clone(),
                    title: None,
                });
            }
        }
    }
}

/// The statements read about one subject.
#[derive(Debug, Default)]
struct Subject {
    is_event: bool,
    event: EventParts,
    classes: Vec<String>,
    description: Vec<(&'static str, Term)>,
}

impl Subject {
    fn add(&mut self, property: Property, object: Term) {
        match (property, object) {
            (Property::Type, Term::NamedNode(class)) => {
                if class.as_str() == NKG_EVENT {
                    self.is_event = true;
                } else {
                    self.classes.push(class.into_string());
                }
            }
            (Property::Type, _) => {}
            (Property::Event(field), object) => self.event.add(field, object),
            (Property::Description(iri), object) => self.description.push((iri, object)),
        }
    }

    /// Adds what another group of statements about the same subject said (from another graph).
    fn merge(&mut self, other: Subject) {
        self.is_event |= other.is_event;
        let (mine, theirs) = (&mut self.event, other.event);
        if let Some(t) = theirs.event_type {
            if mine.event_type.is_none_or(|old| t < old) {
                mine.event_type = Some(t);
            }
        }
        mine.actors.extend(theirs.actors);
        mine.recipients.extend(theirs.recipients);
        mine.modes.extend(theirs.modes);
        for (slot, value) in [
            (&mut mine.date, theirs.date),
            (&mut mine.modality, theirs.modality),
            (&mut mine.evidence, theirs.evidence),
            (&mut mine.article, theirs.article),
        ] {
            if let Some(value) = value {
                keep_least(slot, value);
            }
        }
        self.classes.extend(other.classes);
        self.description.extend(other.description);
    }
}

/// Reads every event of the store and the descriptions of what they name, in one pass over the store.
pub fn read_events(store: &NewsStore) -> Result<EventData, StoreError> {
    // The store gives the statements of a subject together (per graph), so they are gathered before the
    // subject is looked up.
    let mut subjects: FxHashMap<String, Subject> = FxHashMap::default();
    let mut current: Option<(String, Subject)> = None;
    let mut flush = |group: Option<(String, Subject)>| {
        if let Some((iri, subject)) = group {
            match subjects.entry(iri) {
                Entry::Occupied(mut known) => known.get_mut().merge(subject),
                Entry::Vacant(new) => {
                    new.insert(subject);
                }
            }
        }
    };
    for quad in store.quads(None) {
        let quad = quad?;
        let Some(property) = Property::of(quad.predicate.as_str()) else {
            continue;
        };
        let NamedOrBlankNode::NamedNode(iri) = quad.subject else {
            continue;
        };
        match &mut current {
            Some((subject, statements)) if *subject == iri.as_str() => {
                statements.add(property, quad.object)
            }
            _ => {
                let mut statements = Subject::default();
                statements.add(property, quad.object);
                flush(current.replace((iri.into_string(), statements)));
            }
        }
    }
    flush(current);
    // What is described: the members of DESCRIBED_CLASSES and the actors of events.
    let mut described: FxHashSet<String> = FxHashSet::default();
    let mut events: Vec<(String, EventParts)> = Vec::new();
    let mut others: Vec<(String, Subject)> = Vec::new();
    for (iri, mut subject) in subjects {
        let id = into_local_id(iri);
        if subject.is_event {
            for actor in subject.event.actors.iter().chain(&subject.event.recipients) {
                if !described.contains(actor) {
                    described.insert(actor.clone());
                }
            }
            events.push((id.clone(), std::mem::take(&mut subject.event)));
        }
        if subject
            .classes
            .iter()
            .any(|c| DESCRIBED_CLASSES.contains(&c.as_str()))
        {
            described.insert(id.clone());
        }
        others.push((id, subject));
    }
    // Rows in order: events by id, the rows of each sorted already.
    events.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut data = EventData::default();
    data.rows.reserve(events.len());
    for (id, event) in events {
        event.rows(&id, &mut data.rows);
    }
    data.rows.dedup();
    for (id, subject) in others {
        if !described.contains(&id) {
            continue;
        }
        let description = data.descriptions.entry(id).or_default();
        for class in subject.classes {
            let class = Term::NamedNode(NamedNode::new_unchecked(class));
            describe(description, RDF_TYPE, &class);
        }
        for (property, object) in &subject.description {
            describe(description, property, object);
        }
    }
    for row in &mut data.rows {
        row.title = row
            .article
            .as_ref()
            .and_then(|a| data.descriptions.get(a))
            .and_then(|d| d.labels.values().next().cloned());
    }
    for (id, d) in &data.descriptions {
        if let (true, Some(country)) = (d.classes.contains("State"), &d.country) {
            data.states
                .entry(country.clone())
                .or_insert_with(|| id.clone());
        }
    }
    Ok(data)
}

/// Runs a query file that decides what is drawn: a SELECT binding `?event` to events, or a CONSTRUCT whose
/// triples name events (as subject or object) or link two actors (`?a nkg:sanctions ?b` keeps the SANCTION events
/// from a to b; any other property keeps every event from a to b). The newskg prefixes are predeclared.
pub fn read_query_choice(store: &NewsStore, path: &Path) -> Result<QueryChoice, QueryFileError> {
    let invalid = |message: String| QueryFileError::Invalid {
        path: path.to_owned(),
        message,
    };
    let text =
        std::fs::read_to_string(path).map_err(|e| invalid(crate::ingest::input::io_message(&e)))?;
    let mut parser = spargebra::SparqlParser::new();
    for (prefix, iri) in PREFIXES {
        parser = parser.with_prefix(*prefix, *iri).expect("valid prefixes");
    }
    let query = parser
        .parse_query(&text)
        .map_err(|e| invalid(format!("invalid SPARQL: {e}")))?;
    let form = match &query {
        spargebra::Query::Select { .. } => "SELECT",
        spargebra::Query::Construct { .. } => "CONSTRUCT",
        spargebra::Query::Ask { .. } => "ASK",
        spargebra::Query::Describe { .. } => "DESCRIBE",
    };
    if !matches!(form, "SELECT" | "CONSTRUCT") {
        return Err(invalid(format!(
            "{form} queries cannot choose what to draw: give a SELECT of ?event or a CONSTRUCT of events or actor-to-actor triples"
        )));
    }
    let store_error = |source: StoreError| QueryFileError::Store {
        path: path.to_owned(),
        source,
    };
    let results = store
        .query(SparqlEvaluator::new().for_query(query))
        .map_err(store_error)?;
    let mut choice = QueryChoice::default();
    let event_id = |iri: &str| iri.strip_prefix(EVENT_BASE).map(str::to_owned);
    let actor_id = |iri: &str| iri.strip_prefix(ACTOR_BASE).map(str::to_owned);
    match results {
        QueryResults::Solutions(solutions) => {
            if !solutions.variables().iter().any(|v| v.as_str() == "event") {
                return Err(invalid(
                    "a SELECT query must bind ?event to the events to draw".into(),
                ));
            }
            for solution in solutions {
                let solution = solution.map_err(|e| store_error(e.into()))?;
                if let Some(Term::NamedNode(event)) = solution.get("event") {
                    choice.events.extend(event_id(event.as_str()));
                }
            }
        }
        QueryResults::Graph(triples) => {
            for triple in triples {
                let triple = triple.map_err(|e| store_error(e.into()))?;
                let NamedOrBlankNode::NamedNode(subject) = &triple.subject else {
                    continue;
                };
                let object = match &triple.object {
                    Term::NamedNode(o) => o.as_str(),
                    _ => "",
                };
                choice.events.extend(event_id(subject.as_str()));
                choice.events.extend(event_id(object));
                if let (Some(a), Some(b)) = (actor_id(subject.as_str()), actor_id(object)) {
                    let event_type = EventType::ALL
                        .iter()
                        .copied()
                        .find(|t| t.edge_property() == triple.predicate);
                    choice.pairs.insert((a, b, event_type));
                }
            }
        }
        QueryResults::Boolean(_) => unreachable!("ASK queries are refused above"),
    }
    Ok(choice)
}

fn describe(d: &mut Description, predicate: &str, object: &Term) {
    const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    const ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";
    let country = format!("{NKG}country");
    let sector = format!("{NKG}sector");
    match object {
        Term::NamedNode(class) if predicate == RDF_TYPE => {
            if let Some(local) = class.as_str().strip_prefix(NKG) {
                d.classes.insert(local.to_owned());
            }
        }
        Term::Literal(l) if predicate == ALT_LABEL => {
            d.aliases.insert(l.value().to_owned());
        }
        Term::Literal(l) if predicate == country => d.country = Some(l.value().to_owned()),
        Term::Literal(l) if predicate == sector => d.sector = Some(l.value().to_owned()),
        Term::Literal(l) => {
            // rdfs:label, skos:prefLabel or an article's headline: keep the smallest per language, so the
            // choice is stable.
            let lang = l.language().unwrap_or("").to_owned();
            let label = l.value().to_owned();
            d.labels
                .entry(lang)
                .and_modify(|old| {
                    if label < *old {
                        *old = label.clone();
                    }
                })
                .or_insert(label);
        }
        _ => {}
    }
}

/// `local_id` of an IRI that is ours to keep: its prefix cut off in place.
fn into_local_id(mut iri: String) -> String {
    let cut = iri.len() - local_part(&iri).len();
    iri.drain(..cut);
    iri
}

/// The id of an IRI: `act-fra` for an actor, `evt-1` for an event, `Ministry` for an ontology term; other IRIs
/// are kept whole.
pub(crate) fn local_id(iri: &str) -> String {
    local_part(iri).to_owned()
}

fn local_part(iri: &str) -> &str {
    [ACTOR_BASE, EVENT_BASE, ARTICLE_BASE, NKG]
        .iter()
        .find_map(|base| iri.strip_prefix(base))
        .filter(|local| !local.is_empty())
        .unwrap_or(iri)
}

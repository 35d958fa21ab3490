//! Reads the events and the descriptions of what they name from the store: one pass over its quads (no SPARQL
//! join), the statements newskg draws gathered by subject and assembled in Rust. Never a query per node.
//! While reading, ids are interned and subject IRIs, sentences and an event's actors, recipients and modes are
//! kept in a few flat vectors and strings rather than in allocations of their own, which the allocator made
//! the slowest part of reading (README, "Speed").

use super::select::QueryChoice;
use super::{Description, EventData, EventRow};
use crate::model::vocab::{ACTOR_BASE, ARTICLE_BASE, EVENT_BASE, NKG, PREFIXES};
use crate::model::EventType;
use crate::store::{NewsStore, StoreError};
use oxigraph::model::{Literal, NamedOrBlankNode, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};
use std::hash::BuildHasher;
use std::ops::Range;
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

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const NKG_EVENT: &str = "https://w3id.org/newskg/ontology#Event";

/// What newskg reads of a statement, by its property.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Property {
    Type,
    Event(EventField),
    Description(DescriptionField),
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

/// One property describing an actor, an ontology term or an article.
#[derive(Debug, Clone, Copy, PartialEq)]
enum DescriptionField {
    /// `rdfs:label`, `skos:prefLabel` or `schema:headline`: a label in its language.
    Label,
    Alias,
    Country,
    Sector,
}

/// The properties newskg reads, and what each tells.
const PROPERTIES: [(&str, Property); 15] = [
    (RDF_TYPE, Property::Type),
    (
        "https://w3id.org/newskg/ontology#eventType",
        Property::Event(EventField::Type),
    ),
    (
        "https://w3id.org/newskg/ontology#actor",
        Property::Event(EventField::Actor),
    ),
    (
        "https://w3id.org/newskg/ontology#recipient",
        Property::Event(EventField::Recipient),
    ),
    (
        "https://w3id.org/newskg/ontology#date",
        Property::Event(EventField::Date),
    ),
    (
        "https://w3id.org/newskg/ontology#modality",
        Property::Event(EventField::Modality),
    ),
    (
        "https://w3id.org/newskg/ontology#evidence",
        Property::Event(EventField::Evidence),
    ),
    (
        "http://www.w3.org/ns/prov#wasDerivedFrom",
        Property::Event(EventField::Article),
    ),
    (
        "https://w3id.org/newskg/ontology#mode",
        Property::Event(EventField::Mode),
    ),
    (
        "http://www.w3.org/2000/01/rdf-schema#label",
        Property::Description(DescriptionField::Label),
    ),
    (
        "http://www.w3.org/2004/02/skos/core#prefLabel",
        Property::Description(DescriptionField::Label),
    ),
    (
        "https://schema.org/headline",
        Property::Description(DescriptionField::Label),
    ),
    (
        "http://www.w3.org/2004/02/skos/core#altLabel",
        Property::Description(DescriptionField::Alias),
    ),
    (
        "https://w3id.org/newskg/ontology#country",
        Property::Description(DescriptionField::Country),
    ),
    (
        "https://w3id.org/newskg/ontology#sector",
        Property::Description(DescriptionField::Sector),
    ),
];

impl Property {
    /// The property of a predicate IRI, `None` for those newskg does not read.
    fn of(predicate: &str) -> Option<Self> {
        PROPERTIES
            .iter()
            .find(|(iri, _)| *iri == predicate)
            .map(|(_, property)| *property)
    }
}

/// Strings read many times (actor, article and mode ids, dates, classes), each kept once and named by its index.
#[derive(Debug, Default)]
struct Interner {
    indices: FxHashMap<String, u32>,
    strings: Vec<String>,
}

impl Interner {
    fn intern(&mut self, text: &str) -> u32 {
        if let Some(&index) = self.indices.get(text) {
            return index;
        }
        let index = self.strings.len() as u32;
        self.strings.push(text.to_owned());
        self.indices.insert(text.to_owned(), index);
        index
    }

    fn get(&self, text: &str) -> Option<u32> {
        self.indices.get(text).copied()
    }

    fn name(&self, index: u32) -> &str {
        &self.strings[index as usize]
    }

    /// Keeps in `slot` the least of its string and `text`'s, so the choice among several values is stable.
    fn keep_least(&mut self, slot: &mut Option<u32>, text: &str) {
        if slot.is_none_or(|old| text < self.name(old)) {
            *slot = Some(self.intern(text));
        }
    }
}

/// What the store says of one event, gathered a statement at a time (ids interned; its actors, recipients and
/// modes are `Link`s). A property that should have one value and has several (the same event stated
/// differently in two graphs) keeps the least, so the choice is stable.
#[derive(Debug, Default)]
struct EventParts {
    event_type: Option<EventType>,
    date: Option<u32>,
    modality: Option<u32>,
    /// Where the sentence is in `Statements::texts`.
    evidence: Option<Range<usize>>,
    article: Option<u32>,
}

/// An actor, recipient or mode of an event: the event's place in `Statements::subjects`, the field, the
/// interned id.
#[derive(Debug, Clone, Copy)]
struct Link {
    subject: u32,
    field: EventField,
    id: u32,
}

/// The statements read about one subject, from every graph.
#[derive(Debug, Default)]
struct Subject {
    is_event: bool,
    event: EventParts,
    /// Its classes but `nkg:Event` (interned IRIs).
    classes: Vec<u32>,
    description: Vec<(DescriptionField, Literal)>,
}

/// Subject IRIs and their places, the IRIs kept one after another in one string rather than one allocation
/// each: a map from the hash of an IRI to its place, and another for the rare IRI whose hash another took.
#[derive(Debug, Default)]
struct SubjectIndex {
    by_hash: FxHashMap<u64, u32>,
    collisions: FxHashMap<String, u32>,
    iris: String,
    /// Where each subject's IRI is in `iris`.
    spans: Vec<Range<usize>>,
}

impl SubjectIndex {
    fn iri(&self, index: u32) -> &str {
        &self.iris[self.spans[index as usize].clone()]
    }

    /// The place of an IRI, and whether it is new.
    fn index(&mut self, iri: &str) -> (u32, bool) {
        let hash = FxBuildHasher.hash_one(iri);
        let next = self.spans.len() as u32;
        match self.by_hash.get(&hash) {
            Some(&index) if self.iri(index) == iri => return (index, false),
            Some(_) => match self.collisions.get(iri) {
                Some(&index) => return (index, false),
                None => {
                    self.collisions.insert(iri.to_owned(), next);
                }
            },
            None => {
                self.by_hash.insert(hash, next);
            }
        }
        let start = self.iris.len();
        self.iris.push_str(iri);
        self.spans.push(start..self.iris.len());
        (next, true)
    }
}

/// The statements read so far, by subject.
#[derive(Debug, Default)]
struct Statements {
    index: SubjectIndex,
    subjects: Vec<Subject>,
    links: Vec<Link>,
    /// The place of the last subject: the store gives the statements of a subject together.
    last: Option<u32>,
    /// Local ids (actors, articles, modes, modalities), dates and class IRIs.
    strings: Interner,
    /// The evidence sentences, one after another.
    texts: String,
}

impl Statements {
    /// The place of a subject in `subjects`, added when new.
    fn subject(&mut self, iri: &str) -> u32 {
        if let Some(last) = self.last.filter(|&last| self.index.iri(last) == iri) {
            return last;
        }
        let (index, new) = self.index.index(iri);
        if new {
            self.subjects.push(Subject::default());
        }
        self.last = Some(index);
        index
    }

    /// Adds one statement.
    fn add(&mut self, property: Property, subject: &str, object: Term) {
        let index = self.subject(subject);
        let subject = &mut self.subjects[index as usize];
        match (property, object) {
            (Property::Type, Term::NamedNode(class)) => {
                if class.as_str() == NKG_EVENT {
                    subject.is_event = true;
                } else {
                    subject.classes.push(self.strings.intern(class.as_str()));
                }
            }
            (Property::Type, _) => {}
            (Property::Event(field), object) => {
                let event = &mut subject.event;
                let strings = &mut self.strings;
                match (field, object) {
                    (EventField::Date, Term::Literal(l)) => {
                        strings.keep_least(&mut event.date, l.value())
                    }
                    (EventField::Evidence, Term::Literal(l)) => {
                        let texts = &mut self.texts;
                        let text = l.value();
                        if event
                            .evidence
                            .as_ref()
                            .is_none_or(|old| text < &texts[old.clone()])
                        {
                            let start = texts.len();
                            texts.push_str(text);
                            event.evidence = Some(start..texts.len());
                        }
                    }
                    (EventField::Date | EventField::Evidence, _) => {}
                    (field, Term::NamedNode(n)) => {
                        // The id of an IRI (a mode without its `mode_`).
                        let id = local_part(n.as_str());
                        match field {
                            EventField::Type => {
                                if let Ok(t) = id.parse::<EventType>() {
                                    if event.event_type.is_none_or(|old| t < old) {
                                        event.event_type = Some(t);
                                    }
                                }
                            }
                            EventField::Modality => strings.keep_least(&mut event.modality, id),
                            EventField::Article => strings.keep_least(&mut event.article, id),
                            EventField::Actor | EventField::Recipient | EventField::Mode => {
                                let id = match field {
                                    EventField::Mode => id.strip_prefix("mode_").unwrap_or(id),
                                    _ => id,
                                };
                                self.links.push(Link {
                                    subject: index,
                                    field,
                                    id: strings.intern(id),
                                });
                            }
                            EventField::Date | EventField::Evidence => {}
                        }
                    }
                    _ => {}
                }
            }
            (Property::Description(field), Term::Literal(literal)) => {
                subject.description.push((field, literal))
            }
            (Property::Description(_), _) => {}
        }
    }
}

/// Reads every event of the store and the descriptions of what they name, in one pass over the store.
pub fn read_events(store: &NewsStore) -> Result<EventData, StoreError> {
    let mut statements = Statements::default();
    for quad in store.quads(None) {
        let quad = quad?;
        let Some(property) = Property::of(quad.predicate.as_str()) else {
            continue;
        };
        let NamedOrBlankNode::NamedNode(subject) = &quad.subject else {
            continue;
        };
        statements.add(property, subject.as_str(), quad.object);
    }
    Ok(assemble(statements))
}

/// Rows for the events, descriptions for what they name and for the members of DESCRIBED_CLASSES.
fn assemble(statements: Statements) -> EventData {
    let Statements {
        index,
        mut subjects,
        mut links,
        strings,
        texts,
        ..
    } = statements;
    let mut data = EventData::default();
    // The links of each subject together, in the order they were read (a counting sort).
    let mut starts = vec![0usize; subjects.len() + 1];
    for link in &links {
        starts[link.subject as usize + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    {
        let mut next = starts.clone();
        let mut sorted = links.clone();
        for link in &links {
            sorted[next[link.subject as usize]] = *link;
            next[link.subject as usize] += 1;
        }
        links = sorted;
    }
    let links_of = |subject: usize, field: EventField| {
        links[starts[subject]..starts[subject + 1]]
            .iter()
            .filter(move |l| l.field == field)
            .map(|l| l.id)
    };
    // What is described: the members of DESCRIBED_CLASSES and the actors of events.
    let described_classes: Vec<u32> = DESCRIBED_CLASSES
        .iter()
        .filter_map(|c| strings.get(c))
        .collect();
    let mut described: FxHashSet<u32> = FxHashSet::default();
    for (i, _) in subjects.iter().enumerate().filter(|(_, s)| s.is_event) {
        described.extend(links_of(i, EventField::Actor));
        described.extend(links_of(i, EventField::Recipient));
    }
    for (i, subject) in subjects.iter_mut().enumerate() {
        let id = local_part(index.iri(i as u32));
        let is_described = strings.get(id).is_some_and(|i| described.contains(&i))
            || subject
                .classes
                .iter()
                .any(|c| described_classes.contains(c));
        if !is_described {
            continue;
        }
        let description = data.descriptions.entry(id.to_owned()).or_default();
        for &class in &subject.classes {
            if let Some(local) = strings.name(class).strip_prefix(NKG) {
                description.classes.insert(local.to_owned());
            }
        }
        for (field, literal) in std::mem::take(&mut subject.description) {
            describe(description, field, literal);
        }
    }
    for (id, d) in &data.descriptions {
        if let (true, Some(country)) = (d.classes.contains("State"), &d.country) {
            data.states
                .entry(country.clone())
                .or_insert_with(|| id.clone());
        }
    }
    // Rows in order: events by id, the rows of each in (actor, recipient) order.
    let mut events: Vec<(&str, usize)> = subjects
        .iter()
        .enumerate()
        .filter(|(_, s)| s.is_event)
        .map(|(i, _)| (local_part(index.iri(i as u32)), i))
        .collect();
    events.sort_unstable();
    // The headline of each article, looked up once.
    let mut titles: FxHashMap<u32, Option<&String>> = FxHashMap::default();
    data.rows.reserve(events.len());
    for (id, i) in events {
        let event = &subjects[i].event;
        let Some(event_type) = event.event_type else {
            continue;
        };
        let sorted = |field: EventField| {
            let mut names: Vec<&str> = links_of(i, field).map(|l| strings.name(l)).collect();
            names.sort_unstable();
            names.dedup();
            names
        };
        let actors = sorted(EventField::Actor);
        let recipients: Vec<Option<&str>> = match sorted(EventField::Recipient) {
            recipients if recipients.is_empty() => vec![None],
            recipients => recipients.into_iter().map(Some).collect(),
        };
        let modes: Vec<String> = sorted(EventField::Mode)
            .into_iter()
            .map(str::to_owned)
            .collect();
        let negated = event
            .modality
            .is_some_and(|m| strings.name(m) == "modality_negated");
        let date = event.date.map(|d| strings.name(d));
        let article = event.article.map(|a| strings.name(a));
        let title = event.article.and_then(|a| {
            *titles.entry(a).or_insert_with(|| {
                data.descriptions
                    .get(strings.name(a))
                    .and_then(|d| d.labels.values().next())
            })
        });
        let evidence = event.evidence.clone().map(|span| &texts[span]);
        for actor in &actors {
            for recipient in &recipients {
                data.rows.push(EventRow {
                    event: id.to_owned(),
                    event_type,
                    actor: (*actor).to_owned(),
                    recipient: recipient.map(str::to_owned),
                    date: date.map(str::to_owned),
                    modes: modes.clone(),
                    negated,
                    evidence: evidence.map(str::to_owned),
                    article: article.map(str::to_owned),
                    title: title.cloned(),
                });
            }
        }
    }
    data.rows.dedup();
    data
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

fn describe(d: &mut Description, field: DescriptionField, literal: Literal) {
    match field {
        DescriptionField::Alias => {
            d.aliases.insert(literal.destruct().0);
        }
        DescriptionField::Country => d.country = Some(literal.destruct().0),
        DescriptionField::Sector => d.sector = Some(literal.destruct().0),
        DescriptionField::Label => {
            // rdfs:label, skos:prefLabel or an article's headline: keep the smallest per language, so the
            // choice is stable.
            let (label, _, lang) = literal.destruct();
            match d.labels.entry(lang.unwrap_or_default()) {
                std::collections::btree_map::Entry::Occupied(mut old) => {
                    if label < *old.get() {
                        old.insert(label);
                    }
                }
                std::collections::btree_map::Entry::Vacant(new) => {
                    new.insert(label);
                }
            }
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_iri_whose_hash_another_took_gets_a_place_of_its_own() {
        let mut index = SubjectIndex::default();
        assert_eq!(index.index("http://example.org/a"), (0, true));
        assert_eq!(index.index("http://example.org/a"), (0, false));
        // As if b hashed as a does.
        let hash_b = FxBuildHasher.hash_one("http://example.org/b");
        index.by_hash.insert(hash_b, 0);
        assert_eq!(index.index("http://example.org/b"), (1, true));
        assert_eq!(index.index("http://example.org/b"), (1, false));
        assert_eq!(index.index("http://example.org/a"), (0, false));
        assert_eq!(index.iri(1), "http://example.org/b");
    }
}

//! Reads the events and the descriptions of what they name from the store: one SPARQL query for the events,
//! one for the descriptions (never a query per node).

use super::select::QueryChoice;
use super::{Description, EventData, EventRow};
use crate::model::vocab::{ACTOR_BASE, ARTICLE_BASE, EVENT_BASE, NKG, PREFIXES};
use crate::model::EventType;
use crate::store::{NewsStore, StoreError};
use oxigraph::model::{NamedOrBlankNode, Term};
use oxigraph::sparql::{QueryResults, QuerySolution, SparqlEvaluator};
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

/// The events, one row per (event, actor, recipient, mode); rows differing only by mode are merged after.
const EVENTS: &str =
    "SELECT ?event ?type ?actor ?recipient ?date ?modality ?evidence ?article ?mode WHERE {
  ?event a nkg:Event ; nkg:eventType ?type ; nkg:actor ?actor .
  OPTIONAL { ?event nkg:recipient ?recipient }
  OPTIONAL { ?event nkg:date ?date }
  OPTIONAL { ?event nkg:modality ?modality }
  OPTIONAL { ?event nkg:evidence ?evidence }
  OPTIONAL { ?event prov:wasDerivedFrom ?article }
  OPTIONAL { ?event nkg:mode ?mode }
}";

/// Labels, classes, country and sector of the actors (those events name, and those of the actor dictionary, so
/// that a name resolves even to an actor without events; states name countries), of the ontology's classes,
/// sectors and event types (for the legend), and the headlines of the articles.
const DESCRIPTIONS: &str = "SELECT ?s ?p ?o WHERE {
  { SELECT DISTINCT ?s WHERE {
      { ?e a nkg:Event ; nkg:actor|nkg:recipient ?s } UNION { ?s a nkg:Actor }
      UNION { ?s a owl:Class } UNION { ?s a nkg:Sector } UNION { ?s a nkg:EventType }
      UNION { ?s a schema:NewsArticle } } }
  ?s ?p ?o
  FILTER(?p IN (rdf:type, rdfs:label, skos:prefLabel, skos:altLabel, nkg:country, nkg:sector, schema:headline))
}";

/// Reads every event of the store and the descriptions of what they name.
pub fn read_events(store: &NewsStore) -> Result<EventData, StoreError> {
    let mut data = EventData::default();
    for solution in solutions(store, EVENTS)? {
        if let Some(row) = event_row(&solution?) {
            data.rows.push(row);
        }
    }
    data.rows = merge_modes(data.rows);
    for solution in solutions(store, DESCRIPTIONS)? {
        let solution = solution?;
        let (Some(Term::NamedNode(s)), Some(Term::NamedNode(p)), Some(o)) =
            (solution.get("s"), solution.get("p"), solution.get("o"))
        else {
            continue;
        };
        let description = data.descriptions.entry(local_id(s.as_str())).or_default();
        describe(description, p.as_str(), o);
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

fn solutions(
    store: &NewsStore,
    text: &str,
) -> Result<impl Iterator<Item = Result<QuerySolution, StoreError>>, StoreError> {
    let prefixes: String = PREFIXES
        .iter()
        .map(|(p, iri)| format!("PREFIX {p}: <{iri}>\n"))
        .collect();
    let query = SparqlEvaluator::new()
        .parse_query(&format!("{prefixes}{text}"))
        .expect("the graph queries are valid SPARQL");
    match store.query(query)? {
        QueryResults::Solutions(solutions) => Ok(solutions.map(|s| s.map_err(StoreError::from))),
        _ => unreachable!("the graph queries are SELECT queries"),
    }
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

fn event_row(solution: &QuerySolution) -> Option<EventRow> {
    let iri = |name: &str| match solution.get(name) {
        Some(Term::NamedNode(n)) => Some(local_id(n.as_str())),
        _ => None,
    };
    let text = |name: &str| match solution.get(name) {
        Some(Term::Literal(l)) => Some(l.value().to_owned()),
        _ => None,
    };
    let event_type: EventType = iri("type")?.parse().ok()?;
    let modes: Vec<String> = iri("mode")
        .map(|m| m.trim_start_matches("mode_").to_owned())
        .into_iter()
        .collect();
    Some(EventRow {
        event: iri("event")?,
        event_type,
        actor: iri("actor")?,
        recipient: iri("recipient"),
        date: text("date"),
        modes,
        negated: iri("modality").as_deref() == Some("modality_negated"),
        evidence: text("evidence"),
        article: iri("article"),
        title: None,
    })
}

/// Sorts rows and merges those that differ only by their mode (one row per mode from the query) or repeat
/// (the same statement in two graphs).
fn merge_modes(mut rows: Vec<EventRow>) -> Vec<EventRow> {
    rows.sort_by(|a, b| {
        (&a.event, &a.actor, &a.recipient, &a.title).cmp(&(
            &b.event,
            &b.actor,
            &b.recipient,
            &b.title,
        ))
    });
    let mut merged: Vec<EventRow> = Vec::with_capacity(rows.len());
    for row in rows {
        match merged.last_mut() {
            Some(last)
                if (&last.event, &last.actor, &last.recipient, &last.title)
                    == (&row.event, &row.actor, &row.recipient, &row.title) =>
            {
                last.modes.extend(row.modes);
            }
            _ => merged.push(row),
        }
    }
    for row in &mut merged {
        row.modes.sort();
        row.modes.dedup();
    }
    merged.sort();
    merged.dedup();
    merged
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

/// The id of an IRI: `act-fra` for an actor, `evt-1` for an event, `Ministry` for an ontology term; other IRIs
/// are kept whole.
pub(crate) fn local_id(iri: &str) -> String {
    [ACTOR_BASE, EVENT_BASE, ARTICLE_BASE, NKG]
        .iter()
        .find_map(|base| iri.strip_prefix(base))
        .filter(|local| !local.is_empty())
        .unwrap_or(iri)
        .to_owned()
}

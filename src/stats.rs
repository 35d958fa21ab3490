//! `newskg stats`: what the store holds, per graph, class and event type.

use crate::model::vocab::NKG;
use crate::query::short;
use crate::store::{NewsStore, StoreError};
use oxigraph::model::Term;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use serde::Serialize;

/// Counts of what the store holds.
#[derive(Debug, Default, Serialize)]
pub struct StoreStats {
    pub quads: usize,
    pub articles: u64,
    pub actors: u64,
    pub events: u64,
    pub events_by_type: Vec<(String, u64)>,
    pub instances_by_class: Vec<(String, u64)>,
    pub quads_by_graph: Vec<(String, u64)>,
}

/// Computes the statistics with SPARQL aggregates over the store.
pub fn compute(store: &NewsStore) -> Result<StoreStats, StoreError> {
    let counts = |query: &str| -> Result<Vec<(String, u64)>, StoreError> {
        let prepared = SparqlEvaluator::new()
            .parse_query(query)
            .expect("stats queries are valid SPARQL");
        let QueryResults::Solutions(solutions) = store.query(prepared)? else {
            return Ok(Vec::new());
        };
        let mut rows = Vec::new();
        for solution in solutions {
            let solution = solution?;
            let key = match solution.get("key") {
                Some(Term::NamedNode(n)) => short(n.as_str()),
                Some(other) => other.to_string(),
                None => "(none)".into(),
            };
            let value = match solution.get("n") {
                Some(Term::Literal(l)) => l.value().parse().unwrap_or(0),
                _ => 0,
            };
            rows.push((key, value));
        }
        Ok(rows)
    };
    let total = |class: &str| -> Result<u64, StoreError> {
        Ok(counts(&format!(
            "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{class}> }}"
        ))?
        .first()
        .map_or(0, |r| r.1))
    };
    Ok(StoreStats {
        quads: store.quad_count()?,
        articles: total("https://schema.org/NewsArticle")?,
        actors: total(&format!("{NKG}Actor"))?,
        events: total(&format!("{NKG}Event"))?,
        events_by_type: counts(&format!(
            "SELECT ?key (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e <{NKG}eventType> ?key }} GROUP BY ?key ORDER BY DESC(?n) ?key"
        ))?,
        instances_by_class: counts(
            "SELECT ?key (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?key } FILTER(?g != <https://w3id.org/newskg/graph/ontology>) } GROUP BY ?key ORDER BY DESC(?n) ?key",
        )?,
        quads_by_graph: counts("SELECT ?key (COUNT(*) AS ?n) WHERE { GRAPH ?key { ?s ?p ?o } } GROUP BY ?key ORDER BY ?key")?,
    })
}

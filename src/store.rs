//! The embedded Oxigraph store: the only module that touches `oxigraph::store::Store`.
//!
//! Every write is one transaction (or one atomic bulk load), so a failure leaves the store as it was.
//! On-disk stores need the `rocksdb` feature (on by default); without it only in-memory stores open.

use crate::model::vocab::{nkg, other, ACTORS_GRAPH, ONTOLOGY_GRAPH};
use crate::model::{actor_iri, ActorRecord, ONTOLOGY_TTL};
use crate::rdf::{self, ArticleUpdate};
use oxigraph::io::{RdfFormat, RdfParseError, RdfParser};
use oxigraph::model::{
    BlankNode, GraphName, GraphNameRef, NamedNodeRef, NamedOrBlankNode, Quad, Term,
};
use oxigraph::sparql::{PreparedSparqlQuery, QueryEvaluationError, QueryResults};
use oxigraph::store::{LoaderError, StorageError, Store};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Where the store lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreLocation {
    Disk(PathBuf),
    Memory,
}

/// Errors of the store layer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("store {path} is in use by another newskg process (its lock is held); wait for that process to finish or use another --store")]
    Locked { path: PathBuf },
    #[error(
        "no store at {path}: run `newskg ingest` first, or choose one with --store / NEWSKG_STORE"
    )]
    Missing { path: PathBuf },
    #[error("cannot open store {path}: this newskg was built without on-disk storage (the `rocksdb` feature); use --memory, or build newskg with its default features")]
    NoDiskStorage { path: PathBuf },
    #[error("cannot open store {path}: {source}")]
    Open { path: PathBuf, source: StorageError },
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Parse(#[from] RdfParseError),
    #[error(transparent)]
    Query(#[from] QueryEvaluationError),
    #[error(transparent)]
    Update(#[from] oxigraph::sparql::UpdateEvaluationError),
}

impl From<LoaderError> for StoreError {
    fn from(e: LoaderError) -> Self {
        match e {
            LoaderError::Parsing(e) => Self::Parse(e),
            LoaderError::Storage(e) => Self::Storage(e),
            other => Self::Storage(StorageError::Other(Box::new(other))),
        }
    }
}

/// The newskg store.
pub struct NewsStore {
    store: Store,
}

impl NewsStore {
    /// Opens the store, creating it when `create` is true; fails clearly when another process holds it.
    pub fn open(location: &StoreLocation, create: bool) -> Result<Self, StoreError> {
        let store = match location {
            StoreLocation::Memory => Store::new()?,
            #[cfg(not(feature = "rocksdb"))]
            StoreLocation::Disk(path) => {
                let _ = create;
                return Err(StoreError::NoDiskStorage { path: path.clone() });
            }
            #[cfg(feature = "rocksdb")]
            StoreLocation::Disk(path) => {
                if !create && !path.join("CURRENT").exists() {
                    return Err(StoreError::Missing { path: path.clone() });
                }
                if create {
                    // "--store runs/2026/store": the directories above the store are made as the store is. Where
                    // they cannot be, opening says why.
                    let _ = std::fs::create_dir_all(path);
                }
                Store::open(path).map_err(|source| {
                    let message = source.to_string().to_lowercase();
                    if message.contains("lock") || message.contains("temporarily unavailable") {
                        StoreError::Locked { path: path.clone() }
                    } else {
                        StoreError::Open {
                            path: path.clone(),
                            source,
                        }
                    }
                })?
            }
        };
        Ok(Self { store })
    }

    /// Replaces the ontology graph with the bundled ontology, in one transaction.
    ///
    /// The ontology's blank nodes (OWL unions, lists) get labels from their order in the file, so that
    /// reloading it gives exactly the same quads.
    pub fn load_ontology(&self) -> Result<(), StoreError> {
        let mut labels = std::collections::HashMap::new();
        let mut stable = |node: &BlankNode| -> BlankNode {
            let next = labels.len();
            labels
                .entry(node.clone())
                .or_insert_with(|| BlankNode::new_unchecked(format!("ontology{next}")))
                .clone()
        };
        let mut quads = Vec::new();
        for quad in RdfParser::from_format(RdfFormat::Turtle)
            .with_default_graph(ONTOLOGY_GRAPH)
            .for_slice(ONTOLOGY_TTL)
        {
            let mut quad = quad.map_err(RdfParseError::from)?;
            if let NamedOrBlankNode::BlankNode(b) = &quad.subject {
                quad.subject = stable(b).into();
            }
            if let Term::BlankNode(b) = &quad.object {
                quad.object = stable(b).into();
            }
            quads.push(quad);
        }
        let mut transaction = self.store.start_transaction()?;
        transaction.clear_graph(ONTOLOGY_GRAPH)?;
        for quad in &quads {
            transaction.insert(quad);
        }
        transaction.commit()?;
        Ok(())
    }

    /// Stores actor records, each replacing the stored description of the same actor, in one transaction.
    pub fn replace_actors(&self, actors: &[ActorRecord]) -> Result<(), StoreError> {
        let mut transaction = self.store.start_transaction()?;
        for actor in actors {
            let iri = actor_iri(&actor.id);
            let mut old: Vec<Quad> = transaction
                .quads_for_pattern(
                    Some(iri.as_ref().into()),
                    None,
                    None,
                    Some(ACTORS_GRAPH.into()),
                )
                .collect::<Result<_, _>>()?;
            let roles: Vec<_> = old
                .iter()
                .filter(|q| q.predicate == nkg::HOLDS_ROLE)
                .filter_map(|q| match &q.object {
                    Term::NamedNode(role) => Some(role.clone()),
                    _ => None,
                })
                .collect();
            for role in roles {
                for quad in transaction.quads_for_pattern(
                    Some(role.as_ref().into()),
                    None,
                    None,
                    Some(ACTORS_GRAPH.into()),
                ) {
                    old.push(quad?);
                }
            }
            for quad in &old {
                transaction.remove(quad);
            }
            for quad in rdf::actor_quads(actor) {
                transaction.insert(&quad);
            }
        }
        transaction.commit()?;
        Ok(())
    }

    /// The ids of the actors in the actors graph.
    pub fn actor_ids(&self) -> Result<BTreeSet<String>, StoreError> {
        let mut ids = BTreeSet::new();
        for quad in self.store.quads_for_pattern(
            None,
            Some(other::DCTERMS_IDENTIFIER),
            None,
            Some(ACTORS_GRAPH.into()),
        ) {
            if let Term::Literal(l) = quad?.object {
                ids.insert(l.value().to_owned());
            }
        }
        Ok(ids)
    }

    /// The stored language of an article, if any.
    pub fn article_language(
        &self,
        article: NamedNodeRef<'_>,
    ) -> Result<Option<String>, StoreError> {
        let language = crate::model::vocab::schema::IN_LANGUAGE;
        for quad in self.store.quads_for_pattern(
            Some(article.into()),
            Some(language),
            None,
            Some(article.into()),
        ) {
            if let Term::Literal(l) = quad?.object {
                return Ok(Some(l.value().to_owned()));
            }
        }
        Ok(None)
    }

    /// Applies an update to an article graph in one transaction: the graph is read, merged and rewritten.
    pub fn update_article(
        &self,
        article: NamedNodeRef<'_>,
        update: ArticleUpdate,
    ) -> Result<(), StoreError> {
        let mut transaction = self.store.start_transaction()?;
        let existing = transaction
            .quads_for_pattern(None, None, None, Some(article.into()))
            .collect::<Result<Vec<_>, _>>()?;
        let merged = rdf::merge_article_graph(article, existing, update);
        transaction.clear_graph(article)?;
        for quad in &merged {
            transaction.insert(quad);
        }
        transaction.commit()?;
        Ok(())
    }

    /// Whether a named graph holds any quad.
    pub fn has_graph(&self, graph: NamedNodeRef<'_>) -> Result<bool, StoreError> {
        Ok(self
            .store
            .quads_for_pattern(None, None, None, Some(graph.into()))
            .next()
            .transpose()?
            .is_some())
    }

    /// Whether the store holds any named graph besides the ontology's.
    pub fn has_data_graphs(&self) -> Result<bool, StoreError> {
        for graph in self.store.named_graphs() {
            if !matches!(graph?, NamedOrBlankNode::NamedNode(n) if n == ONTOLOGY_GRAPH) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Removes whole graphs in one transaction.
    pub fn remove_graphs(&self, graphs: &[GraphName]) -> Result<(), StoreError> {
        let mut transaction = self.store.start_transaction()?;
        for graph in graphs {
            transaction.clear_graph(graph)?;
        }
        transaction.commit()?;
        Ok(())
    }

    /// Replaces whole graphs with the given quads, in one transaction.
    pub fn replace_graphs_with(
        &self,
        graphs: &[GraphName],
        quads: &[Quad],
    ) -> Result<(), StoreError> {
        let mut transaction = self.store.start_transaction()?;
        for graph in graphs {
            transaction.clear_graph(graph)?;
        }
        for quad in quads {
            transaction.insert(quad);
        }
        transaction.commit()?;
        Ok(())
    }

    /// Loads many quads with Oxigraph's bulk loader (atomic: nothing is visible unless all load).
    pub fn bulk_load(
        &self,
        quads: impl IntoIterator<Item = Result<Quad, RdfParseError>>,
    ) -> Result<(), StoreError> {
        let mut loader = self.store.bulk_loader();
        loader.load_ok_quads::<RdfParseError, StoreError>(quads)?;
        loader.commit()?;
        Ok(())
    }

    /// Evaluates a prepared query with the union of all graphs as default graph.
    pub fn query(
        &self,
        mut query: PreparedSparqlQuery,
    ) -> Result<QueryResults<'static>, StoreError> {
        query.dataset_mut().set_default_graph_as_union();
        Ok(query.on_store(&self.store).execute()?)
    }

    /// Executes a SPARQL update in one transaction.
    pub fn update(&self, update: oxigraph::sparql::PreparedSparqlUpdate) -> Result<(), StoreError> {
        update.on_store(&self.store).execute()?;
        Ok(())
    }

    /// All quads, optionally of one graph, in store order (deterministic for a given content).
    pub fn quads(
        &self,
        graph: Option<GraphNameRef<'_>>,
    ) -> impl Iterator<Item = Result<Quad, StoreError>> + 'static {
        self.store
            .quads_for_pattern(None, None, None, graph)
            .map(|q| q.map_err(StoreError::from))
    }

    /// Number of quads.
    pub fn quad_count(&self) -> Result<usize, StoreError> {
        Ok(self.store.len()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{article_iri, Article};

    #[test]
    fn a_parse_error_in_a_bulk_load_leaves_the_store_unchanged() {
        let store = NewsStore::open(&StoreLocation::Memory, true).unwrap();
        let g =
            GraphName::NamedNode(oxigraph::model::NamedNode::new("http://example.com/g").unwrap());
        let parse = |text: &'static str| {
            RdfParser::from_format(RdfFormat::NTriples)
                .with_default_graph(g.clone())
                .for_slice(text)
                .map(|r| r.map_err(RdfParseError::from))
        };
        store
            .bulk_load(parse(
                "<http://example.com/s> <http://example.com/p> \"kept\" .",
            ))
            .unwrap();
        let bad =
            "<http://example.com/s> <http://example.com/p> \"new\" .\n<http://example.com/s> oops";
        assert!(matches!(
            store.bulk_load(parse(bad)),
            Err(StoreError::Parse(_))
        ));
        let all: Vec<_> = store.quads(None).collect::<Result<_, _>>().unwrap();
        assert_eq!(all.len(), 1);
        assert!(all[0].to_string().contains("kept"));
    }

    #[test]
    fn updating_an_article_twice_keeps_one_copy() {
        let store = NewsStore::open(&StoreLocation::Memory, true).unwrap();
        let article = Article {
            id: "art-x".into(),
            title: Some("T".into()),
            lang: Some("fr".into()),
            ..Default::default()
        };
        let iri = article_iri("art-x");
        for _ in 0..2 {
            let update = ArticleUpdate {
                description: Some(rdf::article_quads(&article)),
                ..Default::default()
            };
            store.update_article(iri.as_ref(), update).unwrap();
        }
        assert_eq!(
            store.quad_count().unwrap(),
            rdf::article_quads(&article).len()
        );
        assert_eq!(
            store.article_language(iri.as_ref()).unwrap().as_deref(),
            Some("fr")
        );
    }

    #[cfg(not(feature = "rocksdb"))]
    #[test]
    fn an_on_disk_store_without_rocksdb_is_a_clear_error() {
        let location = StoreLocation::Disk(PathBuf::from("some-store"));
        let error = NewsStore::open(&location, true)
            .err()
            .expect("no disk store");
        assert!(matches!(error, StoreError::NoDiskStorage { .. }));
        assert!(error.to_string().contains("--memory"), "{error}");
    }

    #[test]
    fn ontology_loads_into_its_graph() {
        let store = NewsStore::open(&StoreLocation::Memory, true).unwrap();
        store.load_ontology().unwrap();
        store.load_ontology().unwrap();
        assert!(store.has_graph(ONTOLOGY_GRAPH).unwrap());
        let n = store.quad_count().unwrap();
        store.load_ontology().unwrap();
        assert_eq!(store.quad_count().unwrap(), n, "reloading replaces");
    }
}

//! RDF exports of the store: N-Triples, N-Quads, Turtle, TriG, RDF/XML, JSON-LD with the ontology's prefixes.

use crate::model::vocab::PREFIXES;
use crate::store::{NewsStore, StoreError};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, GraphNameRef, NamedNode, Quad};
use std::io::Write;

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    NTriples,
    NQuads,
    Turtle,
    TriG,
    RdfXml,
    JsonLd,
}

impl ExportFormat {
    pub fn rdf_format(self) -> RdfFormat {
        match self {
            Self::NTriples => RdfFormat::NTriples,
            Self::NQuads => RdfFormat::NQuads,
            Self::Turtle => RdfFormat::Turtle,
            Self::TriG => RdfFormat::TriG,
            Self::RdfXml => RdfFormat::RdfXml,
            Self::JsonLd => RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        }
    }
}

/// Writes the store (or one graph) in `format`; returns the number of statements written.
///
/// N-Triples and N-Quads stream in store order (deterministic for a given content); the other formats
/// are sorted by graph, subject, predicate and object so that the same store gives the same bytes.
/// Triple formats hold the union of the graphs written; dataset formats keep graph names.
pub fn export(
    store: &NewsStore,
    format: ExportFormat,
    graph: Option<&NamedNode>,
    out: &mut dyn Write,
) -> Result<u64, StoreError> {
    let rdf_format = format.rdf_format();
    let graph_ref = graph.map(|g| GraphNameRef::NamedNode(g.as_ref()));
    let keep_graphs = rdf_format.supports_datasets();
    let to_output = |quad: Quad| {
        if keep_graphs {
            quad
        } else {
            Quad {
                graph_name: GraphName::DefaultGraph,
                ..quad
            }
        }
    };
    let mut serializer = RdfSerializer::from_format(rdf_format);
    if !matches!(format, ExportFormat::NTriples | ExportFormat::NQuads) {
        for (prefix, iri) in PREFIXES {
            serializer = serializer
                .with_prefix(*prefix, *iri)
                .expect("valid prefixes");
        }
    }
    let mut writer = serializer.for_writer(out);
    let mut count = 0u64;
    if matches!(format, ExportFormat::NTriples | ExportFormat::NQuads) {
        for quad in store.quads(graph_ref) {
            writer.serialize_quad(&to_output(quad?))?;
            count += 1;
        }
    } else {
        let mut quads: Vec<Quad> = store
            .quads(graph_ref)
            .map(|q| q.map(to_output))
            .collect::<Result<_, _>>()?;
        quads.sort_by_cached_key(sort_key);
        quads.dedup();
        for quad in &quads {
            writer.serialize_quad(quad)?;
        }
        count = quads.len() as u64;
    }
    writer.finish()?;
    Ok(count)
}

fn sort_key(quad: &Quad) -> (String, String, String, String) {
    (
        quad.graph_name.to_string(),
        quad.subject.to_string(),
        quad.predicate.to_string(),
        quad.object.to_string(),
    )
}

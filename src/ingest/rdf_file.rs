//! RDF files (`.ttl .nt .nq .trig .rdf .jsonld`): loaded as they are, default-graph triples into a graph named
//! after the file; large files through Oxigraph's bulk loader.

use super::input::{InputError, Location};
use super::Failure;
use crate::model::vocab::FILE_GRAPH_BASE;
use crate::store::NewsStore;
use oxigraph::io::{RdfFormat, RdfParseError, RdfParser};
use oxigraph::model::{GraphName, NamedNode, NamedNodeRef, Quad};
use std::collections::HashSet;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

/// Files at least this large go through the bulk loader instead of one in-memory transaction.
pub const BULK_THRESHOLD_BYTES: u64 = 32 * 1024 * 1024;

/// The RDF format of a file name, if it has an RDF extension.
pub fn format_of(path: &Path) -> Option<RdfFormat> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "ttl" | "nt" | "nq" | "trig" | "rdf" | "owl" | "jsonld" | "n3" => {
            RdfFormat::from_extension(&extension)
        }
        _ => None,
    }
}

/// The graph holding a file's default-graph triples.
pub fn file_graph(path: &Path) -> NamedNode {
    let name: String = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    NamedNode::new_unchecked(format!("{FILE_GRAPH_BASE}{name}"))
}

fn parser(path: &Path, format: RdfFormat) -> RdfParser {
    let mut parser = RdfParser::from_format(format).with_default_graph(file_graph(path));
    if let Ok(absolute) = std::path::absolute(path) {
        if let Ok(with_base) =
            RdfParser::from_format(format).with_base_iri(format!("file://{}", absolute.display()))
        {
            parser = with_base.with_default_graph(file_graph(path));
        }
    }
    parser
}

/// A parse error as an input error naming file:line:column (1-based).
pub fn parse_error(path: &Path, error: RdfParseError) -> InputError {
    match error {
        RdfParseError::Syntax(e) => {
            let location = e
                .location()
                .map(|r| Location::LineColumn(r.start.line + 1, r.start.column + 1));
            // The location is already in file:line:column; keep only what is wrong.
            let message = e.to_string();
            let message = match message.strip_prefix("Parser error") {
                Some(rest) if location.is_some() => rest
                    .split_once(": ")
                    .map_or(message.clone(), |(_, m)| m.to_owned()),
                _ => message,
            };
            InputError::new(path, location, message)
        }
        RdfParseError::Io(e) => InputError::new(path, None, super::input::io_message(&e)),
    }
}

fn check_parses(
    path: &Path,
    format: RdfFormat,
    reader: impl std::io::Read,
) -> Result<(), InputError> {
    for quad in parser(path, format).for_reader(reader) {
        quad.map_err(|e| parse_error(path, e))?;
    }
    Ok(())
}

/// Loads one RDF file, replacing the graphs it fills; returns the number of quads read.
pub fn ingest_rdf_file(
    store: &NewsStore,
    path: &Path,
    format: RdfFormat,
    bulk_threshold: u64,
    on_progress: impl Fn(u64),
) -> Result<u64, Failure> {
    let open = || {
        File::open(path)
            .map(BufReader::new)
            .map_err(|e| InputError::new(path, None, super::input::io_message(&e)))
    };
    let size = std::fs::metadata(path)
        .map_err(|e| InputError::new(path, None, super::input::io_message(&e)))?
        .len();
    if size == 0 {
        return Err(InputError::new(path, None, "empty file").into());
    }
    let own_graph = GraphName::NamedNode(file_graph(path));
    if size < bulk_threshold {
        // Small: parse in memory, then replace the graphs in one transaction.
        let quads: Vec<Quad> = parser(path, format)
            .rename_blank_nodes()
            .for_reader(open()?)
            .collect::<Result<_, _>>()
            .map_err(|e| parse_error(path, e))?;
        let mut graphs: HashSet<GraphName> = quads.iter().map(|q| q.graph_name.clone()).collect();
        graphs.insert(own_graph);
        let graphs: Vec<GraphName> = graphs.into_iter().collect();
        store.replace_graphs_with(&graphs, &quads)?;
        return Ok(quads.len() as u64);
    }
    // Large: when what the file fills may already be stored, check the whole file parses before
    // removing anything, so a bad file loses nothing; then bulk-load (atomic).
    let mut replaced = Vec::new();
    if !format.supports_datasets() {
        // A triple format fills its own graph only.
        if store.has_graph(NamedNodeRef::from(&file_graph(path)))? {
            check_parses(path, format, open()?)?;
            replaced.push(own_graph);
        }
    } else if store.has_data_graphs()? {
        let mut graphs = HashSet::new();
        graphs.insert(own_graph);
        for quad in parser(path, format).for_reader(open()?) {
            let quad = quad.map_err(|e| parse_error(path, e))?;
            if !graphs.contains(&quad.graph_name) {
                graphs.insert(quad.graph_name);
            }
        }
        for graph in graphs {
            let stored = match &graph {
                GraphName::NamedNode(n) => store.has_graph(NamedNodeRef::from(n))?,
                _ => false,
            };
            if stored {
                replaced.push(graph);
            }
        }
    }
    if !replaced.is_empty() {
        store.remove_graphs(&replaced)?;
    }
    let mut count = 0u64;
    let quads = parser(path, format)
        .rename_blank_nodes()
        .for_reader(open()?)
        .inspect(|_| {
            count += 1;
            if count.is_multiple_of(100_000) {
                on_progress(count);
            }
        });
    store.bulk_load(quads).map_err(|e| match e {
        crate::store::StoreError::Parse(e) => Failure::Input(parse_error(path, e)),
        other => Failure::Store(other),
    })?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_extensions() {
        assert_eq!(format_of(Path::new("a.ttl")), Some(RdfFormat::Turtle));
        assert_eq!(format_of(Path::new("a.NQ")), Some(RdfFormat::NQuads));
        assert!(matches!(
            format_of(Path::new("a.jsonld")),
            Some(RdfFormat::JsonLd { .. })
        ));
        assert_eq!(format_of(Path::new("a.txt")), None);
    }

    use crate::store::StoreLocation;

    fn graph_values(store: &NewsStore, graph: &str) -> Vec<String> {
        let graph = NamedNode::new(graph).unwrap();
        let mut values: Vec<String> = store
            .quads(Some(graph.as_ref().into()))
            .map(|q| q.unwrap().object.to_string())
            .collect();
        values.sort();
        values
    }

    /// Both paths (transaction and bulk loader) replace what the file filled and keep it when the file is bad.
    #[test]
    fn reloading_replaces_and_a_bad_file_keeps_the_old_graphs() {
        for threshold in [u64::MAX, 0] {
            let store = NewsStore::open(&StoreLocation::Memory, true).unwrap();
            store.load_ontology().unwrap();
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("notes.nq");
            let write = |text: &str| std::fs::write(&path, text).unwrap();
            let load = || ingest_rdf_file(&store, &path, RdfFormat::NQuads, threshold, |_| {});
            write("<http://e/s> <http://e/p> \"v1\" <http://e/g> .\n<http://e/s> <http://e/p> \"d1\" .\n");
            assert_eq!(load().unwrap(), 2);
            write("<http://e/s> <http://e/p> \"v2\" <http://e/g> .\n<http://e/s> <http://e/p> \"d2\" .\n");
            assert_eq!(load().unwrap(), 2);
            assert_eq!(
                graph_values(&store, "http://e/g"),
                ["\"v2\""],
                "threshold {threshold}"
            );
            assert_eq!(
                graph_values(&store, "https://w3id.org/newskg/graph/file/notes.nq"),
                ["\"d2\""]
            );
            write("<http://e/s> <http://e/p> \"v3\" <http://e/g> .\n<http://e/s> oops\n");
            let Err(Failure::Input(e)) = load() else {
                panic!("a bad file must fail as bad input")
            };
            assert_eq!(
                e.to_string(),
                format!(
                    "{}:2:14: The predicate of a triple must be an IRI",
                    path.display()
                )
            );
            assert_eq!(
                graph_values(&store, "http://e/g"),
                ["\"v2\""],
                "threshold {threshold}"
            );
        }
    }

    #[test]
    fn file_graph_names_are_safe_iris() {
        assert_eq!(
            file_graph(Path::new("dir/my file é.ttl")).as_str(),
            "https://w3id.org/newskg/graph/file/my_file__.ttl"
        );
    }
}

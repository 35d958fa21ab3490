//! SPARQL queries: named queries in `queries/*.rq`, safe parameter binding, and result formats.

use crate::model::vocab::{ACTORS_GRAPH, PREFIXES};
use crate::model::{actor_iri, article_iri, is_valid_id, EventDate, EventType};
use crate::store::{NewsStore, StoreError};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Literal, NamedNode, Term, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{PreparedSparqlQuery, QueryResults, SparqlEvaluator};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Errors of queries, named and ad hoc.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error("{0}")]
    Syntax(String),
    #[error("unknown named query '{name}'; available: {available}")]
    UnknownName { name: String, available: String },
    #[error("{0}")]
    Parameter(String),
    #[error("cannot read queries from {path}: {message}")]
    Directory { path: PathBuf, message: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The kinds of values a named-query parameter takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    Actor,
    Article,
    EventType,
    Iri,
    String,
    Date,
    Integer,
}

impl ParamKind {
    fn parse(word: &str) -> Option<Self> {
        Some(match word {
            "actor" => Self::Actor,
            "article" => Self::Article,
            "event_type" => Self::EventType,
            "iri" => Self::Iri,
            "string" => Self::String,
            "date" => Self::Date,
            "integer" => Self::Integer,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Actor => "actor",
            Self::Article => "article",
            Self::EventType => "event_type",
            Self::Iri => "iri",
            Self::String => "string",
            Self::Date => "date",
            Self::Integer => "integer",
        }
    }
}

/// A declared parameter: `# param: ?actor actor — required: the actor`.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryParam {
    pub name: String,
    pub kind: ParamKind,
    pub description: String,
    pub required: bool,
}

/// A SPARQL query with its header.
#[derive(Debug, Clone)]
pub struct NamedQuery {
    pub name: String,
    pub title: String,
    pub description: String,
    pub params: Vec<QueryParam>,
    pub text: String,
}

impl NamedQuery {
    /// Reads the `# title:`, `# description:` and `# param:` lines of a query.
    pub fn parse(name: &str, text: &str) -> Result<Self, QueryError> {
        let mut query = Self {
            name: name.to_owned(),
            title: String::new(),
            description: String::new(),
            params: Vec::new(),
            text: text.to_owned(),
        };
        for (i, line) in text.lines().enumerate() {
            let Some(comment) = line.trim_start().strip_prefix('#') else {
                if line.trim().is_empty() {
                    continue;
                }
                break;
            };
            let comment = comment.trim();
            if let Some(title) = comment.strip_prefix("title:") {
                query.title = title.trim().to_owned();
            } else if let Some(description) = comment.strip_prefix("description:") {
                query.description = description.trim().to_owned();
            } else if let Some(param) = comment.strip_prefix("param:") {
                let bad = || {
                    QueryError::Parameter(format!("{name}:{}: expected '# param: ?name TYPE — meaning' with TYPE one of actor, article, event_type, iri, string, date, integer", i + 1))
                };
                let mut words = param.trim().splitn(3, char::is_whitespace);
                let variable = words
                    .next()
                    .and_then(|w| w.strip_prefix('?'))
                    .ok_or_else(bad)?;
                let kind = words.next().and_then(ParamKind::parse).ok_or_else(bad)?;
                let description = words
                    .next()
                    .unwrap_or("")
                    .trim()
                    .trim_start_matches(['—', '-', '–'])
                    .trim()
                    .to_owned();
                let required = description.to_lowercase().starts_with("required");
                query.params.push(QueryParam {
                    name: variable.to_owned(),
                    kind,
                    description,
                    required,
                });
            }
        }
        Ok(query)
    }
}

/// The named queries of a directory, sorted by name.
pub fn named_queries(dir: &Path) -> Result<Vec<NamedQuery>, QueryError> {
    let entries = std::fs::read_dir(dir).map_err(|e| QueryError::Directory {
        path: dir.to_owned(),
        message: crate::ingest::input::io_message(&e),
    })?;
    let mut queries = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "rq") {
            let name = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(&path).map_err(|e| QueryError::Directory {
                path: path.clone(),
                message: e.to_string(),
            })?;
            queries.push(NamedQuery::parse(&name, &text)?);
        }
    }
    queries.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(queries)
}

/// One named query by name, or an error listing the available ones.
pub fn named_query(dir: &Path, name: &str) -> Result<NamedQuery, QueryError> {
    let queries = named_queries(dir)?;
    let available = queries
        .iter()
        .map(|q| q.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    queries
        .into_iter()
        .find(|q| q.name == name)
        .ok_or(QueryError::UnknownName {
            name: name.to_owned(),
            available,
        })
}

/// Parses a query and binds the given `name=value` parameters as RDF terms (never as query text).
pub fn prepare(
    store: &NewsStore,
    query: &NamedQuery,
    values: &[(String, String)],
) -> Result<PreparedSparqlQuery, QueryError> {
    let mut prepared = SparqlEvaluator::new()
        .parse_query(&query.text)
        .map_err(|e| QueryError::Syntax(format!("invalid SPARQL: {e}")))?;
    for (name, value) in values {
        let name = name.trim_start_matches('?');
        let param = query.params.iter().find(|p| p.name == name).ok_or_else(|| {
            let declared = query.params.iter().map(|p| format!("{} ({})", p.name, p.kind.as_str())).collect::<Vec<_>>().join(", ");
            QueryError::Parameter(format!(
                "parameter '{name}' is not declared by the query (declared: {}); declare it with '# param: ?{name} TYPE — meaning'",
                if declared.is_empty() { "none".into() } else { declared }
            ))
        })?;
        let term = parameter_term(store, param, value)?;
        let variable = Variable::new(name)
            .map_err(|e| QueryError::Parameter(format!("bad parameter name '{name}': {e}")))?;
        prepared = prepared.substitute_variable(variable, term);
    }
    for param in query.params.iter().filter(|p| p.required) {
        if !values
            .iter()
            .any(|(n, _)| n.trim_start_matches('?') == param.name)
        {
            return Err(QueryError::Parameter(format!(
                "missing required parameter: --param {}=… ({})",
                param.name, param.description
            )));
        }
    }
    Ok(prepared)
}

fn parameter_term(store: &NewsStore, param: &QueryParam, value: &str) -> Result<Term, QueryError> {
    let bad =
        |why: &str| QueryError::Parameter(format!("parameter '{}': {why}: '{value}'", param.name));
    Ok(match param.kind {
        ParamKind::String => Literal::new_simple_literal(value).into(),
        ParamKind::Integer => {
            Literal::from(value.parse::<i64>().map_err(|_| bad("not an integer"))?).into()
        }
        ParamKind::Date => {
            let date: EventDate = value
                .parse()
                .map_err(|_| bad("not a date (YYYY-MM-DD, YYYY-MM or YYYY)"))?;
            Literal::new_typed_literal(date.to_string(), date.datatype()).into()
        }
        ParamKind::EventType => value
            .to_uppercase()
            .parse::<EventType>()
            .map_err(|e| QueryError::Parameter(format!("parameter '{}': {e}", param.name)))?
            .iri()
            .into(),
        ParamKind::Iri => NamedNode::new(value).map_err(|_| bad("not an IRI"))?.into(),
        ParamKind::Article => {
            if is_valid_id(value, "") {
                article_iri(value).into()
            } else {
                NamedNode::new(value)
                    .map_err(|_| bad("not an article id or IRI"))?
                    .into()
            }
        }
        ParamKind::Actor => resolve_actor(store, value)
            .map_err(|why| QueryError::Parameter(format!("parameter '{}': {why}", param.name)))?
            .into(),
    })
}

/// Finds an actor by id, IRI, or a label or alias in any language (case-insensitive).
pub fn resolve_actor(store: &NewsStore, value: &str) -> Result<NamedNode, String> {
    if is_valid_id(value, "act-") {
        return Ok(actor_iri(value));
    }
    if value.starts_with("http://") || value.starts_with("https://") {
        return NamedNode::new(value).map_err(|e| format!("bad IRI '{value}': {e}"));
    }
    let text = format!(
        "SELECT DISTINCT ?actor ?label ?wanted WHERE {{ GRAPH <{}> {{
            ?actor <http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel> ?name .
            FILTER(LCASE(STR(?name)) = LCASE(?wanted))
            OPTIONAL {{ ?actor <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(LANGMATCHES(LANG(?label), \"en\")) }}
        }} }} ORDER BY ?actor",
        ACTORS_GRAPH.as_str()
    );
    let prepared = SparqlEvaluator::new()
        .parse_query(&text)
        .map_err(|e| e.to_string())?
        .substitute_variable(
            Variable::new_unchecked("wanted"),
            Literal::new_simple_literal(value),
        );
    let QueryResults::Solutions(solutions) = store.query(prepared).map_err(|e| e.to_string())?
    else {
        return Err("unexpected result".into());
    };
    let mut found: Vec<(NamedNode, String)> = Vec::new();
    for solution in solutions {
        let solution = solution.map_err(|e| e.to_string())?;
        if let Some(Term::NamedNode(actor)) = solution.get("actor") {
            let label = match solution.get("label") {
                Some(Term::Literal(l)) => l.value().to_owned(),
                _ => String::new(),
            };
            found.push((actor.clone(), label));
        }
    }
    match found.len() {
        0 => Err(format!("no actor is named '{value}' (give an actor id such as act-fra, or a label; `newskg query --name actors-by-country-and-sector` lists them)")),
        1 => Ok(found.remove(0).0),
        _ => Err(format!(
            "'{value}' names several actors: {}; give one of their ids",
            found.iter().map(|(iri, label)| format!("{} ({label})", short(iri.as_str()))).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// The formats of query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

/// Writes query results: solutions and booleans in `format`, graphs (CONSTRUCT/DESCRIBE) as Turtle or,
/// for `json`/`xml`, as JSON-LD/RDF-XML.
pub fn write_results(
    results: QueryResults<'_>,
    format: ResultFormat,
    out: &mut dyn Write,
) -> Result<(), QueryError> {
    let io = |e: std::io::Error| QueryError::Store(StoreError::Io(e));
    let evaluation =
        |e: oxigraph::sparql::QueryEvaluationError| QueryError::Store(StoreError::Query(e));
    let results_format = match format {
        ResultFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultFormat::Json => Some(QueryResultsFormat::Json),
        ResultFormat::Xml => Some(QueryResultsFormat::Xml),
        ResultFormat::Table => None,
    };
    match results {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            if let Some(f) = results_format {
                let mut serializer = QueryResultsSerializer::from_format(f)
                    .serialize_solutions_to_writer(&mut *out, variables.clone())
                    .map_err(io)?;
                for solution in solutions {
                    serializer
                        .serialize(&solution.map_err(evaluation)?)
                        .map_err(io)?;
                }
                serializer.finish().map_err(io)?;
            } else {
                let mut rows = Vec::new();
                for solution in solutions {
                    let solution = solution.map_err(evaluation)?;
                    rows.push(
                        variables
                            .iter()
                            .map(|v| solution.get(v).map(display_term).unwrap_or_default())
                            .collect::<Vec<_>>(),
                    );
                }
                let header: Vec<String> = variables.iter().map(|v| v.as_str().to_owned()).collect();
                write_table(out, &header, &rows).map_err(io)?;
            }
        }
        QueryResults::Boolean(value) => match results_format {
            Some(f) => {
                QueryResultsSerializer::from_format(f)
                    .serialize_boolean_to_writer(&mut *out, value)
                    .map_err(io)?;
            }
            None => writeln!(out, "{value}").map_err(io)?,
        },
        QueryResults::Graph(triples) => {
            let rdf_format = match format {
                ResultFormat::Json => RdfFormat::JsonLd { profile: oxigraph::io::JsonLdProfileSet::empty() },
                ResultFormat::Xml => RdfFormat::RdfXml,
                ResultFormat::Table => RdfFormat::Turtle,
                ResultFormat::Csv | ResultFormat::Tsv => {
                    return Err(QueryError::Parameter("CONSTRUCT and DESCRIBE results are RDF: use --format table (Turtle), json (JSON-LD) or xml (RDF/XML)".into()))
                }
            };
            let mut serializer = RdfSerializer::from_format(rdf_format);
            for (prefix, iri) in PREFIXES {
                serializer = serializer
                    .with_prefix(*prefix, *iri)
                    .expect("valid prefixes");
            }
            let mut writer = serializer.for_writer(&mut *out);
            for triple in triples {
                writer
                    .serialize_triple(&triple.map_err(evaluation)?)
                    .map_err(io)?;
            }
            writer.finish().map_err(io)?;
        }
    }
    Ok(())
}

/// A term for people: prefixed IRIs, literal values without quotes and datatypes.
pub fn display_term(term: &Term) -> String {
    match term {
        Term::NamedNode(n) => short(n.as_str()),
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_owned(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// An IRI with the longest known prefix replaced (`nkg:SANCTION`, `actor:act-fra`).
pub fn short(iri: &str) -> String {
    PREFIXES
        .iter()
        .filter(|(_, ns)| iri.starts_with(ns) && iri.len() > ns.len())
        .max_by_key(|(_, ns)| ns.len())
        .map_or_else(
            || format!("<{iri}>"),
            |(prefix, ns)| format!("{prefix}:{}", &iri[ns.len()..]),
        )
}

/// Writes an aligned text table; long cells are cut to keep rows on one line.
pub fn write_table(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    const MAX: usize = 80;
    let clean = |cell: &str| -> String {
        let one_line: String = cell
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        if one_line.chars().count() > MAX {
            format!("{}…", one_line.chars().take(MAX - 1).collect::<String>())
        } else {
            one_line
        }
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| clean(c)).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |out: &mut dyn Write, cells: &[String]| -> std::io::Result<()> {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        writeln!(out, "{}", padded.join("  ").trim_end())
    };
    line(out, header)?;
    line(
        out,
        &widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>(),
    )?;
    for row in &rows {
        line(out, row)?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_are_read() {
        let q = NamedQuery::parse(
            "expulsions",
            "# title: Who expelled whom\n# description: Expulsions.\n# param: ?actor actor — optional: the expelling actor\n# param: ?since date — required: first day\nSELECT * WHERE {}",
        )
        .unwrap();
        assert_eq!(q.title, "Who expelled whom");
        assert_eq!(q.params.len(), 2);
        assert_eq!(
            q.params[0],
            QueryParam {
                name: "actor".into(),
                kind: ParamKind::Actor,
                description: "optional: the expelling actor".into(),
                required: false
            }
        );
        assert!(q.params[1].required);
    }

    #[test]
    fn a_bad_param_line_is_an_error() {
        assert!(NamedQuery::parse("q", "# param: actor\nSELECT * {}").is_err());
        assert!(NamedQuery::parse("q", "# param: ?x colour — x\nSELECT * {}").is_err());
    }

    #[test]
    fn iris_are_shortened_with_known_prefixes() {
        assert_eq!(
            short("https://w3id.org/newskg/ontology#SANCTION"),
            "nkg:SANCTION"
        );
        assert_eq!(
            short("https://w3id.org/newskg/id/actor/act-fra"),
            "actor:act-fra"
        );
        assert_eq!(short("http://example.com/x"), "<http://example.com/x>");
    }

    #[test]
    fn tables_align_and_count_rows() {
        let mut out = Vec::new();
        write_table(
            &mut out,
            &["a".into(), "bb".into()],
            &[vec!["xyz".into(), "1".into()]],
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a    bb\n---  --\nxyz  1\n(1 row)\n"
        );
    }
}

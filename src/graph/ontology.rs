//! The class diagram of the bundled ontology as DOT: newskg's classes (and the outside classes they
//! specialise) with their subclass links, and the object properties that link two classes.

use super::dot::quote;
use super::Lang;
use crate::model::vocab::{NKG, PREFIXES};
use crate::model::ONTOLOGY_TTL;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
const OWL: &str = "http://www.w3.org/2002/07/owl#";

/// What the diagram needs to know of each named term of the ontology.
#[derive(Debug, Default)]
struct OntologyTerm {
    types: BTreeSet<String>,
    labels: BTreeMap<String, String>,
    comments: BTreeMap<String, String>,
    superclasses: BTreeSet<String>,
    superproperties: BTreeSet<String>,
    domains: BTreeSet<String>,
    ranges: BTreeSet<String>,
}

fn read(turtle: &str) -> BTreeMap<String, OntologyTerm> {
    let mut terms: BTreeMap<String, OntologyTerm> = BTreeMap::new();
    for triple in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle) {
        let Ok(triple) = triple else { continue };
        let NamedOrBlankNode::NamedNode(subject) = triple.subject else {
            continue;
        };
        let term = terms.entry(subject.into_string()).or_default();
        let predicate = triple.predicate.as_str();
        match triple.object {
            Term::NamedNode(o) => {
                let o = o.into_string();
                match predicate.strip_prefix(RDFS) {
                    _ if predicate == RDF_TYPE => {
                        term.types.insert(o);
                    }
                    Some("subClassOf") => {
                        term.superclasses.insert(o);
                    }
                    Some("subPropertyOf") => {
                        term.superproperties.insert(o);
                    }
                    Some("domain") => {
                        term.domains.insert(o);
                    }
                    Some("range") => {
                        term.ranges.insert(o);
                    }
                    _ => {}
                }
            }
            Term::Literal(l) => {
                let lang = l.language().unwrap_or("").to_owned();
                match predicate.strip_prefix(RDFS) {
                    Some("label") => {
                        term.labels.insert(lang, l.value().to_owned());
                    }
                    Some("comment") => {
                        term.comments.insert(lang, l.value().to_owned());
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    terms
}

/// `nkg:Actor`-style name of an IRI.
fn short(iri: &str) -> String {
    PREFIXES
        .iter()
        .filter(|(_, ns)| iri.starts_with(ns))
        .max_by_key(|(_, ns)| ns.len())
        .map_or_else(
            || iri.to_owned(),
            |(p, ns)| format!("{p}:{}", &iri[ns.len()..]),
        )
}

fn in_lang(texts: &BTreeMap<String, String>, lang: Lang) -> Option<&str> {
    texts
        .get(lang.as_str())
        .or_else(|| texts.values().next())
        .map(String::as_str)
}

/// Writes the class diagram of the bundled ontology.
pub fn write_ontology_dot(lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let terms = read(ONTOLOGY_TTL);
    let class = format!("{OWL}Class");
    let object_property = format!("{OWL}ObjectProperty");
    let ours: BTreeSet<&str> = terms
        .iter()
        .filter(|(iri, t)| iri.starts_with(NKG) && t.types.contains(&class))
        .map(|(iri, _)| iri.as_str())
        .collect();
    let outside: BTreeSet<&str> = ours
        .iter()
        .flat_map(|c| terms[*c].superclasses.iter().map(String::as_str))
        .filter(|c| !ours.contains(c))
        .collect();
    writeln!(out, "digraph ontology {{")?;
    writeln!(
        out,
        "  graph [charset=\"UTF-8\", rankdir=BT, fontname=\"Helvetica\", nodesep=0.25, ranksep=0.6, tooltip={}];",
        quote(match lang {
            Lang::En => "newskg ontology: classes",
            Lang::Fr => "ontologie newskg : classes",
        })
    )?;
    writeln!(
        out,
        "  node [fontname=\"Helvetica\", fontsize=10, shape=box, style=\"rounded,filled\", fillcolor=\"#deebf7\"];"
    )?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=8];")?;
    for iri in &ours {
        let term = &terms[*iri];
        let name = short(iri);
        let label = in_lang(&term.labels, lang).unwrap_or(&name);
        let tooltip = in_lang(&term.comments, lang).unwrap_or(label);
        writeln!(
            out,
            "  {} [label={}, tooltip={}];",
            quote(&name),
            quote(label),
            quote(&format!("{name}\n{tooltip}"))
        )?;
    }
    for iri in &outside {
        let name = short(iri);
        writeln!(
            out,
            "  {} [label={}, fillcolor=\"#f0f0f0\", style=\"rounded,filled,dashed\", tooltip={}];",
            quote(&name),
            quote(&name),
            quote(iri)
        )?;
    }
    for iri in &ours {
        for superclass in &terms[*iri].superclasses {
            writeln!(
                out,
                "  {} -> {} [arrowhead=empty];",
                quote(&short(iri)),
                quote(&short(superclass))
            )?;
        }
    }
    // Object properties between two drawn classes; sub-properties of newskg's own (the per-category
    // actor-to-actor edges) are left to their parents.
    let drawn = |c: &str| ours.contains(c) || outside.contains(c);
    for (iri, term) in &terms {
        if !term.types.contains(&object_property)
            || term.superproperties.iter().any(|p| p.starts_with(NKG))
        {
            continue;
        }
        let name = short(iri);
        let label = in_lang(&term.labels, lang).unwrap_or(&name);
        for domain in term.domains.iter().filter(|d| drawn(d)) {
            for range in term.ranges.iter().filter(|r| drawn(r)) {
                writeln!(
                    out,
                    "  {} -> {} [label={}, color=\"#6baed6\", fontcolor=\"#2171b5\", constraint=false, tooltip={}];",
                    quote(&short(domain)),
                    quote(&short(range)),
                    quote(label),
                    quote(&name)
                )?;
            }
        }
    }
    writeln!(out, "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_class_diagram_has_classes_subclass_links_and_properties() {
        let mut out = Vec::new();
        write_ontology_dot(Lang::En, &mut out).unwrap();
        let dot = String::from_utf8(out).unwrap();
        assert!(
            dot.contains("\"nkg:ArmedForces\" [label=\"Armed forces\""),
            "{dot}"
        );
        assert!(dot.contains("\"nkg:ArmedForces\" -> \"nkg:StateBody\" [arrowhead=empty];"));
        assert!(
            dot.contains("\"nkg:Event\" -> \"nkg:Actor\" [label="),
            "{dot}"
        );
        assert!(dot.contains("\"sem:Actor\" [label=\"sem:Actor\", fillcolor=\"#f0f0f0\""));
        assert!(
            !dot.contains("nkg:sanctions"),
            "sub-properties are left out"
        );
        let mut french = Vec::new();
        write_ontology_dot(Lang::Fr, &mut french).unwrap();
        assert!(String::from_utf8(french)
            .unwrap()
            .contains("\"nkg:ArmedForces\" [label=\"Forces armées\""));
    }
}

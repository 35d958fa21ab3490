//! The controlled vocabularies (PLOVER modes, contexts, sectors) read from the ontology, which is their one source.

use super::vocab::{other, NKG};
use super::EventType;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedNode, Term};
use std::collections::{BTreeMap, BTreeSet};

/// The ontology, as shipped in `ontology/newskg.ttl`.
pub const ONTOLOGY_TTL: &str = include_str!("../../ontology/newskg.ttl");
/// The SHACL shapes, as shipped in `ontology/shapes.ttl`.
pub const SHAPES_TTL: &str = include_str!("../../ontology/shapes.ttl");

/// Mode, context and sector words that records may use, with the categories each mode belongs to.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    modes: BTreeMap<String, BTreeSet<EventType>>,
    contexts: BTreeSet<String>,
    sectors: BTreeSet<String>,
}

impl Vocabulary {
    /// Reads the vocabularies of the bundled ontology.
    pub fn bundled() -> Self {
        Self::from_turtle(ONTOLOGY_TTL).expect("the bundled ontology is valid Turtle")
    }

    /// Reads the vocabularies of an ontology in Turtle.
    pub fn from_turtle(turtle: &str) -> Result<Self, oxigraph::io::RdfParseError> {
        let mut notations = BTreeMap::<NamedNode, String>::new();
        let mut schemes = BTreeMap::<NamedNode, NamedNode>::new();
        let mut mode_of = BTreeMap::<NamedNode, BTreeSet<EventType>>::new();
        let mode_of_property = format!("{NKG}modeOf");
        for quad in RdfParser::from_format(RdfFormat::Turtle).for_slice(turtle) {
            let quad = quad?;
            let oxigraph::model::NamedOrBlankNode::NamedNode(subject) = quad.subject else {
                continue;
            };
            match (quad.predicate.as_ref(), quad.object) {
                (p, Term::Literal(l)) if p == other::SKOS_NOTATION => {
                    notations.insert(subject, l.value().to_owned());
                }
                (p, Term::NamedNode(o)) if p == other::SKOS_IN_SCHEME => {
                    schemes.insert(subject, o);
                }
                (p, Term::NamedNode(o)) if p.as_str() == mode_of_property => {
                    if let Some(t) = EventType::from_iri(o.as_ref()) {
                        mode_of.entry(subject).or_default().insert(t);
                    }
                }
                _ => {}
            }
        }
        let mut vocabulary = Self::default();
        for (concept, scheme) in schemes {
            let Some(notation) = notations.get(&concept) else {
                continue;
            };
            match scheme.as_str().strip_prefix(NKG) {
                Some("Modes") => {
                    let categories = mode_of.get(&concept).cloned().unwrap_or_default();
                    vocabulary
                        .modes
                        .entry(notation.clone())
                        .or_default()
                        .extend(categories);
                }
                Some("Contexts") => {
                    vocabulary.contexts.insert(notation.clone());
                }
                Some("Sectors") => {
                    vocabulary.sectors.insert(notation.clone());
                }
                _ => {}
            }
        }
        Ok(vocabulary)
    }

    /// Checks that `mode` is a PLOVER mode of `event_type`.
    pub fn check_mode(&self, event_type: EventType, mode: &str) -> Result<(), String> {
        match self.modes.get(mode) {
            Some(types) if types.is_empty() || types.contains(&event_type) => Ok(()),
            Some(types) => Err(format!(
                "mode '{mode}' belongs to {} not {event_type} (modes of {event_type}: {})",
                types
                    .iter()
                    .map(|t| t.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                self.modes_of(event_type).join(", ")
            )),
            None => Err(format!(
                "unknown mode '{mode}' (modes of {event_type}: {})",
                self.modes_of(event_type).join(", ")
            )),
        }
    }

    /// Checks that `context` is a PLOVER context.
    pub fn check_context(&self, context: &str) -> Result<(), String> {
        if self.contexts.contains(context) {
            Ok(())
        } else {
            Err(format!(
                "unknown context '{context}' (expected one of: {})",
                self.contexts.iter().cloned().collect::<Vec<_>>().join(", ")
            ))
        }
    }

    /// Checks that `sector` is a PLOVER sector code.
    pub fn check_sector(&self, sector: &str) -> Result<(), String> {
        if self.sectors.contains(sector) {
            Ok(())
        } else {
            Err(format!(
                "unknown sector '{sector}' (expected one of: {})",
                self.sectors.iter().cloned().collect::<Vec<_>>().join(" ")
            ))
        }
    }

    /// The modes of a category, sorted.
    pub fn modes_of(&self, event_type: EventType) -> Vec<&str> {
        self.modes
            .iter()
            .filter(|(_, types)| types.contains(&event_type))
            .map(|(m, _)| m.as_str())
            .collect()
    }

    /// The IRI of a mode concept (`nkg:mode_expel`).
    pub fn mode_iri(mode: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{NKG}mode_{mode}"))
    }

    /// The IRI of a context concept (`nkg:context_diplomatic`).
    pub fn context_iri(context: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{NKG}context_{context}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_ontology_knows_the_seed_vocabulary() {
        let v = Vocabulary::bundled();
        assert!(v.check_mode(EventType::Sanction, "expel").is_ok());
        assert!(v.check_mode(EventType::Coerce, "coup").is_ok());
        assert!(v.check_mode(EventType::Sanction, "no_such_mode").is_err());
        assert!(v.check_context("diplomatic").is_ok());
        assert!(v.check_context("terrorism").is_ok());
        assert!(v.check_context("gossip").is_err());
        assert!(v.check_sector("GOV").is_ok());
        assert!(v.check_sector("XXX").is_err());
    }

    #[test]
    fn a_mode_of_another_category_is_named_in_the_error() {
        let v = Vocabulary::bundled();
        let err = v.check_mode(EventType::Agree, "expel").unwrap_err();
        assert!(err.contains("SANCTION"), "{err}");
    }
}

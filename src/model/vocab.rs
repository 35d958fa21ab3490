//! The one place where IRIs of the newskg ontology and of the vocabularies it reuses are spelled.

use oxigraph::model::NamedNodeRef;

/// The newskg ontology namespace (`nkg:`).
pub const NKG: &str = "https://w3id.org/newskg/ontology#";
/// Base of actor instance IRIs.
pub const ACTOR_BASE: &str = "https://w3id.org/newskg/id/actor/";
/// Base of event instance IRIs.
pub const EVENT_BASE: &str = "https://w3id.org/newskg/id/event/";
/// Base of article instance IRIs (an article's IRI also names its graph).
pub const ARTICLE_BASE: &str = "https://w3id.org/newskg/id/article/";
/// Base of the graphs holding the default-graph triples of ingested RDF files.
pub const FILE_GRAPH_BASE: &str = "https://w3id.org/newskg/graph/file/";
/// The graph holding the ontology.
pub const ONTOLOGY_GRAPH: NamedNodeRef<'_> =
    NamedNodeRef::new_unchecked("https://w3id.org/newskg/graph/ontology");
/// The graph holding the actor dictionary records.
pub const ACTORS_GRAPH: NamedNodeRef<'_> =
    NamedNodeRef::new_unchecked("https://w3id.org/newskg/graph/actors");
/// Wikidata entities.
pub const WIKIDATA_ENTITY: &str = "http://www.wikidata.org/entity/";

/// Prefixes used when writing Turtle, TriG and JSON-LD, and shown to users.
pub const PREFIXES: &[(&str, &str)] = &[
    ("nkg", NKG),
    ("actor", ACTOR_BASE),
    ("event", EVENT_BASE),
    ("article", ARTICLE_BASE),
    ("wd", WIKIDATA_ENTITY),
    ("schema", "https://schema.org/"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("org", "http://www.w3.org/ns/org#"),
    ("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("sh", "http://www.w3.org/ns/shacl#"),
];

macro_rules! terms {
    ($($(#[$doc:meta])* $name:ident = $iri:expr;)*) => {
        $($(#[$doc])* pub const $name: NamedNodeRef<'_> = NamedNodeRef::new_unchecked($iri);)*
    };
}

/// Terms of the newskg ontology.
pub mod nkg {
    use super::NamedNodeRef;
    terms! {
        EVENT = "https://w3id.org/newskg/ontology#Event";
        ACTOR = "https://w3id.org/newskg/ontology#Actor";
        ROLE = "https://w3id.org/newskg/ontology#Role";
        EVENT_TYPE = "https://w3id.org/newskg/ontology#eventType";
        MODE = "https://w3id.org/newskg/ontology#mode";
        CONTEXT = "https://w3id.org/newskg/ontology#context";
        ACTOR_PROP = "https://w3id.org/newskg/ontology#actor";
        RECIPIENT = "https://w3id.org/newskg/ontology#recipient";
        ACTOR_TEXT = "https://w3id.org/newskg/ontology#actorText";
        RECIPIENT_TEXT = "https://w3id.org/newskg/ontology#recipientText";
        DATE = "https://w3id.org/newskg/ontology#date";
        DATE_PRECISION = "https://w3id.org/newskg/ontology#datePrecision";
        MODALITY = "https://w3id.org/newskg/ontology#modality";
        CAMEO_CODE = "https://w3id.org/newskg/ontology#cameoCode";
        QUAD_CLASS = "https://w3id.org/newskg/ontology#quadClass";
        CONFIDENCE = "https://w3id.org/newskg/ontology#confidence";
        EVIDENCE = "https://w3id.org/newskg/ontology#evidence";
        SPAN_START = "https://w3id.org/newskg/ontology#spanStart";
        SPAN_END = "https://w3id.org/newskg/ontology#spanEnd";
        RULE = "https://w3id.org/newskg/ontology#rule";
        SOURCE_FILE = "https://w3id.org/newskg/ontology#sourceFile";
        COUNTRY = "https://w3id.org/newskg/ontology#country";
        SECTOR = "https://w3id.org/newskg/ontology#sector";
        PART_OF = "https://w3id.org/newskg/ontology#partOf";
        HOLDS_ROLE = "https://w3id.org/newskg/ontology#holdsRole";
        ROLE_OF = "https://w3id.org/newskg/ontology#roleOf";
        START_DATE = "https://w3id.org/newskg/ontology#startDate";
        END_DATE = "https://w3id.org/newskg/ontology#endDate";
        CURATED_FACTS = "https://w3id.org/newskg/ontology#CuratedFacts";
        TEXT_EXTRACTION = "https://w3id.org/newskg/ontology#TextExtraction";
    }
}

/// Terms of schema.org.
pub mod schema {
    use super::NamedNodeRef;
    terms! {
        NEWS_ARTICLE = "https://schema.org/NewsArticle";
        HEADLINE = "https://schema.org/headline";
        DATE_PUBLISHED = "https://schema.org/datePublished";
        IN_LANGUAGE = "https://schema.org/inLanguage";
        URL = "https://schema.org/url";
        PUBLISHER = "https://schema.org/publisher";
        TEXT = "https://schema.org/text";
        CREDIT_TEXT = "https://schema.org/creditText";
    }
}

/// Terms of PROV-O, SKOS, Dublin Core and OWL that newskg writes.
pub mod other {
    use super::NamedNodeRef;
    terms! {
        PROV_WAS_DERIVED_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom";
        PROV_WAS_GENERATED_BY = "http://www.w3.org/ns/prov#wasGeneratedBy";
        SKOS_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel";
        SKOS_NOTATION = "http://www.w3.org/2004/02/skos/core#notation";
        SKOS_IN_SCHEME = "http://www.w3.org/2004/02/skos/core#inScheme";
        DCTERMS_IDENTIFIER = "http://purl.org/dc/terms/identifier";
        OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
    }
}

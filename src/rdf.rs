//! Records to RDF quads, pure: articles, events, actors and the actor-to-actor edges (docs/graph.md).

use crate::model::vocab::{nkg, other, schema, ACTORS_GRAPH};
use crate::model::{
    actor_iri, article_iri, event_iri, ActorRecord, Article, EventRecord, EventType, Modality,
    Vocabulary,
};
use oxigraph::model::vocab::{rdf, rdfs};
use oxigraph::model::{
    GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Quad, Term,
};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Which process produced an event; re-ingesting replaces the events of the same origin only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Hand-checked event records from fact files.
    CuratedFacts,
    /// Events found in article text by the extractor.
    TextExtraction,
}

impl Origin {
    pub fn iri(self) -> NamedNodeRef<'static> {
        match self {
            Self::CuratedFacts => nkg::CURATED_FACTS,
            Self::TextExtraction => nkg::TEXT_EXTRACTION,
        }
    }
}

/// Accumulates quads of one graph.
struct QuadSink<'a> {
    graph: &'a GraphName,
    quads: Vec<Quad>,
}

impl QuadSink<'_> {
    fn add(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads
            .push(Quad::new(s.clone(), p, o, self.graph.clone()));
    }
}

fn text_literal(value: &str, lang: Option<&str>) -> Literal {
    lang.and_then(|l| Literal::new_language_tagged_literal(value, l).ok())
        .unwrap_or_else(|| Literal::new_simple_literal(value))
}

/// The quads describing an article, in the article's graph.
pub fn article_quads(article: &Article) -> Vec<Quad> {
    let iri = article_iri(&article.id);
    let graph = GraphName::NamedNode(iri.clone());
    let lang = article.lang.as_deref();
    let mut sink = QuadSink {
        graph: &graph,
        quads: Vec::new(),
    };
    sink.add(&iri, rdf::TYPE, schema::NEWS_ARTICLE);
    sink.add(
        &iri,
        other::DCTERMS_IDENTIFIER,
        Literal::new_simple_literal(&article.id),
    );
    if let Some(title) = &article.title {
        sink.add(&iri, schema::HEADLINE, text_literal(title, lang));
    }
    if let Some(date) = &article.date {
        sink.add(
            &iri,
            schema::DATE_PUBLISHED,
            Literal::new_typed_literal(date.to_string(), date.datatype()),
        );
    }
    if let Some(lang) = lang {
        sink.add(&iri, schema::IN_LANGUAGE, Literal::new_simple_literal(lang));
    }
    if let Some(url) = article.url.as_deref().and_then(|u| NamedNode::new(u).ok()) {
        sink.add(&iri, schema::URL, url);
    }
    if let Some(source) = &article.source {
        sink.add(&iri, schema::PUBLISHER, Literal::new_simple_literal(source));
    }
    if let Some(credit) = &article.credit {
        sink.add(
            &iri,
            schema::CREDIT_TEXT,
            Literal::new_simple_literal(credit),
        );
    }
    if !article.text.is_empty() {
        sink.add(&iri, schema::TEXT, text_literal(&article.text, lang));
    }
    if let Some(file) = &article.source_file {
        sink.add(&iri, nkg::SOURCE_FILE, Literal::new_simple_literal(file));
    }
    sink.quads
}

/// The quads of one event (whose `id` is set), in its article's graph.
///
/// `lang` is the article language, used to tag the evidence sentence.
pub fn event_quads(event: &EventRecord, origin: Origin, lang: Option<&str>) -> Vec<Quad> {
    let id = event
        .id
        .as_deref()
        .expect("events get an id before becoming RDF");
    let iri = event_iri(id);
    let article = article_iri(&event.article);
    let graph = GraphName::NamedNode(article.clone());
    let mut sink = QuadSink {
        graph: &graph,
        quads: Vec::new(),
    };
    sink.add(&iri, rdf::TYPE, nkg::EVENT);
    sink.add(
        &iri,
        other::DCTERMS_IDENTIFIER,
        Literal::new_simple_literal(id),
    );
    sink.add(&iri, nkg::EVENT_TYPE, event.event_type.iri());
    for mode in &event.mode {
        sink.add(&iri, nkg::MODE, Vocabulary::mode_iri(mode));
    }
    for context in &event.context {
        sink.add(&iri, nkg::CONTEXT, Vocabulary::context_iri(context));
    }
    for actor in &event.actor {
        sink.add(&iri, nkg::ACTOR_PROP, actor_iri(&actor.id));
        if let Some(text) = &actor.text {
            sink.add(&iri, nkg::ACTOR_TEXT, Literal::new_simple_literal(text));
        }
    }
    for recipient in &event.recipient {
        sink.add(&iri, nkg::RECIPIENT, actor_iri(&recipient.id));
        if let Some(text) = &recipient.text {
            sink.add(&iri, nkg::RECIPIENT_TEXT, Literal::new_simple_literal(text));
        }
    }
    if let Some(date) = &event.date {
        sink.add(
            &iri,
            nkg::DATE,
            Literal::new_typed_literal(date.to_string(), date.datatype()),
        );
        let precision = event.date_precision.unwrap_or_else(|| date.precision());
        sink.add(
            &iri,
            nkg::DATE_PRECISION,
            Literal::new_simple_literal(precision.as_str()),
        );
    }
    sink.add(&iri, nkg::MODALITY, event.modality.iri());
    if let Some(cameo) = &event.cameo {
        sink.add(&iri, nkg::CAMEO_CODE, Literal::new_simple_literal(cameo));
    }
    let quad_class = event
        .quad_class
        .unwrap_or_else(|| event.event_type.quad_class());
    sink.add(&iri, nkg::QUAD_CLASS, Literal::from(i64::from(quad_class)));
    if let Some(confidence) = event.confidence {
        sink.add(&iri, nkg::CONFIDENCE, Literal::from(confidence));
    }
    if let Some(sentence) = &event.sentence {
        sink.add(&iri, nkg::EVIDENCE, text_literal(sentence, lang));
    }
    if let Some([start, end]) = event.span {
        sink.add(&iri, nkg::SPAN_START, Literal::from(start as i64));
        sink.add(&iri, nkg::SPAN_END, Literal::from(end as i64));
    }
    if let Some(rule) = &event.rule {
        sink.add(&iri, nkg::RULE, Literal::new_simple_literal(rule));
    }
    sink.add(&iri, other::PROV_WAS_DERIVED_FROM, article);
    sink.add(&iri, other::PROV_WAS_GENERATED_BY, origin.iri());
    sink.quads
}

/// The quads describing an actor record, in the actors graph.
pub fn actor_quads(actor: &ActorRecord) -> Vec<Quad> {
    let graph = GraphName::NamedNode(ACTORS_GRAPH.into_owned());
    let iri = actor_iri(&actor.id);
    let mut sink = QuadSink {
        graph: &graph,
        quads: Vec::new(),
    };
    sink.add(&iri, rdf::TYPE, nkg::ACTOR);
    sink.add(&iri, rdf::TYPE, actor.class.iri());
    sink.add(
        &iri,
        other::DCTERMS_IDENTIFIER,
        Literal::new_simple_literal(&actor.id),
    );
    for (lang, name) in &actor.name {
        sink.add(&iri, rdfs::LABEL, text_literal(name, Some(lang)));
    }
    for (lang, aliases) in &actor.aliases {
        for alias in aliases {
            sink.add(&iri, other::SKOS_ALT_LABEL, text_literal(alias, Some(lang)));
        }
    }
    if let Some(country) = &actor.country {
        sink.add(&iri, nkg::COUNTRY, Literal::new_simple_literal(country));
    }
    if let Some(sector) = &actor.sector {
        sink.add(&iri, nkg::SECTOR, Literal::new_simple_literal(sector));
    }
    if let Some(parent) = &actor.parent {
        sink.add(&iri, nkg::PART_OF, actor_iri(parent));
    }
    if let Some(q) = &actor.wikidata {
        let entity =
            NamedNode::new_unchecked(format!("{}{q}", crate::model::vocab::WIKIDATA_ENTITY));
        sink.add(&iri, other::OWL_SAME_AS, entity);
    }
    for (i, role) in actor.roles.iter().enumerate() {
        let role_iri = role_iri(&actor.id, i + 1);
        sink.add(&iri, nkg::HOLDS_ROLE, role_iri.clone());
        sink.add(&role_iri, rdf::TYPE, nkg::ROLE);
        if let Some(of) = &role.of {
            sink.add(&role_iri, nkg::ROLE_OF, actor_iri(of));
        }
        if let Some(country) = &role.country {
            sink.add(
                &role_iri,
                nkg::COUNTRY,
                Literal::new_simple_literal(country),
            );
        }
        if let Some(sector) = &role.sector {
            sink.add(&role_iri, nkg::SECTOR, Literal::new_simple_literal(sector));
        }
        for (lang, title) in &role.title {
            sink.add(&role_iri, rdfs::LABEL, text_literal(title, Some(lang)));
        }
        for (property, date) in [(nkg::START_DATE, &role.from), (nkg::END_DATE, &role.until)] {
            if let Some(date) = date {
                sink.add(
                    &role_iri,
                    property,
                    Literal::new_typed_literal(date.to_string(), date.datatype()),
                );
            }
        }
    }
    sink.quads
}

/// The IRI of the `n`-th role of an actor.
pub fn role_iri(actor_id: &str, n: usize) -> NamedNode {
    NamedNode::new_unchecked(format!("{}/role/{n}", actor_iri(actor_id).as_str()))
}

/// What an ingest brings for one article graph; `None`/absent parts keep what the store has.
#[derive(Debug, Default)]
pub struct ArticleUpdate {
    /// New article description (from a text file or an article record).
    pub description: Option<Vec<Quad>>,
    /// New events, replacing all stored events of the same origin.
    pub events: BTreeMap<OriginKey, Vec<Quad>>,
}

/// [`Origin`] as an ordered map key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OriginKey {
    CuratedFacts,
    TextExtraction,
}

impl From<Origin> for OriginKey {
    fn from(o: Origin) -> Self {
        match o {
            Origin::CuratedFacts => Self::CuratedFacts,
            Origin::TextExtraction => Self::TextExtraction,
        }
    }
}

impl OriginKey {
    fn iri(self) -> NamedNodeRef<'static> {
        match self {
            Self::CuratedFacts => Origin::CuratedFacts.iri(),
            Self::TextExtraction => Origin::TextExtraction.iri(),
        }
    }
}

/// The new content of an article graph: the stored quads with the parts the update brings replaced,
/// and the actor-to-actor edges recomputed from the events that remain.
pub fn merge_article_graph(
    article: NamedNodeRef<'_>,
    existing: Vec<Quad>,
    update: ArticleUpdate,
) -> Vec<Quad> {
    let replaced_origins: HashSet<NamedNodeRef<'_>> =
        update.events.keys().map(|k| k.iri()).collect();
    let dropped_events: HashSet<NamedOrBlankNode> = existing
        .iter()
        .filter(|q| {
            q.predicate == other::PROV_WAS_GENERATED_BY
                && matches!(&q.object, Term::NamedNode(o) if replaced_origins.contains(&o.as_ref()))
        })
        .map(|q| q.subject.clone())
        .collect();
    let edge_properties: HashSet<NamedNode> =
        EventType::ALL.iter().map(|t| t.edge_property()).collect();
    let replace_description = update.description.is_some();
    let mut quads: Vec<Quad> = existing
        .into_iter()
        .filter(|q| {
            !(edge_properties.contains(&q.predicate)
                || dropped_events.contains(&q.subject)
                || (replace_description
                    && q.subject.as_ref() == NamedOrBlankNodeRef::from(article)))
        })
        .collect();
    quads.extend(update.description.into_iter().flatten());
    quads.extend(update.events.into_values().flatten());
    let graph = GraphName::NamedNode(article.into_owned());
    quads.extend(edge_quads(&quads, &graph));
    quads.sort_by_cached_key(|q| q.to_string());
    quads.dedup();
    quads
}

/// Actor-to-actor edges for every event with an actor and a recipient, except negated events.
pub fn edge_quads(quads: &[Quad], graph: &GraphName) -> Vec<Quad> {
    #[derive(Default)]
    struct EventParts {
        event_type: Option<EventType>,
        actors: Vec<NamedNode>,
        recipients: Vec<NamedNode>,
        negated: bool,
    }
    let negated = Modality::Negated.iri();
    let mut events = HashMap::<&NamedOrBlankNode, EventParts>::new();
    for q in quads {
        match (&q.predicate, &q.object) {
            (p, Term::NamedNode(o)) if *p == nkg::EVENT_TYPE => {
                events.entry(&q.subject).or_default().event_type = EventType::from_iri(o.as_ref());
            }
            (p, Term::NamedNode(o)) if *p == nkg::ACTOR_PROP => {
                events.entry(&q.subject).or_default().actors.push(o.clone());
            }
            (p, Term::NamedNode(o)) if *p == nkg::RECIPIENT => {
                events
                    .entry(&q.subject)
                    .or_default()
                    .recipients
                    .push(o.clone());
            }
            (p, Term::NamedNode(o)) if *p == nkg::MODALITY && *o == negated => {
                events.entry(&q.subject).or_default().negated = true;
            }
            _ => {}
        }
    }
    let mut edges = Vec::new();
    for parts in events.values() {
        let Some(event_type) = parts.event_type else {
            continue;
        };
        if parts.negated {
            continue;
        }
        let property = event_type.edge_property();
        for a in &parts.actors {
            for r in &parts.recipients {
                edges.push(Quad::new(
                    a.clone(),
                    property.clone(),
                    r.clone(),
                    graph.clone(),
                ));
            }
        }
    }
    edges
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ActorMention;
    use oxigraph::model::vocab::xsd;

    fn mention(id: &str) -> ActorMention {
        ActorMention {
            id: id.into(),
            name: None,
            text: None,
            country: None,
            sector: None,
            wikidata: None,
        }
    }

    fn event(id: &str, event_type: EventType, modality: Modality) -> EventRecord {
        EventRecord {
            id: Some(id.into()),
            article: "art-a".into(),
            event_type,
            mode: vec![],
            context: vec![],
            actor: vec![mention("act-fra")],
            recipient: vec![mention("act-mli")],
            date: Some("2025-09-17".parse().unwrap()),
            date_precision: None,
            modality,
            cameo: None,
            quad_class: None,
            sentence: Some("La France expulse.".into()),
            span: Some([0, 19]),
            confidence: Some(1.0),
            rule: None,
            comment: None,
        }
    }

    fn nq(quads: &[Quad]) -> String {
        quads.iter().map(|q| format!("{q} .\n")).collect()
    }

    #[test]
    fn event_becomes_typed_triples_in_its_article_graph() {
        let quads = event_quads(
            &event("evt-1", EventType::Sanction, Modality::Asserted),
            Origin::CuratedFacts,
            Some("fr"),
        );
        let text = nq(&quads);
        let e = "<https://w3id.org/newskg/id/event/evt-1>";
        let g = "<https://w3id.org/newskg/id/article/art-a>";
        for expected in [
            format!("{e} <https://w3id.org/newskg/ontology#eventType> <https://w3id.org/newskg/ontology#SANCTION> {g}"),
            format!("{e} <https://w3id.org/newskg/ontology#date> \"2025-09-17\"^^<http://www.w3.org/2001/XMLSchema#date> {g}"),
            format!("{e} <https://w3id.org/newskg/ontology#quadClass> \"4\"^^<http://www.w3.org/2001/XMLSchema#integer> {g}"),
            format!("{e} <https://w3id.org/newskg/ontology#evidence> \"La France expulse.\"@fr {g}"),
            format!("{e} <http://www.w3.org/ns/prov#wasDerivedFrom> {g} {g}"),
        ] {
            assert!(text.contains(&expected), "missing {expected} in\n{text}");
        }
    }

    #[test]
    fn year_and_month_dates_get_their_xsd_types() {
        let mut e = event("evt-1", EventType::Coerce, Modality::Historical);
        e.date = Some("2020".parse().unwrap());
        assert!(nq(&event_quads(&e, Origin::CuratedFacts, None))
            .contains(&format!("\"2020\"^^<{}>", xsd::G_YEAR.as_str())));
        e.date = Some("2025-08".parse().unwrap());
        assert!(nq(&event_quads(&e, Origin::CuratedFacts, None))
            .contains(&format!("\"2025-08\"^^<{}>", xsd::G_YEAR_MONTH.as_str())));
    }

    #[test]
    fn negated_events_draw_no_edge() {
        let graph = GraphName::NamedNode(article_iri("art-a"));
        let mut quads = event_quads(
            &event("evt-1", EventType::Sanction, Modality::Asserted),
            Origin::CuratedFacts,
            None,
        );
        quads.extend(event_quads(
            &event("evt-2", EventType::Assault, Modality::Negated),
            Origin::CuratedFacts,
            None,
        ));
        let edges = edge_quads(&quads, &graph);
        assert_eq!(edges.len(), 1);
        assert_eq!(edges[0].predicate, EventType::Sanction.edge_property());
    }

    #[test]
    fn merging_replaces_only_the_parts_brought() {
        let article = article_iri("art-a");
        let description = article_quads(&Article {
            id: "art-a".into(),
            title: Some("Old".into()),
            ..Default::default()
        });
        let mut existing = description.clone();
        existing.extend(event_quads(
            &event("evt-1", EventType::Sanction, Modality::Asserted),
            Origin::CuratedFacts,
            None,
        ));
        existing.extend(event_quads(
            &event("evt-9", EventType::Accuse, Modality::Asserted),
            Origin::TextExtraction,
            None,
        ));
        let existing = merge_article_graph(article.as_ref(), existing, ArticleUpdate::default());
        assert_eq!(
            edge_quads(&existing, &GraphName::NamedNode(article.clone())).len(),
            2
        );

        // New curated facts: evt-1 goes, evt-2 comes, the extracted evt-9 and the description stay.
        let mut update = ArticleUpdate::default();
        update.events.insert(
            Origin::CuratedFacts.into(),
            event_quads(
                &event("evt-2", EventType::Aid, Modality::Asserted),
                Origin::CuratedFacts,
                None,
            ),
        );
        let merged = nq(&merge_article_graph(
            article.as_ref(),
            existing.clone(),
            update,
        ));
        assert!(!merged.contains("event/evt-1>"));
        assert!(merged.contains("event/evt-2>"));
        assert!(merged.contains("event/evt-9>"));
        assert!(merged.contains("\"Old\""));
        assert!(merged.contains("#aids>"));
        assert!(merged.contains("#accuses>"));
        assert!(
            !merged.contains("#sanctions>"),
            "the edge of the dropped event goes with it"
        );

        // Merging the same thing twice gives the same graph: no duplicates.
        let again =
            merge_article_graph(article.as_ref(), existing.clone(), ArticleUpdate::default());
        assert_eq!(nq(&again), nq(&existing));
    }

    #[test]
    fn actor_record_becomes_labels_aliases_and_roles() {
        let record: ActorRecord = serde_json::from_str(
            r#"{"id":"act-goita","class":"Person","name":{"en":"Assimi Goïta","fr":"Assimi Goïta"},
                "aliases":{"fr":["le colonel Goïta"]},"country":"MLI","sector":"GOV","wikidata":null,
                "roles":[{"of":"act-mli-gov","country":"MLI","sector":"GOV","title":{"en":"President of the Transition"},"from":"2021-05-24"}]}"#,
        )
        .unwrap();
        let text = nq(&actor_quads(&record));
        assert!(text.contains("\"Assimi Goïta\"@fr"));
        assert!(text.contains("\"le colonel Goïta\"@fr"));
        assert!(text.contains("<https://w3id.org/newskg/id/actor/act-goita/role/1> <https://w3id.org/newskg/ontology#startDate> \"2021-05-24\""));
        assert!(text.contains("<https://w3id.org/newskg/ontology#Person>"));
        assert!(!text.contains("sameAs"));
    }
}

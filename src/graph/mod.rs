//! The actor graph: actors as nodes, the events between them aggregated into edges by (actor, recipient,
//! event type), held in a petgraph `DiGraph`. Read from the store by `read`, narrowed by `select`, drawn by `dot`,
//! rendered by `render`; `ontology` draws the ontology's class diagram.

pub mod dot;
pub mod ontology;
pub mod read;
pub mod render;
pub mod select;

use crate::model::{ActorClass, EventType};
use petgraph::graph::{DiGraph, NodeIndex};
use rustc_hash::FxHashSet;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

/// The language of the labels drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// The language tag (`en`, `fr`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
        }
    }

    fn other(self) -> Self {
        match self {
            Self::En => Self::Fr,
            Self::Fr => Self::En,
        }
    }
}

/// The PLOVER quad classes: verbal or material, cooperation or conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuadClass {
    VerbalCooperation,
    MaterialCooperation,
    VerbalConflict,
    MaterialConflict,
}

impl QuadClass {
    /// The four, in PLOVER's order (quad class 1 to 4).
    pub const ALL: [Self; 4] = [
        Self::VerbalCooperation,
        Self::MaterialCooperation,
        Self::VerbalConflict,
        Self::MaterialConflict,
    ];

    /// The quad class of an event category.
    pub fn of(event_type: EventType) -> Self {
        match event_type.quad_class() {
            1 => Self::VerbalCooperation,
            2 => Self::MaterialCooperation,
            3 => Self::VerbalConflict,
            _ => Self::MaterialConflict,
        }
    }

    /// The name used on the command line (`verbal-conflict`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::VerbalCooperation => "verbal-cooperation",
            Self::MaterialCooperation => "material-cooperation",
            Self::VerbalConflict => "verbal-conflict",
            Self::MaterialConflict => "material-conflict",
        }
    }

    /// A label for people.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Self::VerbalCooperation, Lang::En) => "verbal cooperation",
            (Self::MaterialCooperation, Lang::En) => "material cooperation",
            (Self::VerbalConflict, Lang::En) => "verbal conflict",
            (Self::MaterialConflict, Lang::En) => "material conflict",
            (Self::VerbalCooperation, Lang::Fr) => "coopération verbale",
            (Self::MaterialCooperation, Lang::Fr) => "coopération matérielle",
            (Self::VerbalConflict, Lang::Fr) => "conflit verbal",
            (Self::MaterialConflict, Lang::Fr) => "conflit matériel",
        }
    }

    /// Whether events of this class are words rather than deeds.
    pub fn is_verbal(self) -> bool {
        matches!(self, Self::VerbalCooperation | Self::VerbalConflict)
    }

    /// Whether events of this class are conflict rather than cooperation.
    pub fn is_conflict(self) -> bool {
        matches!(self, Self::VerbalConflict | Self::MaterialConflict)
    }
}

impl fmt::Display for QuadClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for QuadClass {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let wanted = s.trim().to_lowercase().replace('_', "-");
        Self::ALL
            .into_iter()
            .find(|q| q.as_str() == wanted || (q.quad_number().to_string() == wanted))
            .ok_or_else(|| {
                format!(
                    "unknown quad class '{s}' (expected one of: {})",
                    Self::ALL.map(Self::as_str).join(", ")
                )
            })
    }
}

impl QuadClass {
    /// PLOVER's number for the class (1 to 4).
    pub fn quad_number(self) -> u8 {
        self as u8 + 1
    }
}

/// What the store says about an actor (or a class, a sector, an event type: anything labelled).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Description {
    /// The label in each language (the smallest when the store holds several).
    pub labels: BTreeMap<String, String>,
    /// The aliases (`skos:altLabel`), in any language.
    pub aliases: BTreeSet<String>,
    /// The newskg classes (local names: `State`, `Ministry`…).
    pub classes: BTreeSet<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
}

/// Classes from the most specific to the most general: an actor is drawn as the first it has.
const CLASS_PRECEDENCE: [ActorClass; 17] = [
    ActorClass::MercenaryCompany,
    ActorClass::MilitaryJunta,
    ActorClass::ArmedForces,
    ActorClass::IntelligenceService,
    ActorClass::PoliceForce,
    ActorClass::Judiciary,
    ActorClass::DiplomaticMission,
    ActorClass::Ministry,
    ActorClass::Government,
    ActorClass::State,
    ActorClass::ArmedGroup,
    ActorClass::InternationalOrganization,
    ActorClass::NonGovernmentalOrganization,
    ActorClass::MediaOrganization,
    ActorClass::Company,
    ActorClass::Person,
    ActorClass::PersonGroup,
];

impl Description {
    /// The label in `lang`, else in the other language, else any label; `None` when unlabelled.
    pub fn label(&self, lang: Lang) -> Option<&str> {
        self.labels
            .get(lang.as_str())
            .or_else(|| self.labels.get(lang.other().as_str()))
            .or_else(|| self.labels.values().next())
            .map(String::as_str)
    }

    /// The most specific actor class.
    pub fn class(&self) -> Option<ActorClass> {
        CLASS_PRECEDENCE
            .into_iter()
            .find(|c| self.classes.contains(c.as_str()))
    }
}

/// One event as read from the store: one row per (actor, recipient) pair it has.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct EventRow {
    /// The event id (`evt-seed-01`).
    pub event: String,
    pub event_type: EventType,
    /// Actor ids (`act-fra-gov`).
    pub actor: String,
    pub recipient: Option<String>,
    /// The date as stored (`2025-09-18`, `2025-09`, `2025`).
    pub date: Option<String>,
    /// PLOVER modes, sorted.
    pub modes: Vec<String>,
    pub negated: bool,
    /// The evidence sentence.
    pub evidence: Option<String>,
    /// The article id and headline.
    pub article: Option<String>,
    pub title: Option<String>,
}

/// The events and the descriptions of everything they name: what pictures and analyses start from.
#[derive(Debug, Clone, Default)]
pub struct EventData {
    /// Sorted, one row per (event, actor, recipient).
    pub rows: Vec<EventRow>,
    /// Actors, classes, sectors and event types by id (`act-fra`, `Ministry`, `sector_GOV`, `SANCTION`).
    pub descriptions: BTreeMap<String, Description>,
    /// The state actor of each country code (`FRA` → `act-fra`), to name country clusters.
    pub states: BTreeMap<String, String>,
}

impl EventData {
    /// The label of an id in `lang`, falling back to the id itself, or the last segment of an IRI from
    /// outside newskg: never a raw IRI.
    pub fn label<'a>(&'a self, id: &'a str, lang: Lang) -> &'a str {
        self.descriptions
            .get(id)
            .and_then(|d| d.label(lang))
            .unwrap_or_else(|| last_segment(id))
    }

    /// The name of a PLOVER sector (`government` for `GOV`), or its code.
    pub fn sector_label<'a>(&'a self, code: &'a str, lang: Lang) -> &'a str {
        self.descriptions
            .get(&format!("sector_{code}"))
            .and_then(|d| d.label(lang))
            .unwrap_or(code)
    }

    /// The name of a country (its state's label), or its code.
    pub fn country_label<'a>(&'a self, code: &'a str, lang: Lang) -> &'a str {
        self.states
            .get(code)
            .map_or(code, |state| self.label(state, lang))
    }
}

/// One event summed up in an edge.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EdgeEvent {
    pub event: String,
    pub date: Option<String>,
    pub modes: Vec<String>,
    pub evidence: Option<String>,
    pub title: Option<String>,
}

impl EdgeEvent {
    fn of(row: &EventRow) -> Self {
        Self {
            event: row.event.clone(),
            date: row.date.clone(),
            modes: row.modes.clone(),
            evidence: row.evidence.clone(),
            title: row.title.clone(),
        }
    }
}

/// The events of one type from one actor to one recipient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub event_type: EventType,
    /// Sorted by date (undated last), then id.
    pub events: Vec<EdgeEvent>,
}

impl Edge {
    pub fn count(&self) -> usize {
        self.events.len()
    }

    pub fn quad(&self) -> QuadClass {
        QuadClass::of(self.event_type)
    }

    /// The first and last dates of the events (as stored, so `2025-09` sorts before `2025-09-14`).
    pub fn date_range(&self) -> Option<(&str, &str)> {
        let mut dates = self.events.iter().filter_map(|e| e.date.as_deref());
        let first = dates.next()?;
        let (min, max) = dates.fold((first, first), |(lo, hi), d| (lo.min(d), hi.max(d)));
        Some((min, max))
    }

    /// The modes of the events, sorted and without repeats.
    pub fn modes(&self) -> Vec<&str> {
        let modes: BTreeSet<&str> = self
            .events
            .iter()
            .flat_map(|e| e.modes.iter().map(String::as_str))
            .collect();
        modes.into_iter().collect()
    }
}

/// An event with an actor and no recipient, kept beside its actor's node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoneEvent {
    pub event_type: EventType,
    pub event: EdgeEvent,
}

/// The actor graph: nodes are actor ids in id order, edges sorted by (actor, recipient, type).
#[derive(Debug, Clone, Default)]
pub struct ActorGraph {
    pub graph: DiGraph<String, Edge>,
    /// Events without a recipient, by actor id: not edges, but listed with their actor.
    pub lone: BTreeMap<String, Vec<LoneEvent>>,
    /// Negated events ("X did not sanction Y"), left out of the graph.
    pub negated: usize,
}

impl ActorGraph {
    /// Aggregates event rows: one edge per (actor, recipient, event type) with its events, one node per actor
    /// named by a drawn event. Negated events are counted and left out, as the store's actor-to-actor edges do.
    pub fn build<'a>(rows: impl IntoIterator<Item = &'a EventRow>) -> Self {
        let mut edge_rows: Vec<&'a EventRow> = Vec::new();
        let mut lone: BTreeMap<&'a str, BTreeMap<(EventType, &'a str), &'a EventRow>> =
            BTreeMap::new();
        let mut negated = FxHashSet::default();
        for row in rows {
            if row.negated {
                negated.insert(row.event.as_str());
                continue;
            }
            match &row.recipient {
                Some(_) => edge_rows.push(row),
                None => {
                    lone.entry(&row.actor)
                        .or_default()
                        .entry((row.event_type, row.event.as_str()))
                        .or_insert(row);
                }
            }
        }
        // The rows of each (actor, recipient, type) together, in event order; a stable sort keeps the order
        // in which the rows came for the same event.
        let key = |row: &&'a EventRow| {
            (
                row.actor.as_str(),
                row.recipient.as_deref().unwrap_or_default(),
                row.event_type,
                row.event.as_str(),
            )
        };
        edge_rows.sort_by(|a, b| key(a).cmp(&key(b)));
        let mut actors: Vec<&str> = lone.keys().copied().collect();
        for row in &edge_rows {
            actors.push(&row.actor);
            actors.extend(row.recipient.as_deref());
        }
        actors.sort_unstable();
        actors.dedup();
        let edges = edge_rows.chunk_by(|a, b| {
            (&a.actor, &a.recipient, a.event_type) == (&b.actor, &b.recipient, b.event_type)
        });
        let mut graph = DiGraph::with_capacity(actors.len(), edges.clone().count());
        for actor in &actors {
            graph.add_node((*actor).to_owned());
        }
        let index = |actor: &str| {
            NodeIndex::new(actors.binary_search(&actor).expect("every actor is a node"))
        };
        for rows in edges {
            let (actor, event_type) = (&rows[0].actor, rows[0].event_type);
            let recipient = rows[0].recipient.as_deref().unwrap_or_default();
            // The same event read twice (two titles, two graphs) counts once: the first row in event order.
            let mut events: Vec<EdgeEvent> = Vec::with_capacity(rows.len());
            for (i, row) in rows.iter().enumerate() {
                if i == 0 || rows[i - 1].event != row.event {
                    events.push(EdgeEvent::of(row));
                }
            }
            events.sort_by(by_date);
            graph.add_edge(index(actor), index(recipient), Edge { event_type, events });
        }
        let lone = lone
            .into_iter()
            .map(|(actor, events)| {
                let mut events: Vec<LoneEvent> = events
                    .into_iter()
                    .map(|((event_type, _), row)| LoneEvent {
                        event_type,
                        event: EdgeEvent::of(row),
                    })
                    .collect();
                events.sort_by(|a, b| {
                    a.event_type
                        .cmp(&b.event_type)
                        .then_with(|| by_date(&a.event, &b.event))
                });
                (actor.to_owned(), events)
            })
            .collect();
        Self {
            graph,
            lone,
            negated: negated.len(),
        }
    }

    /// The node of an actor id.
    pub fn node(&self, actor: &str) -> Option<NodeIndex> {
        // Nodes are added in id order, so their weights are sorted.
        let nodes = self.graph.raw_nodes();
        nodes
            .binary_search_by(|n| n.weight.as_str().cmp(actor))
            .ok()
            .map(NodeIndex::new)
    }

    /// The number of events drawn as edges (an event with two recipients is two edges, one event).
    pub fn edge_events(&self) -> usize {
        let ids: FxHashSet<&str> = self
            .graph
            .edge_weights()
            .flat_map(|e| e.events.iter().map(|e| e.event.as_str()))
            .collect();
        ids.len()
    }

    /// The number of events without a recipient.
    pub fn lone_events(&self) -> usize {
        let mut ids: FxHashSet<&str> = FxHashSet::default();
        for events in self.lone.values() {
            ids.extend(events.iter().map(|e| e.event.event.as_str()));
        }
        ids.len()
    }
}

/// `x` of `http://example.org/a/x` (or of `…#x`); ids without `://` as they are.
fn last_segment(id: &str) -> &str {
    if !id.contains("://") {
        return id;
    }
    id.trim_end_matches(['/', '#'])
        .rsplit(['/', '#'])
        .next()
        .unwrap_or(id)
}

/// Dated events first, in date order, then by id.
fn by_date(a: &EdgeEvent, b: &EdgeEvent) -> std::cmp::Ordering {
    (a.date.is_none(), &a.date, &a.event).cmp(&(b.date.is_none(), &b.date, &b.event))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An event row for tests: `row("e1", "SANCTION", "a", Some("b"), Some("2025-09"))`.
    pub(crate) fn row(
        event: &str,
        event_type: &str,
        actor: &str,
        recipient: Option<&str>,
        date: Option<&str>,
    ) -> EventRow {
        EventRow {
            event: event.into(),
            event_type: event_type.parse().unwrap(),
            actor: actor.into(),
            recipient: recipient.map(Into::into),
            date: date.map(Into::into),
            modes: vec![],
            negated: false,
            evidence: Some(format!("sentence of {event}")),
            article: Some("art-t".into()),
            title: Some("Title".into()),
        }
    }

    #[test]
    fn events_aggregate_by_actor_recipient_and_type() {
        let rows = [
            row("e2", "SANCTION", "a", Some("b"), Some("2025-09-14")),
            row("e1", "SANCTION", "a", Some("b"), Some("2025-08")),
            row("e3", "ACCUSE", "a", Some("b"), None),
            row("e4", "SANCTION", "b", Some("a"), Some("2025-09-17")),
            // The same event read twice (two titles, two graphs) counts once.
            row("e1", "SANCTION", "a", Some("b"), Some("2025-08")),
            // One event with two recipients: two edges, one event.
            row("e5", "ACCUSE", "a", Some("c"), None),
            row("e5", "ACCUSE", "a", Some("b"), None),
        ];
        let g = ActorGraph::build(&rows);
        assert_eq!(g.graph.node_count(), 3);
        assert_eq!(g.graph.edge_count(), 4);
        let (a, b) = (g.node("a").unwrap(), g.node("b").unwrap());
        let sanctions = g
            .graph
            .edges_connecting(a, b)
            .find(|e| e.weight().event_type == EventType::Sanction)
            .unwrap()
            .weight();
        assert_eq!(sanctions.count(), 2);
        assert_eq!(sanctions.date_range(), Some(("2025-08", "2025-09-14")));
        assert_eq!(sanctions.events[0].event, "e1");
        assert_eq!(
            g.graph
                .edges_connecting(a, b)
                .map(|e| e.weight().count())
                .sum::<usize>(),
            4
        );
        assert_eq!(g.edge_events(), 5, "e1 e2 e3 e4 e5");
    }

    #[test]
    fn lone_and_negated_events_are_not_edges() {
        let mut negated = row("e2", "ASSAULT", "a", Some("b"), None);
        negated.negated = true;
        let rows = [row("e1", "ASSAULT", "a", None, None), negated];
        let g = ActorGraph::build(&rows);
        assert_eq!(g.graph.node_count(), 1, "only the lone event's actor");
        assert_eq!(g.graph.edge_count(), 0);
        assert_eq!(g.lone["a"].len(), 1);
        assert_eq!(g.lone_events(), 1);
        assert_eq!(g.negated, 1);
    }

    #[test]
    fn quad_classes_follow_plover() {
        use EventType::*;
        assert_eq!(QuadClass::of(Consult), QuadClass::VerbalCooperation);
        assert_eq!(QuadClass::of(Aid), QuadClass::MaterialCooperation);
        assert_eq!(QuadClass::of(Threaten), QuadClass::VerbalConflict);
        assert_eq!(QuadClass::of(Protest), QuadClass::MaterialConflict);
        assert!(QuadClass::VerbalConflict.is_verbal() && QuadClass::VerbalConflict.is_conflict());
        assert_eq!(
            "material_cooperation".parse::<QuadClass>(),
            Ok(QuadClass::MaterialCooperation)
        );
        assert_eq!("4".parse::<QuadClass>(), Ok(QuadClass::MaterialConflict));
        assert!("conflict".parse::<QuadClass>().is_err());
    }

    #[test]
    fn labels_fall_back_to_the_other_language_then_the_id() {
        let mut d = Description::default();
        d.labels.insert("fr".into(), "gouvernement français".into());
        let mut data = EventData::default();
        data.descriptions.insert("act-fra-gov".into(), d);
        assert_eq!(data.label("act-fra-gov", Lang::En), "gouvernement français");
        assert_eq!(data.label("act-x", Lang::En), "act-x");
        assert_eq!(data.label("http://example.org/people/bob", Lang::En), "bob");
        assert_eq!(data.country_label("FRA", Lang::Fr), "FRA");
    }
}

//! What to draw or analyse: filters on events (type, quad class, dates, article, country), on edges (minimum
//! count), the neighbourhood of one actor, and actor names resolved through labels and aliases.

use super::{ActorGraph, EventData, EventRow, QuadClass};
use crate::model::{EventDate, EventType};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use unicode_normalization::UnicodeNormalization;

/// Why a selection cannot be made: all usage errors, named after what the user gave.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SelectError {
    #[error("no actor is named '{name}'{}", suggest(.suggestions))]
    UnknownActor {
        name: String,
        suggestions: Vec<String>,
    },
    #[error("'{name}' names {} actors: {}; give one of their ids", .candidates.len(), .candidates.join(", "))]
    Ambiguous {
        name: String,
        candidates: Vec<String>,
    },
}

fn suggest(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        " (give an actor id such as act-fra, or a label or alias in English or French)".into()
    } else {
        format!("; did you mean {}?", suggestions.join(", "))
    }
}

/// Events chosen by a SPARQL query: event ids, and (actor, recipient, type) triples where `None` is any type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryChoice {
    pub events: BTreeSet<String>,
    pub pairs: BTreeSet<(String, String, Option<EventType>)>,
}

impl QueryChoice {
    fn admits(&self, row: &EventRow) -> bool {
        self.events.contains(&row.event)
            || row.recipient.as_ref().is_some_and(|recipient| {
                [Some(row.event_type), None].into_iter().any(|t| {
                    self.pairs
                        .contains(&(row.actor.clone(), recipient.clone(), t))
                })
            })
    }
}

/// The filters of `newskg graph` and `newskg analyze`. Empty sets mean "any".
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// An actor id and how many steps around it to keep.
    pub actor: Option<(String, usize)>,
    pub types: BTreeSet<EventType>,
    pub quads: BTreeSet<QuadClass>,
    pub since: Option<EventDate>,
    pub until: Option<EventDate>,
    /// Article ids.
    pub articles: BTreeSet<String>,
    /// ISO 3166-1 alpha-3 codes: an event is kept when its actor or its recipient is of one of them.
    pub countries: BTreeSet<String>,
    /// Edges with fewer events are left out, with the actors they alone connected.
    pub min_count: usize,
    pub query: Option<QueryChoice>,
}

impl Selection {
    /// The rows that pass the event filters, then the minimum count, then the neighbourhood.
    pub fn apply<'a>(&self, data: &'a EventData) -> Vec<&'a EventRow> {
        let mut rows: Vec<&EventRow> = data
            .rows
            .iter()
            .filter(|row| self.admits(row, data))
            .collect();
        if self.min_count > 1 {
            let graph = ActorGraph::build(rows.iter().copied());
            let strong: BTreeSet<(&str, &str, EventType)> = graph
                .graph
                .edge_references()
                .filter(|e| e.weight().count() >= self.min_count)
                .map(|e| {
                    (
                        graph.graph[e.source()].as_str(),
                        graph.graph[e.target()].as_str(),
                        e.weight().event_type,
                    )
                })
                .collect();
            rows.retain(|row| {
                row.recipient.as_deref().is_some_and(|recipient| {
                    strong.contains(&(row.actor.as_str(), recipient, row.event_type))
                })
            });
        }
        if let Some((actor, depth)) = &self.actor {
            let graph = ActorGraph::build(rows.iter().copied());
            let near = neighbourhood(&graph, actor, *depth);
            rows.retain(|row| {
                near.contains(row.actor.as_str())
                    && row
                        .recipient
                        .as_deref()
                        .is_none_or(|recipient| near.contains(recipient))
            });
        }
        rows
    }

    fn admits(&self, row: &EventRow, data: &EventData) -> bool {
        let country_of = |actor: &str| {
            data.descriptions
                .get(actor)
                .and_then(|d| d.country.as_deref())
        };
        (self.types.is_empty() || self.types.contains(&row.event_type))
            && (self.quads.is_empty() || self.quads.contains(&QuadClass::of(row.event_type)))
            && self.in_period(row.date.as_deref())
            && (self.articles.is_empty()
                || row
                    .article
                    .as_ref()
                    .is_some_and(|a| self.articles.contains(a)))
            && (self.countries.is_empty()
                || [Some(row.actor.as_str()), row.recipient.as_deref()]
                    .into_iter()
                    .flatten()
                    .filter_map(country_of)
                    .any(|c| self.countries.contains(c)))
            && self.query.as_ref().is_none_or(|q| q.admits(row))
    }

    /// Whether a date, as precise as it is (`2025-09` is the whole month), meets `--since`/`--until`. Undated
    /// events are kept only when neither is given.
    fn in_period(&self, date: Option<&str>) -> bool {
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        let Some((start, end)) = date.and_then(|d| d.parse::<EventDate>().ok()).map(days) else {
            return false;
        };
        self.since.is_none_or(|since| end >= days(since).0)
            && self.until.is_none_or(|until| start <= days(until).1)
    }
}

/// The first and last days a date covers, as comparable (year, month, day) triples.
fn days(date: EventDate) -> ((i32, u32, u32), (i32, u32, u32)) {
    match (date.month, date.day) {
        (Some(m), Some(d)) => ((date.year, m, d), (date.year, m, d)),
        (Some(m), None) => ((date.year, m, 1), (date.year, m, 31)),
        _ => ((date.year, 1, 1), (date.year, 12, 31)),
    }
}

/// The actors at most `depth` events away from `actor`, whichever way the events go.
pub fn neighbourhood<'a>(graph: &'a ActorGraph, actor: &str, depth: usize) -> BTreeSet<&'a str> {
    let g = &graph.graph;
    let mut near = BTreeSet::new();
    let Some(start) = graph.node(actor) else {
        return near;
    };
    let mut seen = vec![false; g.node_count()];
    let mut queue = VecDeque::from([(start, 0)]);
    seen[start.index()] = true;
    while let Some((node, distance)) = queue.pop_front() {
        near.insert(g[node].as_str());
        if distance == depth {
            continue;
        }
        for next in g.neighbors_undirected(node) {
            if !seen[next.index()] {
                seen[next.index()] = true;
                queue.push_back((next, distance + 1));
            }
        }
    }
    near
}

/// A name folded for matching: accents removed, lower case, one kind of apostrophe, single spaces.
pub fn fold(name: &str) -> String {
    let stripped: String = name
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            '’' | '‘' | '`' | 'ʼ' => '\'',
            c => c,
        })
        .collect();
    stripped
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Finds the actor a user means: an actor id, an actor IRI, or a label or alias in any language (accents and
/// case ignored). Several matches are an error listing them; none, an error suggesting close names.
pub fn resolve_actor(data: &EventData, name: &str) -> Result<String, SelectError> {
    let actors: BTreeMap<&str, &super::Description> = data
        .descriptions
        .iter()
        .filter(|(_, d)| d.classes.contains("Actor"))
        .map(|(id, d)| (id.as_str(), d))
        .collect();
    let wanted = super::read::local_id(name.trim());
    if actors.contains_key(wanted.as_str()) {
        return Ok(wanted);
    }
    let wanted = fold(name);
    let names = |d: &super::Description| -> BTreeSet<String> {
        d.labels
            .values()
            .chain(&d.aliases)
            .map(|n| fold(n))
            .collect()
    };
    let found: Vec<&str> = actors
        .iter()
        .filter(|(_, d)| names(d).contains(&wanted))
        .map(|(id, _)| *id)
        .collect();
    let describe = |id: &str| {
        let d = actors[id];
        let labels: BTreeSet<&str> = d.labels.values().map(String::as_str).collect();
        format!(
            "{id} ({})",
            labels.into_iter().collect::<Vec<_>>().join(" / ")
        )
    };
    match found.as_slice() {
        [one] => Ok((*one).to_owned()),
        [] => {
            let mut close: Vec<(usize, &str)> = actors
                .iter()
                .filter_map(|(id, d)| {
                    let best = names(d).iter().map(|n| closeness(&wanted, n)).min()?;
                    (best <= (wanted.chars().count() / 4).max(2)).then_some((best, *id))
                })
                .collect();
            close.sort();
            Err(SelectError::UnknownActor {
                name: name.to_owned(),
                suggestions: close.iter().take(5).map(|(_, id)| describe(id)).collect(),
            })
        }
        many => Err(SelectError::Ambiguous {
            name: name.to_owned(),
            candidates: many.iter().map(|id| describe(id)).collect(),
        }),
    }
}

/// How far a name is from what was typed: 1 when one contains the other as a word or words, else the edit
/// distance.
fn closeness(typed: &str, name: &str) -> usize {
    let padded = |s: &str| format!(" {s} ");
    if typed.len() >= 3 && padded(name).contains(&padded(typed)) {
        return 1;
    }
    levenshtein(typed, name)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            current[j + 1] = (previous[j] + usize::from(ca != *cb))
                .min(previous[j + 1] + 1)
                .min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::row;
    use crate::graph::Description;

    fn actor(data: &mut EventData, id: &str, en: &str, fr: &str, aliases: &[&str], country: &str) {
        let mut d = Description::default();
        d.labels.insert("en".into(), en.into());
        d.labels.insert("fr".into(), fr.into());
        d.aliases = aliases.iter().map(|a| (*a).to_owned()).collect();
        d.classes.insert("Actor".into());
        d.country = Some(country.into());
        data.descriptions.insert(id.into(), d);
    }

    fn world() -> EventData {
        let mut data = EventData::default();
        actor(
            &mut data,
            "act-a",
            "Nigerien Army",
            "Armée nigérienne",
            &["l'armée"],
            "NER",
        );
        actor(
            &mut data,
            "act-b",
            "Malian Army",
            "Armée malienne",
            &["l'armée"],
            "MLI",
        );
        actor(
            &mut data,
            "act-c",
            "Sahel Front",
            "Front du Sahel",
            &[],
            "MLI",
        );
        actor(
            &mut data,
            "act-d",
            "Desert Watch",
            "Veille du désert",
            &[],
            "NER",
        );
        data.rows = vec![
            row("e1", "SANCTION", "act-a", Some("act-b"), Some("2025-01-10")),
            row("e2", "SANCTION", "act-a", Some("act-b"), Some("2025-03")),
            row("e3", "ACCUSE", "act-b", Some("act-c"), Some("2025-02-01")),
            row("e4", "CONSULT", "act-c", Some("act-d"), None),
            row("e5", "ASSAULT", "act-d", None, Some("2024")),
        ];
        data
    }

    fn events(selection: &Selection, data: &EventData) -> Vec<String> {
        let mut ids: Vec<String> = selection
            .apply(data)
            .iter()
            .map(|r| r.event.clone())
            .collect();
        ids.dedup();
        ids
    }

    #[test]
    fn names_resolve_in_both_languages_without_accents_or_case() {
        let data = world();
        assert_eq!(resolve_actor(&data, "act-c").unwrap(), "act-c");
        assert_eq!(
            resolve_actor(&data, "https://w3id.org/newskg/id/actor/act-c").unwrap(),
            "act-c"
        );
        assert_eq!(resolve_actor(&data, "sahel front").unwrap(), "act-c");
        assert_eq!(resolve_actor(&data, "ARMEE NIGERIENNE").unwrap(), "act-a");
        assert_eq!(resolve_actor(&data, "Veille du  desert").unwrap(), "act-d");
        assert_eq!(
            resolve_actor(&data, "L’Armée").unwrap_err(),
            SelectError::Ambiguous {
                name: "L’Armée".into(),
                candidates: vec![
                    "act-a (Armée nigérienne / Nigerien Army)".into(),
                    "act-b (Armée malienne / Malian Army)".into()
                ]
            }
        );
    }

    #[test]
    fn unknown_names_suggest_close_ones() {
        let data = world();
        let SelectError::UnknownActor { suggestions, .. } =
            resolve_actor(&data, "Nigerian Army").unwrap_err()
        else {
            panic!("not unknown")
        };
        assert_eq!(suggestions, ["act-a (Armée nigérienne / Nigerien Army)"]);
        let SelectError::UnknownActor { suggestions, .. } =
            resolve_actor(&data, "Front").unwrap_err()
        else {
            panic!("not unknown")
        };
        assert_eq!(suggestions, ["act-c (Front du Sahel / Sahel Front)"]);
        let error = resolve_actor(&data, "Atlantis").unwrap_err();
        assert!(error
            .to_string()
            .contains("no actor is named 'Atlantis' (give an actor id"));
    }

    #[test]
    fn event_filters_combine() {
        let data = world();
        let all = Selection::default();
        assert_eq!(events(&all, &data), ["e1", "e2", "e3", "e4", "e5"]);
        let types = Selection {
            types: [EventType::Sanction, EventType::Consult].into(),
            ..Default::default()
        };
        assert_eq!(events(&types, &data), ["e1", "e2", "e4"]);
        let quads = Selection {
            quads: [QuadClass::VerbalConflict].into(),
            ..Default::default()
        };
        assert_eq!(events(&quads, &data), ["e3"]);
        let countries = Selection {
            countries: ["NER".into()].into(),
            ..Default::default()
        };
        assert_eq!(events(&countries, &data), ["e1", "e2", "e4", "e5"]);
    }

    #[test]
    fn dates_are_periods() {
        let data = world();
        let since = |d: &str| Selection {
            since: Some(d.parse().unwrap()),
            ..Default::default()
        };
        // 2025-03 (a month) meets "since 2025-03-15"; undated events go when a period is given.
        assert_eq!(events(&since("2025-03-15"), &data), ["e2"]);
        assert_eq!(events(&since("2025"), &data), ["e1", "e2", "e3"]);
        let until = Selection {
            until: Some("2025-01".parse().unwrap()),
            ..Default::default()
        };
        assert_eq!(events(&until, &data), ["e1", "e5"]);
    }

    #[test]
    fn minimum_count_and_neighbourhood() {
        let data = world();
        let strong = Selection {
            min_count: 2,
            ..Default::default()
        };
        assert_eq!(events(&strong, &data), ["e1", "e2"]);
        let around = |depth| Selection {
            actor: Some(("act-c".into(), depth)),
            ..Default::default()
        };
        assert_eq!(events(&around(0), &data), Vec::<String>::new());
        assert_eq!(events(&around(1), &data), ["e3", "e4", "e5"]);
        assert_eq!(events(&around(2), &data), ["e1", "e2", "e3", "e4", "e5"]);
    }

    #[test]
    fn a_query_choice_keeps_its_events_and_pairs() {
        let data = world();
        let choice = Selection {
            query: Some(QueryChoice {
                events: ["e4".into()].into(),
                pairs: [("act-a".into(), "act-b".into(), None)].into(),
            }),
            ..Default::default()
        };
        assert_eq!(events(&choice, &data), ["e1", "e2", "e4"]);
        let typed = Selection {
            query: Some(QueryChoice {
                pairs: [("act-b".into(), "act-c".into(), Some(EventType::Sanction))].into(),
                ..Default::default()
            }),
            ..Default::default()
        };
        assert!(events(&typed, &data).is_empty());
    }

    #[test]
    fn edit_distance() {
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(closeness("front", "front du sahel"), 1);
    }
}

//! Analyses of the actor graph: centrality (degree, PageRank, betweenness), the shortest chains of events
//! between two actors, and blocs of a signed cooperation/conflict graph. Pure functions of an `ActorGraph`;
//! `timeline` lists and draws the events of an actor.

pub mod timeline;

use crate::graph::{ActorGraph, EdgeEvent};
use crate::model::EventType;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::Serialize;
use std::collections::{BTreeMap, VecDeque};

/// PageRank's damping factor (the usual 0.85).
pub const DAMPING: f64 = 0.85;

/// The centrality of one actor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Centrality {
    pub actor: String,
    /// Distinct actors it has events with, either way.
    pub degree: usize,
    /// Events it carried out, and events it underwent (an event with two recipients counts for both).
    pub events_out: usize,
    pub events_in: usize,
    /// PageRank on the directed graph (actor → recipient), edges weighted by their event counts; sums to 1.
    pub pagerank: f64,
    /// Betweenness on the undirected graph: over all pairs of other actors, the share of their shortest chains
    /// that pass through this one (not normalised).
    pub betweenness: f64,
}

/// Each node's distinct neighbours, either way, in id order (node indices follow ids).
pub fn neighbours(graph: &ActorGraph) -> Vec<Vec<usize>> {
    let g = &graph.graph;
    g.node_indices()
        .map(|n| {
            let mut near: Vec<usize> = g
                .neighbors_undirected(n)
                .map(|m| m.index())
                .filter(|m| *m != n.index())
                .collect();
            near.sort_unstable();
            near.dedup();
            near
        })
        .collect()
}

/// Degree, PageRank and betweenness of every actor, the most central (by PageRank) first.
pub fn centrality(graph: &ActorGraph) -> Vec<Centrality> {
    let g = &graph.graph;
    let near = neighbours(graph);
    let ranks = pagerank(graph, DAMPING);
    let between = betweenness(&near);
    let mut rows: Vec<Centrality> = g
        .node_indices()
        .map(|n| {
            let count = |direction| {
                g.edges_directed(n, direction)
                    .map(|e| e.weight().count())
                    .sum()
            };
            Centrality {
                actor: g[n].clone(),
                degree: near[n.index()].len(),
                events_out: count(Direction::Outgoing),
                events_in: count(Direction::Incoming),
                pagerank: ranks[n.index()],
                betweenness: between[n.index()],
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.pagerank
            .total_cmp(&a.pagerank)
            .then_with(|| a.actor.cmp(&b.actor))
    });
    rows
}

/// PageRank by power iteration, edges weighted by event count; the rank of actors with no outgoing event is
/// spread over all actors, so the ranks sum to 1.
pub fn pagerank(graph: &ActorGraph, damping: f64) -> Vec<f64> {
    let g = &graph.graph;
    let n = g.node_count();
    if n == 0 {
        return Vec::new();
    }
    let mut out_weight = vec![0.0; n];
    for e in g.edge_references() {
        out_weight[e.source().index()] += e.weight().count() as f64;
    }
    let mut rank = vec![1.0 / n as f64; n];
    for _ in 0..200 {
        let dangling: f64 = (0..n)
            .filter(|u| out_weight[*u] == 0.0)
            .map(|u| rank[u])
            .sum();
        let base = (1.0 - damping) / n as f64 + damping * dangling / n as f64;
        let mut next = vec![base; n];
        for e in g.edge_references() {
            let (u, v) = (e.source().index(), e.target().index());
            next[v] += damping * rank[u] * e.weight().count() as f64 / out_weight[u];
        }
        let change: f64 = next.iter().zip(&rank).map(|(a, b)| (a - b).abs()).sum();
        rank = next;
        if change < 1e-12 {
            break;
        }
    }
    rank
}

/// Brandes' betweenness on an undirected, unweighted graph given by its neighbour lists.
pub fn betweenness(near: &[Vec<usize>]) -> Vec<f64> {
    let n = near.len();
    let mut centrality = vec![0.0; n];
    let mut order = Vec::with_capacity(n);
    let mut predecessors: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut paths = vec![0.0f64; n];
    let mut distance = vec![-1i64; n];
    let mut dependency = vec![0.0f64; n];
    let mut queue = VecDeque::new();
    for s in 0..n {
        order.clear();
        for list in &mut predecessors {
            list.clear();
        }
        paths.fill(0.0);
        distance.fill(-1);
        dependency.fill(0.0);
        paths[s] = 1.0;
        distance[s] = 0;
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            order.push(v);
            for &w in &near[v] {
                if distance[w] < 0 {
                    distance[w] = distance[v] + 1;
                    queue.push_back(w);
                }
                if distance[w] == distance[v] + 1 {
                    paths[w] += paths[v];
                    predecessors[w].push(v);
                }
            }
        }
        while let Some(w) = order.pop() {
            for &v in &predecessors[w] {
                dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
            }
            if w != s {
                centrality[w] += dependency[w];
            }
        }
    }
    // Each pair was counted from both ends.
    centrality.iter().map(|c| c / 2.0).collect()
}

/// One event of a step, and whether it goes along the chain (from the step's first actor to its second).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepEvent {
    pub event_type: EventType,
    pub forward: bool,
    #[serde(flatten)]
    pub event: EdgeEvent,
}

/// Two actors next to each other on a chain, and every event between them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub from: String,
    pub to: String,
    pub events: Vec<StepEvent>,
}

/// The shortest chains of events (either way) linking two actors, at most `limit` of them, in id order.
/// Empty when they are not linked.
pub fn shortest_paths(
    graph: &ActorGraph,
    from: NodeIndex,
    to: NodeIndex,
    limit: usize,
) -> Vec<Vec<Step>> {
    let near = neighbours(graph);
    let n = near.len();
    let mut distance = vec![usize::MAX; n];
    let mut predecessors: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut queue = VecDeque::from([from.index()]);
    distance[from.index()] = 0;
    while let Some(v) = queue.pop_front() {
        if v == to.index() {
            continue;
        }
        for &w in &near[v] {
            if distance[w] == usize::MAX {
                distance[w] = distance[v] + 1;
                queue.push_back(w);
            }
            if distance[w] == distance[v] + 1 {
                predecessors[w].push(v);
            }
        }
    }
    if distance[to.index()] == usize::MAX {
        return Vec::new();
    }
    // Walk back from `to` over predecessors (in id order), collecting node chains.
    let mut chains: Vec<Vec<usize>> = Vec::new();
    let mut stack = vec![vec![to.index()]];
    while let Some(partial) = stack.pop() {
        if chains.len() >= limit {
            break;
        }
        let last = *partial.last().expect("never empty");
        if last == from.index() {
            chains.push(partial.into_iter().rev().collect());
            continue;
        }
        for &p in predecessors[last].iter().rev() {
            let mut longer = partial.clone();
            longer.push(p);
            stack.push(longer);
        }
    }
    chains.sort();
    chains
        .iter()
        .map(|chain| {
            chain
                .windows(2)
                .map(|pair| step(graph, NodeIndex::new(pair[0]), NodeIndex::new(pair[1])))
                .collect()
        })
        .collect()
}

fn step(graph: &ActorGraph, a: NodeIndex, b: NodeIndex) -> Step {
    let g = &graph.graph;
    let mut events: Vec<StepEvent> = g
        .edges_connecting(a, b)
        .map(|e| (true, e.weight()))
        .chain(g.edges_connecting(b, a).map(|e| (false, e.weight())))
        .flat_map(|(forward, edge)| {
            edge.events.iter().map(move |event| StepEvent {
                event_type: edge.event_type,
                forward,
                event: event.clone(),
            })
        })
        .collect();
    events.sort_by(|x, y| {
        (x.event.date.is_none(), &x.event.date, &x.event.event).cmp(&(
            y.event.date.is_none(),
            &y.event.date,
            &y.event.event,
        ))
    });
    Step {
        from: g[a].clone(),
        to: g[b].clone(),
        events,
    }
}

/// Two blocs of actors in one connected part of the signed graph (cooperation +, conflict −).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Blocs {
    /// The two sides (the second empty when all ties are cooperation); the first holds the smallest id.
    pub sides: [Vec<String>; 2],
    /// Ties (pairs of actors whose cooperation and conflict events do not cancel out).
    pub ties: usize,
    /// The ties the split contradicts: cooperation across the blocs, or conflict within one.
    pub frustrated: Vec<(String, String, i64)>,
}

/// The net sign of each pair of actors: cooperation events minus conflict events, both directions; zero left out.
pub fn signed_ties(graph: &ActorGraph) -> BTreeMap<(usize, usize), i64> {
    let g = &graph.graph;
    let mut ties: BTreeMap<(usize, usize), i64> = BTreeMap::new();
    for e in g.edge_references() {
        let (u, v) = (e.source().index(), e.target().index());
        if u == v {
            continue;
        }
        let sign = if e.weight().quad().is_conflict() {
            -1
        } else {
            1
        };
        *ties.entry((u.min(v), u.max(v))).or_default() += sign * e.weight().count() as i64;
    }
    ties.retain(|_, w| *w != 0);
    ties
}

/// Splits each connected part of the signed graph in two blocs, cooperating within and in conflict across, with
/// as few contradicted ties (weighted by events) as a greedy search finds: a two-colouring along a spanning
/// tree, then single moves while they help. Parts are listed largest first.
pub fn blocs(graph: &ActorGraph) -> Vec<Blocs> {
    let n = graph.graph.node_count();
    let ties = signed_ties(graph);
    let mut near: Vec<Vec<(usize, i64)>> = vec![Vec::new(); n];
    for (&(u, v), &w) in &ties {
        near[u].push((v, w));
        near[v].push((u, w));
    }
    let mut side: Vec<Option<bool>> = vec![None; n];
    let mut parts = Vec::new();
    for start in 0..n {
        if side[start].is_some() || near[start].is_empty() {
            continue;
        }
        let mut members = vec![start];
        side[start] = Some(false);
        let mut queue = VecDeque::from([start]);
        while let Some(u) = queue.pop_front() {
            for &(v, w) in &near[u] {
                if side[v].is_none() {
                    side[v] = Some((side[u] == Some(true)) ^ (w < 0));
                    members.push(v);
                    queue.push_back(v);
                }
            }
        }
        // Move single actors while that lowers the weight of contradicted ties.
        for _ in 0..100 {
            let mut moved = false;
            for &u in &members {
                let here = side[u] == Some(true);
                let cost = |mine: bool| -> i64 {
                    near[u]
                        .iter()
                        .filter(|(v, w)| ((side[*v] == Some(true)) == mine) != (*w > 0))
                        .map(|(_, w)| w.abs())
                        .sum()
                };
                if cost(!here) < cost(here) {
                    side[u] = Some(!here);
                    moved = true;
                }
            }
            if !moved {
                break;
            }
        }
        members.sort_unstable();
        let first = side[members[0]];
        let mut sides: [Vec<String>; 2] = [Vec::new(), Vec::new()];
        for &m in &members {
            sides[usize::from(side[m] != first)].push(graph.graph[NodeIndex::new(m)].clone());
        }
        let in_part = |u: usize| members.binary_search(&u).is_ok();
        let part_ties: Vec<(&(usize, usize), &i64)> =
            ties.iter().filter(|((u, _), _)| in_part(*u)).collect();
        let frustrated = part_ties
            .iter()
            .filter(|((u, v), w)| (side[*u] == side[*v]) != (**w > 0))
            .map(|((u, v), w)| {
                (
                    graph.graph[NodeIndex::new(*u)].clone(),
                    graph.graph[NodeIndex::new(*v)].clone(),
                    **w,
                )
            })
            .collect();
        parts.push(Blocs {
            sides,
            ties: part_ties.len(),
            frustrated,
        });
    }
    parts.sort_by(|a, b| {
        let size = |p: &Blocs| p.sides[0].len() + p.sides[1].len();
        size(b).cmp(&size(a)).then_with(|| a.sides.cmp(&b.sides))
    });
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::row;
    use crate::graph::EventRow;

    /// Event rows from `actor>recipient` pairs, one SANCTION event each, sorted as the store reader sorts them.
    fn rows(pairs: &[&str]) -> Vec<EventRow> {
        let mut rows: Vec<EventRow> = pairs
            .iter()
            .enumerate()
            .map(|(i, pair)| {
                let (a, b) = pair.split_once('>').unwrap();
                row(&format!("e{i}"), "SANCTION", a, Some(b), None)
            })
            .collect();
        rows.sort();
        rows
    }

    fn graph(pairs: &[&str]) -> ActorGraph {
        ActorGraph::build(&rows(pairs))
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn pagerank_sums_to_one_and_has_known_values() {
        // a → b, b dangling: ranks 20/57 and 37/57 with damping 0.85.
        let ranks = pagerank(&graph(&["a>b"]), 0.85);
        assert!(
            close(ranks[0], 20.0 / 57.0) && close(ranks[1], 37.0 / 57.0),
            "{ranks:?}"
        );
        // A cycle: all equal.
        let ranks = pagerank(&graph(&["a>b", "b>c", "c>a"]), 0.85);
        assert!(ranks.iter().all(|r| close(*r, 1.0 / 3.0)), "{ranks:?}");
        // A star pointing in: the centre ranks first; the total is 1.
        let star = graph(&["b>a", "c>a", "d>a", "e>d"]);
        let ranks = pagerank(&star, 0.85);
        assert!(close(ranks.iter().sum(), 1.0));
        assert!(ranks[0] > ranks[3] && ranks[3] > ranks[1], "{ranks:?}");
    }

    #[test]
    fn pagerank_is_the_fixed_point_of_its_equation() {
        // Weighted (two events d → a), with a dangling node (e): r = (1-d)/n + d (Σ r_u w_uv / w_u + dangling / n).
        let g = graph(&["a>b", "b>c", "c>a", "a>c", "d>a", "d>a", "c>d", "c>e"]);
        let r = pagerank(&g, DAMPING);
        let n = r.len() as f64;
        let mut out = vec![0.0; r.len()];
        for e in g.graph.edge_references() {
            out[e.source().index()] += e.weight().count() as f64;
        }
        let dangling: f64 = (0..r.len()).filter(|u| out[*u] == 0.0).map(|u| r[u]).sum();
        for v in g.graph.node_indices() {
            let incoming: f64 = g
                .graph
                .edges_directed(v, Direction::Incoming)
                .map(|e| {
                    r[e.source().index()] * e.weight().count() as f64 / out[e.source().index()]
                })
                .sum();
            let expected = (1.0 - DAMPING) / n + DAMPING * (incoming + dangling / n);
            assert!(close(r[v.index()], expected), "{} {r:?}", g.graph[v]);
        }
        assert!(close(r.iter().sum(), 1.0));
    }

    #[test]
    fn betweenness_has_known_values() {
        // A path a-b-c-d: the inner two each lie on two shortest chains.
        let path = graph(&["a>b", "c>b", "c>d"]);
        assert_eq!(betweenness(&neighbours(&path)), [0.0, 2.0, 2.0, 0.0]);
        // A star: the centre lies on all three pairs of leaves.
        let star = graph(&["a>b", "a>c", "d>a"]);
        assert_eq!(betweenness(&neighbours(&star)), [3.0, 0.0, 0.0, 0.0]);
        // A square: two shortest chains per opposite pair, each node on half of one.
        let square = graph(&["a>b", "b>c", "c>d", "d>a"]);
        assert_eq!(betweenness(&neighbours(&square)), [0.5; 4]);
    }

    #[test]
    fn centrality_rows_are_sorted_by_pagerank() {
        let rows = centrality(&graph(&["b>a", "c>a", "a>c"]));
        assert_eq!(rows[0].actor, "a");
        assert_eq!(
            (rows[0].degree, rows[0].events_out, rows[0].events_in),
            (2, 1, 2)
        );
        assert!(close(rows.iter().map(|r| r.pagerank).sum(), 1.0));
    }

    #[test]
    fn shortest_paths_are_found_both_ways() {
        // a → b ← c → e and a → d → e: two chains of two steps from a to e; f is not linked.
        let g = graph(&["a>b", "c>b", "c>e", "a>d", "d>e", "f>g"]);
        let (a, e) = (g.node("a").unwrap(), g.node("e").unwrap());
        let paths = shortest_paths(&g, a, e, 10);
        assert_eq!(paths.len(), 1, "a-d-e is the only chain of 2 steps");
        let ids: Vec<(&str, &str, bool)> = paths[0]
            .iter()
            .map(|s| (s.from.as_str(), s.to.as_str(), s.events[0].forward))
            .collect();
        assert_eq!(ids, [("a", "d", true), ("d", "e", true)]);
        let c = g.node("c").unwrap();
        let back = shortest_paths(&g, a, c, 10);
        assert_eq!(back.len(), 1);
        assert!(
            !back[0][1].events[0].forward,
            "c → b goes against the chain a-b-c"
        );
        assert!(shortest_paths(&g, a, g.node("f").unwrap(), 10).is_empty());
        let square = graph(&["a>b", "b>c", "c>d", "d>a"]);
        let (a, c) = (square.node("a").unwrap(), square.node("c").unwrap());
        assert_eq!(shortest_paths(&square, a, c, 10).len(), 2);
        assert_eq!(shortest_paths(&square, a, c, 1).len(), 1);
    }

    /// A graph from `actor>recipient:TYPE` items.
    fn typed(items: &[&str]) -> ActorGraph {
        let mut rows: Vec<EventRow> = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let (pair, kind) = item.split_once(':').unwrap();
                let (a, b) = pair.split_once('>').unwrap();
                row(&format!("e{i}"), kind, a, Some(b), None)
            })
            .collect();
        rows.sort();
        ActorGraph::build(&rows)
    }

    #[test]
    fn a_balanced_signed_graph_splits_into_its_known_bipartition() {
        // a and b cooperate, c and d cooperate, the two pairs fight; e cooperates with nobody in particular but a.
        let g = typed(&[
            "a>b:AID",
            "c>d:CONSULT",
            "a>c:ASSAULT",
            "d>b:ACCUSE",
            "a>d:SANCTION",
            "e>a:SUPPORT",
            "x>y:AGREE",
        ]);
        let parts = blocs(&g);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].sides, [vec!["a", "b", "e"], vec!["c", "d"]]);
        assert_eq!(parts[0].ties, 6);
        assert!(parts[0].frustrated.is_empty());
        assert_eq!(
            parts[1].sides,
            [vec!["x", "y"], Vec::<&str>::new()],
            "one bloc"
        );
    }

    #[test]
    fn an_unbalanced_triangle_leaves_one_tie_frustrated() {
        let parts = blocs(&typed(&["a>b:ASSAULT", "b>c:ASSAULT", "c>a:ASSAULT"]));
        assert_eq!(parts[0].frustrated.len(), 1);
        // Cooperation and conflict that cancel out are no tie at all.
        assert!(blocs(&typed(&["a>b:AID", "b>a:ASSAULT"])).is_empty());
    }
}

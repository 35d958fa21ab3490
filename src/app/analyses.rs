//! `newskg analyze` (centrality, chains between two actors, blocs) and `newskg timeline`: reports on the actor
//! graph as tables, CSV or JSON.

use super::selection::{lang, selected};
use super::{open, write_output, Failure, EXIT_FAILURE};
use crate::analyze;
use crate::cli::{
    Analysis, AnalyzeArgs, CentralArgs, GroupsArgs, PathArgs, ReportFormatArg, TimelineArgs,
    TimelineFormatArg,
};
use crate::graph::select;
use crate::graph::{self, ActorGraph, EventData};
use crate::store::{NewsStore, StoreLocation};
use std::io::Write;

/// `newskg analyze`: centrality, or the chains of events between two actors.
pub(super) fn analyze_command(
    location: &StoreLocation,
    args: &AnalyzeArgs,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let store = open(location, false)?;
    let data = graph::read::read_events(&store)?;
    match &args.analysis {
        Analysis::Central(args) => central(&store, &data, args, out),
        Analysis::Path(args) => path(&store, &data, args, out),
        Analysis::Groups(args) => groups(&store, &data, args, out),
    }
}

/// A CSV record: fields quoted when they hold a comma, a quote or a line end.
fn write_csv(out: &mut dyn Write, fields: &[String]) -> std::io::Result<()> {
    let quoted: Vec<String> = fields
        .iter()
        .map(|f| {
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f.clone()
            }
        })
        .collect();
    writeln!(out, "{}", quoted.join(","))
}

fn central(
    store: &NewsStore,
    data: &EventData,
    args: &CentralArgs,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let rows = selected(store, data, &args.select, "analyse")?;
    let graph = ActorGraph::build(rows);
    let lang = lang(args.report.lang);
    let mut ranking = analyze::centrality(&graph);
    ranking.truncate(args.limit.unwrap_or(usize::MAX));
    let header = [
        "actor",
        "label",
        "degree",
        "events_out",
        "events_in",
        "pagerank",
        "betweenness",
    ];
    let cells = |c: &analyze::Centrality| {
        vec![
            c.actor.clone(),
            data.label(&c.actor, lang).to_owned(),
            c.degree.to_string(),
            c.events_out.to_string(),
            c.events_in.to_string(),
            format!("{:.4}", c.pagerank),
            format!("{:.2}", c.betweenness),
        ]
    };
    match args.report.format {
        ReportFormatArg::Table => {
            let rows: Vec<Vec<String>> = ranking.iter().map(cells).collect();
            crate::query::write_table(out, &header.map(String::from), &rows)?;
        }
        ReportFormatArg::Csv => {
            write_csv(out, &header.map(String::from))?;
            for c in &ranking {
                write_csv(out, &cells(c))?;
            }
        }
        ReportFormatArg::Json => {
            let rows: Vec<serde_json::Value> = ranking
                .iter()
                .map(|c| {
                    let mut value = serde_json::to_value(c).expect("serialisable");
                    value["label"] = data.label(&c.actor, lang).into();
                    value
                })
                .collect();
            super::write_json(out, &rows, true)?;
        }
    }
    Ok(0)
}

fn path(
    store: &NewsStore,
    data: &EventData,
    args: &PathArgs,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let from = select::resolve_actor(data, &args.from)?;
    let to = select::resolve_actor(data, &args.to)?;
    if from == to {
        return Err(Failure::usage(format!(
            "'{}' and '{}' are the same actor ({from}): give two actors",
            args.from, args.to
        )));
    }
    let rows = selected(store, data, &args.select, "analyse")?;
    let graph = ActorGraph::build(rows);
    let lang = lang(args.report.lang);
    let named = |id: &str| format!("{} ({id})", data.label(id, lang));
    let node = |id: &str| {
        graph.node(id).ok_or_else(|| Failure {
            code: EXIT_FAILURE,
            message: format!("{} has no event in the selection", named(id)),
        })
    };
    let chains = analyze::shortest_paths(&graph, node(&from)?, node(&to)?, args.limit.max(1));
    if chains.is_empty() {
        return Err(Failure {
            code: EXIT_FAILURE,
            message: format!(
                "no chain of events links {} and {}",
                named(&from),
                named(&to)
            ),
        });
    }
    match args.report.format {
        ReportFormatArg::Json => {
            let value: Vec<serde_json::Value> = chains
                .iter()
                .map(|chain| {
                    let steps: Vec<serde_json::Value> = chain
                        .iter()
                        .map(|step| {
                            let mut value = serde_json::to_value(step).expect("serialisable");
                            value["from_label"] = data.label(&step.from, lang).into();
                            value["to_label"] = data.label(&step.to, lang).into();
                            value
                        })
                        .collect();
                    serde_json::json!({ "steps": steps })
                })
                .collect();
            super::write_json(out, &value, true)?;
        }
        ReportFormatArg::Csv => {
            let header = [
                "chain",
                "step",
                "from",
                "to",
                "direction",
                "event",
                "type",
                "date",
                "sentence",
                "article_title",
            ];
            write_csv(out, &header.map(String::from))?;
            for (c, chain) in chains.iter().enumerate() {
                for (s, step) in chain.iter().enumerate() {
                    for e in &step.events {
                        write_csv(
                            out,
                            &[
                                (c + 1).to_string(),
                                (s + 1).to_string(),
                                step.from.clone(),
                                step.to.clone(),
                                if e.forward { "forward" } else { "backward" }.into(),
                                e.event.event.clone(),
                                e.event_type.to_string(),
                                e.event.date.clone().unwrap_or_default(),
                                e.event.evidence.clone().unwrap_or_default(),
                                e.event.title.clone().unwrap_or_default(),
                            ],
                        )?;
                    }
                }
            }
        }
        ReportFormatArg::Table => {
            let steps = chains[0].len();
            writeln!(
                out,
                "{} shortest chain{} of {steps} step{} between {} and {}",
                chains.len(),
                if chains.len() == 1 { "" } else { "s" },
                if steps == 1 { "" } else { "s" },
                named(&from),
                named(&to)
            )?;
            for (c, chain) in chains.iter().enumerate() {
                let mut actors = vec![data.label(&chain[0].from, lang)];
                actors.extend(chain.iter().map(|s| data.label(&s.to, lang)));
                writeln!(out, "\nchain {}: {}", c + 1, actors.join(" — "))?;
                for (s, step) in chain.iter().enumerate() {
                    writeln!(
                        out,
                        "  {}. {} — {}",
                        s + 1,
                        data.label(&step.from, lang),
                        data.label(&step.to, lang)
                    )?;
                    for e in &step.events {
                        let (actor, recipient) = if e.forward {
                            (&step.from, &step.to)
                        } else {
                            (&step.to, &step.from)
                        };
                        writeln!(
                            out,
                            "     {} {} {} → {} [{}]",
                            e.event.date.as_deref().unwrap_or("(undated)"),
                            e.event_type,
                            data.label(actor, lang),
                            data.label(recipient, lang),
                            e.event.event
                        )?;
                        if let Some(sentence) = &e.event.evidence {
                            writeln!(out, "       « {} »", sentence.trim())?;
                        }
                        if let Some(title) = &e.event.title {
                            writeln!(out, "       — {}", title.trim())?;
                        }
                    }
                }
            }
        }
    }
    Ok(0)
}

fn groups(
    store: &NewsStore,
    data: &EventData,
    args: &GroupsArgs,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let rows = selected(store, data, &args.select, "analyse")?;
    let parts = analyze::blocs(&ActorGraph::build(rows));
    let lang = lang(args.report.lang);
    if parts.is_empty() {
        return Err(Failure {
            code: EXIT_FAILURE,
            message: "no groups: the selected events tie no two actors (cooperation and conflict cancel out)"
                .into(),
        });
    }
    let labels = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .map(|id| data.label(id, lang).to_owned())
            .collect()
    };
    match args.report.format {
        ReportFormatArg::Json => {
            let value: Vec<serde_json::Value> = parts
                .iter()
                .map(|p| {
                    let mut value = serde_json::to_value(p).expect("serialisable");
                    value["labels"] = p.sides.iter().map(|side| labels(side)).collect();
                    value
                })
                .collect();
            super::write_json(out, &value, true)?;
        }
        ReportFormatArg::Csv => {
            write_csv(out, &["group", "bloc", "actor", "label"].map(String::from))?;
            for (g, part) in parts.iter().enumerate() {
                for (b, side) in part.sides.iter().enumerate() {
                    for id in side {
                        write_csv(
                            out,
                            &[
                                (g + 1).to_string(),
                                (b + 1).to_string(),
                                id.clone(),
                                data.label(id, lang).to_owned(),
                            ],
                        )?;
                    }
                }
            }
        }
        ReportFormatArg::Table => {
            writeln!(
                out,
                "{} group{} of actors tied by cooperation (+) or conflict (−), each split into blocs that cooperate within and are in conflict across",
                parts.len(),
                if parts.len() == 1 { "" } else { "s" }
            )?;
            for (g, part) in parts.iter().enumerate() {
                writeln!(
                    out,
                    "\ngroup {}: {} actors, {} ties, {} against the split",
                    g + 1,
                    part.sides.iter().map(Vec::len).sum::<usize>(),
                    part.ties,
                    part.frustrated.len()
                )?;
                for (b, side) in part.sides.iter().enumerate() {
                    writeln!(out, "  bloc {}: {}", b + 1, labels(side).join(", "))?;
                }
                for (a, b, w) in &part.frustrated {
                    writeln!(
                        out,
                        "  against the split: {} — {} (net {w:+})",
                        data.label(a, lang),
                        data.label(b, lang)
                    )?;
                }
            }
        }
    }
    Ok(0)
}

/// `newskg timeline A [B]`: the events of an actor, or between two, in date order.
pub(super) fn timeline_command(
    location: &StoreLocation,
    args: &TimelineArgs,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let store = open(location, false)?;
    let data = graph::read::read_events(&store)?;
    let actor = select::resolve_actor(&data, &args.actor)?;
    let other = args
        .other
        .as_deref()
        .map(|name| select::resolve_actor(&data, name))
        .transpose()?;
    let rows = selected(&store, &data, &args.select, "list")?;
    let entries = analyze::timeline::timeline(&rows, &actor, other.as_deref());
    let lang = lang(args.lang);
    if entries.is_empty() {
        let between = other
            .as_ref()
            .map(|o| format!(" with {} ({o})", data.label(o, lang)))
            .unwrap_or_default();
        return Err(Failure {
            code: EXIT_FAILURE,
            message: format!(
                "no event of {} ({actor}){between} in the selection",
                data.label(&actor, lang)
            ),
        });
    }
    let names = |ids: &[String]| {
        ids.iter()
            .map(|id| data.label(id, lang))
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let cells = |e: &analyze::timeline::TimelineEntry| {
        vec![
            e.date.clone().unwrap_or_default(),
            e.event_type.to_string(),
            names(&e.actors),
            names(&e.recipients),
            e.modes.join(" "),
            e.event.clone(),
            e.evidence.clone().unwrap_or_default(),
        ]
    };
    let header = [
        "date",
        "type",
        "actor",
        "recipient",
        "modes",
        "event",
        "sentence",
    ]
    .map(String::from);
    let title = match &other {
        Some(o) => format!("{} — {}", data.label(&actor, lang), data.label(o, lang)),
        None => data.label(&actor, lang).to_owned(),
    };
    write_output(args.output.as_deref(), out, |out| {
        match args.format {
            TimelineFormatArg::Table => {
                let rows: Vec<Vec<String>> = entries.iter().map(cells).collect();
                crate::query::write_table(out, &header, &rows)?;
            }
            TimelineFormatArg::Csv => {
                let mut header = header.to_vec();
                header.push("article_title".into());
                write_csv(out, &header)?;
                for e in &entries {
                    let mut row = cells(e);
                    row.push(e.title.clone().unwrap_or_default());
                    write_csv(out, &row)?;
                }
            }
            TimelineFormatArg::Json => super::write_json(out, &entries, true)?,
            TimelineFormatArg::Svg => {
                analyze::timeline::write_timeline_svg(&entries, &data, &title, lang, out)?
            }
        }
        Ok(())
    })?;
    Ok(0)
}

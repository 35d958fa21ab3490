//! The subcommands that draw and analyse the actor graph: `graph` (and, later, `analyze`, `timeline`).

use super::{open, write_output, Failure, EXIT_FAILURE};
use crate::cli::{GraphArgs, GraphFormatArg, LangArg};
use crate::graph::render::{self, Picture, RenderError};
use crate::graph::{self, ActorGraph, Lang};
use crate::store::StoreLocation;
use std::io::Write;

impl From<RenderError> for Failure {
    fn from(e: RenderError) -> Self {
        Self {
            code: EXIT_FAILURE,
            message: e.to_string(),
        }
    }
}

fn lang(arg: LangArg) -> Lang {
    match arg {
        LangArg::En => Lang::En,
        LangArg::Fr => Lang::Fr,
    }
}

/// `newskg graph`: the actor graph as DOT, or as SVG/PNG through Graphviz.
pub(super) fn graph_command(
    location: &StoreLocation,
    args: &GraphArgs,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    let store = open(location, false)?;
    let data = graph::read::read_events(&store)?;
    let actor_graph = ActorGraph::build(&data.rows);
    if actor_graph.graph.node_count() == 0 {
        return Err(Failure {
            code: EXIT_FAILURE,
            message: "nothing to draw: the store holds no event with an actor (ingest facts or articles first: newskg ingest data/)".into(),
        });
    }
    let mut dot = Vec::new();
    graph::dot::write_dot(&actor_graph, &data, lang(args.lang), &mut dot)?;
    let bytes = match args.format {
        GraphFormatArg::Dot => dot,
        GraphFormatArg::Svg => render::render(&args.dot, &dot, Picture::Svg)?,
        GraphFormatArg::Png => render::render(&args.dot, &dot, Picture::Png)?,
    };
    write_output(args.output.as_deref(), out, |writer| {
        writer.write_all(&bytes)?;
        Ok(())
    })?;
    Ok(0)
}

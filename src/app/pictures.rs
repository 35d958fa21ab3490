//! `newskg graph`: the actor graph drawn as DOT, SVG or PNG.

use super::selection::{lang, selected};
use super::{open, write_output, Failure, EXIT_FAILURE};
use crate::analyze;
use crate::cli::{GraphArgs, GraphFormatArg};
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

/// `newskg graph`: the actor graph as DOT, or as SVG/PNG through Graphviz.
pub(super) fn graph_command(
    location: &StoreLocation,
    args: &GraphArgs,
    out: &mut dyn Write,
) -> Result<u8, Failure> {
    if args.ontology {
        let mut dot = Vec::new();
        graph::ontology::write_ontology_dot(lang(args.lang), &mut dot)?;
        return render_and_write(&dot, args, out);
    }
    let store = open(location, false)?;
    let data = graph::read::read_events(&store)?;
    let rows = selected(&store, &data, &args.select, "draw")?;
    let actor_graph = ActorGraph::build(rows);
    let lang = lang(args.lang);
    let clusters = args.groups.then(|| {
        let mut clusters = Vec::new();
        for (g, part) in analyze::blocs(&actor_graph).iter().enumerate() {
            for (b, side) in part.sides.iter().enumerate() {
                let label = match lang {
                    Lang::En => format!("group {}, bloc {}", g + 1, b + 1),
                    Lang::Fr => format!("groupe {}, bloc {}", g + 1, b + 1),
                };
                clusters.push((label, side.clone()));
            }
        }
        clusters
    });
    let options = graph::dot::DotOptions {
        lang,
        clusters,
        events: args.events,
    };
    let mut dot = Vec::new();
    graph::dot::write_dot(&actor_graph, &data, &options, &mut dot)?;
    render_and_write(&dot, args, out)
}

/// Writes DOT as it is, or the picture Graphviz draws from it.
fn render_and_write(dot: &[u8], args: &GraphArgs, out: &mut dyn Write) -> Result<u8, Failure> {
    let bytes = match args.format {
        GraphFormatArg::Dot => dot.to_vec(),
        GraphFormatArg::Svg => render::render(&args.dot, dot, Picture::Svg)?,
        GraphFormatArg::Png => render::render(&args.dot, dot, Picture::Png)?,
    };
    write_output(args.output.as_deref(), out, |writer| {
        writer.write_all(&bytes)?;
        Ok(())
    })?;
    Ok(0)
}

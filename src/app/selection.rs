//! The selection shared by `graph`, `analyze` and `timeline`: filter options checked once and applied to the
//! events read from the store.

use super::{Failure, EXIT_FAILURE};
use crate::cli::{LangArg, SelectArgs};
use crate::graph::read::{self, QueryFileError};
use crate::graph::select::{self, SelectError, Selection};
use crate::graph::{EventData, EventRow, Lang, QuadClass};
use crate::model::{EventDate, EventType};
use crate::store::NewsStore;

impl From<SelectError> for Failure {
    fn from(e: SelectError) -> Self {
        Self::usage(e.to_string())
    }
}

impl From<QueryFileError> for Failure {
    fn from(e: QueryFileError) -> Self {
        match e {
            QueryFileError::Invalid { .. } => Self::usage(e.to_string()),
            QueryFileError::Store { .. } => Self {
                code: EXIT_FAILURE,
                message: e.to_string(),
            },
        }
    }
}

pub(super) fn lang(arg: LangArg) -> Lang {
    match arg {
        LangArg::En => Lang::En,
        LangArg::Fr => Lang::Fr,
    }
}

/// Parses each value of a repeatable option; the first bad one is a usage error naming the option.
fn parse_all<T: Ord>(
    option: &str,
    values: &[String],
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<std::collections::BTreeSet<T>, Failure> {
    values
        .iter()
        .map(|v| parse(v.trim()).map_err(|e| Failure::usage(format!("{option}: {e}"))))
        .collect()
}

/// The selection the filters describe, checked once: bad values are usage errors naming the option.
fn selection(store: &NewsStore, data: &EventData, args: &SelectArgs) -> Result<Selection, Failure> {
    let date = |option: &str, value: &Option<String>| {
        value
            .as_deref()
            .map(|d| {
                d.trim().parse::<EventDate>().map_err(|_| {
                    Failure::usage(format!(
                        "{option}: '{d}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
                    ))
                })
            })
            .transpose()
    };
    let types = parse_all("--type", &args.types, |t| {
        t.to_uppercase()
            .parse::<EventType>()
            .map_err(|e| e.to_string())
    })?;
    let quads = parse_all("--quad", &args.quads, |q| q.parse::<QuadClass>())?;
    let countries = parse_all("--country", &args.countries, |c| {
        let code = c.to_uppercase();
        if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
            Ok(code)
        } else {
            Err(format!(
                "'{c}' is not an ISO 3166-1 alpha-3 country code (such as MLI)"
            ))
        }
    })?;
    let articles = args
        .articles
        .iter()
        .map(|a| read::local_id(a.trim()))
        .collect();
    let actor = args
        .actor
        .as_deref()
        .map(|name| select::resolve_actor(data, name).map(|id| (id, args.depth)))
        .transpose()?;
    let query = args
        .query
        .as_deref()
        .map(|path| read::read_query_choice(store, path))
        .transpose()?;
    Ok(Selection {
        actor,
        types,
        quads,
        since: date("--since", &args.since)?,
        until: date("--until", &args.until)?,
        articles,
        countries,
        min_count: args.min_count,
        query,
    })
}

/// The events the filters keep, or an error saying there is nothing to `verb` (exit 1: a valid question with no
/// answer, like grep finding nothing).
pub(super) fn selected<'a>(
    store: &NewsStore,
    data: &'a EventData,
    args: &SelectArgs,
    verb: &str,
) -> Result<Vec<&'a EventRow>, Failure> {
    let nothing = |why: String| Failure {
        code: EXIT_FAILURE,
        message: why,
    };
    if data.rows.is_empty() {
        return Err(nothing(format!("nothing to {verb}: the store holds no event with an actor (ingest facts or articles first: newskg ingest data/)")));
    }
    let selection = selection(store, data, args)?;
    let rows = selection.apply(data);
    if rows.is_empty() {
        let actor = selection
            .actor
            .as_ref()
            .map(|(id, _)| format!(" (actor {id})"))
            .unwrap_or_default();
        return Err(nothing(format!(
            "nothing to {verb}: no event of the store passes the filters{actor}"
        )));
    }
    Ok(rows)
}

//! Text → events, with no RDF and no store: sentence splitting, the actor dictionary, the PLOVER event
//! patterns, dates and modality. Every match keeps UTF-8 byte offsets into the article text.

pub mod actors;
mod clauses;
pub mod dates;
pub mod events;
pub mod matcher;
pub mod modality;
pub mod normalize;
pub mod patterns;
pub mod sentences;
mod told;

pub use events::{DictionaryError, Extractor};

//! Text → events, with no RDF and no store: sentence splitting, the actor dictionary, and (to come) the
//! PLOVER event patterns. Every match keeps UTF-8 byte offsets into the article text.

pub mod actors;
pub mod dates;
pub mod modality;
pub mod normalize;
pub mod sentences;

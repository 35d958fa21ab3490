//! What an article has told so far, for telling each event once: keys of numbered actor ids, trigger stems, and
//! the events told without their actor.

use super::normalize::Text;
use super::patterns::TriggerMatch;
use crate::model::{ActorMention, EventDate, EventType, Modality};

/// The first four characters of a trigger's words of four bytes or more: an event told again is told with a word
/// of the same stem ("suspend", "a suspendu"; "the arrest", "arrested").
pub(super) fn stems_of(text: &Text<'_>, trigger: &TriggerMatch) -> Stems {
    text.words(trigger.start..trigger.end)
        .iter()
        .filter(|w| w.len() >= 4)
        .map(|w| {
            // The first four characters: sixteen bytes at most.
            let end = w.char_indices().nth(4).map_or(w.len(), |(i, _)| i);
            let mut bytes = [0; 16];
            bytes[..end].copy_from_slice(&w.as_bytes()[..end]);
            u128::from_le_bytes(bytes)
        })
        .collect()
}

/// The first four characters of a word of a trigger, as one number (their bytes, zeros after): what was told is
/// matched by equal stems only, and words hold no zero byte.
pub(super) type Stem = u128;

/// The stems of a trigger's words (most triggers have one or two words).
pub(super) type Stems = smallvec::SmallVec<[Stem; 3]>;

/// The actor ids of an article as numbers, for the keys of what the article has told: hashed and compared
/// without copying the ids.
pub(super) type Ids = smallvec::SmallVec<[u32; 3]>;

/// The numbers of the actor ids of an article, in the order they were first asked for.
#[derive(Default)]
pub(super) struct IdNumbers(rustc_hash::FxHashMap<String, u32>);

impl IdNumbers {
    pub(super) fn of(&mut self, id: &str) -> u32 {
        if let Some(&number) = self.0.get(id) {
            return number;
        }
        let number = u32::try_from(self.0.len()).expect("fewer than 2^32 actors in an article");
        self.0.insert(id.to_owned(), number);
        number
    }

    pub(super) fn of_mentions(&mut self, mentions: &[ActorMention]) -> Ids {
        mentions.iter().map(|m| self.of(&m.id)).collect()
    }
}

/// An event a noun tells without saying whose it is ("en réponse à l'arrestation en août d'un agent diplomatique
/// français"): no record, but its date is the date of the same event told later with its actor.
pub(super) struct Untold {
    pub(super) trigger: usize,
    pub(super) event_type: EventType,
    pub(super) recipient: Vec<String>,
}

/// What identifies an event for deduplication: type, actor ids, recipient ids.
pub(super) type EventKey = (EventType, Ids, Ids);

/// An event in its sentence (the span), with its date when the sentence gives several dates.
/// And its pattern's modes: a coup and a house arrest told in one sentence are two acts.
pub(super) type SentenceKey<'p> = (
    EventKey,
    Option<[usize; 2]>,
    Option<Option<EventDate>>,
    &'p [String],
);

/// The events an article has told so far: one per key and sentence (per date when a sentence gives several), one
/// per key, date, modality and trigger stem in the article (a lede told again in the body is the same event, told
/// with a word of the same stem).
#[derive(Default)]
pub(super) struct Told<'p> {
    pub(super) in_sentence: rustc_hash::FxHashSet<SentenceKey<'p>>,
    /// Per (key, date, modality): the word stems of the triggers that told it.
    pub(super) in_article:
        rustc_hash::FxHashMap<(EventKey, Option<EventDate>, Modality), Vec<Stems>>,
    /// The dates of events told without their actor, per type and recipient ids, with the trigger's word stems.
    pub(super) untold: rustc_hash::FxHashMap<(EventType, Ids), (EventDate, Stems)>,
    /// Per type and actor ids: the word stems of the triggers that told an event, and its date.
    pub(super) by_actor: rustc_hash::FxHashMap<(EventType, Ids), Vec<StemsAndDate>>,
}

/// The word stems of a trigger that told an event, and the event's date.
pub(super) type StemsAndDate = (Stems, Option<EventDate>);

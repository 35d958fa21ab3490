//! Finding dictionary phrases (names, trigger forms) that stand as whole words in a text in matching form.
//!
//! A phrase is found word by word: its first word is looked up in a hash table, each next word (with the
//! separator before it: " ", "'", "-") among the few that follow it in some phrase. A text is read one word at a
//! time, in a table that fits in the cache, where an Aho-Corasick automaton over thousands of phrases reads it
//! one byte at a time in tables of megabytes, and finds, then drops, every phrase that starts or ends inside a word.

use rustc_hash::FxHashMap;

/// Phrases compiled for whole-word search: at each place of a text, the longest phrase that starts and ends
/// there on a word boundary (a word is a run of letters and digits).
#[derive(Debug, Clone)]
pub struct WordMatcher {
    /// First word → its node (node 0, before any word, keeps no steps of its own: they are here), by [`key`]
    /// for the words of up to [`KEY_BYTES`] bytes (nearly all), by the word itself for longer ones.
    first: FxHashMap<Key, u32>,
    /// First words longer than [`KEY_BYTES`] → their node.
    first_long: FxHashMap<Box<str>, u32>,
    /// The shapes of the first words (see [`shape`]), as a set of bits: most words of a text are no first word of
    /// a phrase, and most of those are told so here, without hashing them whole.
    shapes: Box<[u64; SHAPES / 64]>,
    nodes: Vec<Node>,
    /// Per node, its next words (the separator before each, then the word) of up to [`KEY_BYTES`] bytes, as
    /// [`key`]s, sorted: `nodes[n].next` is a range of this.
    next: Vec<(Key, u32)>,
    /// Per node, its longer next words, sorted: `nodes[n].next_long` is a range of this.
    next_long: Vec<(Box<str>, u32)>,
    /// Phrases that do not open with a letter or digit ("-backed", "(mnla)"), longest first: tried as they are
    /// at every place that is not inside a word. Rare: none in the bundled dictionaries.
    unworded: Vec<(Box<str>, u32)>,
    /// The first bytes of `unworded`.
    unworded_first: [bool; 256],
}

/// The phrases that go through one sequence of words.
#[derive(Debug, Clone, Default)]
struct Node {
    /// The phrase that ends with the last word.
    ends: Option<u32>,
    /// The phrases that end with a separator after the last word ("appelons l'"), with that separator, longest
    /// first.
    ends_after: Vec<(Box<str>, u32)>,
    next: std::ops::Range<u32>,
    next_long: std::ops::Range<u32>,
}

impl WordMatcher {
    /// Compiles phrases (in matching form); the index of a phrase is its place in `phrases`. Empty phrases are
    /// never found; a phrase given twice is found as its first.
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> WordMatcher {
        // Built as a tree with ordered maps, then flattened.
        #[derive(Default)]
        struct Building {
            ends: Option<u32>,
            ends_after: Vec<(Box<str>, u32)>,
            next: std::collections::BTreeMap<Box<str>, usize>,
        }
        let mut tree: Vec<Building> = vec![Building::default()];
        let mut unworded: Vec<(Box<str>, u32)> = Vec::new();
        for (index, phrase) in phrases.iter().enumerate() {
            let phrase = phrase.as_ref();
            let index = u32::try_from(index).expect("fewer than 2^32 phrases");
            if phrase.is_empty() {
                continue;
            }
            if word_end(phrase, 0) == 0 {
                if !unworded.iter().any(|(p, _)| &**p == phrase) {
                    unworded.push((phrase.into(), index));
                }
                continue;
            }
            // The first word, then each separator with the word after it; the separator that may end it.
            let mut node = 0;
            let mut at = 0;
            let mut trailing = None;
            while at < phrase.len() {
                let word_from = if at == 0 {
                    0
                } else {
                    separator_end(phrase, at)
                };
                if word_from == phrase.len() {
                    trailing = Some(&phrase[at..]);
                    break;
                }
                let end = word_end(phrase, word_from);
                let step: Box<str> = phrase[at..end].into();
                let fresh = tree.len();
                node = *tree[node].next.entry(step).or_insert(fresh);
                if node == fresh {
                    tree.push(Building::default());
                }
                at = end;
            }
            let node = &mut tree[node];
            match trailing {
                None => {
                    node.ends.get_or_insert(index);
                }
                Some(separator) => {
                    if !node.ends_after.iter().any(|(s, _)| &**s == separator) {
                        node.ends_after.push((separator.into(), index));
                    }
                }
            }
        }
        let mut first: FxHashMap<Key, u32> = FxHashMap::default();
        let mut first_long: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut shapes = Box::new([0; SHAPES / 64]);
        let mut nodes = vec![Node::default(); tree.len()];
        let mut next = Vec::new();
        let mut next_long = Vec::new();
        let index = |n: usize| u32::try_from(n).expect("node index");
        for (n, building) in tree.iter_mut().enumerate() {
            building
                .ends_after
                .sort_by_key(|(separator, _)| std::cmp::Reverse(separator.len()));
            nodes[n].ends = building.ends;
            nodes[n].ends_after = std::mem::take(&mut building.ends_after);
            let children = std::mem::take(&mut building.next);
            if n == 0 {
                for (word, child) in children {
                    let shape = shape(word.as_bytes());
                    shapes[shape / 64] |= 1 << (shape % 64);
                    match key(word.as_bytes(), 0, word.len()) {
                        Some(key) => first.insert(key, index(child)),
                        None => first_long.insert(word, index(child)),
                    };
                }
            } else {
                let (from, from_long) = (index(next.len()), index(next_long.len()));
                for (step, child) in children {
                    match key(step.as_bytes(), 0, step.len()) {
                        Some(key) => next.push((key, index(child))),
                        None => next_long.push((step, index(child))),
                    }
                }
                next[from as usize..].sort_unstable();
                nodes[n].next = from..index(next.len());
                nodes[n].next_long = from_long..index(next_long.len());
            }
        }
        unworded.sort_by_key(|(phrase, _)| std::cmp::Reverse(phrase.len()));
        let mut unworded_first = [false; 256];
        for (phrase, _) in &unworded {
            unworded_first[usize::from(phrase.as_bytes()[0])] = true;
        }
        WordMatcher {
            first,
            first_long,
            shapes,
            nodes,
            next,
            next_long,
            unworded,
            unworded_first,
        }
    }

    /// The phrases that stand as whole words in `text`: leftmost first, the longest at each place, none
    /// overlapping the one before; `(start, end, phrase index)`, byte offsets in `text`.
    pub fn find_iter<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        // `at` never stands inside a word: it is the start, the end of a word, or the end of a phrase found
        // (which no letter or digit follows).
        let mut at = 0;
        std::iter::from_fn(move || {
            while at < text.len() {
                let word = word_end(text, at);
                if word > at {
                    let start = at;
                    let next = |at| {
                        let separator = separator_end(text, at);
                        (separator, word_end(text, separator))
                    };
                    if let Some((end, phrase)) = self.longest_at(text, start, word, next) {
                        at = end;
                        return Some((start, end, phrase));
                    }
                    at = word;
                    continue;
                }
                let separator = separator_end(text, at);
                if !self.unworded.is_empty() {
                    if let Some(found) = self.unworded_in(text, at, separator) {
                        at = found.1;
                        return Some(found);
                    }
                }
                at = separator;
            }
            None
        })
    }

    /// Whether [`find_iter_in_words`](Self::find_iter_in_words) finds all [`find_iter`](Self::find_iter) finds:
    /// unless a phrase opens with no letter or digit (those are found between words).
    pub fn reads_words_only(&self) -> bool {
        self.unworded.is_empty()
    }

    /// As [`find_iter`](Self::find_iter), given the [`words`] of `text`: a text that several matchers read is
    /// cut into words once. Only for a matcher that [reads words only](Self::reads_words_only) (else the phrases
    /// that open with no letter or digit are not found).
    pub(super) fn find_iter_in_words<'t>(
        &'t self,
        text: &'t str,
        words: &'t [(u32, u32)],
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        debug_assert!(self.reads_words_only());
        // The next word to try; words that start inside a phrase found are not tried.
        let mut k = 0;
        let mut at = 0;
        std::iter::from_fn(move || {
            while k < words.len() {
                let (start, first_end) = (words[k].0 as usize, words[k].1 as usize);
                k += 1;
                if start < at {
                    continue;
                }
                // From the end of a word: where the next one starts and ends (the text's end when none).
                let mut after = k;
                let next = |_: usize| {
                    let found = words
                        .get(after)
                        .map_or((text.len(), text.len()), |&(s, e)| (s as usize, e as usize));
                    after += 1;
                    found
                };
                if let Some((end, phrase)) = self.longest_at(text, start, first_end, next) {
                    at = end;
                    return Some((start, end, phrase));
                }
            }
            None
        })
    }

    /// The longest phrase that opens with the word `text[start..first_end]`: its end and index. `next_word` gives,
    /// from the end of a word, where the next word starts and ends (the separator between is the rest), each
    /// call the word after the previous one's.
    #[inline]
    fn longest_at(
        &self,
        text: &str,
        start: usize,
        first_end: usize,
        mut next_word: impl FnMut(usize) -> (usize, usize),
    ) -> Option<(usize, usize)> {
        let word = &text[start..first_end];
        let shape = shape(word.as_bytes());
        if self.shapes[shape / 64] & (1 << (shape % 64)) == 0 {
            return None;
        }
        let bytes = text.as_bytes();
        let mut node = *match key(bytes, start, first_end) {
            Some(key) => self.first.get(&key),
            None => self.first_long.get(word),
        }?;
        let mut at = first_end;
        let mut longest = None;
        loop {
            let Node {
                ends,
                ends_after,
                next,
                next_long,
            } = &self.nodes[node as usize];
            if let Some(phrase) = ends {
                longest = Some((at, *phrase as usize));
            }
            let (separator, end) = next_word(at);
            // A phrase that ends with a separator is no whole word where a letter or digit follows it.
            if let Some((s, phrase)) = ends_after.iter().find(|(s, _)| {
                text[at..separator].starts_with(&**s)
                    && (at + s.len() < separator || separator == text.len())
            }) {
                longest = Some((at + s.len(), *phrase as usize));
            }
            if (next.is_empty() && next_long.is_empty())
                || separator == at
                || separator == text.len()
            {
                return longest;
            }
            let child = match key(bytes, at, end) {
                Some(key) => {
                    let steps = &self.next[next.start as usize..next.end as usize];
                    steps
                        .binary_search_by_key(&key, |&(k, _)| k)
                        .map(|k| steps[k].1)
                }
                None => {
                    let steps = &self.next_long[next_long.start as usize..next_long.end as usize];
                    let step = &text[at..end];
                    steps
                        .binary_search_by(|(s, _)| (**s).cmp(step))
                        .map(|k| steps[k].1)
                }
            };
            match child {
                Ok(child) => {
                    node = child;
                    at = end;
                }
                Err(_) => return longest,
            }
        }
    }

    /// The first phrase that opens with no letter or digit, found whole in `text[from..to]` (a run of characters
    /// that are none).
    fn unworded_in(&self, text: &str, from: usize, to: usize) -> Option<(usize, usize, usize)> {
        let mut place = from;
        while place < to {
            let after_word = text[..place].chars().next_back().is_some_and(is_word_char);
            if !after_word && self.unworded_first[usize::from(text.as_bytes()[place])] {
                let found = self.unworded.iter().find(|(phrase, _)| {
                    let end = place + phrase.len();
                    text[place..].starts_with(&**phrase) && word_end(text, end) == end
                });
                if let Some((phrase, index)) = found {
                    return Some((place, place + phrase.len(), *index as usize));
                }
            }
            place += text[place..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }
}

/// The words of a text as a matcher reads them (runs of letters and digits), as byte ranges, for
/// [`WordMatcher::find_iter_in_words`]. `text` is shorter than 4 GiB.
pub fn words(text: &str) -> Vec<(u32, u32)> {
    let offset = |at: usize| u32::try_from(at).expect("a text shorter than 4 GiB");
    let mut words = Vec::with_capacity(text.len() / 6);
    let mut at = separator_end(text, 0);
    while at < text.len() {
        let end = word_end(text, at);
        words.push((offset(at), offset(end)));
        at = separator_end(text, end);
    }
    words
}

/// A word, or a separator and the word after it, of up to [`KEY_BYTES`] bytes, as one number: compared and hashed
/// as an integer, not byte by byte.
type Key = u128;

/// The longest words (with their separator) that have a [`Key`].
const KEY_BYTES: usize = 16;

/// The key of `text[start..end]` (a word, or a separator and a word), if it is short enough: its bytes,
/// little-endian, zeros after. A word ends with a letter or digit, never a zero byte, so two keys are equal only
/// for equal words.
#[inline]
fn key(text: &[u8], start: usize, end: usize) -> Option<Key> {
    let len = end - start;
    if len > KEY_BYTES {
        return None;
    }
    if let Some(chunk) = text.get(start..start + KEY_BYTES) {
        // Sixteen bytes at once, those past the end masked off.
        let all = u128::from_le_bytes(chunk.try_into().expect("sixteen bytes"));
        let mask = u128::MAX
            .checked_shr(8 * (KEY_BYTES - len) as u32)
            .unwrap_or(0);
        Some(all & mask)
    } else {
        let mut bytes = [0; KEY_BYTES];
        bytes[..len].copy_from_slice(&text[start..end]);
        Some(u128::from_le_bytes(bytes))
    }
}

/// How many shapes of words [`shape`] tells apart.
const SHAPES: usize = 1 << 16;

/// A word's shape: its first, second and last bytes and its length, mixed into one of [`SHAPES`] numbers. Two
/// words of one shape may differ; two words of different shapes do.
#[inline]
fn shape(word: &[u8]) -> usize {
    let (first, last) = (word[0], word[word.len() - 1]);
    let second = word.get(1).copied().unwrap_or(0);
    let length = u8::try_from(word.len()).unwrap_or(u8::MAX);
    let key = u32::from_le_bytes([first, second, last, length]);
    // Fibonacci hashing: the top bits of the product by 2^32 / φ.
    (key.wrapping_mul(0x9E37_79B9) >> (32 - SHAPES.trailing_zeros())) as usize
}

/// A character of a word: a letter or a digit.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Per byte: an ASCII letter or digit (`WORD`), any other ASCII (`SEPARATOR`), or a byte of a character past
/// ASCII (`OTHER`: decoded and asked).
const WORD: u8 = 1;
const SEPARATOR: u8 = 0;
const OTHER: u8 = 2;
const BYTE_KINDS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = if (b as u8).is_ascii_alphanumeric() {
            WORD
        } else {
            SEPARATOR
        };
        b += 1;
    }
    table
};

/// The end of the run of word characters from `from` (`from` itself when none is there).
#[inline]
fn word_end(text: &str, from: usize) -> usize {
    run_end(text, from, WORD)
}

/// The end of the run of characters that are not word characters from `from`.
#[inline]
fn separator_end(text: &str, from: usize) -> usize {
    run_end(text, from, SEPARATOR)
}

#[inline(always)]
fn run_end(text: &str, from: usize, kind: u8) -> usize {
    let bytes = text.as_bytes();
    let mut at = from;
    while at < bytes.len() {
        match BYTE_KINDS[usize::from(bytes[at])] {
            OTHER => {
                let c = text[at..]
                    .chars()
                    .next()
                    .expect("a character at a boundary");
                if u8::from(is_word_char(c)) != kind {
                    break;
                }
                at += c.len_utf8();
            }
            k if k == kind => at += 1,
            _ => break,
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition: at each place in turn that no letter or digit precedes, the longest phrase that the text
    /// holds there and that no letter or digit follows; the search goes on after it.
    fn naive(phrases: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let after_word = text[..at].chars().next_back().is_some_and(is_word_char);
            let longest = (!after_word)
                .then(|| {
                    phrases
                        .iter()
                        .enumerate()
                        .filter(|(_, p)| {
                            !p.is_empty()
                                && text[at..].starts_with(**p)
                                && !text[at + p.len()..]
                                    .chars()
                                    .next()
                                    .is_some_and(is_word_char)
                        })
                        // The longest; of equal ones, the first given.
                        .min_by_key(|(i, p)| (std::cmp::Reverse(p.len()), *i))
                })
                .flatten();
            match longest {
                Some((i, p)) => {
                    found.push((at, at + p.len(), i));
                    at += p.len();
                }
                None => at += text[at..].chars().next().map_or(1, char::len_utf8),
            }
        }
        found
    }

    fn assert_as_naive(phrases: &[&str], text: &str) {
        let matcher = WordMatcher::new(phrases);
        let found: Vec<_> = matcher.find_iter(text).collect();
        assert_eq!(found, naive(phrases, text), "{phrases:?} in {text:?}");
        let words_only: Vec<&str> = phrases
            .iter()
            .copied()
            .filter(|p| word_end(p, 0) > 0)
            .collect();
        let matcher = WordMatcher::new(&words_only);
        assert!(matcher.reads_words_only());
        let found: Vec<_> = matcher.find_iter_in_words(text, &words(text)).collect();
        assert_eq!(
            found,
            naive(&words_only, text),
            "{words_only:?} in {text:?}, by words"
        );
    }

    #[test]
    fn phrases_are_found_whole_and_longest() {
        let phrases = [
            "menace",
            "menace d'attaque",
            "a suspendu",
            "a",
            "suspendu",
            "appelons l'",
            "appelons",
            "u.s.",
            "u.s. forces",
            "al-qaida",
            "ue",
            "(mnla)",
            "-backed",
            "menace",
            "ecole",
            "kidal",
            // Words and steps around the length of a key (16 bytes), and longer.
            "anticonstitution",
            "anticonstitutio",
            "anticonstitutionn",
            "a anticonstitution",
            "a anticonstitutio",
            "anticonstitutio n",
            "xx anticonstitutionn",
            "internationalisation",
            "internationalisation des operations",
            "a internationalisation",
            "reconnaissance internationalisation",
            "reconnaissance",
        ];
        for text in [
            "la menace d'attaquer la base",
            "la menace d'attaque de la base",
            "paris a suspendu sa cooperation",
            "paris a  suspendu",
            "nous appelons l'armee",
            "nous appelons l' armee",
            "nous appelons l'",
            "the u.s. forces left; u.s.-backed groups",
            "al-qaida, al-qaidas et l'ue quelque part",
            "le (mnla) et (mnla)x et x(mnla)",
            "",
            "a",
            "ecole a kidal ecoles",
            "ужас a ёж a",
            "l'internationalisation des operations et a internationalisation",
            "reconnaissance internationalisation internationalisations a internationalisatio",
            "anticonstitution anticonstitutio anticonstitutionn a anticonstitution",
            "a anticonstitutio n xx anticonstitutionn",
            "anticonstitutio",
            "a anticonstitutionn",
            "xx anticonstitutionn",
        ] {
            assert_as_naive(&phrases, text);
        }
    }

    #[test]
    fn any_text_made_of_the_phrases_pieces_gives_what_the_definition_gives() {
        let phrases = [
            "a", "ab", "a b", "a-b", "b a", "a b c", "c'", "c' a", "ba", "é", "é a", "-a", "a.",
            "a. b",
        ];
        let pieces = ["a", "b", "c", " ", "-", "'", ".", "é", "ж", "ba"];
        // Every text of up to five pieces, by counting in base `pieces.len()`.
        let mut texts = 0;
        for n in 0..=5u32 {
            for mut k in 0..pieces.len().pow(n) {
                let mut text = String::new();
                for _ in 0..n {
                    text.push_str(pieces[k % pieces.len()]);
                    k /= pieces.len();
                }
                assert_as_naive(&phrases, &text);
                texts += 1;
            }
        }
        assert_eq!(texts, 111_111);
    }
}

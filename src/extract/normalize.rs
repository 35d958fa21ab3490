//! Matching form of text: case- and accent-insensitive, typographic apostrophes, quotes and hyphens unified,
//! with a map from each byte of the matching form back to the original text.

use super::matcher::WordMatcher;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Text in matching form, and where each of its bytes came from.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// `origin[i]`: byte offset in the original text of the character that produced byte `i`; one extra
    /// entry at the end holds the original length.
    origin: Vec<usize>,
    /// `at[i]`: the byte of the matching form where the original byte `i` starts (or the next one that
    /// produced something); one extra entry at the end holds the length of the matching form.
    at: Vec<usize>,
    /// Its words as matchers read them ([`matcher::words`](super::matcher::words)), cut once for the matchers
    /// that read it (triggers, time words, phrases with a gap, names): `text` is not changed once folded.
    words: std::cell::OnceCell<Vec<(u32, u32)>>,
}

/// The longest text whose words are kept for matchers ([`Folded::find`]): a longer one (a 50 MB line) is read
/// word by word by each, not held as millions of ranges.
const KEEP_WORDS_UP_TO: usize = 1 << 20;

impl Folded {
    /// The phrases of a matcher found in the matching form (see [`WordMatcher::find_iter`]): `(start, end, phrase
    /// index)`, byte offsets in `text`. Read from its words, cut once for every matcher (unless it is too long to
    /// keep them, see [`KEEP_WORDS_UP_TO`], or the matcher has phrases that open with no letter or digit).
    fn find(&self, matcher: &WordMatcher) -> Vec<(usize, usize, usize)> {
        if self.text.len() <= KEEP_WORDS_UP_TO && matcher.reads_words_only() {
            let words = self.words.get_or_init(|| super::matcher::words(&self.text));
            matcher.find_iter_in_words(&self.text, words).collect()
        } else {
            matcher.find_iter(&self.text).collect()
        }
    }

    /// The original byte range of a range of the matching form.
    pub fn original_range(&self, start: usize, end: usize, original: &str) -> (usize, usize) {
        let from = self.origin[start];
        // The end is the end of the original character that produced the last byte.
        let last = self.origin[end - 1];
        let to = last + original[last..].chars().next().map_or(0, char::len_utf8);
        (from, to)
    }
}

impl Folded {
    /// The same matching form without some words (and the space after each), the offset map kept: "s'est rendu
    /// lundi à Moscou" matches the phrase "s'est rendu à" once the weekday is out.
    pub fn without_words(&self, words: &WordSet) -> std::borrow::Cow<'_, Folded> {
        // Most sentences hold none of the words: no copy then.
        let mut left_out = words.left_out(self).peekable();
        if left_out.peek().is_none() {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut text = String::with_capacity(self.text.len());
        let mut origin = Vec::with_capacity(self.origin.len());
        let mut copy = |from: usize, to: usize, text: &mut String| {
            text.push_str(&self.text[from..to]);
            origin.extend_from_slice(&self.origin[from..to]);
        };
        let mut at = 0;
        for (start, end) in left_out {
            copy(at, start, &mut text);
            at = end + 1;
        }
        copy(at, self.text.len(), &mut text);
        let end = *self.origin.last().expect("the end offset");
        origin.push(end);
        // The original bytes of the words left out start where the next word does.
        let mut at = Vec::with_capacity(end + 1);
        for (i, &o) in origin[..text.len()].iter().enumerate() {
            at.resize(at.len().max(o + 1), i);
        }
        at.resize(end + 1, text.len());
        std::borrow::Cow::Owned(Folded {
            text,
            origin,
            at,
            words: std::cell::OnceCell::new(),
        })
    }
}

/// Words to leave out of a matching form ([`Folded::without_words`]): some anywhere, some only after an auxiliary
/// ("s'est aussi engagé": an adverb between an auxiliary and its participle), with a matcher that tells at a
/// glance whether a text holds any.
pub struct WordSet {
    words: Vec<&'static str>,
    after_auxiliary: Vec<&'static str>,
    auxiliaries: Vec<&'static str>,
    /// The words that can be words of a text (letters and digits only), found where they stand whole.
    matcher: WordMatcher,
    /// Per word of the matcher, whether it is left out anywhere (else only after an auxiliary).
    anywhere: Vec<bool>,
}

impl WordSet {
    /// `words` (left out anywhere), `after_auxiliary` (left out after one of `auxiliaries`), all in matching form.
    pub fn new(
        words: &[&'static str],
        after_auxiliary: &[&'static str],
        auxiliaries: &[&'static str],
    ) -> WordSet {
        // A word with anything but letters and digits in it is never one word of a text, so never left out.
        let (found, anywhere): (Vec<&str>, Vec<bool>) = words
            .iter()
            .map(|&word| (word, true))
            .chain(after_auxiliary.iter().map(|&word| (word, false)))
            .filter(|(word, _)| !word.is_empty() && word.chars().all(char::is_alphanumeric))
            .unzip();
        WordSet {
            words: words.to_vec(),
            after_auxiliary: after_auxiliary.to_vec(),
            auxiliaries: auxiliaries.to_vec(),
            matcher: WordMatcher::new(&found),
            anywhere,
        }
    }

    /// Whether a text in matching form holds one of the words, wherever it stands.
    pub fn holds_any(&self, folded: &str) -> bool {
        word_spans(folded)
            .any(|(_, word)| self.words.contains(&word) || self.after_auxiliary.contains(&word))
    }

    /// The words of a text in matching form to leave out (byte ranges), each followed by a space: where the
    /// matcher finds one (whole), the words after an auxiliary only after one. The same word twice in the lists
    /// is found as the first (left out anywhere, if so).
    fn left_out<'t>(&'t self, folded: &'t Folded) -> impl Iterator<Item = (usize, usize)> + 't {
        let text = &folded.text;
        folded
            .find(&self.matcher)
            .into_iter()
            .filter_map(move |(start, end, word)| {
                let kept = text[end..].starts_with(' ')
                    && (self.anywhere[word]
                        || self.auxiliaries.contains(&word_before(text, start)));
                kept.then_some((start, end))
            })
    }
}

/// The word (letters and digits) before `text[at..]`, or "" when there is none.
fn word_before(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end_matches(|c: char| !c.is_alphanumeric());
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map_or(before.len(), |(i, _)| i);
    &before[start..]
}

/// The words of a matching form with their byte offsets.
fn word_spans(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = chars.find(|(_, c)| c.is_alphanumeric())?;
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            chars.next();
        }
        Some((start, &text[start..end]))
    })
}

/// Folds one character into its matching form (zero, one or more characters).
fn fold_char(c: char, out: &mut String) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '`' => out.push('\''),
        // Quotes inside a name or a phrase do not break it: «cinq personnels» de l'ambassade.
        '«' | '»' | '“' | '”' | '„' | '‟' | '"' => out.push(' '),
        c if c.is_whitespace() => out.push(' '),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => out.push('-'),
        '\u{00A0}' | '\u{202F}' | '\u{2009}' => out.push(' '),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        }),
    }
}

/// The matching form of a text, with its offset map.
pub fn fold(text: &str) -> Folded {
    let mut origin = Vec::with_capacity(text.len() + 1);
    let mut at = Vec::with_capacity(text.len() + 1);
    let text_folded = fold_with(text, Some((&mut origin, &mut at)));
    origin.push(text.len());
    at.push(text_folded.len());
    Folded {
        text: text_folded,
        origin,
        at,
        words: std::cell::OnceCell::new(),
    }
}

/// Per byte but the space, whether it stands as it is (lower-cased) in the matching form: ASCII, bar whitespace
/// and the quotes `"` and `` ` `` (a space stands as it is unless it follows one: [`fold_with`] sees to it).
const PLAIN: [bool; 256] = {
    let mut plain = [false; 256];
    let mut b = 0;
    while b < 128 {
        plain[b] = !(b as u8).is_ascii_whitespace() && b != b'"' as usize && b != b'`' as usize;
        b += 1;
    }
    plain
};

/// Folds `text`; with the offset maps `(origin, at)`, pushes for each byte of the matching form the original
/// offset of the character that produced it, and for each original byte where it starts in the matching form.
fn fold_with(text: &str, mut maps: Option<(&mut Vec<usize>, &mut Vec<usize>)>) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < bytes.len() {
        // Most of a text is runs of ASCII letters, digits, punctuation and single spaces: lower-cased as they are,
        // a run at a time.
        let run = at;
        while at < bytes.len() {
            let b = bytes[at];
            let plain = if b == b' ' {
                // Runs of spaces (and of quotes and spaces) count as one.
                !(if at > run {
                    bytes[at - 1] == b' '
                } else {
                    out.ends_with(' ')
                })
            } else {
                PLAIN[usize::from(b)]
            };
            if !plain {
                break;
            }
            at += 1;
        }
        if at > run {
            let from = out.len();
            out.push_str(&text[run..at]);
            out[from..].make_ascii_lowercase();
            if let Some((origin, folded_at)) = maps.as_mut() {
                origin.extend(run..at);
                folded_at.extend(from..out.len());
            }
            continue;
        }
        let c = text[at..]
            .chars()
            .next()
            .expect("a character at a boundary");
        let before = out.len();
        fold_char(c, &mut out);
        if out.len() == before + 1 && out.ends_with("  ") {
            out.truncate(before);
        }
        if let Some((origin, folded_at)) = maps.as_mut() {
            origin.extend(std::iter::repeat_n(at, out.len() - before));
            // The character's other bytes start where the next character's matching form does.
            folded_at.push(before);
            folded_at.extend(std::iter::repeat_n(out.len(), c.len_utf8() - 1));
        }
        at += c.len_utf8();
    }
    out
}

/// The phrases of a matcher (built on phrases in matching form) that stand as whole words in `text`, leftmost
/// first and longest at each place: (original start, original end, phrase index).
pub fn whole_word_matches(matcher: &WordMatcher, text: &str) -> Vec<(usize, usize, usize)> {
    whole_word_matches_in(matcher, &fold(text), text)
}

/// As [`whole_word_matches`], on a text already folded (one fold serves every matcher of a sentence).
pub fn whole_word_matches_in(
    matcher: &WordMatcher,
    folded: &Folded,
    text: &str,
) -> Vec<(usize, usize, usize)> {
    whole_word_matches_folded(matcher, folded, text)
        .into_iter()
        .map(|(start, end, index, _)| (start, end, index))
        .collect()
}

/// As [`whole_word_matches_in`], with where each match starts in the folded text too (for looking at the
/// words before it without folding them again).
pub fn whole_word_matches_folded(
    matcher: &WordMatcher,
    folded: &Folded,
    text: &str,
) -> Vec<(usize, usize, usize, usize)> {
    folded
        .find(matcher)
        .into_iter()
        .map(|(start, end, index)| {
            let (original_start, original_end) = folded.original_range(start, end, text);
            (original_start, original_end, index, start)
        })
        .collect()
}

/// The last `bytes` bytes (or fewer, to stay on a character boundary) of `text[..end]`: the few words before
/// a trigger, without re-reading a whole long sentence for each trigger.
pub fn window_before(text: &str, end: usize, bytes: usize) -> &str {
    let mut start = end.saturating_sub(bytes);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..end]
}

/// The first `bytes` bytes (or fewer, to stay on a character boundary) of `text[start..]`.
pub fn window_after(text: &str, start: usize, bytes: usize) -> &str {
    let mut end = (start + bytes).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[start..end]
}

/// A sentence with its matching form, folded once: the words of any part of it are read from that one fold, not
/// folded again for each trigger. It reads as the original text (`Deref<Target = str>`).
#[derive(Debug)]
pub struct Text<'a> {
    original: &'a str,
    folded: Folded,
    /// The words of the matching form (byte ranges in it): the words of any part are these, clipped to it.
    words: smallvec::SmallVec<[(usize, usize); 64]>,
}

impl<'a> Text<'a> {
    /// `folded` is `fold(original)`.
    pub fn new(original: &'a str, folded: Folded) -> Self {
        let words = word_ranges::<64>(&folded.text);
        Text {
            original,
            folded,
            words,
        }
    }

    /// The matching form of the whole sentence.
    pub fn folded(&self) -> &Folded {
        &self.folded
    }

    /// The matching form of `original[range]`.
    pub fn folded_range(&self, range: std::ops::Range<usize>) -> &str {
        let (from, to) = (self.folded.at[range.start], self.folded.at[range.end]);
        &self.folded.text[from..to.max(from)]
    }

    /// The words of `original[range]`.
    pub fn words(&self, range: std::ops::Range<usize>) -> Words<'_> {
        let (from, to) = (self.folded.at[range.start], self.folded.at[range.end]);
        self.words_in(from, to.max(from))
    }

    /// The words of `folded[from..to]`: whether a character is part of a word does not depend on its
    /// neighbours, so they are the sentence's words that overlap it, clipped to it.
    fn words_in(&self, from: usize, to: usize) -> Words<'_> {
        let first = self.words.partition_point(|&(_, end)| end <= from);
        let count = self.words[first..]
            .iter()
            .take_while(|&&(start, _)| start < to)
            .count();
        Words {
            text: std::borrow::Cow::Borrowed(&self.folded.text),
            spans: Spans::Borrowed(&self.words[first..first + count]),
            from,
            to,
        }
    }

    /// The matching form of the last `bytes` bytes before `end` (see [`window_before`]).
    pub fn folded_before(&self, end: usize, bytes: usize) -> &str {
        let window = window_before(self.original, end, bytes);
        self.folded_range(end - window.len()..end)
    }

    /// The matching form of the first `bytes` bytes from `start` (see [`window_after`]).
    pub fn folded_after(&self, start: usize, bytes: usize) -> &str {
        let window = window_after(self.original, start, bytes);
        self.folded_range(start..start + window.len())
    }

    /// The words of the last `bytes` bytes before `end`.
    pub fn words_before(&self, end: usize, bytes: usize) -> Words<'_> {
        let window = window_before(self.original, end, bytes);
        self.words(end - window.len()..end)
    }

    /// The words of the first `bytes` bytes from `start`.
    pub fn words_after(&self, start: usize, bytes: usize) -> Words<'_> {
        let window = window_after(self.original, start, bytes);
        self.words(start..start + window.len())
    }
}

impl std::ops::Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.original
    }
}

/// The byte ranges of the words (letters, digits and hyphens) of a text in matching form.
fn word_ranges<const N: usize>(text: &str) -> smallvec::SmallVec<[(usize, usize); N]>
where
    [(usize, usize); N]: smallvec::Array<Item = (usize, usize)>,
{
    let bytes = text.as_bytes();
    // The matching form is mostly ASCII: a byte at a time, a character at a time elsewhere (`word_char`: the
    // width of the character at `i` past ASCII that is a letter or digit).
    let word_char = |i: usize| -> Option<usize> {
        let c = text.get(i..)?.chars().next()?;
        (!c.is_ascii() && c.is_alphanumeric()).then(|| c.len_utf8())
    };
    let mut ranges = smallvec::SmallVec::new();
    let mut i = 0;
    while i < bytes.len() {
        // Up to the next word.
        while i < bytes.len() && bytes[i].is_ascii() && !WORD_BYTES[usize::from(bytes[i])] {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        let start = i;
        // To its end.
        loop {
            while i < bytes.len() && WORD_BYTES[usize::from(bytes[i])] {
                i += 1;
            }
            match word_char(i) {
                Some(width) => i += width,
                None => break,
            }
        }
        if i > start {
            ranges.push((start, i));
        } else {
            // A character that is no letter or digit past ASCII.
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    ranges
}

/// The ASCII bytes of words: letters, digits and hyphens.
const WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'-' as usize;
        b += 1;
    }
    table
};

/// The words of a text in matching form (letters, digits and hyphens), borrowed from one folded string: the
/// few words around a trigger are read for every trigger, so they cost no allocation per word. The words of a
/// part of a [`Text`] are a slice of the sentence's words, the first and last clipped to the part.
#[derive(Debug, Clone, Default)]
pub struct Words<'a> {
    text: std::borrow::Cow<'a, str>,
    spans: Spans<'a>,
    /// The part of `text` the words are clipped to.
    from: usize,
    to: usize,
}

#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)] // kept on the stack on purpose: no allocation for a few words
enum Spans<'a> {
    Borrowed(&'a [(usize, usize)]),
    Owned(smallvec::SmallVec<[(usize, usize); 24]>),
}

impl Default for Spans<'_> {
    fn default() -> Self {
        Spans::Borrowed(&[])
    }
}

impl Words<'static> {
    /// The words of a text not part of a [`Text`] (folded here).
    pub fn of(text: &str) -> Words<'static> {
        let text = fold_str(text);
        let spans = Spans::Owned(word_ranges(&text));
        let to = text.len();
        Words {
            text: std::borrow::Cow::Owned(text),
            spans,
            from: 0,
            to,
        }
    }
}

impl<'a> Words<'a> {
    fn spans(&self) -> &[(usize, usize)] {
        match &self.spans {
            Spans::Borrowed(spans) => spans,
            Spans::Owned(spans) => spans,
        }
    }

    fn word(&self, (start, end): (usize, usize)) -> &str {
        &self.text[start.max(self.from)..end.min(self.to)]
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &str> + ExactSizeIterator + Clone {
        self.spans().iter().map(|&span| self.word(span))
    }

    pub fn len(&self) -> usize {
        self.spans().len()
    }

    /// The words with the apostrophes between them ("n'a", "hasn't", "aujourd'hui" whole): the runs of
    /// letters, digits, hyphens and apostrophes, less apostrophes at either end.
    pub fn with_apostrophes(&self) -> impl Iterator<Item = &str> {
        let spans = self.spans();
        let mut k = 0;
        std::iter::from_fn(move || {
            let &(start, mut end) = spans.get(k)?;
            k += 1;
            while let Some(&(next_start, next_end)) = spans.get(k) {
                if !self.text[end..next_start].bytes().all(|b| b == b'\'') {
                    break;
                }
                end = next_end;
                k += 1;
            }
            Some(self.word((start, end)))
        })
    }

    pub fn is_empty(&self) -> bool {
        self.spans().is_empty()
    }

    pub fn get(&self, i: usize) -> Option<&str> {
        self.spans().get(i).map(|&span| self.word(span))
    }

    pub fn last(&self) -> Option<&str> {
        self.iter().next_back()
    }

    /// Whether the text ends with these words.
    pub fn ends_with(&self, words: &[&str]) -> bool {
        words.len() <= self.len()
            && self
                .iter()
                .rev()
                .zip(words.iter().rev())
                .all(|(a, b)| a == *b)
    }
}

/// The matching form alone (for dictionary entries and the few words around a trigger).
pub fn fold_str(text: &str) -> String {
    fold_with(text, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_longer_match_inside_a_word_does_not_hide_a_shorter_one() {
        let patterns = ["menace", "menace d'attaque"];
        let matcher = WordMatcher::new(&patterns);
        let text = "Le GSIM a menacé d'attaquer les camions; une menace d'attaque.";
        let found: Vec<&str> = whole_word_matches(&matcher, text)
            .into_iter()
            .map(|(start, end, _)| &text[start..end])
            .collect();
        assert_eq!(found, ["menacé", "menace d'attaque"]);
    }

    #[test]
    fn words_with_apostrophes_keep_elisions_and_contractions_whole() {
        for (text, expected) in [
            (
                "L'armée n'a pas tiré",
                &["l'armee", "n'a", "pas", "tire"][..],
            ),
            (
                "It hasn't, « aujourd'hui »",
                &["it", "hasn't", "aujourd'hui"],
            ),
            ("'quoted' words", &["quoted", "words"]),
            ("pro-russe d''état", &["pro-russe", "d''etat"]),
        ] {
            let words = Words::of(text);
            assert_eq!(
                words.with_apostrophes().collect::<Vec<_>>(),
                expected,
                "{text}"
            );
        }
        // Clipped to a part of a sentence, as the words are.
        let sentence = "Bamako n'a pas répondu";
        let text = Text::new(sentence, fold(sentence));
        let part = text.words(8..sentence.len());
        assert_eq!(
            part.with_apostrophes().collect::<Vec<_>>(),
            ["a", "pas", "repondu"]
        );
    }

    #[test]
    fn words_are_the_runs_of_letters_digits_and_hyphens() {
        for text in [
            "l'armee a tire - pro-russe, 3.5 %",
            "moscou : пригожин… ١٢٣ 🙂 ok",
            "…debut et fin…",
            "",
        ] {
            let mut expected = Vec::new();
            let mut start = None;
            for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
                match (c.is_alphanumeric() || c == '-', start) {
                    (true, None) => start = Some(i),
                    (false, Some(from)) => {
                        expected.push((from, i));
                        start = None;
                    }
                    _ => {}
                }
            }
            assert_eq!(word_ranges::<8>(text).into_vec(), expected, "{text:?}");
        }
    }

    #[test]
    fn each_original_byte_starts_at_the_first_byte_of_the_matching_form_it_or_a_later_one_made() {
        let set = WordSet::new(&["lundi"], &["aussi"], &["est"]);
        for text in [
            "Il s’est aussi rendu lundi  à Moscou, « lundi ».",
            "  \n\n  Œuvre – Goïta ",
            "a \u{0301} b\u{0301}  ",
            "",
        ] {
            let folded = fold(text);
            for folded in [folded.clone(), folded.without_words(&set).into_owned()] {
                let end = folded.text.len();
                let expected: Vec<usize> = (0..=text.len())
                    .map(|i| folded.origin[..end].partition_point(|&o| o < i))
                    .collect();
                assert_eq!(folded.at, expected, "{text:?} as {:?}", folded.text);
            }
        }
    }

    /// The matching form one character at a time, as `fold_char` alone gives it.
    fn char_by_char(text: &str) -> String {
        let mut out = String::new();
        for c in text.chars() {
            let before = out.len();
            match c {
                c if c.is_ascii() && !c.is_ascii_whitespace() && c != '"' && c != '`' => {
                    out.push(c.to_ascii_lowercase())
                }
                c => fold_char(c, &mut out),
            }
            if out.len() == before + 1 && out.ends_with("  ") {
                out.truncate(before);
            }
        }
        out
    }

    #[test]
    fn runs_of_plain_ascii_fold_as_single_characters_do() {
        for text in [
            "The United States is suspending most U.S. assistance.",
            " leading space, trailing space ",
            "two  spaces",
            "a\ttab and a \"quote\" and `ticks`",
            "",
            "ASCII then é",
            "« guillemets »  et  “quotes” \" \" l’Armée  ",
            "  \n\n  Œuvre – Goïta ",
        ] {
            assert_eq!(fold_str(text), char_by_char(text), "{text:?}");
            let folded = fold(text);
            assert_eq!(folded.text, fold_str(text), "{text:?}");
            if !folded.text.is_empty() {
                // The whole matching form maps back to the whole text, but for spaces folded into one.
                let (from, to) = folded.original_range(0, folded.text.len(), text);
                assert_eq!(from, 0, "{text:?}");
                assert!(text[to..].trim().is_empty(), "{text:?}");
            }
        }
    }

    #[test]
    fn words_left_out_keep_the_offset_map() {
        let text = "Il s’est rendu lundi à Moscou, lundi.";
        let folded = fold(text);
        let folded = folded.without_words(&WordSet::new(&["lundi"], &["aussi"], &["est"]));
        assert_eq!(folded.text, "il s'est rendu a moscou, lundi.");
        let start = folded.text.find("rendu a").unwrap();
        let (from, to) = folded.original_range(start, start + "rendu a".len(), text);
        assert_eq!(&text[from..to], "rendu lundi à");
        // An adverb only after an auxiliary: "s'est aussi engagé", not "aussi la France".
        let text = "Moscou s’est aussi engagé, aussi la France.";
        let folded = fold(text);
        let folded = folded.without_words(&WordSet::new(&["lundi"], &["aussi"], &["est"]));
        assert_eq!(folded.text, "moscou s'est engage, aussi la france.");
    }

    /// The words left out, found reading the text word by word.
    fn left_out_word_by_word(set: &WordSet, text: &str) -> Vec<(usize, usize)> {
        let mut previous = "";
        word_spans(text)
            .filter(|&(start, word)| {
                let after = std::mem::replace(&mut previous, word);
                (set.words.contains(&word)
                    || (set.after_auxiliary.contains(&word) && set.auxiliaries.contains(&after)))
                    && text[start + word.len()..].starts_with(' ')
            })
            .map(|(start, word)| (start, start + word.len()))
            .collect()
    }

    #[test]
    fn words_left_out_are_the_words_of_the_text_read_word_by_word() {
        let set = WordSet::new(
            &["lundi", "soir", "di", "lundi soir", "l'an"],
            &["aussi", "si", "lundi"],
            &["est", "a"],
        );
        for text in [
            "il s'est rendu lundi soir a moscou",
            "xlundi lundi lundix lundi",
            "il est aussi aussi venu, a si bien, est lundi aussi parti ",
            "lundi",
            "lundi ",
            " lundi  soir ",
            "l'an dernier, di lundi-soir ",
            "est-aussi venu, a  aussi  venu, é aussi venu, aussié lundi ",
            "",
        ] {
            // The text as it is, taken for a matching form.
            let folded = Folded {
                text: text.to_owned(),
                origin: (0..=text.len()).collect(),
                at: (0..=text.len()).collect(),
                words: std::cell::OnceCell::new(),
            };
            assert_eq!(
                set.left_out(&folded).collect::<Vec<_>>(),
                left_out_word_by_word(&set, text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn accents_case_apostrophes_and_quotes_fold() {
        assert_eq!(
            fold_str("L’Armée malienne «FAMa» — Goïta"),
            "l'armee malienne fama - goita"
        );
        assert_eq!(
            fold_str("Al-Qaïda, Œuvre, ÉTATS"),
            "al-qaida, oeuvre, etats"
        );
        assert_eq!(fold_str("Moscou\u{00A0}: Пригожин"), "moscou : пригожин");
    }

    #[test]
    fn folded_ranges_map_back_to_the_original() {
        let text = "Selon l’Élysée, Goïta a parlé.";
        let folded = fold(text);
        let start = folded.text.find("goita").unwrap();
        let (from, to) = folded.original_range(start, start + "goita".len(), text);
        assert_eq!(&text[from..to], "Goïta");
        let start = folded.text.find("elysee").unwrap();
        let (from, to) = folded.original_range(start, start + "elysee".len(), text);
        assert_eq!(&text[from..to], "Élysée");
        // One original character can fold to two: both bytes map back to it.
        let text = "Cœur";
        let folded = fold(text);
        assert_eq!(folded.text, "coeur");
        assert_eq!(folded.original_range(1, 3, text), (1, 3));
    }
}

//! Sentence splitting that survives abbreviations (M., Mme, Gén., Col., U.S., Dr.), initials, « guillemets »
//! and headlines without a full stop; spans are UTF-8 byte offsets into the text.

/// A sentence and where it stands in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// Words that end with a full stop without ending a sentence (compared without the stop, case-sensitively).
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mr", "Mrs", "Ms", "Dr", "Pr", "Prof", "St", "Ste", "Sr",
    "Jr", "Gén", "Gen", "Gal", "Col", "Cdt", "Cmdt", "Lt", "Lieut", "Capt", "Sgt", "Maj", "Adm",
    "Gov", "Sen", "Rep", "Hon", "Rev", "Mgr", "No", "no", "art", "Art", "av", "vol", "p", "pp",
    "etc", "cf", "env", "hab", "Inc", "Ltd", "Co", "Corp", "Dept", "Jan", "Feb", "Mar", "Apr",
    "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "janv", "févr", "avr", "juil", "sept", "oct", "nov",
    "déc", "vs", "approx",
];

/// Splits a text into sentences.
pub fn sentences(text: &str) -> Vec<Sentence<'_>> {
    let mut result = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        // Only line ends and stops can end a sentence: skip to the next one ('…' starts with the byte 0xE2).
        match bytes[i..]
            .iter()
            .position(|&b| matches!(b, b'\n' | b'.' | b'!' | b'?' | 0xE2))
        {
            Some(skip) => i += skip,
            None => break,
        }
        let c = text[i..].chars().next().expect("inside the text");
        let next = i + c.len_utf8();
        let boundary = match c {
            '\n' => {
                // A blank line ends a paragraph (and a headline without a stop).
                let rest = &text[next..];
                let blank = rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n');
                blank.then_some(i)
            }
            '.' | '!' | '?' | '…' => {
                let end = closing_end(text, next);
                let ends_sentence =
                    at_sentence_start(text, end) && !(c == '.' && is_abbreviation(&text[start..i]));
                ends_sentence.then_some(end)
            }
            _ => None,
        };
        if let Some(end) = boundary {
            push(&mut result, text, start, end);
            start = end;
            i = end.max(next);
            continue;
        }
        i = next;
    }
    push(&mut result, text, start, bytes.len());
    result
}

/// After a stop: skip closing quotes and brackets (« … ». / "…". / (…).).
fn closing_end(text: &str, mut at: usize) -> usize {
    while let Some(c) = text[at..].chars().next() {
        match c {
            '»' | '”' | '"' | '\'' | '’' | ')' | ']' => at += c.len_utf8(),
            ' ' | '\u{00A0}' | '\u{202F}' if text[at + c.len_utf8()..].starts_with('»') => {
                at += c.len_utf8()
            }
            _ => break,
        }
    }
    at
}

/// Whether a new sentence can start at `at`: whitespace, then an upper-case letter, a digit or an opening quote
/// (or the end of the text).
fn at_sentence_start(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let trimmed = rest.trim_start();
    if trimmed.is_empty() {
        return true;
    }
    if trimmed.len() == rest.len() {
        return false; // no space: "U.S.-backed", "3.5", "e.g.,"
    }
    trimmed.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '«' | '“' | '"' | '(' | '—' | '-')
    })
}

/// Whether the word just before a full stop is an abbreviation or an initial ("M.", "U.S.", "J.").
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '«' || c == '"')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    if ABBREVIATIONS.contains(&word) {
        return true;
    }
    // Initials and dotted acronyms: "J", "U.S", "E.O", "J.-C".
    word.split(['.', '-'])
        .filter(|p| !p.is_empty())
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// Longest sentence handed on, in bytes: a longer run of text without a sentence end (a table, a list, a
/// garbled file) is cut at spaces, which keeps the work per sentence bounded.
pub const MAX_SENTENCE_BYTES: usize = 2000;

fn push<'a>(result: &mut Vec<Sentence<'a>>, text: &'a str, mut start: usize, end: usize) {
    while end - start > MAX_SENTENCE_BYTES {
        let mut cut = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        // Cut after the last space of the window when there is one.
        if let Some(space) = text[start..cut]
            .rfind(char::is_whitespace)
            .filter(|&s| s > 0)
        {
            cut = start + space;
        }
        push_one(result, text, start, cut);
        start = cut;
    }
    push_one(result, text, start, end);
}

fn push_one<'a>(result: &mut Vec<Sentence<'a>>, text: &'a str, start: usize, end: usize) {
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        let start = start + leading;
        result.push(Sentence {
            start,
            end: start + trimmed.len(),
            text: trimmed,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn cases() {
        // (text, expected sentences, why)
        let cases: &[(&str, &[&str], &str)] = &[
            ("La France a suspendu sa coopération. Le pays a demandé à deux diplomates de partir.", &["La France a suspendu sa coopération.", "Le pays a demandé à deux diplomates de partir."], "plain stops"),
            ("M. Barrot a parlé. Mme Dupont aussi.", &["M. Barrot a parlé.", "Mme Dupont aussi."], "French titles"),
            ("Le Gén. Tiani et le Col. Goïta se sont vus. Ensuite ils ont signé.", &["Le Gén. Tiani et le Col. Goïta se sont vus.", "Ensuite ils ont signé."], "military ranks"),
            ("The U.S. Treasury designated Mr. Maslov on Thursday. He leads Wagner in Mali.", &["The U.S. Treasury designated Mr. Maslov on Thursday.", "He leads Wagner in Mali."], "dotted acronym and Mr."),
            ("Dr. Wane spoke. J. Smith answered.", &["Dr. Wane spoke.", "J. Smith answered."], "Dr. and an initial"),
            ("Ils ont été «déclarées persona non grata». Les autorités ont réagi.", &["Ils ont été «déclarées persona non grata».", "Les autorités ont réagi."], "stop after a closing guillemet"),
            ("Il a dit : « C'est fini. » Puis il est parti.", &["Il a dit : « C'est fini. »", "Puis il est parti."], "closing guillemet after the stop"),
            ("Paris dénonce «des accusations sans fondement»\n\nLe ministère avait dénoncé des accusations.", &["Paris dénonce «des accusations sans fondement»", "Le ministère avait dénoncé des accusations."], "headline without a stop"),
            ("Growth was 3.5 percent. Aid rose.", &["Growth was 3.5 percent.", "Aid rose."], "decimal number"),
            ("Quoi ? Non ! Si… Peut-être.", &["Quoi ?", "Non !", "Si…", "Peut-être."], "question, exclamation and ellipsis"),
            ("  ", &[], "blank text"),
            ("no stop at the end", &["no stop at the end"], "unterminated"),
        ];
        for (text, expected, why) in cases {
            assert_eq!(split(text), *expected, "{why}");
        }
    }

    #[test]
    fn spans_are_byte_offsets_into_the_text() {
        let text = "  Goïta a parlé.  L’armée a répondu.";
        for s in sentences(text) {
            assert_eq!(&text[s.start..s.end], s.text);
        }
        assert_eq!(sentences(text)[1].start, text.find("L’armée").unwrap());
    }

    #[test]
    fn runs_without_a_sentence_end_are_cut_at_spaces() {
        let text = "mot ".repeat(2000) + "é".repeat(3000).as_str();
        let parts = sentences(&text);
        assert!(parts.len() > 3);
        for s in &parts {
            assert!(s.text.len() <= MAX_SENTENCE_BYTES, "{}", s.text.len());
            assert_eq!(&text[s.start..s.end], s.text);
        }
    }

    #[test]
    fn any_text_splits_without_panicking() {
        for text in [
            "...",
            "?!",
            "é.",
            "a.\u{00A0}» B",
            "١٢٣. 🙂 Ok.",
            ".\n\n\n.",
            "»»».",
        ] {
            for s in sentences(text) {
                assert_eq!(&text[s.start..s.end], s.text);
            }
        }
    }
}

//! Reading input files: encodings, byte-order marks, line ends, Unicode normalisation, and errors that name the place.

use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// Where in a file something went wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Line(u64),
    LineColumn(u64, u64),
}

/// A problem with one input: the file, the place, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct InputError {
    pub path: PathBuf,
    pub location: Option<Location>,
    pub message: String,
}

impl InputError {
    pub fn new(path: &Path, location: Option<Location>, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            location,
            message: message.into(),
        }
    }

    pub fn at_line(path: &Path, line: u64, message: impl Into<String>) -> Self {
        Self::new(path, Some(Location::Line(line)), message)
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        match self.location {
            Some(Location::Line(l)) => write!(f, ":{l}")?,
            Some(Location::LineColumn(l, c)) => write!(f, ":{l}:{c}")?,
            None => {}
        }
        write!(f, ": {}", self.message)
    }
}

/// How to decode input bytes.
#[derive(Debug, Clone, Copy)]
pub struct Decoder {
    /// An explicit encoding (`--encoding`); `None` means UTF-8, or UTF-16 when a byte-order mark says so.
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

impl Decoder {
    /// Resolves an encoding label such as `windows-1252`, `latin1` or `utf-16le`.
    pub fn from_label(label: Option<&str>) -> Result<Self, String> {
        match label {
            None => Ok(Self { encoding: None }),
            Some(label) => encoding_rs::Encoding::for_label(label.as_bytes())
                .map(|e| Self { encoding: Some(e) })
                .ok_or_else(|| format!("unknown encoding '{label}' (try utf-8, windows-1252, iso-8859-15, utf-16le)")),
        }
    }

    /// Decodes a whole file to NFC text with `\n` line ends.
    pub fn read_text(&self, path: &Path) -> Result<String, InputError> {
        let bytes = std::fs::read(path).map_err(|e| InputError::new(path, None, io_message(&e)))?;
        let text = self.decode(path, &bytes, 1)?;
        Ok(normalize(&text))
    }

    /// Decodes one chunk (a file, or a line starting at line `first_line`).
    pub fn decode(&self, path: &Path, bytes: &[u8], first_line: u64) -> Result<String, InputError> {
        if let Some(encoding) = self.encoding {
            let (text, _, _) = encoding.decode(bytes);
            return Ok(text.into_owned());
        }
        if let Some((encoding, bom_length)) = encoding_rs::Encoding::for_bom(bytes) {
            let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
            if had_errors {
                return Err(InputError::new(
                    path,
                    None,
                    format!("invalid {} text", encoding.name()),
                ));
            }
            return Ok(text.into_owned());
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(text.to_owned()),
            Err(e) => {
                let valid = &bytes[..e.valid_up_to()];
                let line = first_line + valid.iter().filter(|&&b| b == b'\n').count() as u64;
                let column =
                    valid.len() - valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
                Err(InputError::new(
                    path,
                    Some(Location::LineColumn(line, column as u64)),
                    "invalid UTF-8; if the file uses another encoding, say which with --encoding (e.g. --encoding windows-1252)",
                ))
            }
        }
    }

    /// Reads a file line by line (streaming), decoding each line; yields `(line number, text)`.
    pub fn lines<'a>(
        &'a self,
        path: &'a Path,
    ) -> Result<impl Iterator<Item = Result<(u64, String), InputError>> + 'a, InputError> {
        let file =
            std::fs::File::open(path).map_err(|e| InputError::new(path, None, io_message(&e)))?;
        let mut reader = BufReader::new(file);
        // UTF-16 input cannot be split on b'\n': decode it whole.
        let head = reader
            .fill_buf()
            .map_err(|e| InputError::new(path, None, io_message(&e)))?;
        let utf16 = self.encoding.is_none()
            && matches!(encoding_rs::Encoding::for_bom(head), Some((e, _)) if e != encoding_rs::UTF_8);
        let whole: Option<Vec<String>> = if utf16 {
            let mut bytes = Vec::new();
            reader
                .read_to_end(&mut bytes)
                .map_err(|e| InputError::new(path, None, io_message(&e)))?;
            Some(
                self.decode(path, &bytes, 1)?
                    .lines()
                    .map(str::to_owned)
                    .collect(),
            )
        } else {
            None
        };
        let mut whole = whole.map(|lines| lines.into_iter());
        let mut number = 0u64;
        let mut buffer = Vec::new();
        Ok(std::iter::from_fn(move || {
            number += 1;
            if let Some(lines) = &mut whole {
                return lines.next().map(|l| Ok((number, normalize(&l))));
            }
            buffer.clear();
            match reader.read_until(b'\n', &mut buffer) {
                Ok(0) => None,
                Ok(_) => {
                    let mut bytes = buffer.as_slice();
                    if number == 1 {
                        bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
                    }
                    Some(
                        self.decode(path, bytes, number)
                            .map(|l| (number, normalize(&l))),
                    )
                }
                Err(e) => Some(Err(InputError::at_line(path, number, io_message(&e)))),
            }
        }))
    }
}

/// NFC, `\n` line ends, no trailing `\r`.
pub fn normalize(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let text = text.strip_suffix('\r').unwrap_or(&text);
    if unicode_normalization::is_nfc(text) {
        text.to_owned()
    } else {
        text.nfc().collect()
    }
}

/// A short message for an I/O error, without Rust's "(os error N)".
pub fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, bytes).unwrap();
        (dir, path)
    }

    #[test]
    fn nfd_accents_and_crlf_become_nfc_and_lf() {
        let (_d, path) = temp("Goi\u{0308}ta\r\nl’armée\r\n".as_bytes());
        let text = Decoder::from_label(None).unwrap().read_text(&path).unwrap();
        assert_eq!(text, "Goïta\nl’armée\n");
    }

    #[test]
    fn byte_order_marks_are_honoured() {
        let (_d, path) = temp(b"\xEF\xBB\xBFMali");
        assert_eq!(
            Decoder::from_label(None).unwrap().read_text(&path).unwrap(),
            "Mali"
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Malí".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let (_d, path) = temp(&utf16);
        assert_eq!(
            Decoder::from_label(None).unwrap().read_text(&path).unwrap(),
            "Malí"
        );
    }

    #[test]
    fn invalid_utf8_names_line_and_column_and_suggests_encoding() {
        let (_d, path) = temp(b"ok\nl'arm\xe9e\n");
        let err = Decoder::from_label(None)
            .unwrap()
            .read_text(&path)
            .unwrap_err();
        assert_eq!(err.location, Some(Location::LineColumn(2, 6)));
        assert!(err.to_string().contains("--encoding"));
        let latin1 = Decoder::from_label(Some("windows-1252"))
            .unwrap()
            .read_text(&path)
            .unwrap();
        assert_eq!(latin1, "ok\nl'armée\n");
    }

    #[test]
    fn lines_are_numbered_from_one() {
        let (_d, path) = temp(b"\xEF\xBB\xBF{}\r\n{\"a\":1}\n");
        let decoder = Decoder::from_label(None).unwrap();
        let lines: Vec<_> = decoder
            .lines(&path)
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            lines,
            vec![(1, "{}\n".to_owned()), (2, "{\"a\":1}\n".to_owned())]
        );
    }
}

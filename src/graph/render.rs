//! Turns DOT into SVG or PNG with Graphviz's `dot` program.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Picture formats Graphviz renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    Svg,
    Png,
}

impl Picture {
    fn flag(self) -> &'static str {
        match self {
            Self::Svg => "-Tsvg",
            Self::Png => "-Tpng",
        }
    }
}

/// Why a picture could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("Graphviz's `{}` program was not found: install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz; or set NEWSKG_DOT to the program), or write DOT with --format dot", program.display())]
    Missing { program: PathBuf },
    #[error("Graphviz's `{}` failed ({status}): {message}", program.display())]
    Failed {
        program: PathBuf,
        status: String,
        message: String,
    },
    #[error("cannot run Graphviz's `{}`: {source}", program.display())]
    Io {
        program: PathBuf,
        source: std::io::Error,
    },
}

/// Runs `program` (normally `dot`) on the DOT text and returns the picture's bytes.
pub fn render(program: &Path, dot: &[u8], picture: Picture) -> Result<Vec<u8>, RenderError> {
    let io = |source: std::io::Error| RenderError::Io {
        program: program.to_owned(),
        source,
    };
    let mut child = Command::new(program)
        .arg(picture.flag())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound | std::io::ErrorKind::PermissionDenied => {
                RenderError::Missing {
                    program: program.to_owned(),
                }
            }
            _ => io(e),
        })?;
    // Feed stdin from a thread so a large picture on stdout cannot dead-lock the pipe.
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = dot.to_vec();
    let feeder = std::thread::spawn(move || stdin.write_all(&input));
    let mut stderr = child.stderr.take().expect("piped stderr");
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let mut picture_bytes = Vec::new();
    child
        .stdout
        .take()
        .expect("piped stdout")
        .read_to_end(&mut picture_bytes)
        .map_err(io)?;
    let status = child.wait().map_err(io)?;
    let fed = feeder.join().expect("the feeding thread does not panic");
    let message = errors.join().unwrap_or_default();
    if !status.success() || picture_bytes.is_empty() {
        let message = message
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("no output")
            .trim()
            .to_owned();
        return Err(RenderError::Failed {
            program: program.to_owned(),
            status: status.to_string(),
            message,
        });
    }
    fed.map_err(io)?;
    Ok(picture_bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_program_says_how_to_install_graphviz() {
        let error = render(
            Path::new("/nonexistent/newskg-no-dot"),
            b"digraph {}",
            Picture::Svg,
        )
        .unwrap_err();
        assert!(matches!(error, RenderError::Missing { .. }));
        assert!(error.to_string().contains("apt-get install graphviz"));
        assert!(error.to_string().contains("--format dot"));
    }

    #[test]
    fn a_failing_program_is_reported() {
        let error = render(Path::new("false"), b"digraph {}", Picture::Svg).unwrap_err();
        assert!(matches!(error, RenderError::Failed { .. }), "{error}");
    }
}

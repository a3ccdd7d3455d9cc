//! Why a corpus file or folder was refused.

use std::fmt;

/// A problem with one corpus file (or the folder itself) that stops the build.
///
/// Its `Display` names the file, says what is wrong and where, and what to do about it. The
/// kinds of problem are private: match on the message in tests, not on the variant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusError {
    path: String,
    kind: Kind,
}

// Some kinds only arise when reading a folder, which the wasm build never does.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Empty,
    Blank,
    Utf16,
    Binary { offset: usize },
    NotUtf8 { offset: usize, line: usize },
    TooLarge { size: u64, limit: u64 },
    FrontMatter { line: usize, message: String },
    NoUsableId,
    DuplicateId { id: String, other: String },
    NoArticles,
    Unreadable { message: String },
}

impl CorpusError {
    pub(crate) fn new(path: impl Into<String>, kind: Kind) -> CorpusError {
        CorpusError {
            path: path.into(),
            kind,
        }
    }

    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    pub(crate) fn into_kind(self) -> Kind {
        self.kind
    }

    /// The file (or folder) the problem is about, as given to the loader.
    pub fn path(&self) -> &str {
        &self.path
    }
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.path)?;
        match &self.kind {
            Kind::Empty => write!(
                f,
                "the file is empty; add the article's text or remove the file"
            ),
            Kind::Blank => write!(
                f,
                "the file has no article text (only whitespace or front matter); add the text or remove the file"
            ),
            Kind::Utf16 => write!(f, "the file is UTF-16; save it as UTF-8"),
            Kind::Binary { offset } => write!(
                f,
                "the file looks binary (NUL byte at byte {offset}); only UTF-8 .txt and .md articles belong in the corpus folder"
            ),
            Kind::NotUtf8 { offset, line } => write!(
                f,
                "not valid UTF-8 at byte {offset} (line {line}); save the file as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`"
            ),
            Kind::TooLarge { size, limit } => write!(
                f,
                "the file has {size} bytes, over the limit of {limit} bytes for one article; split it, or raise the limit with DOSSIER_MAX_FILE_BYTES"
            ),
            Kind::FrontMatter { line, message } => {
                write!(f, "malformed front matter at line {line}: {message}")
            }
            Kind::NoUsableId => write!(
                f,
                "the file name gives no usable article id; rename it to include letters or digits"
            ),
            Kind::DuplicateId { id, other } => write!(
                f,
                "gets the article id `{id}`, which `{other}` already has; rename one of the two files"
            ),
            Kind::NoArticles => write!(
                f,
                "no .txt or .md articles found; add some, or point DOSSIER_CORPUS at another folder"
            ),
            Kind::Unreadable { message } => write!(f, "cannot be read: {message}"),
        }
    }
}

impl std::error::Error for CorpusError {}

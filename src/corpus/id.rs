//! Article identifiers derived from file paths, so links stay valid across builds.

/// Derives an article id from its path relative to the corpus folder.
///
/// The extension is dropped, letters are lower-cased, every run of characters other than letters,
/// digits and `_` (in any script) becomes one `-`, and leading or trailing `-` are trimmed from each
/// path segment. Returns an empty string when nothing usable is left.
///
/// ```
/// use dossier::corpus::id_from_path;
/// assert_eq!(id_from_path("2015/Astana Talks (Day 1).txt"), "2015/astana-talks-day-1");
/// assert_eq!(id_from_path("000_3243ac.txt"), "000_3243ac");
/// assert_eq!(id_from_path("Алматы.md"), "алматы");
/// ```
pub fn id_from_path(relative_path: &str) -> String {
    let stem = match relative_path.rfind('.') {
        Some(dot) if dot > relative_path.rfind('/').map_or(0, |slash| slash + 1) => {
            &relative_path[..dot]
        }
        _ => relative_path,
    };
    let mut segments = Vec::new();
    for segment in stem.split('/') {
        let mut out = String::new();
        let mut pending_dash = false;
        for ch in segment.chars() {
            if ch.is_alphanumeric() || ch == '_' {
                if pending_dash && !out.is_empty() {
                    out.push('-');
                }
                pending_dash = false;
                out.extend(ch.to_lowercase());
            } else {
                pending_dash = true;
            }
        }
        if !out.is_empty() {
            segments.push(out);
        }
    }
    segments.join("/")
}

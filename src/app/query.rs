//! The view state that lives in the page's query string, and its (de)serialisation.
//!
//! The URL owns the state: the app parses `location.search` into a [`ViewState`] and every
//! navigation writes a new query string. Parameter names live in [`param`] and nowhere else.
//! Parsing never fails: what cannot be understood is dropped and described in a notice.

use crate::corpus::MarkKind;
use crate::search::{Filters, parse_day_range};
use crate::timeline::LaneMode;

/// Names of the query-string parameters.
pub mod param {
    /// The open article's id.
    pub const DOC: &str = "doc";
    /// The search box.
    pub const QUERY: &str = "q";
    /// A selected entity's id (repeated for several).
    pub const ENTITY: &str = "entity";
    /// A selected source (repeated for several).
    pub const SOURCE: &str = "source";
    /// Start of the date range (`YYYY[-MM[-DD]]`).
    pub const FROM: &str = "from";
    /// End of the date range.
    pub const TO: &str = "to";
    /// Highlight kinds switched off, comma-separated (`person,date`).
    pub const HIDE: &str = "hide";
    /// A sentence of the open article to show and highlight: `START-END` byte offsets.
    pub const AT: &str = "at";
    /// What the timeline's rows stand for: `source` (default), `article` or `kind`.
    pub const LANES: &str = "lanes";
    /// `list`: the timeline shown as a table instead of a chart.
    pub const TIMELINE: &str = "timeline";
}

/// The kinds of highlight that can be switched off, in legend order.
pub const HIGHLIGHT_KINDS: [MarkKind; 5] = [
    MarkKind::Person,
    MarkKind::Organization,
    MarkKind::Place,
    MarkKind::Other,
    MarkKind::Date,
];

/// The kinds of `kinds`, once each, in legend order.
pub fn in_legend_order(kinds: &[MarkKind]) -> Vec<MarkKind> {
    HIGHLIGHT_KINDS
        .into_iter()
        .filter(|k| kinds.contains(k))
        .collect()
}

/// Everything about the current view that a link should reproduce.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The id of the article open in the reader, if any.
    pub doc: Option<String>,
    /// Search text and facet selections.
    pub filters: Filters,
    /// Highlight kinds switched off (also hidden from the entity panel), in legend order.
    pub hidden: Vec<MarkKind>,
    /// A sentence of the open article (byte range) to scroll to and highlight.
    pub at: Option<(usize, usize)>,
    /// The timeline's rows.
    pub lanes: LaneMode,
    /// The timeline shown as a table.
    pub timeline_list: bool,
}

/// The result of reading a query string: the state, and notices about what was ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    /// The state the query string describes.
    pub state: ViewState,
    /// Human-readable notes on parameters that were ignored, in order of appearance.
    pub notices: Vec<String>,
}

impl ViewState {
    /// Reads a query string (with or without the leading `?`).
    ///
    /// ```
    /// use dossier::app::query::ViewState;
    /// let parsed = ViewState::parse("?doc=2015%2Ftalks&zoom=3");
    /// assert_eq!(parsed.state.doc.as_deref(), Some("2015/talks"));
    /// assert_eq!(parsed.notices, ["Ignored the unknown parameter “zoom”."]);
    /// ```
    pub fn parse(search: &str) -> ParsedQuery {
        let mut parsed = ParsedQuery::default();
        let search = search.strip_prefix('?').unwrap_or(search);
        for pair in search.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value))
            else {
                parsed.notices.push(format!(
                    "Ignored the parameter “{}”: it is not properly URL-encoded.",
                    shorten(pair)
                ));
                continue;
            };
            let filters = &mut parsed.state.filters;
            match key.as_str() {
                param::QUERY if filters.query.is_empty() => filters.query = value,
                param::QUERY => parsed
                    .notices
                    .push("Ignored a second “q” parameter: there is one search box.".to_string()),
                param::ENTITY if !value.is_empty() && !filters.entities.contains(&value) => {
                    filters.entities.push(value)
                }
                param::SOURCE if !value.is_empty() && !filters.sources.contains(&value) => {
                    filters.sources.push(value)
                }
                param::ENTITY | param::SOURCE => {}
                param::FROM | param::TO if value.is_empty() => {}
                param::FROM | param::TO if parse_day_range(&value).is_none() => {
                    parsed.notices.push(format!(
                        "Ignored “{key}={}”: dates are a year, year-month or year-month-day.",
                        shorten(&value)
                    ))
                }
                param::FROM => filters.from = Some(value),
                param::TO => filters.to = Some(value),
                param::HIDE => {
                    for name in value.split(',').filter(|n| !n.is_empty()) {
                        match HIGHLIGHT_KINDS.iter().find(|k| k.as_str() == name) {
                            Some(kind) if !parsed.state.hidden.contains(kind) => {
                                parsed.state.hidden.push(*kind)
                            }
                            Some(_) => {}
                            None => parsed
                                .notices
                                .push(format!("Ignored the highlight kind “{}”.", shorten(name))),
                        }
                    }
                    parsed.state.hidden = in_legend_order(&parsed.state.hidden);
                }
                param::AT => match value.split_once('-').and_then(|(a, b)| {
                    let range = (a.parse::<usize>().ok()?, b.parse::<usize>().ok()?);
                    (range.0 < range.1).then_some(range)
                }) {
                    Some(range) => parsed.state.at = Some(range),
                    None => parsed.notices.push(format!(
                        "Ignored “at={}”: a sentence is written START-END.",
                        shorten(&value)
                    )),
                },
                param::LANES => match LaneMode::parse(&value) {
                    Some(mode) => parsed.state.lanes = mode,
                    None => parsed.notices.push(format!(
                        "Ignored “lanes={}”: lanes are by source, article or kind.",
                        shorten(&value)
                    )),
                },
                param::TIMELINE if value == "list" => parsed.state.timeline_list = true,
                param::TIMELINE if value == "chart" => {}
                param::TIMELINE => parsed.notices.push(format!(
                    "Ignored “timeline={}”: the timeline is a chart or a list.",
                    shorten(&value)
                )),
                param::DOC if value.is_empty() => {}
                param::DOC if parsed.state.doc.is_some() => parsed
                    .notices
                    .push("Ignored a second “doc” parameter: only one article opens.".to_string()),
                param::DOC => parsed.state.doc = Some(value),
                _ => parsed.notices.push(format!(
                    "Ignored the unknown parameter “{}”.",
                    shorten(&key)
                )),
            }
        }
        parsed
    }

    /// The query string for this state, with its leading `?`, or `""` for the default view.
    ///
    /// ```
    /// use dossier::app::query::ViewState;
    /// let state = ViewState { doc: Some("2015/a b".into()), ..ViewState::default() };
    /// assert_eq!(state.to_query(), "?doc=2015%2Fa%20b");
    /// assert_eq!(ViewState::parse(&state.to_query()).state, state);
    /// ```
    pub fn to_query(&self) -> String {
        let mut pairs = Vec::new();
        let mut add = |key: &str, value: &str| {
            pairs.push(format!("{key}={}", percent_encode(value)));
        };
        let filters = &self.filters;
        if !filters.query.is_empty() {
            add(param::QUERY, &filters.query);
        }
        for id in &filters.entities {
            add(param::ENTITY, id);
        }
        for source in &filters.sources {
            add(param::SOURCE, source);
        }
        if let Some(from) = &filters.from {
            add(param::FROM, from);
        }
        if let Some(to) = &filters.to {
            add(param::TO, to);
        }
        if !self.hidden.is_empty() {
            let kinds: Vec<&str> = self.hidden.iter().map(|k| k.as_str()).collect();
            add(param::HIDE, &kinds.join(","));
        }
        if self.lanes != LaneMode::default() {
            add(param::LANES, self.lanes.as_str());
        }
        if self.timeline_list {
            add(param::TIMELINE, "list");
        }
        if let Some(doc) = &self.doc {
            add(param::DOC, doc);
            if let Some((start, end)) = self.at {
                add(param::AT, &format!("{start}-{end}"));
            }
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }
}

/// Decodes `%XX` escapes and `+` (as a space). `None` if an escape is malformed or the result
/// is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Escapes everything but RFC 3986 unreserved characters.
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn shorten(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_and_unknown_parameters_become_notices() {
        let parsed = ViewState::parse("?doc=%E2%28&doc=ok&x=1&doc=again&%zz");
        assert_eq!(parsed.state.doc.as_deref(), Some("ok"));
        assert_eq!(
            parsed.notices,
            [
                "Ignored the parameter “doc=%E2%28”: it is not properly URL-encoded.",
                "Ignored the unknown parameter “x”.",
                "Ignored a second “doc” parameter: only one article opens.",
                "Ignored the parameter “%zz”: it is not properly URL-encoded.",
            ]
        );
    }

    #[test]
    fn round_trips_any_id() {
        for id in ["a", "2015/x-y", "алматы", "a&b=c?d#e%f+g h"] {
            let state = ViewState {
                doc: Some(id.to_string()),
                ..ViewState::default()
            };
            assert_eq!(ViewState::parse(&state.to_query()).state, state, "{id}");
        }
        assert_eq!(ViewState::default().to_query(), "");
    }

    #[test]
    fn round_trips_filters_and_reports_bad_ones() {
        let state = ViewState {
            doc: Some("a".into()),
            filters: Filters {
                query: "“Astana format” -Geneva person:Kassis".into(),
                entities: vec!["randa-kassis".into(), "astana".into()],
                sources: vec!["TASS & Co".into()],
                from: Some("2015-05".into()),
                to: Some("2016".into()),
            },
            hidden: vec![MarkKind::Place, MarkKind::Date],
            at: Some((120, 245)),
            lanes: LaneMode::Kind,
            timeline_list: true,
        };
        assert_eq!(ViewState::parse(&state.to_query()).state, state);
        let parsed = ViewState::parse("?at=9-3&lanes=x&timeline=pie&timeline=chart");
        assert_eq!(parsed.state, ViewState::default());
        assert_eq!(parsed.notices.len(), 3, "{:?}", parsed.notices);
        let parsed = ViewState::parse("?from=May&to=2015-02-30&hide=date,colour,person&q=a&q=b");
        assert_eq!(parsed.state.filters.from, None);
        assert_eq!(parsed.state.filters.to, None);
        assert_eq!(parsed.state.filters.query, "a");
        assert_eq!(parsed.state.hidden, [MarkKind::Person, MarkKind::Date]);
        assert_eq!(parsed.notices.len(), 4, "{:?}", parsed.notices);
    }
}

//! The reader: one article's full text with its entities and dates highlighted, search
//! matches marked, and a card about the mention under the pointer or the focus. Corpus text is
//! only ever inserted as text nodes; highlights are `<mark>` elements built from byte ranges.

use std::ops::Range;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{
    append, append_text, closest, element, element_with_text, flag, listen, replace_children, set,
    set_all,
};
use super::result_list::meta_line;
use crate::analysis::{Certainty, ParagraphBreaks, paragraphs};
use crate::corpus::{
    ArticleAnnotations, Document, EntitySummary, Format, Mark, MarkKind, TitleOrigin,
};
use crate::search::{Piece, format_day, layout};
use crate::timeline::Shape;

/// What activating a mention asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Activation {
    /// Filter by this entity (its id).
    Entity(String),
    /// Filter by these days (`YYYY-MM-DD` from, to).
    Dates(String, String),
}

/// The card's width in CSS pixels (`.card` in the stylesheet).
const CARD_WIDTH: i32 = 320;

/// What the reader shows and does: the article, its analysis, the highlights asked for and
/// what activating a mention does.
pub struct ReaderProps {
    /// The article to show.
    pub doc: &'static Document,
    /// Its analysis, if the build produced one.
    pub annotations: Option<&'static ArticleAnnotations>,
    /// Its highlight marks (in text order, never overlapping).
    pub marks: &'static [Mark],
    /// The corpus' entities (marks refer to them by index).
    pub entities: &'static [EntitySummary],
    /// Search matches to mark (byte ranges of the text, sorted).
    pub hits: Signal<Vec<Range<usize>>>,
    /// Highlight kinds switched off.
    pub hidden: Signal<Vec<MarkKind>>,
    /// A sentence (byte range) to highlight and scroll to, with its first date.
    pub at: Signal<Option<(usize, usize)>>,
    /// Called when a mention is activated (click or Enter).
    pub on_activate: Option<Callback<Activation>>,
}

/// Shows an article: its title, what is known about it, a legend, and its paragraphs with
/// highlights; boilerplate lines are dimmed. Its effects and listeners belong to the caller's
/// owner (the app makes a new one for each article opened).
pub fn reader(props: ReaderProps) -> web_sys::Element {
    let ReaderProps {
        doc,
        annotations,
        marks,
        entities,
        hits,
        hidden,
        at,
        on_activate,
    } = props;
    let breaks = match doc.format {
        Format::Text => ParagraphBreaks::EveryLine,
        Format::Markdown => ParagraphBreaks::BlankLines,
    };
    // The line the title was taken from is already the heading.
    let title_line = match doc.title_origin {
        TitleOrigin::Line { start, end } => Some(start..end),
        TitleOrigin::FrontMatter => None,
    };
    let boilerplate: &'static [(usize, usize)] =
        annotations.map_or(&[], |a| a.boilerplate.as_slice());
    let ranges: Vec<Range<usize>> = paragraphs(&doc.text, doc.body_start, breaks)
        .into_iter()
        .filter(|range| Some(range) != title_line.as_ref())
        .collect();
    // A sentence asked for by the URL, if it is one of this article's.
    let sentence = Memo::new(move |_| {
        let (start, end) = at.get()?;
        let fits = doc.body_start <= start
            && end <= doc.text.len()
            && doc.text.is_char_boundary(start)
            && doc.text.is_char_boundary(end);
        fits.then_some(start..end)
    });
    let parts = build_frame(doc, annotations);
    let (text_box, card_box, notice) = (parts.text.clone(), parts.card.clone(), parts.notice);
    // The paragraphs, redrawn when the matches, the shown kinds or the sentence change.
    Effect::new(move |_| {
        let hidden = hidden.get();
        let hits = hits.get();
        let sentence = sentence.get();
        flag(&notice, "hidden", at.get().is_none() || sentence.is_some());
        let paragraphs: Vec<web_sys::Element> = ranges
            .iter()
            .map(|range| {
                let p = element("p");
                if boilerplate
                    .iter()
                    .any(|&(s, e)| s <= range.start && range.end <= e)
                {
                    set(&p, "class", "boilerplate");
                }
                let pieces = layout(range.clone(), marks, |m| !hidden.contains(&m.kind), &hits);
                draw_pieces(&p, &doc.text, &pieces, marks, entities, sentence.as_ref());
                p
            })
            .collect();
        replace_children(&text_box, &paragraphs);
        // The sentence asked for, or else the first search match, is scrolled into view.
        let target = if sentence.is_some() {
            Some(".reader .sentence")
        } else {
            (!hits.is_empty()).then_some(".reader mark.hit")
        };
        if let Some(target) = target {
            request_animation_frame(move || {
                if let Ok(Some(first)) = document().query_selector(target) {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Center);
                    first.scroll_into_view_with_scroll_into_view_options(&options);
                }
            });
        }
    });

    let mark_at = |target: Option<web_sys::EventTarget>| -> Option<(usize, web_sys::HtmlElement)> {
        let mark = closest(target, "mark[data-i]")?;
        let index = mark.get_attribute("data-i")?.parse().ok()?;
        Some((index, mark.dyn_into().ok()?))
    };
    // The card: one element, filled in and placed by hand when a mention is under the
    // pointer or the focus, hidden otherwise.
    let card = card_box.clone();
    let show = move |target: Option<web_sys::EventTarget>| {
        let in_card = closest(target.clone(), ".card").is_some();
        match mark_at(target).and_then(|(i, element)| Some((marks.get(i)?, element))) {
            Some((mark, element)) => {
                draw_card(&card, card_text(mark, entities, annotations));
                // Keep the card (20rem wide, see the stylesheet) inside the text's box.
                let width = element.offset_parent().map_or(0, |p| p.client_width());
                let left = element.offset_left().min(width - CARD_WIDTH).max(0);
                let top = element.offset_top() + element.offset_height() + 4;
                set(&card, "style", &format!("top:{top}px;left:{left}px"));
                flag(&card, "hidden", false);
            }
            None if !in_card => set(&card, "hidden", ""),
            None => {}
        }
    };
    let activate = move |target: Option<web_sys::EventTarget>| {
        let (Some((index, _)), Some(callback)) = (mark_at(target), on_activate) else {
            return;
        };
        let Some(mark) = marks.get(index) else { return };
        let request = match (
            mark.kind,
            mark.entity.and_then(|e| entities.get(e)),
            mark.days,
        ) {
            (MarkKind::Date, _, Some((first, last))) => {
                Some(Activation::Dates(format_day(first), format_day(last)))
            }
            (MarkKind::Date, _, None) => None,
            (_, Some(entity), _) => Some(Activation::Entity(entity.id.clone())),
            _ => None,
        };
        if let Some(request) = request {
            callback.run(request);
        }
    };
    let body = parts.body;
    let mut listeners = Vec::new();
    let show_at = show.clone();
    listeners.push(listen(&body, "mouseover", move |e| show_at(e.target())));
    let show_at = show.clone();
    listeners.push(listen(&body, "focusin", move |e| show_at(e.target())));
    for name in ["mouseleave", "focusout"] {
        let card = card_box.clone();
        listeners.push(listen(&body, name, move |_| set(&card, "hidden", "")));
    }
    listeners.push(listen(&body, "click", move |e| activate(e.target())));
    let card = card_box;
    listeners.push(listen(&body, "keydown", move |e| {
        let e: &web_sys::KeyboardEvent = e.unchecked_ref();
        match e.key().as_str() {
            "Enter" | " " if mark_at(e.target()).is_some() => {
                e.prevent_default();
                activate(e.target());
            }
            "Escape" => set(&card, "hidden", ""),
            _ => {}
        }
    }));
    // The listeners go with the owner.
    StoredValue::new_local(listeners);
    let article = element("article");
    set(&article, "class", "reader");
    set(&article, "aria-labelledby", "reader-title");
    set(&article, "data-testid", "reader");
    replace_children(&article, &parts.children);
    article
}

/// The reader's fixed elements.
struct Frame {
    children: Vec<web_sys::Element>,
    body: web_sys::Element,
    text: web_sys::Element,
    card: web_sys::Element,
    notice: web_sys::Element,
}

/// Builds the article's frame: heading, what is known about it (source, date, original), a
/// notice for a sentence that is not there, the legend, and the body with the text's box and
/// the card.
fn build_frame(doc: &Document, annotations: Option<&ArticleAnnotations>) -> Frame {
    let heading = element_with_text("h2", &doc.title);
    set(&heading, "id", "reader-title");
    set(&heading, "tabindex", "-1");
    let meta = element_with_text("p", &meta_line(doc));
    set(&meta, "class", "meta");
    if let Some(value) = annotations.and_then(|a| a.reference.as_deref()) {
        append_text(&meta, " · dated ");
        let date = element_with_text("span", value);
        set(
            &date,
            "title",
            annotations.map_or("", |a| a.reference_evidence.as_str()),
        );
        set(&date, "data-testid", "reference-date");
        append(&meta, &date);
    }
    if let Some(url) = doc.url.as_deref() {
        append_text(&meta, " · ");
        let link = element_with_text("a", "original");
        set(&link, "href", url);
        set(&link, "rel", "noopener noreferrer");
        set(&link, "target", "_blank");
        append(&meta, &link);
    }
    let notice = element_with_text(
        "p",
        "The sentence asked for is not in this article; showing all of it.",
    );
    set(&notice, "class", "notice");
    set(&notice, "role", "status");
    set(&notice, "hidden", "");
    let legend = element("ul");
    set(&legend, "class", "legend");
    set(&legend, "aria-label", "Highlight colours");
    for (kind, name) in [
        ("person", "People"),
        ("organization", "Organisations"),
        ("place", "Places"),
        ("other", "Other names"),
        ("date", "Dates"),
    ] {
        let item = element("li");
        let mark = element_with_text("mark", name);
        set(&mark, "data-kind", kind);
        append(&item, &mark);
        append(&legend, &item);
    }
    let body = element("div");
    set(&body, "class", "body");
    set(&body, "data-testid", "reader-body");
    let text = element("div");
    set(&text, "class", "text");
    let card = element("div");
    set_all(
        &card,
        &[
            ("id", "mention-card"),
            ("class", "card"),
            ("role", "tooltip"),
            ("data-testid", "mention-card"),
            ("hidden", ""),
        ],
    );
    replace_children(&body, &[text.clone(), card.clone()]);
    Frame {
        children: vec![heading, meta, notice.clone(), legend, body.clone()],
        body,
        text,
        card,
        notice,
    }
}

/// Appends the pieces of one paragraph to `parent`: text, search matches, and highlight
/// marks (focusable; the card and activation find them by `data-i`).
fn draw_pieces(
    parent: &web_sys::Element,
    text: &str,
    pieces: &[Piece],
    marks: &[Mark],
    entities: &[EntitySummary],
    sentence: Option<&Range<usize>>,
) {
    let inside = |r: &Range<usize>| sentence.is_some_and(|s| s.start <= r.start && r.end <= s.end);
    let mut first_date = true;
    // Text inside the sentence goes into `<span class="sentence">` (unless `in_mark`: the
    // mark itself is then flagged).
    let part = |parent: &web_sys::Node, range: &Range<usize>, hit: bool, in_mark: bool| {
        let cuts = sentence.map_or([range.start; 2], |s| {
            [
                s.start.clamp(range.start, range.end),
                s.end.clamp(range.start, range.end),
            ]
        });
        for r in [range.start..cuts[0], cuts[0]..cuts[1], cuts[1]..range.end] {
            if r.is_empty() {
                continue;
            }
            if inside(&r) && !in_mark {
                let span = element("span");
                set(&span, "class", "sentence");
                plain_or_hit(&span, text, &r, hit);
                append(parent, &span);
            } else {
                plain_or_hit(parent, text, &r, hit);
            }
        }
    };
    for piece in pieces {
        match piece {
            Piece::Text { range, hit } => part(parent, range, *hit, false),
            Piece::Mark { mark, parts } => {
                let m = &marks[*mark];
                let element = element("mark");
                set(&element, "data-kind", m.kind.as_str());
                if let Some(entity) = m.entity.and_then(|e| entities.get(e)) {
                    set(&element, "data-entity", &entity.id);
                }
                if m.kind == MarkKind::Date {
                    set(&element, "data-value", &m.value);
                }
                if inside(&(m.start..m.end)) {
                    let first = m.kind == MarkKind::Date && std::mem::take(&mut first_date);
                    set(
                        &element,
                        "class",
                        if first {
                            "sentence event-date"
                        } else {
                            "sentence"
                        },
                    );
                }
                set(&element, "data-i", &mark.to_string());
                set(&element, "tabindex", "0");
                set(&element, "aria-describedby", "mention-card");
                for (range, hit) in parts {
                    part(&element, range, *hit, inside(&(m.start..m.end)));
                }
                append(parent, &element);
            }
        }
    }
}

/// Appends `text[range]`, inside a search-match `<mark>` when `hit`.
fn plain_or_hit(parent: &web_sys::Node, text: &str, range: &Range<usize>, hit: bool) {
    if hit {
        let mark = element_with_text("mark", &text[range.clone()]);
        set(&mark, "class", "hit");
        set(&mark, "data-testid", "search-hit");
        append(parent, &mark);
    } else {
        append_text(parent, &text[range.clone()]);
    }
}

/// What the card says about a mention, as text: a title, lines, and aliases with reasons.
struct CardText {
    title: String,
    kind: &'static str,
    lines: Vec<String>,
    aliases: Vec<(String, String)>,
    hint: Option<&'static str>,
}

/// For an entity: its name, kind, counts and aliases with the reason each was merged; for a
/// date: its EDTF value, precision and how it was found.
fn card_text(
    mark: &Mark,
    entities: &'static [EntitySummary],
    annotations: Option<&'static ArticleAnnotations>,
) -> CardText {
    if mark.kind == MarkKind::Date {
        let how = match mark.certainty {
            Some(Certainty::Stated) | None => "Written in full in the text.".to_string(),
            Some(Certainty::Inferred) => {
                let reference = annotations
                    .and_then(|a| a.reference.clone())
                    .unwrap_or_default();
                let evidence = annotations.map_or(String::new(), |a| a.reference_evidence.clone());
                format!("Completed from the article’s date, {reference} ({evidence}).")
            }
            Some(Certainty::Unknown) => "The year cannot be known from the text.".to_string(),
        };
        return CardText {
            title: mark.value.clone(),
            kind: "date",
            lines: vec![
                format!("Precision: {}.", Shape::of(&mark.value).describe()),
                how,
            ],
            aliases: Vec::new(),
            hint: mark
                .days
                .map(|_| "Click or press Enter to filter by these dates."),
        };
    }
    let Some(entity) = mark.entity.and_then(|e| entities.get(e)) else {
        return CardText {
            title: String::new(),
            kind: mark.kind.as_str(),
            lines: Vec::new(),
            aliases: Vec::new(),
            hint: None,
        };
    };
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    CardText {
        title: entity.name.clone(),
        kind: entity.kind.as_str(),
        lines: vec![format!(
            "{} mention{} in {} article{}",
            entity.mentions,
            plural(entity.mentions),
            entity.documents,
            plural(entity.documents)
        )],
        aliases: entity.aliases.clone(),
        hint: Some("Click or press Enter to show the articles that mention it."),
    }
}

/// Fills the card element with `text`.
fn draw_card(card: &web_sys::Element, text: CardText) {
    let title = element("p");
    set(&title, "class", "card-title");
    append(&title, &element_with_text("strong", &text.title));
    append_text(&title, &format!(" · {}", text.kind));
    let mut children = vec![title];
    children.extend(text.lines.iter().map(|line| element_with_text("p", line)));
    if !text.aliases.is_empty() {
        children.push(element_with_text("p", "Also written:"));
        let list = element("ul");
        set(&list, "class", "aliases");
        for (name, reason) in &text.aliases {
            let item = element_with_text("li", name);
            let why = element_with_text("span", &format!(" — {reason}"));
            set(&why, "class", "reason");
            append(&item, &why);
            append(&list, &item);
        }
        children.push(list);
    }
    if let Some(hint) = text.hint {
        let p = element_with_text("p", hint);
        set(&p, "class", "hint");
        children.push(p);
    }
    replace_children(card, &children);
}

#[cfg(test)]
mod tests {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    use super::{ReaderProps, reader};
    use crate::corpus::{Document, Limits, parse_document};

    wasm_bindgen_test_configure!(run_in_browser);

    /// Mounts the reader for `text` in a fresh element of the test page and returns the element.
    fn mount_reader(file: &str, text: &str) -> web_sys::Element {
        let doc = parse_document(file, text.as_bytes(), &Limits::default()).unwrap();
        let doc: &'static Document = Box::leak(Box::new(doc));
        let parent = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&parent).unwrap();
        let element: web_sys::HtmlElement = parent.clone().unchecked_into();
        let target = parent.clone();
        leptos::mount::mount_to(element, move || {
            let article = reader(ReaderProps {
                doc,
                annotations: None,
                marks: &[],
                entities: &[],
                hits: Signal::default(),
                hidden: Signal::default(),
                at: Signal::default(),
                on_activate: None,
            });
            target.append_child(&article).unwrap();
        })
        .forget();
        parent
    }

    #[wasm_bindgen_test]
    async fn markup_in_corpus_text_is_shown_as_text() {
        let text = "<b>Bold</b> claims &amp; more\n<script>alert(1)</script>\n<img src=x onerror=alert(2)>\n";
        let parent = mount_reader("hostile.txt", text);
        leptos::task::tick().await; // the paragraphs are drawn by an effect
        assert_eq!(
            parent
                .query_selector_all("b, script, img")
                .unwrap()
                .length(),
            0
        );
        let shown = parent.text_content().unwrap();
        for line in text.lines() {
            assert!(
                shown.contains(line),
                "{line:?} not shown literally in {shown:?}"
            );
        }
    }

    #[wasm_bindgen_test]
    async fn paragraphs_follow_the_format_and_the_title_line_is_not_repeated() {
        let parent = mount_reader(
            "a.txt",
            "Short label\n\nThe headline of the story\nFirst.\nSecond.\n",
        );
        leptos::task::tick().await;
        let heading = parent
            .query_selector("h2")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        assert_eq!(heading, "The headline of the story");
        let paragraphs = parent.query_selector_all(".body p").unwrap();
        let texts: Vec<String> = (0..paragraphs.length())
            .map(|i| paragraphs.item(i).unwrap().text_content().unwrap())
            .collect();
        assert_eq!(texts, ["Short label", "First.", "Second."]);

        let parent = mount_reader("b.md", "---\ntitle: T\n---\nOne\nline.\n\nTwo.\n");
        leptos::task::tick().await;
        assert_eq!(parent.query_selector_all(".body p").unwrap().length(), 2);
    }
}

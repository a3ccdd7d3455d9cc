//! The reader: one article's full text with its entities and dates highlighted. Corpus text is
//! only ever inserted as text nodes; highlights are `<mark>` elements built from byte ranges.

use leptos::prelude::*;

use super::article_list::meta_line;
use crate::analysis::{ParagraphBreaks, paragraphs};
use crate::corpus::{
    ArticleAnnotations, Document, EntitySummary, Format, Mark, MarkKind, TitleOrigin,
};

/// The kinds in the legend, in order.
const LEGEND: [MarkKind; 5] = [
    MarkKind::Person,
    MarkKind::Organization,
    MarkKind::Place,
    MarkKind::Other,
    MarkKind::Date,
];

/// Shows an article: its title, what is known about it, a legend, and its paragraphs with
/// highlights; boilerplate lines are dimmed.
#[component]
pub fn Reader(
    /// The article to show.
    doc: &'static Document,
    /// Its analysis, if the build produced one.
    annotations: Option<&'static ArticleAnnotations>,
    /// The corpus' entities (marks refer to them by index).
    entities: &'static [EntitySummary],
) -> impl IntoView {
    let breaks = match doc.format {
        Format::Text => ParagraphBreaks::EveryLine,
        Format::Markdown => ParagraphBreaks::BlankLines,
    };
    // The line the title was taken from is already the heading.
    let title_line = match doc.title_origin {
        TitleOrigin::Line { start, end } => Some(start..end),
        TitleOrigin::FrontMatter => None,
    };
    let marks: &'static [Mark] = annotations.map_or(&[], |a| a.marks.as_slice());
    let boilerplate: &'static [(usize, usize)] =
        annotations.map_or(&[], |a| a.boilerplate.as_slice());
    let body = paragraphs(&doc.text, doc.body_start, breaks)
        .into_iter()
        .filter(|range| Some(range) != title_line.as_ref())
        .map(|range| {
            let dimmed = boilerplate.iter().any(|&(s, e)| s <= range.start && range.end <= e);
            let class = if dimmed { "boilerplate" } else { "" };
            view! { <p class=class>{highlighted(&doc.text, range.start, range.end, marks, entities)}</p> }
        })
        .collect_view();
    let original = doc.url.as_deref().map(|url| {
        view! {
            " · "
            <a href=url rel="noopener noreferrer" target="_blank">"original"</a>
        }
    });
    let reference = annotations
        .and_then(|a| a.reference.as_deref())
        .map(|value| {
            let evidence = annotations.map_or("", |a| a.reference_evidence.as_str());
            view! { " · dated " <span title=evidence data-testid="reference-date">{value}</span> }
        });
    let legend = LEGEND
        .iter()
        .map(|kind| view! { <li><mark data-kind=kind.as_str()>{kind.as_str()}</mark></li> })
        .collect_view();
    view! {
        <article class="reader" aria-labelledby="reader-title" data-testid="reader">
            <h2 id="reader-title" tabindex="-1">{doc.title.as_str()}</h2>
            <p class="meta">{meta_line(doc)} {reference} {original}</p>
            <ul class="legend" aria-label="Highlight colours">{legend}</ul>
            <div class="body" data-testid="reader-body">{body}</div>
        </article>
    }
}

/// The text of `text[start..end]` as text nodes and `<mark>` elements for the marks inside it.
fn highlighted(
    text: &'static str,
    start: usize,
    end: usize,
    marks: &'static [Mark],
    entities: &'static [EntitySummary],
) -> Vec<AnyView> {
    let mut pieces = Vec::new();
    let mut at = start;
    let first = marks.partition_point(|m| m.start < start);
    for m in marks[first..].iter().take_while(|m| m.end <= end) {
        if m.start > at {
            pieces.push(view! { {&text[at..m.start]} }.into_any());
        }
        let entity = m.entity.and_then(|e| entities.get(e));
        let title = match (m.kind, entity) {
            (MarkKind::Date, _) => m.value.clone(),
            (_, Some(e)) => format!("{} ({})", e.name, m.kind.as_str()),
            (_, None) => m.kind.as_str().to_string(),
        };
        let value = (m.kind == MarkKind::Date).then(|| m.value.clone());
        pieces.push(
            view! {
                <mark
                    data-kind=m.kind.as_str()
                    data-entity=entity.map(|e| e.id.clone())
                    data-value=value
                    title=title
                >
                    {&text[m.start..m.end]}
                </mark>
            }
            .into_any(),
        );
        at = m.end;
    }
    if at < end {
        pieces.push(view! { {&text[at..end]} }.into_any());
    }
    pieces
}

#[cfg(test)]
mod tests {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    use super::Reader;
    use crate::corpus::{Document, Limits, parse_document};

    wasm_bindgen_test_configure!(run_in_browser);

    /// Mounts the reader for `text` in a fresh element of the test page and returns the element.
    fn mount_reader(file: &str, text: &str) -> web_sys::Element {
        let doc = parse_document(file, text.as_bytes(), &Limits::default()).unwrap();
        let doc: &'static Document = Box::leak(Box::new(doc));
        let parent = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&parent).unwrap();
        let element: web_sys::HtmlElement = parent.clone().unchecked_into();
        leptos::mount::mount_to(
            element,
            move || view! { <Reader doc=doc annotations=None entities=&[]/> },
        )
        .forget();
        parent
    }

    #[wasm_bindgen_test]
    fn markup_in_corpus_text_is_shown_as_text() {
        let text = "<b>Bold</b> claims &amp; more\n<script>alert(1)</script>\n<img src=x onerror=alert(2)>\n";
        let parent = mount_reader("hostile.txt", text);
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
    fn paragraphs_follow_the_format_and_the_title_line_is_not_repeated() {
        let parent = mount_reader(
            "a.txt",
            "Short label\n\nThe headline of the story\nFirst.\nSecond.\n",
        );
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
        assert_eq!(parent.query_selector_all(".body p").unwrap().length(), 2);
    }
}

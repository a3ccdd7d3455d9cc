//! The reader: one article's full text, inserted as text nodes only.

use leptos::prelude::*;

use super::article_list::meta_line;
use crate::analysis::{ParagraphBreaks, paragraphs};
use crate::corpus::{Document, Format, TitleOrigin};

/// Shows an article: its title, what is known about it, and its paragraphs.
///
/// Corpus text is only ever inserted as text, so markup in an article shows literally.
#[component]
pub fn Reader(
    /// The article to show.
    doc: &'static Document,
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
    let body = paragraphs(&doc.text, doc.body_start, breaks)
        .into_iter()
        .filter(|range| Some(range) != title_line.as_ref())
        .map(|range| view! { <p>{&doc.text[range]}</p> })
        .collect_view();
    let original = doc.url.as_deref().map(|url| {
        view! {
            " · "
            <a href=url rel="noopener noreferrer" target="_blank">"original"</a>
        }
    });
    view! {
        <article class="reader" aria-labelledby="reader-title" data-testid="reader">
            <h2 id="reader-title" tabindex="-1">{doc.title.as_str()}</h2>
            <p class="meta">{meta_line(doc)} {original}</p>
            <div class="body" data-testid="reader-body">{body}</div>
        </article>
    }
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
        leptos::mount::mount_to(element, move || view! { <Reader doc=doc/> }).forget();
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

//! The web app's entry point: a panic hook that says so in the page, then the app.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        // A panic is a bug; rather than leave a page that silently stopped responding, say so.
        // (The message is not formatted: that would bring the formatter's panic paths along.)
        std::panic::set_hook(Box::new(|_| {
            let document = leptos::prelude::document();
            if let (Ok(notice), Some(body)) = (document.create_element("p"), document.body()) {
                notice.set_text_content(Some(
                    "Dossier stopped because of an error in the app. Reloading the page starts it again.",
                ));
                let _ = notice.set_attribute("class", "error");
                let _ = notice.set_attribute("role", "alert");
                let _ = body.prepend_with_node_1(&notice);
            }
        }));
        dossier::app::start();
    }
}

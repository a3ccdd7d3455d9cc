//! Dossier's command-line tool.
//!
//! ```text
//! dossier check <DIR>     validate a corpus folder, as the build does, and list its articles
//! ```

use std::path::Path;
use std::process::ExitCode;

use dossier::corpus::{Limits, load_folder};

const USAGE: &str = "usage: dossier check <DIR>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["check", dir] => check(Path::new(dir)),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn check(dir: &Path) -> ExitCode {
    match load_folder(dir, &Limits::default()) {
        Ok(corpus) => {
            for doc in &corpus.documents {
                println!("{}\t{}", doc.id, doc.title);
            }
            for note in &corpus.ignored {
                eprintln!("left out: {note}");
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in errors {
                eprintln!("error: {e}");
            }
            ExitCode::FAILURE
        }
    }
}

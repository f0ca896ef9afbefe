//! Prints what copydesk finds in an article.
//!
//! ```text
//! cargo run --example annotate              # the bundled sample article
//! cargo run --example annotate -- FILE      # your own article (UTF-8 text)
//! cargo run --example annotate -- FILE --json
//! ```

use std::error::Error;

const SAMPLE: &str = include_str!("../data/kcna-kursk.txt");

fn main() -> Result<(), Box<dyn Error>> {
    let mut json = false;
    let mut path = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("usage: annotate [FILE] [--json]");
                return Ok(());
            }
            _ => path = Some(arg),
        }
    }
    let text = match &path {
        Some(p) => std::fs::read_to_string(p)?,
        None => SAMPLE.to_owned(),
    };
    let article = copydesk::parse(&text);
    if json {
        println!("{}", serde_json::to_string_pretty(&article)?);
        return Ok(());
    }
    println!(
        "== {}",
        path.as_deref()
            .unwrap_or("bundled sample: data/kcna-kursk.txt")
    );
    println!("\nQuotations ({}):", article.quotations().len());
    for q in article.quotations() {
        println!(
            "  {:>5}..{:<5} {:?} {:?}",
            q.span().start,
            q.span().end,
            q.kind(),
            q.content().as_str()
        );
    }
    Ok(())
}

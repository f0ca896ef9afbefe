//! Prints what copydesk finds in an article.
//!
//! ```text
//! cargo run --example annotate              # the bundled sample article
//! cargo run --example annotate -- FILE      # your own article (UTF-8 text)
//! cargo run --example annotate -- FILE --json
//! ```

use std::error::Error;

use copydesk::article::Role;

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

    println!("\nParagraphs ({}):", article.paragraphs().len());
    for b in article.paragraphs() {
        let p = &b.paragraph;
        println!(
            "  {:>5}..{:<5} {:<9} {}",
            p.span().start,
            p.span().end,
            role(b.role),
            clip(p.as_str(), 60)
        );
    }

    println!(
        "\nByline: {}",
        article
            .byline()
            .map_or("none".into(), |b| format!("{:?}", &text.as_str()[b.span()]))
    );
    println!(
        "Dateline: {}",
        article
            .dateline()
            .map_or("none".into(), |d| format!("{:?}", &text.as_str()[d.span()]))
    );

    println!("\nQuotations ({}):", article.quotations().len());
    for q in article.quotations() {
        println!(
            "  {:>5}..{:<5} {:<8} {}",
            q.span().start,
            q.span().end,
            format!("{:?}", q.kind()).to_lowercase(),
            clip(q.content().as_str(), 70)
        );
    }

    println!("\nCredits ({}):", article.credits().len());
    for c in article.credits() {
        let agencies: Vec<&str> = c.agencies().map(|a| a.canonical()).collect();
        let people: Vec<String> = c
            .contributors()
            .map(|p| format!("{} ({})", p.name().as_str(), p.role().as_str()))
            .collect();
        println!(
            "  {:>5}..{:<5} {:<16} agencies {:?} contributors {:?}  {:?}",
            c.span().start,
            c.span().end,
            c.kind().as_str(),
            agencies,
            people,
            c.as_str()
        );
    }

    if !article.diagnostics().is_empty() {
        println!("\nDiagnostics ({}):", article.diagnostics().len());
        for d in article.diagnostics() {
            println!(
                "  {:>5}..{:<5} {:?} {:?}",
                d.at.start(),
                d.at.end(),
                d.kind,
                d.at.as_str()
            );
        }
    }
    Ok(())
}

fn role(r: Role) -> &'static str {
    match r {
        Role::Headline => "headline",
        Role::Byline => "byline",
        Role::Body => "body",
        Role::Subhead => "subhead",
        Role::Credit => "credit",
        _ => "other",
    }
}

/// The first `n` characters of `s`, with an ellipsis if it was longer.
fn clip(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

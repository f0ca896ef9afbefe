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

    println!("\nParagraphs ({}):", article.paragraphs().len());
    for b in article.paragraphs() {
        let p = &b.paragraph;
        println!(
            "  {:>5}..{:<5} {:<9} {}",
            p.span().start,
            p.span().end,
            b.role.as_str(),
            clip(p.as_str(), 60)
        );
    }

    match article.byline() {
        Some(b) => {
            let authors: Vec<&str> = b.authors().iter().map(|p| p.display()).collect();
            let outlets: Vec<&str> = b.outlets().iter().map(|o| o.canonical()).collect();
            println!(
                "\nByline: {:?} authors {authors:?} outlets {outlets:?}",
                b.as_str()
            );
        }
        None => println!("\nByline: none"),
    }
    match article.dateline() {
        Some(d) => println!(
            "Dateline: {:?} place {:?} agency {:?} date {:?}",
            d.as_str(),
            d.location().map(|l| l.as_str()),
            d.agency().map(|a| a.name()),
            d.date().map(|x| x.as_str())
        ),
        None => println!("Dateline: none"),
    }

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

    println!("\nAttributions ({}):", article.attributions().len());
    for a in article.attributions() {
        let who = a.source().map_or("(no source)", |s| s.as_str());
        let entity = a.entity().map(|e| e.name());
        let resolved = match entity {
            Some(name) if name != who => format!(" → {name}"),
            _ => String::new(),
        };
        let unnamed = if a.is_unnamed() { " (unnamed)" } else { "" };
        println!(
            "  {:<8} {who}{resolved}{unnamed} [{}]",
            format!("{:?}", a.kind()).to_lowercase(),
            a.cue().as_str()
        );
        for c in a.contents() {
            println!(
                "           {:>5}..{:<5} {}",
                c.start(),
                c.end(),
                clip(c.as_str(), 64)
            );
        }
        for s in a.secondary() {
            println!(
                "           via {:?}: {}",
                s.relation(),
                s.mention().as_str()
            );
        }
    }

    println!("\nEntities ({}):", article.entities().len());
    for e in article.entities() {
        let mentions: Vec<&str> = e.mentions().iter().map(|m| m.as_str()).collect();
        println!("  {:<16} {:?} {mentions:?}", e.name(), e.kind());
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

/// The first `n` characters of `s`, with an ellipsis if it was longer.
fn clip(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

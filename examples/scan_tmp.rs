//! temporary scan
use std::io::BufRead;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let f = std::io::BufReader::new(std::fs::File::open(path).unwrap());
    let (mut n, mut nb, mut nd) = (0, 0, 0);
    for line in f.lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let text = v["text"].as_str().unwrap_or("");
        n += 1;
        let a = copydesk::parse(text);
        if let Some(b) = a.byline() {
            nb += 1;
            println!(
                "B {:?} -> {:?} {:?}",
                b.as_str(),
                b.authors().iter().map(|p| p.display()).collect::<Vec<_>>(),
                b.outlets()
                    .iter()
                    .map(|o| o.canonical())
                    .collect::<Vec<_>>()
            );
        }
        if let Some(d) = a.dateline() {
            nd += 1;
            println!(
                "D {:?} || {:?}",
                d.as_str(),
                text[d.span().start..].chars().take(80).collect::<String>()
            );
        }
    }
    eprintln!("{n} articles, {nb} bylines, {nd} datelines");
}

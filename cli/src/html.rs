//! `copydesk html`: one article as a self-contained page (inline CSS and a little JS, nothing
//! fetched).
//!
//! Every located item is an element with `data-id`, `data-start` and `data-end` (byte offsets
//! into the article): paragraphs with their roles, quotations, each attribution's content pieces,
//! source, cue and secondary sources (coloured per attribution and linked by `data-attr`), the
//! byline, the dateline and the credits. Where two items cross rather than nest, the inner one is
//! closed and reopened around the boundary, so one item may be several elements with the same
//! `data-id`; their texts, in order, make up the item's text.

use std::fmt::Write as _;

use copydesk::article::Role;
use copydesk::{Article, Span};

/// One located item to mark.
struct Mark {
    span: Span,
    /// Paragraphs are rank 0 and enclose everything; of two items with the same span, the
    /// lower rank encloses the other.
    rank: u8,
    /// The element's opening tag, without the `data-id`/offsets attributes.
    tag: &'static str,
    class: String,
    id: String,
    /// The attribution it belongs to, for linking.
    attr: Option<usize>,
    title: String,
}

/// The page for `text`, titled `title`.
pub(crate) fn page(text: &str, title: &str) -> String {
    let article = copydesk::parse(text);
    let marks = marks(&article);
    let mut out = String::with_capacity(text.len() * 4 + 8192);
    let headline = article.headline().map_or(title, |h| h.as_str());
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} · copydesk</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        esc(headline)
    );
    let _ = write!(
        out,
        "<header><h1>copydesk</h1><p class=\"file\">{}</p>{LEGEND}</header>\n<main>\n<article>\n",
        esc(title)
    );
    render(text, &marks, &mut out);
    out.push_str("</article>\n");
    sidebar(&article, &mut out);
    out.push_str("</main>\n");
    details(&article, &mut out);
    let _ = write!(out, "<script>{JS}</script>\n</body>\n</html>\n");
    out
}

/// A light colour for attribution `i`, spread around the wheel.
fn hue(i: usize) -> usize {
    (i * 137 + 20) % 360
}

/// The snake-case name serde gives a unit variant.
fn tag<T: serde::Serialize>(t: &T) -> String {
    match serde_json::to_value(t) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn marks(a: &Article<'_>) -> Vec<Mark> {
    let mut m = Vec::new();
    for b in a.paragraphs() {
        let role = b.role.as_str();
        let tag = if b.role == Role::Headline {
            "h2"
        } else if b.role == Role::Subhead {
            "h3"
        } else {
            "p"
        };
        m.push(Mark {
            span: b.paragraph.span(),
            rank: 0,
            tag,
            class: format!("para role-{role}"),
            id: format!("p{}", b.paragraph.index()),
            attr: None,
            title: role.to_owned(),
        });
    }
    if let Some(b) = a.byline() {
        m.push(Mark {
            span: b.span(),
            rank: 1,
            tag: "span",
            class: "byline".into(),
            id: "byline".into(),
            attr: None,
            title: format!(
                "byline: {}",
                b.authors()
                    .iter()
                    .map(|p| p.display())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        });
    }
    if let Some(d) = a.dateline() {
        let mut t = String::from("dateline");
        if let Some(l) = d.location() {
            let _ = write!(t, ": {}", l.as_str());
        }
        if let Some(ag) = d.agency() {
            let _ = write!(t, " ({})", ag.name());
        }
        m.push(Mark {
            span: d.span(),
            rank: 1,
            tag: "span",
            class: "dateline".into(),
            id: "dateline".into(),
            attr: None,
            title: t,
        });
    }
    for (i, c) in a.credits().iter().enumerate() {
        m.push(Mark {
            span: c.span(),
            rank: 1,
            tag: "span",
            class: "credit".into(),
            id: format!("credit{i}"),
            attr: None,
            title: format!("credit: {}", tag(&c.kind())),
        });
    }
    for (i, at) in a.attributions().iter().enumerate() {
        for (j, c) in at.contents().iter().enumerate() {
            m.push(Mark {
                span: c.span(),
                rank: 2,
                tag: "span",
                class: format!(
                    "content {}",
                    tag(&at.content_kinds().get(j).copied().unwrap_or(at.kind()))
                ),
                id: format!("a{i}-content{j}"),
                attr: Some(i),
                title: format!("content of attribution {}", i + 1),
            });
        }
        if let Some(s) = at.source() {
            m.push(Mark {
                span: s.span(),
                rank: 2,
                tag: "span",
                class: "source".into(),
                id: format!("a{i}-source"),
                attr: Some(i),
                title: match at.entity() {
                    Some(e) => format!("source → {}", e.name()),
                    None => "source".into(),
                },
            });
        }
        m.push(Mark {
            span: at.cue().span(),
            rank: 2,
            tag: "span",
            class: "cue".into(),
            id: format!("a{i}-cue"),
            attr: Some(i),
            title: format!("cue ({})", tag(&at.cue_class())),
        });
        for (j, s) in at.secondary().iter().enumerate() {
            m.push(Mark {
                span: s.mention().span(),
                rank: 2,
                tag: "span",
                class: "secondary".into(),
                id: format!("a{i}-secondary{j}"),
                attr: Some(i),
                title: format!("secondary source ({})", tag(&s.relation())),
            });
        }
    }
    for (i, q) in a.quotations().iter().enumerate() {
        let said = a.attribution_of(i).next().is_some();
        m.push(Mark {
            span: q.span(),
            rank: 3,
            tag: "span",
            class: if said {
                "quote".into()
            } else {
                "quote unattributed".into()
            },
            id: format!("q{i}"),
            attr: None,
            title: format!("quotation ({})", tag(&q.kind())),
        });
    }
    m.retain(|x| !x.span.is_empty());
    m
}

/// Writes the text with every mark as an element, nesting them properly: at each boundary the
/// elements that must close are closed and those still covering are reopened inside.
fn render(text: &str, marks: &[Mark], out: &mut String) {
    let mut cuts: Vec<usize> = marks
        .iter()
        .flat_map(|m| [m.span.start, m.span.end])
        .chain([0, text.len()])
        .filter(|&c| c <= text.len() && text.is_char_boundary(c))
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    // Marks by start, to sweep.
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by_key(|&i| marks[i].span.start);
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for w in cuts.windows(2) {
        let (from, to) = (w[0], w[1]);
        active.retain(|&i| marks[i].span.end > from);
        while next < order.len() && marks[order[next]].span.start <= from {
            if marks[order[next]].span.end > from {
                active.push(order[next]);
            }
            next += 1;
        }
        let mut want = active.clone();
        // Paragraphs outermost; within them the longer of two items that start together
        // encloses the other, and the earlier of two that cross.
        want.sort_by_key(|&i| {
            let s = marks[i].span;
            let m = &marks[i];
            (m.rank > 0, s.start, std::cmp::Reverse(s.end), m.rank, i)
        });
        let keep = open.iter().zip(&want).take_while(|(a, b)| a == b).count();
        while open.len() > keep {
            if let Some(i) = open.pop() {
                let _ = write!(out, "</{}>", marks[i].tag);
            }
        }
        for &i in &want[keep..] {
            let m = &marks[i];
            let _ = write!(
                out,
                "<{} class=\"{}\" data-id=\"{}\" data-start=\"{}\" data-end=\"{}\" title=\"{}\"",
                m.tag,
                esc(&m.class),
                esc(&m.id),
                m.span.start,
                m.span.end,
                esc(&m.title)
            );
            if let Some(a) = m.attr {
                let _ = write!(out, " data-attr=\"{a}\" style=\"--c:{}\"", hue(a));
            }
            out.push('>');
            open.push(i);
        }
        out.push_str(&esc(&text[from..to]));
    }
    while let Some(i) = open.pop() {
        let _ = write!(out, "</{}>", marks[i].tag);
    }
    out.push('\n');
}

/// The speakers and their quotes: attributions grouped by resolved entity, then by source as
/// written; each quote links back to its attribution.
fn sidebar(a: &Article<'_>, out: &mut String) {
    let mut groups: Vec<(String, Option<String>, Vec<usize>)> = Vec::new();
    for (i, at) in a.attributions().iter().enumerate() {
        let (key, note) = match (at.entity(), at.source()) {
            (Some(e), _) => (e.name().to_owned(), Some(tag(&e.kind()))),
            (None, Some(s)) => (
                s.as_str().to_owned(),
                Some(
                    if at.is_unnamed() {
                        "unnamed"
                    } else {
                        "unresolved"
                    }
                    .to_owned(),
                ),
            ),
            (None, None) => ("(no source)".to_owned(), None),
        };
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => g.2.push(i),
            None => groups.push((key, note, vec![i])),
        }
    }
    out.push_str("<aside>\n<h2>Speakers</h2>\n");
    if groups.is_empty() {
        out.push_str("<p class=\"none\">No attributions found.</p>\n");
    }
    for (name, note, items) in &groups {
        let _ = write!(out, "<section class=\"speaker\"><h3>{}", esc(name));
        if let Some(n) = note {
            let _ = write!(out, " <small>{}</small>", esc(n));
        }
        out.push_str("</h3>\n<ul>\n");
        for &i in items {
            let at = &a.attributions()[i];
            let said: Vec<&str> = at.contents().iter().map(|c| c.as_str()).collect();
            let _ = writeln!(
                out,
                "<li data-attr=\"{i}\" style=\"--c:{}\"><span class=\"kind\">{}</span> <span class=\"said\">{}</span> <span class=\"via\">— {}</span></li>",
                hue(i),
                esc(&tag(&at.kind())),
                esc(&said.join(" … ")),
                esc(at.cue().as_str())
            );
        }
        out.push_str("</ul></section>\n");
    }
    out.push_str("</aside>\n");
}

/// One hidden panel per attribution, shown while one of its parts is pointed at.
fn details(a: &Article<'_>, out: &mut String) {
    out.push_str("<div id=\"panels\">\n");
    for (i, at) in a.attributions().iter().enumerate() {
        let _ = write!(
            out,
            "<div class=\"panel\" id=\"panel-{i}\" style=\"--c:{}\"><b>attribution {}</b> · {} · cue <q>{}</q> ({})",
            hue(i),
            i + 1,
            esc(&tag(&at.kind())),
            esc(at.cue().as_str()),
            esc(&tag(&at.cue_class()))
        );
        match at.source() {
            Some(s) => {
                let _ = write!(out, "<br>source <q>{}</q>", esc(s.as_str()));
            }
            None => out.push_str("<br>no source named"),
        }
        if at.is_unnamed() {
            out.push_str(" (unnamed)");
        }
        if let Some(e) = at.entity() {
            let mentions: Vec<&str> = e.mentions().iter().map(|m| m.as_str()).collect();
            let _ = write!(
                out,
                "<br>entity <b>{}</b> ({}); mentions: {}",
                esc(e.name()),
                esc(&tag(&e.kind())),
                esc(&mentions.join(", "))
            );
            if let Some(t) = e.title() {
                let _ = write!(out, "; title <q>{}</q>", esc(t.as_str()));
            }
        }
        for s in at.secondary() {
            let _ = write!(
                out,
                "<br>{} <q>{}</q>",
                esc(&tag(&s.relation())),
                esc(s.mention().as_str())
            );
            if let Some(e) = s.entity() {
                let _ = write!(out, " → {}", esc(e.name()));
            }
        }
        out.push_str("</div>\n");
    }
    out.push_str("</div>\n");
}

/// The text with `& < > " '` escaped, for element content and attribute values alike.
pub(crate) fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

const LEGEND: &str = "<p class=\"legend\">\
<span class=\"key byline\">byline</span> <span class=\"key dateline\">dateline</span> \
<span class=\"key credit\">credit</span> <span class=\"key quote\">quotation</span> \
<span class=\"key source\" style=\"--c:200\">source</span> <span class=\"key cue\" style=\"--c:200\">cue</span> \
<span class=\"key content\" style=\"--c:200\">content</span> \
<span class=\"key secondary\" style=\"--c:200\">secondary source</span> \
· point at a highlight to see its attribution</p>";

const CSS: &str = r#"
:root { color-scheme: light; font-family: Georgia, 'Times New Roman', serif; }
body { margin: 0; background: #fafaf7; color: #222; }
header { padding: 0.6em 1.5em; background: #23303f; color: #fff; }
header h1 { font: bold 1.2em system-ui, sans-serif; margin: 0; display: inline-block; }
header .file { display: inline-block; margin: 0 0 0 1em; font: 0.9em ui-monospace, monospace; opacity: 0.8; }
.legend { font: 0.8em system-ui, sans-serif; margin: 0.4em 0 0; }
.legend .key { padding: 0 0.3em; color: #222; }
.legend .key.quote { background: #fff; }
main { display: flex; gap: 2em; padding: 1em 1.5em; align-items: flex-start; }
article { flex: 3; max-width: 46em; padding-left: 4.5em; line-height: 1.65; font-size: 1.05em; }
aside { flex: 2; max-width: 30em; font: 0.9em/1.45 system-ui, sans-serif; position: sticky; top: 0.5em; }
aside h2 { font-size: 1.1em; border-bottom: 1px solid #ccc; }
aside h3 { font-size: 1em; margin: 0.8em 0 0.2em; }
aside small { font-weight: normal; color: #777; }
aside ul { margin: 0; padding-left: 1.1em; }
aside li { margin: 0.25em 0; border-left: 4px solid hsl(var(--c) 65% 60%); padding-left: 0.4em; list-style: none; cursor: default; }
aside .kind { font-size: 0.8em; color: #666; }
aside .via { color: #666; }
.para { position: relative; margin: 0.7em 0; }
.para::before { content: attr(title); position: absolute; left: -5.2em; width: 4.8em; text-align: right;
  font: 0.65em/2.4 system-ui, sans-serif; color: #999; text-transform: uppercase; }
h2.para { font-size: 1.5em; line-height: 1.3; }
h3.para { font-size: 1.15em; }
.role-credit { color: #555; font-style: italic; }
.byline { background: #e6e0f5; outline: 1px dashed #8a72c8; }
.dateline { background: #dfeede; font-variant: small-caps; outline: 1px dashed #5c9a57; }
.credit { background: #f3e6d6; outline: 1px dashed #b7864d; }
.quote { border-bottom: 2px solid #333; }
.quote.unattributed { border-bottom: 2px dotted #999; }
.content { background: hsl(var(--c) 80% 90%); }
.source { background: hsl(var(--c) 70% 72%); font-weight: bold; border-radius: 3px; }
.cue { background: hsl(var(--c) 70% 72%); font-style: italic; text-decoration: underline wavy hsl(var(--c) 60% 40%); }
.secondary { outline: 2px solid hsl(var(--c) 60% 60%); border-radius: 3px; }
.legend .content, .legend .source, .legend .cue, .legend .secondary { background-color: hsl(var(--c) 75% 80%); }
.lit { box-shadow: 0 0 0 2px hsl(var(--c) 70% 35%); }
li.lit { background: hsl(var(--c) 80% 92%); }
#panels .panel { display: none; position: fixed; right: 1em; bottom: 1em; max-width: 32em; padding: 0.6em 0.8em;
  background: #fff; border: 2px solid hsl(var(--c) 60% 50%); border-radius: 6px;
  font: 0.85em/1.45 system-ui, sans-serif; box-shadow: 0 2px 10px rgba(0,0,0,0.2); }
#panels .panel.shown { display: block; }
@media (max-width: 800px) { main { flex-direction: column; } article { padding-left: 0; } .para::before { display: none; } }
"#;

const JS: &str = r#"
(function () {
  var shown = null;
  function light(n, on) {
    document.querySelectorAll('[data-attr="' + n + '"]').forEach(function (e) {
      e.classList.toggle('lit', on);
    });
    var p = document.getElementById('panel-' + n);
    if (p) { p.classList.toggle('shown', on); }
  }
  document.addEventListener('mouseover', function (ev) {
    var t = ev.target.closest ? ev.target.closest('[data-attr]') : null;
    var n = t ? t.getAttribute('data-attr') : null;
    if (n === shown) { return; }
    if (shown !== null) { light(shown, false); }
    shown = n;
    if (n !== null) { light(n, true); }
  });
})();
"#;

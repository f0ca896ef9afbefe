//! Labels: `Name: content` lines and the reporter of an outer quotation.

use super::*;

impl<'h> Finder<'_, 'h> {
    /// `Source: content` at the start of a paragraph: `Poll: Ortiz and Blake tied`,
    /// `Sanders: Clinton needs to …`, `BOULDUAN: Why not?`. The source is a short name or
    /// noun phrase, not a section label (`The Latest:`, `Update:`). A headline's source may be
    /// any title-case phrase (`CNN President On Trump: …`); in the body it is the capitalised
    /// words before any lower-case one, and the content has two words at least.
    pub(super) fn colon_label(&self, u: usize, headline: bool) -> Option<Draft<'h>> {
        let t = &self.units[u].toks;
        let c = t
            .iter()
            .take(if headline { 9 } else { 8 })
            .position(|x| x.punct(':'))?;
        let small = |k: usize| {
            if headline {
                self.is_any(
                    u,
                    k,
                    &[
                        "of", "on", "at", "to", "from", "for", "the", "a", "in", "and",
                    ],
                )
            } else {
                t[k].is(DET | PREP | STOP)
            }
        };
        if c == 0
            || !t[0].cap
            || !(0..c).all(|k| t[k].word() && (t[k].cap || small(k)))
            || self.section_label(u, c)
        {
            return None;
        }
        let np = if headline {
            self.head_of(u, 0, c).unwrap_or(Np {
                start: 0,
                end: c,
                head_start: 0,
                head_end: c,
            })
        } else {
            // `Clinton to Planned Parenthood: …`: the capitalised words before a lower-case one.
            let e = (0..c).find(|&m| !t[m].cap).unwrap_or(c);
            let np = self.head_of(u, 0, e)?;
            let head = &t[np.head_end - 1];
            if !(head.cap || head.is(ORG | UNNAMED | EVIDENCE | ROLE))
                || t[c + 1..].iter().filter(|x| x.word()).count() < 2
            {
                return None;
            }
            // `Further reading: How Cities Rethink The Commute`: in the body, a label before
            // a title set in headline case names a story, not words said (a speaker's label
            // quotes them: `Lee: As Mayor, “I Kept My Word”`).
            if self.headline_case(u) && t[c + 1..].iter().all(|x| x.quote().is_none()) {
                return None;
            }
            // `Email: ed@example.com`, `Web: https://…`: a contact field, not words said.
            let rest = &self.text[t[c + 1].span.start..self.units[u].span.end];
            if contact(rest.split(char::is_whitespace).next().unwrap_or(rest)) {
                return None;
            }
            // `ENERGY: Crude oil fell …`: an all-capital label is a transcript's turn label only
            // in a conversation, where some speaker takes a second turn.
            if t[..c]
                .iter()
                .all(|x| !x.word() || all_capital(&self.text[x.span]))
                && section_heads(self.text, self.units[u].span.start)
            {
                return None;
            }
            np
        };
        let mut d = self.content_draft(
            u,
            c + 1,
            t.len(),
            t[c].span,
            CueClass::Punctuation,
            Some(np),
        )?;
        if headline {
            d.content_toks = None;
        }
        Some(d)
    }

    /// `Lee believes the deal is good, aides said.`: a thought or perception whose sentence
    /// ends with a reporter is itself the content of that reporter's attribution (PolNeAR
    /// annotates the outer one only).
    #[inline(never)]
    pub(super) fn reporter_outer(&self, u: usize, d: &Draft<'h>) -> Option<Draft<'h>> {
        // Both readings below take the outer source from a secondary relation: a draft
        // without one has no outer reporter (most drafts; no token scan for them).
        if !d
            .secondary
            .iter()
            .any(|x| matches!(x.0, Relation::AccordingTo | Relation::ReportedBy))
        {
            return None;
        }
        let t = &self.units[u].toks;
        // A stance or naming verb (`Lee praised the plan, aides said`) reports no speech of its
        // own either.
        let stance = t
            .iter()
            .rfind(|x| x.span.end == d.cue.end)
            .and_then(|x| x.cue)
            .is_some_and(|c| {
                matches!(
                    c.constraint,
                    Constraint::Stance | Constraint::Naming | Constraint::ParticleOnly
                )
            });
        if !stance && !matches!(d.cue_class, CueClass::Thought | CueClass::Perception) {
            return None;
        }
        // `Lee intends to …, according to a lawsuit`: the source phrase reports the clause (a
        // stance verb keeps the phrase as its channel: `Kim defended …, according to KCNA`).
        if matches!(d.cue_class, CueClass::Thought | CueClass::Perception)
            && let Some(&(_, s, h, _)) = d.secondary.iter().find(|x| x.0 == Relation::AccordingTo)
        {
            let at = |p: usize| t.iter().position(|x| x.span.start == p);
            let start = at(s.start)?;
            let end = t
                .iter()
                .position(|x| x.span.start >= s.end)
                .unwrap_or(t.len());
            let head_start = at(h.start)?;
            let head_end = t
                .iter()
                .position(|x| x.span.start >= h.end)
                .unwrap_or(t.len());
            let len = (1..start.min(5)).find(|&l| self.phrase_at(u, start - l) == Some(l))?;
            let p = start - len;
            if p < 2 {
                return None;
            }
            // The content ends at the comma before the phrase, or at the phrase when it
            // stands bare at the end of the sentence (`… on the barge according to a
            // complaint.`: `trailing` read it so).
            let c = if t[p - 1].punct(',') { p - 1 } else { p };
            let np = Np {
                start,
                end,
                head_start,
                head_end,
            };
            let cue = self.s(u, p, start);
            return self.content_draft(
                u,
                self.lead_in(u, c),
                c,
                cue,
                CueClass::SourcePhrase,
                Some(np),
            );
        }
        let (_, s, h, _) = d.secondary.iter().find(|x| x.0 == Relation::ReportedBy)?;
        let at = |p: usize| t.iter().position(|x| x.span.start == p);
        let start = at(s.start)?;
        let end = t.iter().position(|x| x.span.start >= s.end)?;
        let head_start = at(h.start)?;
        let head_end = t.iter().position(|x| x.span.start >= h.end)?;
        let cue = t[end].cue?;
        if start < 2 || !t[start - 1].punct(',') {
            return None;
        }
        let np = Np {
            start,
            end,
            head_start,
            head_end,
        };
        let c = start - 1;
        self.content_draft(u, self.lead_in(u, c), c, t[end].span, cue.class, Some(np))
    }
}

/// Whether a content's first word is a contact field's value: an address or a link.
fn contact(w: &str) -> bool {
    w.contains('@') || w.starts_with("http") || w.starts_with("www.")
}

/// Whether `w` has two letters at least and no lower-case one (`ENERGY`, `SEN.`).
fn all_capital(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
}

/// The head (last word, without its full stop) of the all-capital `LABEL:` that opens `line`.
fn capital_label(line: &str) -> Option<&str> {
    let colon = line
        .char_indices()
        .take_while(|&(i, _)| i < 48)
        .find(|&(_, c)| c == ':')?
        .0;
    let label = &line[..colon];
    if label.is_empty()
        || !label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
        || !all_capital(label)
    {
        return None;
    }
    label
        .split_whitespace()
        .last()
        .map(|w| w.trim_end_matches('.'))
}

/// Whether the all-capital labels opening the lines around `at` (a bounded window) are section
/// heads: three or more of them, and no head word opens two (`THE DAY IN ASIA:`, `ENERGY:`,
/// `CURRENCIES:`). In a transcript the speakers take turns, so some label returns
/// (`KATE LEE:` … `LEE:`); one or two labels alone are read as speakers.
#[cold]
#[inline(never)]
fn section_heads(text: &str, at: usize) -> bool {
    const WINDOW: usize = 6000;
    let mut lo = at.saturating_sub(WINDOW);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (at + WINDOW).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let mut heads: Vec<&str> = Vec::new();
    let mut lines = text[lo..hi].split('\n');
    if lo > 0 {
        lines.next(); // a line cut by the window
    }
    for line in lines {
        if let Some(h) = capital_label(line.trim_start()) {
            if heads.contains(&h) {
                return false;
            }
            heads.push(h);
        }
    }
    heads.len() >= 3
}

#[cfg(test)]
mod tests {
    use crate::attribution::attribute_text;

    /// The (source, content) pairs of the colon labels of `text`.
    fn labels(text: &str) -> Vec<(String, String)> {
        attribute_text(text)
            .attributions()
            .iter()
            .filter(|a| a.cue().as_str() == ":")
            .map(|a| {
                let s = a.source().map_or(String::new(), |s| s.as_str().to_string());
                (s, a.contents()[0].as_str().to_string())
            })
            .collect()
    }

    #[test]
    fn a_title_after_a_body_label_is_no_quote() {
        for text in [
            "The council met on Monday.\n\nFurther Reading: How Small Cities Are Rethinking The Morning Commute",
            "The council met on Monday.\n\nRelated Coverage: Ten Questions About The New Transit Plan",
        ] {
            assert_eq!(labels(text), Vec::<(String, String)>::new(), "{text}");
        }
    }

    #[test]
    fn a_speaker_label_in_the_body_still_reads() {
        let text =
            "The council met on Monday.\n\nKim: We will not raise the transit fare this year.";
        assert_eq!(
            labels(text),
            [(
                "Kim".to_string(),
                "We will not raise the transit fare this year".to_string()
            )]
        );
    }

    #[test]
    fn all_capital_section_heads_are_no_speakers() {
        let text = "Shares fell on Monday.\n\nTHE WEEK IN LIMA: The index lost 2 per cent.\n\nSUGAR: Futures rose 3 cents a pound.\n\nRATES: The central bank kept its rate at 4 per cent.";
        assert_eq!(labels(text), Vec::<(String, String)>::new());
    }

    #[test]
    fn transcript_turns_still_read() {
        let text = "The two met on air.\n\nQUILL: The vote is next month.\n\nFENWICK: I have not decided yet.\n\nQUILL: When will you decide?";
        let got = labels(text);
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn a_contact_field_is_no_quote() {
        let text = "The council met on Monday.\n\nEmail: kpike@example.com | Twitter: kpike_news";
        assert_eq!(labels(text), Vec::<(String, String)>::new());
    }
}

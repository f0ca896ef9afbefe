//! The bundled sample article, `data/kcna-kursk.txt`: what the whole article parser must report.

use copydesk::Span;
use copydesk::article::Role;

const SAMPLE: &str = include_str!("../data/kcna-kursk.txt");

#[test]
fn sample_has_two_subheads_and_no_byline_or_dateline() {
    let article = copydesk::parse(SAMPLE);
    assert!(article.byline().is_none());
    assert!(article.dateline().is_none());
    let subheads: Vec<(Span, &str)> = article
        .paragraphs()
        .filter(|b| b.role == Role::Subhead)
        .map(|b| (b.paragraph.span(), b.paragraph.as_str()))
        .collect();
    assert_eq!(
        subheads,
        [
            (Span::new(494, 507), "10,000 Troops"),
            (Span::new(1409, 1421), "Kim Warns US")
        ]
    );
    assert!(article.paragraphs().all(|b| b.role != Role::Headline));
}

#[test]
fn sample_spans_slice_back() {
    let article = copydesk::parse(SAMPLE);
    for b in article.paragraphs() {
        assert_eq!(&SAMPLE[b.paragraph.span()], b.paragraph.as_str());
    }
    for q in article.quotations() {
        assert_eq!(&SAMPLE[q.span()], q.as_str());
        for piece in q.pieces() {
            assert_eq!(&SAMPLE[piece.span()], piece.as_str());
            assert!(q.span().contains(piece.span()));
        }
    }
}

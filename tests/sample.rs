//! The bundled sample article, `data/kcna-kursk.txt`.

const SAMPLE: &str = include_str!("../data/kcna-kursk.txt");

#[test]
fn sample_parses_and_every_quotation_slices_back() {
    let article = copydesk::parse(SAMPLE);
    for q in article.quotations() {
        assert_eq!(&SAMPLE[q.span()], q.as_str());
    }
}

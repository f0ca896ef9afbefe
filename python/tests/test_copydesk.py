"""The Python API: spans, every type's fields, errors, parse_many, threads and fork safety."""

from __future__ import annotations

import json
import multiprocessing
import os
import threading

import pytest

import copydesk

WIRE = (
    "Kim Warns US\n\n"
    "By JANE DOE and John McDONALD, Associated Press\n\n"
    "SEOUL, May 10 (Reuters) - “Our participation was just,” Kim Jong Un said, according to KCNA. "
    "“The soldiers are heroes 🎖️,” he added.\n\n"
    "South Korea has said Pyongyang received drones in return.\n\n"
    "(Reporting by Hyonhee Shin in Seoul; Editing by Ed Davies)"
)


def all_spans(obj, seen=None):
    """Every Span reachable from an object's public attributes."""
    if isinstance(obj, copydesk.Span):
        yield obj
        return
    if isinstance(obj, list):
        for x in obj:
            yield from all_spans(x)
        return
    if not type(obj).__module__ == "copydesk" or isinstance(obj, copydesk.Entity) and seen:
        return
    for name in dir(obj):
        if name.startswith("_") or name in ("parse", "to_dict"):
            continue
        yield from all_spans(getattr(obj, name), seen=True)


def test_spans_are_code_point_indices_on_non_ascii_text(corpus):
    checked = 0
    for text in corpus:
        article = copydesk.parse(text)
        encoded = text.encode("utf-8")
        for s in all_spans(article):
            assert text[s.start : s.end] == s.text
            assert encoded[s.byte_start : s.byte_end].decode("utf-8") == s.text
            assert len(s) == s.end - s.start
            checked += 1
    assert checked > 1000
    # The corpus does exercise characters of 2, 3 and 4 UTF-8 bytes.
    joined = "".join(corpus)
    assert {len(c.encode()) for c in joined} >= {1, 2, 3, 4}


def test_spans_after_emoji_and_cjk_are_shifted_in_bytes_not_in_code_points():
    for prefix in ["", "é", "東京", "🎖️🌏", "\u200b"]:
        text = f"It rained in {prefix}.\n\n“Our participation was just,” Kim said."
        a = copydesk.parse(text)
        content = a.attributions[0].contents[0]
        before = text[: text.index("Our participation")]
        assert content.start == len(before)
        assert content.byte_start == len(before.encode())
        assert text[content.start : content.end] == "Our participation was just,"


def test_article_fields():
    a = copydesk.parse(WIRE)
    assert a.text == WIRE
    assert a.headline.text == "Kim Warns US"
    assert [p.role for p in a.paragraphs] == ["headline", "byline", "body", "body", "credit"]
    assert a.paragraphs[2].index == 2

    assert [p.name for p in a.byline.authors] == ["Jane Doe", "John McDonald"]
    assert a.byline.authors[0].span.text == "JANE DOE"
    assert [x.name for x in a.byline.agencies] == ["Associated Press"]
    assert a.byline.outlets[0].canonical == "Associated Press"

    d = a.dateline
    assert d.text == "SEOUL, May 10 (Reuters) -"
    assert d.location.text == "SEOUL"
    assert (d.date.span.text, d.date.month, d.date.day) == ("May 10", 5, 10)
    assert d.agency.name == "Reuters" and d.agency.kind == "wire"
    assert WIRE[d.body_start :].startswith("“Our participation")

    [credit] = a.credits
    assert credit.kind == "reporting_footer"
    who = [(c.name.text, c.role, c.location and c.location.text) for c in credit.contributors]
    assert who == [("Hyonhee Shin", "reporting", "Seoul"), ("Ed Davies", "editing", None)]
    assert credit.parts[0].kind == "reporting_footer"

    quotes = a.quotations
    assert [q.content.text for q in quotes] == [
        "Our participation was just,",
        "The soldiers are heroes 🎖️,",
    ]
    assert quotes[0].text == "“Our participation was just,”"
    assert quotes[0].style == "curly_double" and quotes[0].kind == "full"
    assert quotes[0].closed and not quotes[0].multi_paragraph and quotes[0].parent is None
    assert [p.text for p in quotes[1].pieces] == ["The soldiers are heroes 🎖️,"]
    assert a.diagnostics == []


def test_entity_role_from_an_apposition():
    a = copydesk.parse("Ana Ruiz, the mayor of Leeds, opened the bridge. “It is ours,” the mayor said.")
    ruiz = a.attributions[0].entity
    assert (ruiz.name, ruiz.role) == ("Ana Ruiz", "mayor")
    assert ruiz.to_dict()["role"] == "mayor"


def test_attribution_fields_and_entities():
    a = copydesk.parse(WIRE)
    first, second, third = a.attributions
    assert first.kind == "direct"
    assert (first.source.text, first.cue.text, first.cue_class) == ("Kim Jong Un", "said", "speech")
    assert first.content_kinds == ["direct"]
    assert first.quotations == [0]
    assert first.span.text == "Our participation was just,"
    [secondary] = first.secondary
    assert (secondary.relation, secondary.mention.text) == ("according_to", "KCNA")

    # `entity` is an Entity object, the same one `entities` lists.
    assert isinstance(second.entity, copydesk.Entity)
    assert second.source.text == "he"
    assert second.entity.name == "Kim Jong Un"
    assert second.entity == first.entity == a.entities[second.entity.id]
    kim = second.entity
    assert kim.kind == "person" and kim.gender == "male"
    assert kim.role is None and kim.to_dict()["role"] is None
    assert [m.text for m in kim.mentions][:2] == ["Kim Jong Un", "he"]

    assert third.kind == "indirect"
    assert third.contents[0].text == "Pyongyang received drones in return"
    assert third.source.text == "South Korea"
    assert third.unnamed is False


def test_to_dict_is_plain_data_with_both_offsets():
    a = copydesk.parse(WIRE)
    d = a.to_dict()
    json.dumps(d)  # plain dicts, lists, strings, numbers
    assert set(d) == {
        "headline",
        "byline",
        "dateline",
        "credits",
        "quotations",
        "attributions",
        "entities",
        "paragraphs",
        "diagnostics",
    }
    att = d["attributions"][1]
    assert att["entity_id"] == a.attributions[1].entity.id
    content = att["contents"][0]
    assert WIRE[content["start"] : content["end"]] == content["text"]
    assert WIRE.encode()[content["byte_start"] : content["byte_end"]].decode() == content["text"]
    assert a.attributions[0].to_dict()["cue"]["text"] == "said"
    assert a.dateline.to_dict()["agency"]["name"] == "Reuters"


def test_articles_pickle_as_their_text():
    import pickle

    a = copydesk.parse(WIRE)
    b = pickle.loads(pickle.dumps(a))
    assert isinstance(b, copydesk.Article) and b.to_dict() == a.to_dict()


def test_repr_and_span_equality():
    a = copydesk.parse(WIRE)
    assert repr(a.headline) == "Span(0, 12, 'Kim Warns US')"
    assert a.headline == copydesk.parse(WIRE).headline
    assert a.headline != a.paragraphs[1].span
    assert len({a.headline, copydesk.parse(WIRE).headline}) == 1
    assert "Attribution" in repr(a.attributions[0])


def test_standalone_parsers():
    b = copydesk.Byline.parse("By JANE DOE and John McDONALD, Associated Press")
    assert [p.name for p in b.authors] == ["Jane Doe", "John McDonald"]
    d = copydesk.Dateline.parse("São Paulo, May 10 (AFP) — The minister said")
    assert d.text == "São Paulo, May 10 (AFP) —"
    assert d.location.text == "São Paulo" and d.location.end == 9
    c = copydesk.Credit.parse("(Reporting by Hyonhee Shin in Seoul; Editing by Ed Davies)")
    assert [x.name.text for x in c.contributors] == ["Hyonhee Shin", "Ed Davies"]


@pytest.mark.parametrize(
    ("parser", "line", "reason", "target"),
    [
        (copydesk.Byline, "By July 2007, prices had doubled.", "sentence_opener", "byline"),
        (copydesk.Byline, "", "empty", "byline"),
        (copydesk.Dateline, "The minister said so on Monday.", "no_dateline", "dateline"),
        (copydesk.Credit, "Photo: Getty Images", "photo_credit", "credit"),
        (copydesk.Credit, "x" * 9000, "too_long", "credit"),
    ],
)
def test_parse_errors_are_value_errors_with_a_reason(parser, line, reason, target):
    with pytest.raises(copydesk.ParseError) as caught:
        parser.parse(line)
    err = caught.value
    assert isinstance(err, ValueError)
    assert err.reason == reason
    assert err.target == target
    assert str(err).startswith(f"not a {target}")


def test_scope_speech_drops_beliefs_and_stance():
    text = "“We won,” Kim said. Analysts believe the talks failed. Senator Lee supports the Act."
    every = copydesk.parse(text, scope="all").attributions
    speech = copydesk.parse(text, scope="speech").attributions
    assert [a.cue.text for a in every] == ["said", "believe", "supports"]
    assert [a.cue.text for a in speech] == ["said"]
    assert [a.cue_class for a in every] == ["speech", "thought", "stance"]
    assert [a.cue.text for a in copydesk.parse_many([text], scope="speech")[0].attributions] == [
        "said"
    ]
    with pytest.raises(ValueError, match="scope"):
        copydesk.parse(text, scope="beliefs")
    with pytest.raises(ValueError, match="scope"):
        copydesk.parse_many([text], scope="")


def test_classify_line_gives_the_kind_and_the_parse():
    kind, credit = copydesk.classify_line("(Reporting by Aidan Lewis in Cairo; Editing by Andrew Heavens)")
    assert kind == "credit" and isinstance(credit, copydesk.Credit)
    assert [c.name.text for c in credit.contributors] == ["Aidan Lewis", "Andrew Heavens"]
    kind, dateline = copydesk.classify_line("Mumbai, Jun 29 (PTI) Shares rose.")
    assert kind == "dateline" and isinstance(dateline, copydesk.Dateline)
    line = "  Photo: Reuters "
    kind, span = copydesk.classify_line(line)
    assert kind == "photo_credit" and line[span.start : span.end] == span.text == "Photo: Reuters"
    kind, span = copydesk.classify_line("“Café” — Jane said 😀")
    assert kind == "body" and span.text == "“Café” — Jane said 😀"

def test_odd_input_never_fails():
    for text in ["", " ", "\n\n\n", "“" * 500, "'\"" * 300, "\x00\x01", "🎖️" * 100]:
        a = copydesk.parse(text)
        for s in all_spans(a):
            assert text[s.start : s.end] == s.text


def test_spans_round_trip_on_random_text():
    import random

    rng = random.Random(1015)
    pieces = [
        "Kim", " said", " told Reuters", ", according to KCNA", ". ", "\n\n", "“", "”", "‘",
        "’", '"', "'", "«", "»", "「", "」", "é", "東京", "🎖️", "👩‍👩‍👧", "\u00a0", "By ",
        "SEOUL, May 10 (AP) - ", "(With inputs from PTI)", "he added", " x" * 40,
    ]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        a = copydesk.parse(text)
        for s in all_spans(a):
            assert text[s.start : s.end] == s.text
            assert text.encode()[: s.byte_start].decode() == text[: s.start]


def test_lone_surrogates_raise_unicode_error():
    with pytest.raises(UnicodeEncodeError):
        copydesk.parse("bad \ud800 text")


def test_parse_many_equals_a_loop_of_parse(corpus):
    expected = [copydesk.parse(t).to_dict() for t in corpus]
    for threads in [1, 2, 3, 8]:
        got = copydesk.parse_many(corpus, threads=threads)
        assert [a.to_dict() for a in got] == expected
    # Any iterable of str, order kept.
    assert [a.text for a in copydesk.parse_many(iter(corpus[:5]), threads=2)] == corpus[:5]
    assert copydesk.parse_many([]) == []


def test_parse_many_arguments(monkeypatch):
    with pytest.raises(ValueError, match="at least 1"):
        copydesk.parse_many(["a"], threads=0)
    with pytest.raises(TypeError, match="strings"):
        copydesk.parse_many(["a", 3])
    monkeypatch.setenv("COPYDESK_THREADS", "two")
    with pytest.raises(ValueError, match="COPYDESK_THREADS"):
        copydesk.parse_many(["a"])
    monkeypatch.setenv("COPYDESK_THREADS", "2")
    assert len(copydesk.parse_many(["a", "b", "c"])) == 3


def test_calls_from_many_python_threads_agree(corpus):
    expected = [copydesk.parse(t).to_dict() for t in corpus]
    results = {}

    def work(k):
        if k % 2:
            results[k] = [a.to_dict() for a in copydesk.parse_many(corpus, threads=2)]
        else:
            results[k] = [copydesk.parse(t).to_dict() for t in corpus]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results.values()) and len(results) == 6


def test_the_gil_is_released_while_parsing(sample):
    # Another Python thread keeps running while parse and parse_many hold no GIL: it records
    # ticks strictly inside the calls.
    import time

    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    big = "\n\n".join([sample] * 300)
    t = threading.Thread(target=tick)
    t.start()
    try:
        time.sleep(0.05)
        spans = []
        for call in (lambda: copydesk.parse(big), lambda: copydesk.parse_many([sample] * 600)):
            started = time.perf_counter()
            call()
            spans.append((started, time.perf_counter()))
    finally:
        stop.set()
        t.join()
    for started, ended in spans:
        inside = [x for x in ticks if started < x < ended]
        assert len(inside) >= 3, (ended - started, len(inside))


def _child_parse(texts, queue):
    queue.put([a.to_dict() for a in copydesk.parse_many(texts, threads=2)])


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_works_after_the_parent_used_threads(corpus):
    expected = [a.to_dict() for a in copydesk.parse_many(corpus, threads=2)]
    # os.fork: the child parses with threads of its own and reports through a pipe.
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            got = [a.to_dict() for a in copydesk.parse_many(corpus, threads=2)]
            os.write(write, b"ok" if got == expected else b"different")
            code = 0
        finally:
            os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        answer = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert answer == b"ok" and os.waitstatus_to_exitcode(status) == 0

    # multiprocessing with the fork start method.
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child_parse, args=(corpus, queue))
    proc.start()
    got = queue.get(timeout=120)
    proc.join(timeout=120)
    assert proc.exitcode == 0 and got == expected


def test_package_ships_type_stubs():
    from importlib import resources

    files = resources.files("copydesk")
    assert files.joinpath("py.typed").is_file()
    assert "def parse_many" in files.joinpath("__init__.pyi").read_text()


def test_extra_cues_and_places_change_the_parse():
    # A cue verb and a place the built-in lexicons lack; sentences of my own.
    text = "The captain faxed that the cargo was lost."
    assert copydesk.parse(text).attributions == []
    found = copydesk.parse(text, cues={"fax": "writing"}).attributions
    assert [(a.cue.text, a.cue_class) for a in found] == [("faxed", "writing")]
    many = copydesk.parse_many([text, text], cues={"fax": "Writing"}, threads=2)
    assert [[a.cue.text for a in x.attributions] for x in many] == [["faxed"], ["faxed"]]
    place = "Kelvedon Hatch: Police closed the old bunker road on Sunday after a landslip."
    assert copydesk.parse(place).dateline is None
    assert copydesk.parse(place, places=["Kelvedon Hatch"]).dateline is not None
    line = "By Jane Doe, Kyiv Independent\n\nThe council met on Monday."
    assert len(copydesk.parse(line).byline.authors) == 2
    assert len(copydesk.parse(line, outlets=["Kyiv Independent"]).byline.authors) == 1
    with pytest.raises(ValueError, match="cue class"):
        copydesk.parse(text, cues={"fax": "gossip"})
    with pytest.raises(ValueError, match="more than one word"):
        copydesk.parse(text, cues={"live stream": "speech"})
    with pytest.raises(ValueError, match="empty place"):
        copydesk.parse(text, places=["  "])

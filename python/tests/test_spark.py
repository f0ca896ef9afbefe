"""The Spark job (examples/spark_quotes.py) in local mode, checked row for row against parse_many."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

import copydesk

pyspark = pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java", allow_module_level=True)

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "spark_quotes.py"


def load_job():
    spec = importlib.util.spec_from_file_location("spark_quotes", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # The Python workers run this interpreter (the venv with copydesk and pyarrow).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("copydesk-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    yield session
    session.stop()


def expected_rows(ids, texts):
    """What the job must write, computed from parse_many directly."""
    attributions, articles = [], {}
    for article_id, a in zip(ids, copydesk.parse_many(texts)):
        for i, t in enumerate(a.attributions):
            attributions.append(
                (
                    article_id,
                    i,
                    t.kind,
                    t.source.text if t.source else None,
                    t.entity.name if t.entity else None,
                    t.entity.kind if t.entity else None,
                    t.cue.text,
                    t.cue_class,
                    " ".join(c.text for c in t.contents),
                    t.contents[0].start,
                    t.contents[-1].end,
                    [(c.start, c.end, c.text) for c in t.contents],
                )
            )
        d = a.dateline
        articles[article_id] = (
            a.headline.text if a.headline else None,
            a.byline.text if a.byline else None,
            [p.name for p in a.byline.authors] if a.byline else [],
            d.text if d else None,
            d.location.text if d and d.location else None,
            d.agency.name if d and d.agency else None,
            [(c.kind, c.text) for c in a.credits],
            len(a.quotations),
        )
    return sorted(attributions, key=lambda r: (r[0], r[1])), articles


@pytest.mark.parametrize("fmt", ["json", "parquet"])
def test_spark_job_rows_match_parse_many(spark, corpus, tmp_path, fmt):
    ids = [f"a{i:03d}" for i in range(len(corpus))]
    if fmt == "json":
        source = tmp_path / "articles.jsonl"
        with source.open("w", encoding="utf-8") as f:
            for i, t in zip(ids, corpus):
                f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        source = tmp_path / "articles.parquet"
        pq.write_table(pa.table({"id": ids, "text": corpus}), source)

    job = load_job()
    out = tmp_path / "out"
    n = job.run(spark, str(source), str(out), threads=2)
    assert n == len(corpus)

    want_attributions, want_articles = expected_rows(ids, corpus)
    assert len(want_attributions) > 100

    rows = spark.read.parquet(str(out / "attributions")).collect()
    got = sorted(
        (
            (
                r["id"],
                r["index"],
                r["kind"],
                r["source"],
                r["entity"],
                r["entity_kind"],
                r["cue"],
                r["cue_class"],
                r["content"],
                r["start"],
                r["end"],
                [(p["start"], p["end"], p["text"]) for p in r["pieces"]],
            )
            for r in rows
        ),
        key=lambda r: (r[0], r[1]),
    )
    assert got == want_attributions

    # Offsets index the article text in Python's own terms.
    texts = dict(zip(ids, corpus))
    for r in rows:
        for p in r["pieces"]:
            assert texts[r["id"]][p["start"] : p["end"]] == p["text"]

    articles = spark.read.parquet(str(out / "articles")).collect()
    got_articles = {
        r["id"]: (
            r["headline"],
            r["byline"],
            list(r["authors"]),
            r["dateline"],
            r["dateline_location"],
            r["dateline_agency"],
            [(c["kind"], c["text"]) for c in r["credits"]],
            r["quotations"],
        )
        for r in articles
    }
    assert got_articles == want_articles
    assert sum(1 for r in articles if r["byline"]) > 10
    assert sum(1 for r in articles if r["credits"]) > 10

"""Mine attributions from a corpus of news articles with PySpark and copydesk.

Reads articles (JSONL or Parquet with `id` and `text` columns), parses each Arrow batch with
`copydesk.parse_many` inside `mapInArrow`, and writes two Parquet datasets under OUT:

- `OUT/attributions`: one row per attribution: article `id`, `index` (its order in the
  article), `kind`, `source`, the resolved `entity` and its `entity_kind`, `cue`, `cue_class`,
  `content` (the content pieces joined by a space), `start`/`end` (code-point indices of the
  span from the first piece to the last in the article's text) and the `pieces` themselves;
- `OUT/articles`: one row per article: `id`, `headline`, `byline`, `authors`, `dateline`,
  `dateline_location`, `dateline_agency`, `credits` (kind, text, agencies, contributors),
  and the numbers of quotations and attributions.

Run locally (Java 17 and `pip install pyspark pyarrow pandas copydesk`):

    python spark_quotes.py articles.jsonl out/

On a cluster, ship copydesk to the executors in a packed virtualenv (see python/README.md):

    spark-submit --archives copydesk_env.tar.gz#environment spark_quotes.py s3://in/ s3://out/
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from typing import Any

import pyarrow as pa

# Spark schemas as DDL; `start` and `end` are quoted because `end` is a SQL keyword.
PIECE = "struct<`start`:int,`end`:int,text:string>"
ATTRIBUTION = (
    "struct<`index`:int,kind:string,source:string,entity:string,entity_kind:string,"
    f"cue:string,cue_class:string,content:string,`start`:int,`end`:int,pieces:array<{PIECE}>>"
)
CREDIT = (
    "struct<kind:string,text:string,agencies:array<string>,"
    "contributors:array<struct<name:string,role:string>>>"
)
SCHEMA = (
    "id string, headline string, byline string, authors array<string>, dateline string, "
    "dateline_location string, dateline_agency string, "
    f"credits array<{CREDIT}>, quotations int, attributions array<{ATTRIBUTION}>"
)

_PIECE = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])
ARROW_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("headline", pa.string()),
        ("byline", pa.string()),
        ("authors", pa.list_(pa.string())),
        ("dateline", pa.string()),
        ("dateline_location", pa.string()),
        ("dateline_agency", pa.string()),
        (
            "credits",
            pa.list_(
                pa.struct(
                    [
                        ("kind", pa.string()),
                        ("text", pa.string()),
                        ("agencies", pa.list_(pa.string())),
                        (
                            "contributors",
                            pa.list_(pa.struct([("name", pa.string()), ("role", pa.string())])),
                        ),
                    ]
                )
            ),
        ),
        ("quotations", pa.int32()),
        (
            "attributions",
            pa.list_(
                pa.struct(
                    [
                        ("index", pa.int32()),
                        ("kind", pa.string()),
                        ("source", pa.string()),
                        ("entity", pa.string()),
                        ("entity_kind", pa.string()),
                        ("cue", pa.string()),
                        ("cue_class", pa.string()),
                        ("content", pa.string()),
                        ("start", pa.int32()),
                        ("end", pa.int32()),
                        ("pieces", pa.list_(_PIECE)),
                    ]
                )
            ),
        ),
    ]
)


def _text(span: Any) -> str | None:
    return None if span is None else span.text


def article_record(article_id: str, article: Any) -> dict[str, Any]:
    """One output row (a dict matching ARROW_SCHEMA) for one `copydesk.Article`."""
    byline = article.byline
    dateline = article.dateline
    return {
        "id": article_id,
        "headline": _text(article.headline),
        "byline": byline.text if byline else None,
        "authors": [p.name for p in byline.authors] if byline else [],
        "dateline": dateline.text if dateline else None,
        "dateline_location": _text(dateline.location) if dateline else None,
        "dateline_agency": (
            dateline.agency.name if dateline and dateline.agency else None
        ),
        "credits": [
            {
                "kind": c.kind,
                "text": c.text,
                "agencies": [o.canonical for o in c.agencies],
                "contributors": [{"name": p.name.text, "role": p.role} for p in c.contributors],
            }
            for c in article.credits
        ],
        "quotations": len(article.quotations),
        "attributions": [
            {
                "index": i,
                "kind": a.kind,
                "source": _text(a.source),
                "entity": a.entity.name if a.entity else None,
                "entity_kind": a.entity.kind if a.entity else None,
                "cue": a.cue.text,
                "cue_class": a.cue_class,
                "content": " ".join(p.text for p in a.contents),
                "start": a.span.start,
                "end": a.span.end,
                "pieces": [{"start": p.start, "end": p.end, "text": p.text} for p in a.contents],
            }
            for i, a in enumerate(article.attributions)
        ],
    }


def extract(batches: Iterator[pa.RecordBatch], threads: int = 1) -> Iterator[pa.RecordBatch]:
    """The mapInArrow function: Arrow batches of (id, text) in, article rows out."""
    import copydesk

    for batch in batches:
        ids = batch.column("id").to_pylist()
        texts = [t or "" for t in batch.column("text").to_pylist()]
        articles = copydesk.parse_many(texts, threads=threads)
        rows = [article_record(i, a) for i, a in zip(ids, articles)]
        yield pa.RecordBatch.from_pylist(rows, schema=ARROW_SCHEMA)


def read_articles(spark: Any, path: str, fmt: str = "auto") -> Any:
    """The input as a DataFrame of (id: string, text: string)."""
    from pyspark.sql import functions as F

    if fmt == "auto":
        fmt = "parquet" if path.rstrip("/").endswith(".parquet") or os.path.isdir(path) else "json"
    reader = spark.read.schema("id string, text string")
    df = reader.parquet(path) if fmt == "parquet" else reader.json(path)
    return df.select(F.col("id").cast("string"), F.col("text").cast("string"))


def run(spark: Any, source: str, out: str, *, fmt: str = "auto", threads: int = 1) -> int:
    """Runs the job; returns the number of articles written."""
    from pyspark.sql import functions as F

    if __name__ != "__main__":
        # Imported (a test, a notebook): executors import this module by name, so ship it. It
        # is pure Python; copydesk itself, compiled, travels in the packed virtualenv.
        spark.sparkContext.addPyFile(os.path.abspath(__file__))
    articles = read_articles(spark, source, fmt)
    parsed = articles.mapInArrow(lambda it: extract(it, threads), SCHEMA).persist()
    try:
        parsed.drop("attributions").write.mode("overwrite").parquet(f"{out}/articles")
        (
            parsed.select("id", F.explode("attributions").alias("a"))
            .select("id", "a.*")
            .write.mode("overwrite")
            .parquet(f"{out}/attributions")
        )
    finally:
        parsed.unpersist()
    return spark.read.parquet(f"{out}/articles").count()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="JSONL file or Parquet file/directory with id and text")
    parser.add_argument("out", help="output directory (articles/ and attributions/ go there)")
    parser.add_argument("--format", choices=["auto", "json", "parquet"], default="auto")
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="copydesk threads per Spark task (Spark already runs one task per core)",
    )
    parser.add_argument("--master", default=None, help="e.g. local[2]; default: spark-submit's")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("copydesk-quotes")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    started = time.perf_counter()
    n = run(spark, args.source, args.out, fmt=args.format, threads=args.threads)
    took = time.perf_counter() - started
    print(f"{n} articles in {took:.1f} s ({n / took:.0f} articles/s)", file=sys.stderr)
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

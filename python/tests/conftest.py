"""Shared fixtures: the bundled sample article and a deterministic corpus of generated ones."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "kcna-kursk.txt"

# Pieces of wire copy, written from AP/Reuters house style: bylines, datelines with agencies,
# quotations in several mark styles, indirect speech, secondary sources, credit footers, and
# text outside the Basic Multilingual Plane (emoji) and in CJK.
HEADLINES = [
    "Port Strike Ends After Talks",
    "Minister Defends Budget Plan",
    "Flood Waters Recede in North",
    "東京 Markets Rally on Rate Hopes",
    "Champions Celebrate 🏆 Title",
]
BYLINES = [
    "By JANE DOE and John McDONALD, Associated Press",
    "By Hyonhee Shin",
    "By María José Núñez, Reuters",
    None,
]
PLACES = ["SEOUL", "NEW DELHI", "SÃO PAULO", "LONDON", "TOKYO", "ZÜRICH"]
AGENCIES = ["Reuters", "AP", "AFP", "PTI", "Yonhap"]
MONTHS = ["Jan 3", "May 10", "Oct. 21", "Dec 7"]
SPEAKERS = [
    ("Kim Jong Un", "he"),
    ("Maria Lopez", "she"),
    ("Prime Minister Narendra Modi", "he"),
    ("Zoë Müller", "she"),
    ("Takahashi Kenji", "he"),
]
CUES = ["said", "told reporters", "added", "said in a statement"]
QUOTES = [
    ("“", "”"),
    ('"', '"'),
    ("«", "»"),
    ("「", "」"),
    ("‘", "’"),
]
SAYINGS = [
    "We will not back down, and the workers know it",
    "The numbers speak for themselves 📈",
    "これは重要な一歩です",
    "Our participation was just",
    "Nobody expected the café to reopen so soon",
]
INDIRECT = [
    "{src} said the talks would resume next week.",
    "Officials said the decision was final, according to {agency}.",
    "{src} told {agency} that prices had doubled since March.",
]
CREDITS = [
    "(Reporting by Hyonhee Shin in Seoul; Editing by Ed Davies)",
    "(With inputs from {agency})",
    "— {agency}",
    None,
]


def generate(n: int, seed: int = 15) -> list[str]:
    """`n` generated articles, the same for the same seed."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        paragraphs = [rng.choice(HEADLINES)]
        byline = rng.choice(BYLINES)
        if byline:
            paragraphs.append(byline)
        agency = rng.choice(AGENCIES)
        name, pronoun = rng.choice(SPEAKERS)
        open_, close = rng.choice(QUOTES)
        lead = f"{rng.choice(PLACES)}, {rng.choice(MONTHS)} ({agency}) - "
        paragraphs.append(
            lead
            + f"{open_}{rng.choice(SAYINGS)},{close} {name} {rng.choice(CUES)} on Monday."
        )
        for _ in range(rng.randint(1, 4)):
            open_, close = rng.choice(QUOTES)
            kind = rng.randrange(3)
            if kind == 0:
                paragraphs.append(
                    f"{open_}{rng.choice(SAYINGS)},{close} {pronoun} {rng.choice(CUES)}."
                )
            elif kind == 1:
                paragraphs.append(rng.choice(INDIRECT).format(src=name, agency=agency))
            else:
                paragraphs.append(
                    f"{name} called it a {open_}turning point{close} for the región 🌏."
                )
        credit = rng.choice(CREDITS)
        if credit:
            paragraphs.append(credit.format(agency=agency))
        out.append("\n\n".join(paragraphs))
    return out


@pytest.fixture(scope="session")
def sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpus(sample: str) -> list[str]:
    return [sample, *generate(40)]

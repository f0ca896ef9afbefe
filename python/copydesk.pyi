"""copydesk: bylines, datelines, wire credits, quotations and attributions in news text.

Every located item carries a `Span`: `start`/`end` are indices into the Python `str` you passed
(code points, so `text[s.start:s.end] == s.text` always holds), `byte_start`/`byte_end` are
UTF-8 byte offsets. All objects are immutable; `to_dict()` turns any of them into plain dicts
and lists (attributions and secondary sources name their entity by `entity_id`, an index into
`Article.entities`).
"""

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, final

__version__: str

class ParseError(ValueError):
    """Raised by `Byline.parse`, `Dateline.parse` and `Credit.parse` for a line that is not one."""

    reason: str
    """`empty`, `too_long`, `sentence_opener`, `no_author`, `body_text`, `no_dateline`,
    `photo_credit`, `in_story_mention`, `correction`, `editors_note` or `no_credit`."""
    detail: str | None
    """More about the reason, when there is more to say."""
    target: Literal["byline", "dateline", "credit"]
    """What the line was read as."""

@final
class Span:
    """A located piece of the text."""

    @property
    def start(self) -> int:
        """Code-point index of its start in the parsed `str`."""
    @property
    def end(self) -> int:
        """Code-point index one past its end."""
    @property
    def byte_start(self) -> int:
        """UTF-8 byte offset of its start."""
    @property
    def byte_end(self) -> int:
        """UTF-8 byte offset one past its end."""
    @property
    def text(self) -> str:
        """The text it covers."""
    def __len__(self) -> int: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Agency:
    """A canonical news agency (Reuters for `Reuter` or `Thomson Reuters`)."""

    @property
    def name(self) -> str: ...
    @property
    def short_name(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def kind(self) -> Literal["wire", "national", "syndicator", "unknown"]: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Outlet:
    """An outlet or agency named in a byline or credit."""

    @property
    def text(self) -> Span:
        """The name as written."""
    @property
    def agency(self) -> Agency | None:
        """The agency, when the name is a known one."""
    @property
    def canonical(self) -> str:
        """The agency's canonical name, or the name as written."""
    def to_dict(self) -> dict[str, Any]: ...

@final
class Person:
    """A person named in a byline."""

    @property
    def span(self) -> Span:
        """The name as written."""
    @property
    def name(self) -> str:
        """The name normalised (`JANE DOE` gives `Jane Doe`)."""
    @property
    def honorific(self) -> Span | None: ...
    @property
    def suffix(self) -> Span | None: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Contact:
    @property
    def text(self) -> Span: ...
    @property
    def kind(self) -> Literal["email", "handle", "unknown"]: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class BylineContributor:
    """Someone a byline credits for something other than authorship (`Edited by …`)."""

    @property
    def person(self) -> Person: ...
    @property
    def role(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Byline:
    @staticmethod
    def parse(line: str) -> Byline:
        """Reads one line as a byline; raises `ParseError` when it is not one. Spans index `line`."""
    @property
    def span(self) -> Span: ...
    @property
    def text(self) -> str: ...
    @property
    def lead_in(self) -> Span | None: ...
    @property
    def authors(self) -> list[Person]: ...
    @property
    def outlets(self) -> list[Outlet]: ...
    @property
    def agencies(self) -> list[Agency]: ...
    @property
    def roles(self) -> list[Span]: ...
    @property
    def locations(self) -> list[Span]: ...
    @property
    def contacts(self) -> list[Contact]: ...
    @property
    def date(self) -> Span | None: ...
    @property
    def contributors(self) -> list[BylineContributor]: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class DatelineDate:
    @property
    def span(self) -> Span: ...
    @property
    def month(self) -> int | None: ...
    @property
    def day(self) -> int | None: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Dateline:
    @staticmethod
    def parse(line: str) -> Dateline:
        """Reads the dateline at the start of `line`; raises `ParseError` when there is none."""
    @property
    def span(self) -> Span:
        """The exact prefix of its paragraph, separator included."""
    @property
    def text(self) -> str: ...
    @property
    def location(self) -> Span | None: ...
    @property
    def places(self) -> list[Span]: ...
    @property
    def date(self) -> DatelineDate | None: ...
    @property
    def agency_text(self) -> Span | None: ...
    @property
    def agency(self) -> Agency | None: ...
    @property
    def feed(self) -> Span | None: ...
    @property
    def separator(self) -> Span | None: ...
    @property
    def body_start(self) -> int:
        """Code-point index where the story text after the dateline begins."""
    def to_dict(self) -> dict[str, Any]: ...

@final
class Contributor:
    """Someone a credit line names (`Reporting by Hyonhee Shin in Seoul`)."""

    @property
    def name(self) -> Span: ...
    @property
    def role(self) -> str:
        """`contributed`, `reporting`, `additional reporting`, `writing`, `editing`, `research`,
        `translation`, `photography` or `illustration`."""
    @property
    def location(self) -> Span | None: ...
    @property
    def affiliation(self) -> Outlet | None: ...
    def to_dict(self) -> dict[str, Any]: ...

CreditKind = Literal[
    "syndication", "inputs", "reporting_footer", "contributors", "signoff", "copyright"
]

@final
class CreditPart:
    @property
    def span(self) -> Span: ...
    @property
    def kind(self) -> CreditKind: ...
    @property
    def agencies(self) -> list[Outlet]: ...
    @property
    def contributors(self) -> list[Contributor]: ...
    @property
    def outlet(self) -> Span | None: ...
    @property
    def desk(self) -> list[Span]: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Credit:
    @staticmethod
    def parse(line: str) -> Credit:
        """Reads one line as a credit; raises `ParseError` when it is not one."""
    @property
    def span(self) -> Span: ...
    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> CreditKind: ...
    @property
    def parts(self) -> list[CreditPart]: ...
    @property
    def agencies(self) -> list[Outlet]: ...
    @property
    def contributors(self) -> list[Contributor]: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Quotation:
    @property
    def span(self) -> Span:
        """From the opening mark to the closing mark, both included."""
    @property
    def text(self) -> str: ...
    @property
    def content(self) -> Span:
        """The words between the marks."""
    @property
    def pieces(self) -> list[Span]:
        """The content, one piece per paragraph."""
    @property
    def style(self) -> str:
        """`curly_double`, `straight_double`, `guillemets`, `corner_brackets`, …"""
    @property
    def kind(self) -> Literal["full", "partial", "unknown"]: ...
    @property
    def parent(self) -> int | None:
        """Index of the quotation this one is nested in."""
    @property
    def multi_paragraph(self) -> bool: ...
    @property
    def closed(self) -> bool: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Entity:
    """Someone or something that speaks or is spoken for, with all its mentions."""

    @property
    def id(self) -> int:
        """Its index in `Article.entities`."""
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> Literal["person", "organisation", "place", "unknown"]: ...
    @property
    def title(self) -> Span | None: ...
    @property
    def description(self) -> Span | None: ...
    @property
    def role(self) -> str | None:
        """The role noun an apposition or predicate nominative gives it (`mayor`), or None."""
    @property
    def gender(self) -> Literal["male", "female"] | None: ...
    @property
    def mentions(self) -> list[Span]: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def to_dict(self) -> dict[str, Any]: ...

AttributionKind = Literal["direct", "mixed", "indirect"]

@final
class Secondary:
    """A secondary source: `according to KCNA`, `citing officials`, `told Reuters`, …"""

    @property
    def relation(self) -> Literal["according_to", "citing", "recipient", "medium", "reported_by"]: ...
    @property
    def mention(self) -> Span: ...
    @property
    def head(self) -> Span: ...
    @property
    def entity(self) -> Entity | None: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Attribution:
    @property
    def kind(self) -> AttributionKind: ...
    @property
    def span(self) -> Span:
        """From the first content piece to the last."""
    @property
    def contents(self) -> list[Span]: ...
    @property
    def content_kinds(self) -> list[AttributionKind]:
        """The kind of each content piece."""
    @property
    def source(self) -> Span | None: ...
    @property
    def source_head(self) -> Span | None: ...
    @property
    def entity(self) -> Entity | None:
        """The entity the source resolves to."""
    @property
    def unnamed(self) -> bool:
        """Whether the source is unnamed or vague (`officials`, `sources`)."""
    @property
    def cue(self) -> Span: ...
    @property
    def cue_class(
        self,
    ) -> Literal[
        "speech", "writing", "thought", "perception", "stance", "source_phrase", "punctuation"
    ]: ...
    @property
    def secondary(self) -> list[Secondary]: ...
    @property
    def quotations(self) -> list[int]:
        """Indices into `Article.quotations`."""
    def to_dict(self) -> dict[str, Any]: ...

@final
class Paragraph:
    @property
    def span(self) -> Span: ...
    @property
    def text(self) -> str: ...
    @property
    def index(self) -> int: ...
    @property
    def role(self) -> Literal["headline", "byline", "body", "subhead", "credit"]: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Diagnostic:
    @property
    def kind(self) -> Literal["unpaired_mark", "unclosed_quotation"]: ...
    @property
    def span(self) -> Span: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Article:
    @property
    def text(self) -> str: ...
    @property
    def headline(self) -> Span | None: ...
    @property
    def byline(self) -> Byline | None: ...
    @property
    def dateline(self) -> Dateline | None: ...
    @property
    def credits(self) -> list[Credit]: ...
    @property
    def quotations(self) -> list[Quotation]: ...
    @property
    def attributions(self) -> list[Attribution]: ...
    @property
    def entities(self) -> list[Entity]: ...
    @property
    def paragraphs(self) -> list[Paragraph]: ...
    @property
    def diagnostics(self) -> list[Diagnostic]: ...
    def __reduce__(self) -> tuple[Any, tuple[str]]:
        """Pickles as its text; unpickling parses it again."""
    def to_dict(self) -> dict[str, Any]: ...

def parse(
    text: str,
    *,
    scope: Literal["all", "speech"] = "all",
    cues: Mapping[str, str] | None = None,
    places: Sequence[str] | None = None,
    outlets: Sequence[str] | None = None,
) -> Article:
    """Parses one article, with the GIL released. `scope="all"` keeps every attribution (speech,
    beliefs, perception and stance: PolNeAR's convention); `scope="speech"` keeps speech and
    writing acts and according-to sources (what counts as "quoted"). Any other value raises
    `ValueError`. A `str` holding lone surrogates cannot be read as UTF-8 and raises
    `UnicodeEncodeError`. An article pickles as its text and unpickles with `scope="all"` and no
    extra words.

    `cues` adds cue verbs the built-in lexicon lacks, word → class (`"speech"`, `"writing"`,
    `"thought"` or `"belief"`, `"perception"`), read with their -s/-ed/-ing forms: `cues={"fax":
    "writing"}`. `places` adds places datelines and bylines know; `outlets`, news outlets bylines read as the
    outlet an author writes for (`"By Jane Doe, Kyiv Independent"`). A bad entry (an empty word, a
    cue of two words, an unknown class, a word built in with another class) raises `ValueError`."""

def parse_many(
    texts: Iterable[str],
    *,
    threads: int | None = None,
    scope: Literal["all", "speech"] = "all",
    cues: Mapping[str, str] | None = None,
    places: Sequence[str] | None = None,
    outlets: Sequence[str] | None = None,
) -> list[Article]:
    """Parses many articles in parallel with the GIL released; equals `[parse(t) for t in texts]`.

    `threads` defaults to the `COPYDESK_THREADS` environment variable, else the available cores.
    Threads live only for the call (no pool survives it), so forking between calls is safe."""

def classify_line(
    line: str,
) -> tuple[
    Literal["byline", "dateline", "credit", "photo_credit", "note", "body"],
    Byline | Dateline | Credit | Span,
]:
    """What one line is, with its parse: a `Byline`, `Dateline` or `Credit`, or for a photo
    credit, a correction or update note and body text the trimmed line as a `Span`. Spans are
    indices into `line`."""

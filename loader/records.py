"""What the extractor reads from a document: plain data, no RDF, no disk.

``osce_kg.loader.extract`` turns text into these; ``osce_kg.loader.mapping`` turns
them into triples. ``osce-kg extract --format json`` prints :meth:`Record.as_json`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

#: the kinds of record a document can yield
RECORD_KINDS = ("press_release", "news", "event", "field_operation", "institution",
                "field_of_work", "statement", "report", "page")


@dataclass
class PersonMention:
    """A person the text names, with the post it gives them (if any)."""

    name: str
    post: str | None = None          # e.g. "Head of the OSCE Action against Terrorism Unit"
    organization: str | None = None  # canonical label of the organization the post is in
    written: str | None = None       # the name as the page writes it, when put back in the nominative


@dataclass
class EventMention:
    """An event the text names ("Sixth Worldwide Security Conference")."""

    name: str
    date: dt.date | None = None
    place: str | None = None
    organizers: list[str] = field(default_factory=list)   # organization labels
    sponsors: list[str] = field(default_factory=list)
    series: str | None = None                            # canonical series label


@dataclass
class Record:
    """One release, news item, event or entity page read from a document.

    Names in the list fields are canonical labels of reference resources when the
    extractor recognised them (``"Countering terrorism"``, ``"Belgium"``), otherwise
    the text as written.
    """

    kind: str
    title: str | None = None
    date: dt.date | None = None
    end_date: dt.date | None = None
    place: str | None = None                 # city as written, normalised to title case
    source: str | None = None                # issuing body, canonical label
    #: the page names no issuer: ``source`` was inferred (the body an entity page is about, the
    #: body whose statement the title reports, the field office the URL names)
    source_inferred: bool = False
    fields_of_work: list[str] = field(default_factory=list)
    body: str = ""
    language: str = "en"                     # BCP 47 tag of the text literals
    content_type: str | None = None          # "Press release", "Daily report", ...
    states: list[str] = field(default_factory=list)
    field_operations: list[str] = field(default_factory=list)
    #: organizations named in title/body other than field operations and the OSCE itself:
    #: OSCE institutions, Secretariat units, decision-making bodies, and non-OSCE bodies
    organizations: list[str] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    url: str | None = None
    line: int | None = None                  # 1-based line the record starts on

    def as_json(self, file: str) -> dict:
        """The JSON object ``osce-kg extract`` prints for this record."""
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        data["end_date"] = self.end_date.isoformat() if self.end_date else None
        data["persons"] = [p.name for p in self.persons]
        data["posts"] = [{k: v for k, v in asdict(p).items() if k != "written"} for p in self.persons if p.post]
        data["events"] = [e.name for e in self.events]
        data.pop("body")
        return {"file": file, **data}


@dataclass
class Navigation:
    """The site navigation lists a page carries (reference data)."""

    participating_states: list[str] = field(default_factory=list)   # as written
    partners: list[str] = field(default_factory=list)
    fields_of_work: list[str] = field(default_factory=list)
    meeting_series: list[str] = field(default_factory=list)
    secretariat_units: list[str] = field(default_factory=list)
    institutions: list[str] = field(default_factory=list)
    field_operations: list[str] = field(default_factory=list)
    other_bodies: list[str] = field(default_factory=list)            # Parliamentary Assembly, ...
    chairpersonships: dict[int, str] = field(default_factory=dict)   # year -> State label

    def is_empty(self) -> bool:
        return not any(getattr(self, f) for f in self.__dataclass_fields__)


@dataclass
class Document:
    """One input file, read: its records, its navigation, and where it came from."""

    path: str
    sha256: str
    text: str
    records: list[Record] = field(default_factory=list)
    navigation: Navigation | None = None
    language: str = "en"
    url: str | None = None

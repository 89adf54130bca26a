"""Measure the extractor against a hand-written gold file (``osce-kg eval``).

The gold file has one JSON object per line: ``{"file", "split", "records": [...]}`` (and
``"reject": true`` for a page that must be rejected). Each gold record gives ``title``,
``date``, ``place``, ``source``, ``fields_of_work``, ``states``, ``field_operations``,
``persons`` and ``organizations``; ``"source_inferred": true`` marks an issuer the page implies
but does not name, and a source is right only when the extractor says the same. Names compare case- and
accent-insensitively, ignoring a leading "OSCE " or "the "; dashes and quotes of any kind compare equal.
Two organizations compare equal when the reference data resolves both to the same body, as the mapping
does ("Azertac", "AZERTAC" and "Azerbaijan State News Agency" are one IRI in the graph):
:func:`organization_key`; an issuing body likewise (:func:`source_key`), and a field of work by the topic
it resolves to (:func:`field_key`).
"""
from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from urllib.parse import urlsplit

from osce_kg.loader.errors import DocumentError, UsageError
from osce_kg.loader.records import Record

SCALAR_FIELDS = ("title", "date", "place", "source")
SET_ACCURACY_FIELDS = ("fields_of_work",)
SET_FIELDS = ("states", "field_operations", "persons", "organizations")
SPLITS = ("dev", "holdout", "all")
GROUPINGS = ("kind", "site")
WORST_MIN_RECORDS = 2

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
_QUOTES = {**dict.fromkeys(map(ord, "\u2018\u2019\u02bc\u0060\u00b4"), "'"),
           **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u00ab\u00bb"), '"')}


def normalize(value: object) -> str:
    """The comparison key of a value: folded case and accents, no leading 'OSCE '/'the '."""
    if value is None:
        return ""
    text = str(value).translate(_DASHES).translate(_QUOTES)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"\s+", " ", text.casefold()).strip(" .")
    for prefix in ("the ", "osce "):
        text = text.removeprefix(prefix)
    return text


#: the reference kinds an organization's name is looked up in, in the mapping's order
#: (``organization`` in :mod:`osce_kg.loader.mapping`)
ORGANIZATION_KINDS = ("organization", "field_operation", "partner")


@functools.lru_cache(maxsize=65536)
def organization_key(value: str | None) -> str:
    """The comparison key of an organization's name: the :func:`normalize`-d label of the body the
    reference data resolves it to, as the mapping resolves it to an IRI (its label, an alternative
    label, an acronym or a case form of one, in the organizations, then the field operations, then
    the partner groups; a standing post's name stands for the body it is in), so two names of one
    body compare equal and two bodies never do. A name the reference does not know is its
    normalized text, as every other value is."""
    if not value:
        return normalize(value)
    from osce_kg.loader.reference import reference
    ref = reference()
    for kind in ORGANIZATION_KINDS:
        label = ref.lookup(kind, value)
        if label:
            return normalize(label)
    post = ref.get("post", value)
    if post:
        return normalize(post.organization)
    key = normalize(value)
    return _ministries().get(key, key)


@functools.lru_cache(maxsize=1)
def _ministries() -> dict[str, str]:
    """Lead decision 7: a State's foreign ministry written "Ministry of Foreign Affairs of <State>" (with or
    without "the") is the ministry the extractor names by its official English name
    (``issuer.OFFICIAL_MINISTRY``, "Norwegian Ministry of Foreign Affairs"): the normalized generic name
    -> the normalized official one. Ministries are not in the reference data, so nothing else joins them."""
    from osce_kg.loader.extract.issuer import OFFICIAL_MINISTRY, _with_article

    out: dict[str, str] = {}
    for state, official in OFFICIAL_MINISTRY.items():
        for of in {state, _with_article(state)}:
            out[normalize(f"Ministry of Foreign Affairs of {of}")] = normalize(official)
    return out


def source_key(value: str | None) -> str:
    """The comparison key of an issuing body (``source``): each of its bodies (joined by `` / ``) by
    :func:`organization_key`, in a fixed order, so an agency's code and its full name ("TT", "TT News
    Agency"), a post and its body, compare as the one body the graph mints for both."""
    if not value:
        return normalize(value)
    return " / ".join(sorted({organization_key(part.strip()) for part in str(value).split(" / ")}))


@functools.lru_cache(maxsize=4096)
def field_key(value: str | None) -> str:
    """The comparison key of a field of work: the :func:`normalize`-d label of the topic the reference
    data resolves it to (its label or one of its names, in any language), so "Minority rights" and
    "National minority issues", one concept in the graph, compare equal; a label outside the list is
    its normalized text."""
    if not value:
        return normalize(value)
    from osce_kg.loader.reference import reference
    return normalize(reference().lookup("field", value) or value)


def comparison_key(name: str) -> Callable[[str | None], str]:
    """How the values of the field ``name`` compare: :func:`organization_key` for ``organizations``,
    :func:`source_key` for ``source``, :func:`field_key` for ``fields_of_work``, :func:`normalize` for every
    other field (States and field operations come as the reference's labels)."""
    keys: dict[str, Callable[[str | None], str]] = {"organizations": organization_key, "source": source_key,
                                                      "fields_of_work": field_key}
    return keys.get(name, normalize)


@dataclass
class FieldScore:
    """Accuracy (scalar and set-equality fields) or precision/recall (set fields) of one field."""

    name: str
    correct: int = 0
    total: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Miss:
    """One disagreement with the gold file."""

    file: str
    record: int | None
    field: str
    expected: object
    got: object

    def __str__(self) -> str:
        where = f"{Path(self.file).name}#{self.record}" if self.record is not None else Path(self.file).name
        return f"{where} {self.field}: expected {self.expected!r}, got {self.got!r}"


@dataclass
class EvalReport:
    """Scores per field, record counts and every miss, for one split."""

    split: str
    files: int = 0
    gold_records: int = 0
    found_records: int = 0
    matched_records: int = 0
    rejections_expected: int = 0
    rejections_correct: int = 0
    fields: dict[str, FieldScore] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def score(self, name: str) -> FieldScore:
        return self.fields.setdefault(name, FieldScore(name))

    def as_dict(self) -> dict:
        out: dict = {"split": self.split, "files": self.files, "gold_records": self.gold_records,
                     "found_records": self.found_records, "matched_records": self.matched_records,
                     "rejections_expected": self.rejections_expected,
                     "rejections_correct": self.rejections_correct, "fields": {}}
        for name, s in self.fields.items():
            if name in SET_FIELDS:
                out["fields"][name] = {"precision": s.precision, "recall": s.recall, "f1": s.f1,
                                       "tp": s.tp, "fp": s.fp, "fn": s.fn}
            else:
                out["fields"][name] = {"accuracy": s.accuracy, "correct": s.correct, "total": s.total}
        out["misses"] = [str(m) for m in self.misses]
        return out


def read_gold(gold_path: Path) -> list[dict]:
    """The gold entries, one per file.

    Raises:
        UsageError: the file is missing or a line is not a JSON object with ``file``.
    """
    try:
        lines = gold_path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read gold file {gold_path}: {exc.strerror or exc}") from exc
    entries = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{gold_path}:{n}: not JSON ({exc.msg})") from exc
        if not isinstance(entry, dict) or "file" not in entry:
            raise UsageError(f"{gold_path}:{n}: expected an object with a 'file' key")
        entries.append(entry)
    return entries


def evaluate(gold_path: Path, paths: list[Path], split: str = "all",
             extract=None) -> EvalReport:
    """Compare what the extractor reads from ``paths`` with the gold file (see :func:`evaluate_by`)."""
    return evaluate_by(gold_path, paths, split=split, extract=extract)[0]


def evaluate_by(gold_path: Path, paths: list[Path], split: str = "all", by: str | None = None,
                extract=None) -> tuple[EvalReport, dict[str, EvalReport]]:
    """Compare what the extractor reads from ``paths`` with the gold file.

    Only gold entries whose file is among ``paths`` (matched by resolved path, else by file
    name) and whose split is ``split`` (``dev``, ``holdout`` or ``all``) are scored.
    ``extract`` maps a path to a Document (default: :func:`osce_kg.loader.extract.read_document`).
    Returns the report over every scored file and, when ``by`` is ``kind`` (the file name
    before its last ``_``) or ``site`` (the host of the page's URL in the ``index.tsv`` beside
    it, ``www.`` dropped; ``unknown`` without one), one report per group; each file is read once.

    Raises:
        UsageError: bad split or grouping, or unreadable gold file.
    """
    if split not in SPLITS:
        raise UsageError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    if by is not None and by not in GROUPINGS:
        raise UsageError(f"unknown grouping {by!r}; expected one of {', '.join(GROUPINGS)}")
    if extract is None:
        from osce_kg.loader.extract import read_document as extract
    report = _new_report(split)
    groups: dict[str, EvalReport] = {}
    sites: dict[Path, dict[str, str]] = {}
    chosen = _pick_files(gold_path, paths)
    for entry in read_gold(gold_path):
        if split != "all" and entry.get("split") != split:
            continue
        path = chosen.get(_key(gold_path, entry["file"])) or chosen.get(Path(entry["file"]).name)
        if path is None:
            continue
        documents = _read(path, extract)
        _score_file(report, entry, documents)
        if by is not None:
            group = _kind(path) if by == "kind" else _site(path, sites)
            _score_file(groups.setdefault(group, _new_report(split)), entry, documents)
    return report, dict(sorted(groups.items()))


def _new_report(split: str) -> EvalReport:
    report = EvalReport(split=split)
    for name in (*SCALAR_FIELDS, *SET_ACCURACY_FIELDS, *SET_FIELDS):
        report.score(name)
    return report


def _kind(path: Path) -> str:
    """A page's kind: its file name before the last ``_`` (``pr-plain_016.txt`` -> ``pr-plain``)."""
    return path.name.rsplit("_", 1)[0] if "_" in path.name else "other"


def _site(path: Path, cache: dict[Path, dict[str, str]]) -> str:
    """The host of the page's URL in the ``index.tsv`` of its folder (``www.`` dropped)."""
    folder = path.resolve().parent
    if folder not in cache:
        cache[folder] = _read_index(folder / "index.tsv")
    url = cache[folder].get(path.name, "")
    host = urlsplit(url).hostname or "unknown"
    return host.removeprefix("www.").rstrip(".")


def _read_index(index: Path) -> dict[str, str]:
    """``file -> url`` from a tab-separated index with ``file`` and ``url`` columns ({} without one)."""
    try:
        lines = index.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    if not lines:
        return {}
    header = lines[0].split("\t")
    if "file" not in header or "url" not in header:
        return {}
    f, u = header.index("file"), header.index("url")
    rows = (line.split("\t") for line in lines[1:])
    return {row[f]: row[u] for row in rows if len(row) > max(f, u)}


def _read(path: Path, extract) -> tuple[list[Record], str | None]:
    """The records the extractor reads from ``path``, or the reason it rejected the page."""
    try:
        return list(extract(path).records), None
    except DocumentError as exc:
        return [], exc.reason


def _key(gold_path: Path, rel: str) -> str:
    """The resolved path of a gold ``file`` (relative to the repository root = the gold
    file's grandparent folder when it lives in ``tests/gold``, else the working folder)."""
    for base in (Path.cwd(), gold_path.resolve().parent.parent.parent):
        candidate = (base / rel).resolve()
        if candidate.exists():
            return str(candidate)
    return str(Path(rel).resolve())


def _pick_files(gold_path: Path, paths: list[Path]) -> dict[str, Path]:
    chosen: dict[str, Path] = {}
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            chosen[str(f.resolve())] = f
            chosen.setdefault(f.name, f)
    return chosen


def _score_file(report: EvalReport, entry: dict, documents: tuple[list[Record], str | None]) -> None:
    report.files += 1
    gold_records = entry.get("records", [])
    report.gold_records += len(gold_records)
    records, error = documents
    if entry.get("reject"):
        report.rejections_expected += 1
        if error:
            report.rejections_correct += 1
        else:
            report.misses.append(Miss(entry["file"], None, "reject", "rejected", f"{len(records)} record(s)"))
    elif error:
        report.misses.append(Miss(entry["file"], None, "document", "accepted", f"rejected: {error}"))
    report.found_records += len(records)
    pairs, extra = align(gold_records, records)
    for index, (gold, got) in enumerate(pairs):
        if got is not None:
            report.matched_records += 1
        else:
            report.misses.append(Miss(entry["file"], index, "record", gold.get("title"), None))
        _score_record(report, entry["file"], index, gold, got)
    for got in extra:
        report.misses.append(Miss(entry["file"], None, "extra record", None, got.title))
        for name in SET_FIELDS:
            key = comparison_key(name)
            report.score(name).fp += len({key(v) for v in _values(got, name)})


def align(gold: list[dict], found: list[Record]) -> tuple[list[tuple[dict, Record | None]], list[Record]]:
    """Pair gold records with extracted ones: by title when both have one, else in order."""
    remaining = list(found)
    pairs: list[tuple[dict, Record | None]] = []
    for g in gold:
        best: Record | None = None
        best_score = 0.0
        for r in remaining:
            score = _similarity(g, r)
            if score > best_score:
                best, best_score = r, score
        if best is not None and best_score >= 0.5:
            remaining.remove(best)
        else:
            best = None
        pairs.append((g, best))
    # records without comparable titles pair up in page order
    for i, (g, paired) in enumerate(pairs):
        if paired is None and remaining and len(gold) == len(found):
            pairs[i] = (g, remaining.pop(0))
    if len(gold) == 1 and pairs[0][1] is None and len(remaining) == 1:
        pairs[0] = (gold[0], remaining.pop(0))
    return pairs, remaining


def _similarity(gold: dict, record: Record) -> float:
    a, b = normalize(gold.get("title")), normalize(record.title)
    if not a or not b:
        return 0.5 if not a and not b else 0.0
    return SequenceMatcher(None, a, b).ratio()


def _values(record: Record | None, name: str) -> list[str]:
    if record is None:
        return []
    if name == "persons":
        return [p.name for p in record.persons]
    return list(getattr(record, name) or [])


def _scalar(record: Record | None, name: str) -> object:
    if record is None:
        return None
    value = getattr(record, name)
    return value.isoformat() if name == "date" and value is not None else value


def _same_inference(gold: dict, got: Record | None) -> bool:
    """Whether an issuer the gold marks inferred (``"source_inferred": true``) is inferred by
    the extractor too, and an explicit one explicit: a source counts only when both agree."""
    if not gold.get("source"):
        return True
    return bool(gold.get("source_inferred")) == bool(got is not None and got.source_inferred)


def _score_record(report: EvalReport, file: str, index: int, gold: dict, got: Record | None) -> None:
    for name in SCALAR_FIELDS:
        s = report.score(name)
        s.total += 1
        expected, actual = gold.get(name), _scalar(got, name)
        if name == "source" and not _same_inference(gold, got):
            report.misses.append(Miss(file, index, "source_inferred", bool(gold.get("source_inferred")),
                                      bool(got and got.source_inferred)))
        elif (comparison_key(name)(expected) == comparison_key(name)(actual)  # type: ignore[arg-type]
              and (got is not None or expected is None)):
            s.correct += 1
        else:
            report.misses.append(Miss(file, index, name, expected, actual))
    for name in SET_ACCURACY_FIELDS:
        s = report.score(name)
        s.total += 1
        expected = {field_key(v) for v in gold.get(name) or []}
        actual = {field_key(v) for v in _values(got, name)}
        if expected == actual:
            s.correct += 1
        else:
            report.misses.append(Miss(file, index, name, sorted(expected - actual), sorted(actual - expected)))
    for name in SET_FIELDS:
        s = report.score(name)
        key = comparison_key(name)
        expected = {key(v) for v in gold.get(name) or []}
        actual = {key(v) for v in _values(got, name)}
        s.tp += len(expected & actual)
        s.fp += len(actual - expected)
        s.fn += len(expected - actual)
        if expected != actual:
            report.misses.append(Miss(file, index, name, sorted(expected - actual), sorted(actual - expected)))


def format_report(report: EvalReport, *, misses: bool = True) -> str:
    """The report as text: one line per field, then the misses."""
    out = [f"split: {report.split}   files: {report.files}   records: gold {report.gold_records}, "
           f"extracted {report.found_records}, matched {report.matched_records}"]
    if report.rejections_expected:
        out.append(f"rejections: {report.rejections_correct}/{report.rejections_expected} as expected")
    out.append(f"{'field':<18}{'accuracy':>9}{'precision':>11}{'recall':>8}{'F1':>7}")
    for name in (*SCALAR_FIELDS, *SET_ACCURACY_FIELDS):
        s = report.score(name)
        out.append(f"{name:<18}{s.accuracy:>9.3f}{'':>11}{'':>8}{'':>7}   ({s.correct}/{s.total})")
    for name in SET_FIELDS:
        s = report.score(name)
        out.append(f"{name:<18}{'':>9}{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}"
                   f"   (tp {s.tp}, fp {s.fp}, fn {s.fn})")
    if misses and report.misses:
        out.append("")
        out.append(f"misses ({len(report.misses)}):")
        out += [f"  {m}" for m in report.misses]
    return "\n".join(out)


def summary(report: EvalReport) -> float:
    """One figure per report: the mean of each field's accuracy (scalar fields, fields of work)
    or F1 (set fields)."""
    figures = [report.score(n).accuracy for n in (*SCALAR_FIELDS, *SET_ACCURACY_FIELDS)]
    figures += [report.score(n).f1 for n in SET_FIELDS]
    return sum(figures) / len(figures)


def worst_group(groups: dict[str, EvalReport], min_records: int = WORST_MIN_RECORDS) -> str | None:
    """The group with the lowest :func:`summary` among those with ``min_records`` gold records
    or more (all groups when none has that many); None without groups."""
    big = {k: v for k, v in groups.items() if v.gold_records >= min_records} or groups
    return min(big, key=lambda k: (summary(big[k]), k)) if big else None


def format_groups(groups: dict[str, EvalReport], by: str) -> str:
    """One line per group: files, gold records, each field's accuracy or F1, the mean; then the worst."""
    short = {"title": "title", "date": "date", "place": "place", "source": "source",
             "fields_of_work": "fow", "states": "states", "field_operations": "fieldops",
             "persons": "persons", "organizations": "orgs"}
    names = (*SCALAR_FIELDS, *SET_ACCURACY_FIELDS, *SET_FIELDS)
    width = max([len(by), *map(len, groups)]) + 2
    out = [f"{by:<{width}}{'files':>6}{'recs':>5}" + "".join(f"{short[n]:>9}" for n in names) + f"{'mean':>7}"]
    for key, rep in groups.items():
        figures = [rep.score(n).accuracy for n in (*SCALAR_FIELDS, *SET_ACCURACY_FIELDS)]
        figures += [rep.score(n).f1 for n in SET_FIELDS]
        out.append(f"{key:<{width}}{rep.files:>6}{rep.gold_records:>5}"
                   + "".join(f"{v:>9.2f}" for v in figures) + f"{summary(rep):>7.2f}")
    worst = worst_group(groups)
    if worst is not None:
        out.append(f"worst {by} (of groups with {WORST_MIN_RECORDS}+ gold records): {worst} "
                   f"(mean {summary(groups[worst]):.2f}, {groups[worst].gold_records} records)")
    return "\n".join(out)


__all__ = ["EvalReport", "FieldScore", "Miss", "evaluate", "format_report", "normalize", "read_gold", "align",
           "evaluate_by", "format_groups", "summary", "worst_group", "organization_key", "source_key", "field_key",
           "comparison_key", "ORGANIZATION_KINDS"]

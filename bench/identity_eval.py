"""Precision and recall of persons before and after identity resolution (issue 16), on the gold files.

Both figures come from one extraction of each page: "before" scores the extractor's persons as
they are; "after" scores what :class:`~osce_kg.loader.resolve.Resolver` keeps, one entry per resolved
person, right when the gold name is the name as written, without titles or initials, or the
curated official's name it resolved to (gold names are as the text first gives them). Names
compare as ``osce-kg eval`` compares them (case, accents, dashes, a leading "the").

    python bench/identity_eval.py            # the seed and both shared page folders
"""
from __future__ import annotations

import copy
import json
import sys
import time
from pathlib import Path

from osce_kg.loader.errors import DocumentError
from osce_kg.loader.evaluation import normalize
from osce_kg.loader.records import Document
from osce_kg.loader.extract import read_document
from osce_kg.loader.reference import reference
from rdflib import URIRef

from osce_kg.loader.identity import Person, duplicates
from osce_kg.loader.iri import slug
from osce_kg.loader.resolve import Resolver, name_key, uninflected

ROOT = Path(__file__).resolve().parents[1]
GOLD = [ROOT / "tests" / "gold" / "gold.jsonl", ROOT / "tests" / "gold" / "gold-pages-2.jsonl"]


def _person(found: dict, key: str, name: str, page: str) -> None:
    person = found.setdefault(key, Person(URIRef(f"person/{key}"), []))
    if name not in person.names:
        person.names.append(name)
    person.graphs.add(URIRef(page))


def _names(res, doc, gold: set[str]) -> set[str]:
    """The persons the resolver kept, one entry each: the gold name it matches, by the name as
    written, without titles and initials, or the curated name; else its label (a false positive)."""
    out = set()
    for person in {res.person(p.name).key: res.person(p.name) for r in doc.records for p in r.persons}.values():
        forms = {normalize(person.written), normalize(person.alt_label), normalize(person.label),
                 *uninflected(name_key(person.alt_label))}   # the gold writes names in the nominative
        out.add(next(iter(sorted(forms & gold)), normalize(person.label)))
    return out


def score(found: list[set[str]], gold: list[set[str]]) -> dict:
    tp = sum(len(f & g) for f, g in zip(found, gold))
    fp = sum(len(f - g) for f, g in zip(found, gold))
    fn = sum(len(g - f) for f, g in zip(found, gold))
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0}


def main() -> int:
    resolver = Resolver(reference())
    before, after, gold, dropped, files = [], [], [], [], []
    iris_before: dict[str, Person] = {}      # the IRIs minting from the name's slug gave (before issue 16)
    iris_after: dict[str, Person] = {}
    resolve_seconds = extract_seconds = 0.0
    for gold_file in GOLD:
        for line in gold_file.read_text("utf-8").splitlines():
            entry = json.loads(line)
            path = ROOT / entry["file"]          # paths in the gold files are relative to the repository
            if entry.get("reject") or not path.exists():
                continue
            start = time.perf_counter()
            try:
                doc = read_document(path)
            except DocumentError:     # a page the loader rejects yields no person (its gold ones are missed)
                doc = Document(str(path), "", "")
            extract_seconds += time.perf_counter() - start
            # pages are scored as wholes: the persons of all records (listing items align by order otherwise)
            before.append({normalize(p.name) for r in doc.records for p in r.persons})
            resolved = copy.deepcopy(doc)
            start = time.perf_counter()
            res = resolver.resolve(resolved)
            resolve_seconds += time.perf_counter() - start
            for p in (p for r in doc.records for p in r.persons):
                _person(iris_before, slug(p.name), p.name, path.name)
            for p in (p for r in resolved.records for p in r.persons):
                _person(iris_after, slug(res.person(p.name).key), res.person(p.name).label, path.name)
            after.append(_names(res, resolved, gold_names := {normalize(p) for r in entry["records"] for p in r["persons"]}))
            dropped += [f"{path.name}: {name} ({why})" for name, why in res.dropped.items()]
            gold.append({normalize(p) for r in entry["records"] for p in r["persons"]})
            files.append(path.name)
    pairs = {k: [f"{c.a.rsplit('/', 1)[1]} ~ {c.b.rsplit('/', 1)[1]}" for c in duplicates(list(v.values()))]
             for k, v in (("before", iris_before), ("after", iris_after))}
    out = {"pages": len(gold), "person_iris_before": len(iris_before), "person_iris_after": len(iris_after),
           "duplicate_pairs_before": pairs["before"], "duplicate_pairs_after": pairs["after"],
           "before": score(before, gold), "after": score(after, gold),
           "resolve_ms_per_page": round(1000 * resolve_seconds / max(1, len(gold)), 3),
           "extract_ms_per_page": round(1000 * extract_seconds / max(1, len(gold)), 3), "dropped": dropped,
           "false_positives_after": [f"{f}: {sorted(a - g)}" for f, a, g in zip(files, after, gold) if a - g]}
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

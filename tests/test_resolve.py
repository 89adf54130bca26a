"""Identity decisions on names (loader/resolve.py): pure functions, plain tables."""
from __future__ import annotations

import datetime as dt

import pytest

from osce_kg.loader.records import Document, PersonMention, Record
from osce_kg.loader.reference import reference
from osce_kg.loader.resolve import (RULES, Officials, Resolver, defined_acronyms, name_key, officials,
                                    person_evidence, phonetic_key, uninflected)


@pytest.mark.parametrize("a, b", [
    ("Raphael F. Perl", "Raphael Perl"),                        # initials
    ("Federal Councillor Flavio Cotti", "Flavio Cotti"),         # titles
    ("Ambassador Jonathan Moore", "Jonathan Moore"),
    ("Dr Helga Konrad", "Helga Konrad"),
    ("Frank\u2011Walter Steinmeier", "Frank Walter Steinmeier"),  # hyphens of any kind
    ("Ivica Dačić", "Ivica Dacic"),                              # diacritics
    ("MIROSLAV LAJČÁK", "Miroslav Lajcak"),                      # case
    ("Кристофер Блэр", "Kristofer Bler"),                        # script
    ("Ingibjörg Sólrún Gísladóttir", "Ingibjorg Solrun Gisladottir"),
], ids=lambda v: v)
def test_names_that_differ_only_by_titles_initials_hyphens_diacritics_case_or_script_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [
    ("Helga Maria Schmid", "Helga Schmid"),      # a middle name is not an initial: a candidate, not a key
    ("Jan Kubis", "Jan Petersen"),
    ("Sergej Lawrow", "Sergey Lavrov"),          # another transliteration: same phonetic key only
])
def test_other_differences_keep_keys_apart(a, b):
    assert name_key(a) != name_key(b)


def test_phonetic_key_folds_transliterations():
    assert phonetic_key(name_key("Sergej Lawrow")) == phonetic_key(name_key("Sergey Lavrov"))
    assert phonetic_key(name_key("Jan Braathu")) == phonetic_key(name_key("Jan Bratu"))
    assert phonetic_key(name_key("Jan Kubis")) != phonetic_key(name_key("Jan Petersen"))


def test_uninflected_takes_case_endings_off():
    assert "bujar osmani" in uninflected(name_key("Bujarom Osmanijem"))
    assert "jan bratu" in uninflected(name_key("Janu Bratuu"))


# ---------------------------------------------------------------- not a person

FURNITURE_TEXT = "Story Highlights\n- “We are here to monitor,” said the head of the mission.\nRelated Articles\n"


@pytest.mark.parametrize("name, text, why", [
    ("Story Highlights", FURNITURE_TEXT, "furniture"),
    ("Related Articles", FURNITURE_TEXT, "furniture"),
    ("Check Also", "Check Also\n- OSCE opens office\n", "furniture"),
    ("Dear Colleagues", "Dear Colleagues,\nthank you for coming.", "furniture"),
    ("Countries", "the Co-Chair Countries and other countries met", "lower case"),
    ("Ad Hoc Transparency", "Chairperson of the Ad Hoc Transparency and Reform group", "noun phrase"),
    ("Affari Esteri", "il ministro degli Affari Esteri e della Cooperazione", "noun phrase"),
    ("Needs Assessment Missions", "Our Needs Assessment Missions went to Kyiv.", "furniture-free but plural"),
    ("OSCE PA", "the OSCE PA met", "acronym"),
    ("Charlie Hebdo", "after the attack on the magazine Charlie Hebdo in Paris", "publication"),
    ("Neighbourhood Policy", "the European Neighbourhood Policy is a neighbourhood policy of the EU", "lower case"),
    ("Governo Italiano", "Logo\nGoverno Italiano\n- Ministero degli Affari Esteri e della Cooperazione Internazionale del Governo Italiano, Roma", "heading"),
], ids=lambda v: v if isinstance(v, str) and len(v) < 30 else None)
def test_page_furniture_greetings_headings_and_phrases_are_not_persons(name, text, why):
    evidence = person_evidence(PersonMention(name), text)
    assert not evidence.person, (name, evidence)


@pytest.mark.parametrize("name, text", [
    ("Raphael Perl", "Raphael Perl, Head of the Unit, said."),
    ("Nino Sukhitashvili", "Contacts\n\nNino Sukhitashvili\n\nSpokesperson of the Mission\n"),   # a contact block
    ("Gilles de Kerchove", "EU Counter-terrorism Coordinator Gilles de Kerchove spoke."),
    ("Khodaidad", "General Khodaidad said the ministry was ready."),
    ("Кристофер Блэр", "встретился с руководителем Кристофер Блэр."),
])
def test_real_names_stay_persons(name, text):
    assert person_evidence(PersonMention(name), text).person


# ---------------------------------------------------------------- curated officials


def test_officials_file_reads_and_every_post_organization_is_known():
    found = officials()
    ref = reference()
    assert len(found.terms) >= 60
    for term in found.terms:
        assert term.organization in ref.organizations or term.organization in ref.field_operations, term
        assert term.end is None or term.end >= term.start, term


def test_secretary_general_in_2009_is_one_person():
    holders = {t.person for t in officials().terms if t.post == "OSCE Secretary General" and t.during(2009)}
    assert holders == {"Marc Perrin de Brichambaut"}


@pytest.mark.parametrize("written, official", [
    ("Helga Schmid", "Helga Maria Schmid"),          # curated alias
    ("Ламберто Заньер", "Lamberto Zannier"),         # another script, curated
    ("Majkl Devenport", "Michael Davenport"),        # a Serbian transliteration, curated
    ("Secretary General Lamberto Zannier", "Lamberto Zannier"),
    ("Alcee L. Hastings", "Alcee Hastings"),
])
def test_names_resolve_to_curated_officials(written, official):
    assert officials().match(written) == (official, "curated-official")


def test_inflected_names_resolve_only_in_languages_that_decline_them():
    assert officials().match("Bujarom Osmanijem", inflected=True) == ("Bujar Osmani", "curated-official")
    assert officials().match("Bujarom Osmanijem") is None


def test_surname_alone_is_an_official_only_when_the_record_names_their_organization():
    curated = officials()
    assert curated.by_post("Moore", ["OSCE Mission to Bosnia and Herzegovina"], 2015) == "Jonathan Moore"
    assert curated.by_post("Moore", ["OSCE Mission in Kosovo"], 2015) is None
    assert curated.by_post("Moore", ["OSCE Mission to Bosnia and Herzegovina"], 2020) is None   # not in office


# ---------------------------------------------------------------- one document


def _doc(*records: Record, text: str | None = None) -> Document:
    return Document(path="t.txt", sha256="0" * 64, text=text or "\n".join(r.body for r in records),
                    records=list(records))


def test_a_surname_alone_is_the_full_name_of_the_same_document_only():
    first = Record(kind="press_release", title="A", body="Raphael F. Perl, Head of the Unit, spoke.",
                   persons=[PersonMention("Raphael F. Perl")])
    second = Record(kind="press_release", title="B", body="Perl said the meeting was useful.",
                    persons=[PersonMention("Perl")])
    res = Resolver(reference(), Officials([])).resolve(_doc(first, second))
    assert res.person("Perl").key == res.person("Raphael F. Perl").key == "raphael perl"
    assert res.person("Perl").rule == "surname-in-document"
    alone = Resolver(reference(), Officials([])).resolve(_doc(second))
    assert alone.person("Perl").key == "perl" and alone.person("Perl").rule == "same-name"


def test_resolver_drops_furniture_and_records_why():
    record = Record(kind="news", title="OSCE/ODIHR begin monitoring", body=FURNITURE_TEXT,
                    persons=[PersonMention("Story Highlights"), PersonMention("Peter Teljer")])
    doc = _doc(record, text=FURNITURE_TEXT + "Ambassador Peter Teljer of Sweden said so.")
    res = Resolver(reference()).resolve(doc)
    assert [p.name for p in doc.records[0].persons] == ["Peter Teljer"]
    assert "Story Highlights" in res.dropped


def test_place_run_into_a_name_is_taken_off():
    record = Record(kind="news", title="t", body="x", language="sr-Latn", date=dt.date(2023, 5, 25),
                    persons=[PersonMention("Severne Makedonije Bujarom Osmanijem"),
                             PersonMention("Kosovu Majkl Devenport")])
    res = Resolver(reference()).resolve(_doc(record, text="sa ministrom Severne Makedonije Bujarom Osmanijem i u "
                                                          "Kosovu Majkl Devenport rekao"))
    assert res.person("Severne Makedonije Bujarom Osmanijem").official == "Bujar Osmani"
    assert res.person("Kosovu Majkl Devenport").official == "Michael Davenport"


def test_acronyms_the_page_defines():
    assert defined_acronyms("experts of the EastWest Institute (EWI) and the World Customs Organization "
                            "(WCO); Albania (AL) and the Party of Democratic Action (SDA)") == {
        "EWI": "EastWest Institute", "WCO": "World Customs Organization"}   # SDA spells the party's own name


def test_rules_are_the_shapes_rules():
    from pathlib import Path

    shapes = (Path(__file__).parents[1] / "shapes" / "osce-shapes.ttl").read_text("utf-8")
    line = next(ln for ln in shapes.splitlines() if "same-name" in ln and "sh:in" in ln)
    assert all(f'"{rule}"' in line for rule in RULES)


def test_names_a_page_gives_in_two_scripts_are_one_person():
    from osce_kg.loader.resolve import linked_names

    text = ("Руководитель департамента Кристофер Блэр (Christopher Blair) подписал соглашение. "
            "Also Lamberto Zannier (Ламберто Заньер), the OSCE (ОБСЕ) and Vienna (Вена).")
    assert linked_names(text) == {"kristofer bler": "Christopher Blair", "lamberto zaner": "Lamberto Zannier"}
    record = Record(kind="news", title="t", body=text, language="ru", persons=[PersonMention("Кристофер Блэр")])
    resolved = Resolver(reference()).resolve(_doc(record, text=text)).person("Кристофер Блэр")
    assert (resolved.key, resolved.rule, resolved.alt_label) == ("christopher blair", "linked-on-page", "Кристофер Блэр")


from hypothesis import given, settings, strategies as st  # noqa: E402

_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)


@settings(max_examples=200, deadline=500)
@given(name=_TEXT, text=_TEXT)
def test_hostile_names_and_texts_never_raise(name, text):
    """Keys, evidence, acronyms and script pairs on any input: a result, never an exception, in time."""
    key = name_key(name)
    assert key == key.strip() and "  " not in key
    phonetic_key(key)
    assert len(uninflected(key)) <= 64
    person_evidence(PersonMention(name or "x"), text)
    defined_acronyms(text)
    from osce_kg.loader.resolve import linked_names

    linked_names(text + " " + name)
    officials().match(name, inflected=True)


def test_long_capitalised_runs_are_read_in_linear_time():
    import time

    from osce_kg.loader.resolve import linked_names

    text = ("Alpha Beta Gamma Delta " * 5000) + "(Альфа Бета)" + " Word" * 5000
    start = time.perf_counter()
    defined_acronyms(text)
    linked_names(text)
    person_evidence(PersonMention("Alpha Beta"), text)
    assert time.perf_counter() - start < 5

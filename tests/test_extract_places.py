"""Places on pages the rules never saw (issue 11): cities by their names in the region's languages.

A dateline whose only clue is its place needs the city's name in the page's language and script
(``loader/data/city_names.csv``, built by ``tools/build_city_names.py`` from CLDR and GeoNames).
The sentences here are ours; the names are facts.
"""
from __future__ import annotations

import datetime as dt

import pytest

from osce_kg.loader.extract import read_text
from osce_kg.loader.reference import ReferenceDataError, _cities, reference

BODY = {
    "pl": "Przewodniczący spotkał się dziś z ministrem w sprawie współpracy regionalnej.",
    "uk": "Голова сьогодні зустрівся з міністром щодо регіональної співпраці.",
    "ru": "Председатель сегодня встретился с министром по вопросам сотрудничества.",
    "sr": "Председавајући се данас састао са министром о регионалној сарадњи.",
    "sr-Latn": "Predsjedavajući se danas sastao sa ministrom o regionalnoj saradnji.",
    "az": "Sədr bu gün nazirlə regional əməkdaşlıq məsələlərini müzakirə edib.",
    "tr": "Başkan bugün bakanla bölgesel işbirliği konusunda görüştü.",
    "de": "Der Vorsitzende traf heute den Minister zu Fragen der regionalen Zusammenarbeit.",
    "sq": "Kryesuesi u takua sot me ministrin për bashkëpunimin rajonal.",
}


@pytest.mark.parametrize("name, city", [
    ("Wiedeń", "Vienna"), ("Відень", "Vienna"), ("Вена", "Vienna"), ("Беч", "Vienna"),
    ("Beč", "Vienna"), ("Βιέννη", "Vienna"), ("ვენა", "Vienna"), ("Վիեննա", "Vienna"),
    ("Viyana", "Vienna"), ("Vjenë", "Vienna"), ("Bakı", "Baku"), ("Bakü", "Baku"),
    ("Приштина", "Pristina"), ("Prishtinë", "Pristina"), ("Priština", "Pristina"),
    ("Kijów", "Kyiv"), ("Київ", "Kyiv"), ("Кијев", "Kyiv"), ("Београд", "Belgrade"),
    ("Belqrad", "Belgrade"), ("Варшава", "Warsaw"), ("Тбілісі", "Tbilisi"), ("Ош", "Osh"),
    ("Bruksela", "Brussels"), ("Sztokholm", "Stockholm"), ("Αθήνα", "Athens"),
    ("Mitrovicë", "Mitrovica"), ("Худжанд", "Khujand"), ("Львів", "Lviv"),
])
def test_city_names_in_the_regions_languages(name, city):
    assert reference().lookup("city", name) == city


@pytest.mark.parametrize("text, city", [
    ("Министр выступил в Киеве на конференции.", "Kyiv"),
    ("Ministar je govorio u Beogradu o saradnji.", "Belgrade"),
    ("Делегация ОБСЕ в Бишкеке провела встречу.", "Bishkek"),
    ("Misija je otvorila ured u Zagrebu prošle godine.", "Zagreb"),
    ("Der Vorsitz tagte in Wien mit den Botschaftern.", "Vienna"),
    ("Делегація прибула до Варшави вчора.", "Warsaw"),
    ("Зустріч відбулася у Відні минулого тижня.", "Vienna"),
    ("Делегація прибула до Києва вчора.", "Kyiv"),
    ("Spotkanie odbyło się w Wiedniu w marcu.", "Vienna"),
    ("Ambasador przebywał w Kijowie przez tydzień.", "Kyiv"),
    ("Misija je održala sastanak u Prištini.", "Pristina"),        # local names tagged in cities.csv
    ("Миссия ОБСЕ в Приштине провела встречу.", "Pristina"),
    ("Офис в Худжанде открылся в прошлом году.", "Khujand"),
    ("Офіс у Львові працює з травня.", "Lviv"),
    ("Misija u Podgorici je objavila izvještaj.", "Podgorica"),
])
def test_case_forms_in_running_text(text, city):
    assert city in [m.label for m in reference().scan(text, ("city",))]


@pytest.mark.parametrize("head, lang, city", [
    ("WIEDEŃ.", "pl", "Vienna"), ("ВІДЕНЬ.", "uk", "Vienna"), ("ПРИШТИНА", "sr", "Pristina"),
    ("Wiedeń, 12 marca 2024 r. –", "pl", "Vienna"), ("Відень, 12 березня 2024 р. –", "uk", "Vienna"),
    ("ПРИШТИНА, 12. март 2024. –", "sr", "Pristina"), ("Bakı. 12 mart. Trend:", "az", "Baku"),
    ("PRISHTINË, 12 mars 2024 –", "sq", "Pristina"), ("BEOGRAD, 12. mart 2024. –", "sr-Latn", "Belgrade"),
    ("WIEN.", "de", "Vienna"), ("Варшава, 12 марта 2024 г. –", "ru", "Warsaw"),
])
def test_dateline_place_in_each_script(head, lang, city):
    alone = head.isupper() and not head.endswith((".", "–"))      # "ПРИШТИНА" on its own line
    line = f"{head}\n\n{BODY[lang]}" if alone else f"{head} {BODY[lang]}"
    record = read_text(f"Naslov sastanka o saradnji\n\n{line}\n", "place.txt").records[0]
    place = head.split(",")[0].split(".")[0].strip()
    assert record.place == (place.title() if place.isupper() else place)
    assert reference().lookup("city", record.place) == city      # mapped to the curated city's IRI


@pytest.mark.parametrize("text", [
    "Milan Tegeltija said the court would meet again next month.",
    "It was a nice split decision at the bar, said the chair of the mir committee.",
    "La vena del discorso era chiara, ha detto il presidente.",
    "Sofia Ivanova presented the annual report to the Council.",
])
def test_a_city_name_that_is_a_word_or_a_given_name_is_no_place(text):
    record = read_text(f"A statement on the meeting\n\n{text}\n", "words.txt").records[0]
    assert record.place is None
    assert not {"Milan", "Vienna", "Sofia"} & set(record.cities), record.cities


def test_no_city_from_lower_case_words():
    found = reference().scan("the vena, a nice split at the bar, wien", ("city",))
    assert found == []


def test_capitals_of_participating_states_and_partners_are_cities():
    ref = reference()
    with_city = {c.state for c in ref.cities.values()}
    missing = [s.label for s in ref.states.values()
               if s.role in ("participating", "partner") and s.label not in with_city]
    assert missing == []


def test_a_name_row_for_an_unknown_city_is_an_error():
    rows = [{"label": "Vienna", "state": "Austria", "alt_labels": "", "wikidata": ""}]
    with pytest.raises(ReferenceDataError, match="line 3: unknown city 'Atlantis'"):
        _cities(rows, [{"city": "Vienna", "names": "Wien@de"}, {"city": "Atlantis", "names": "X"}])
    assert _cities(rows, [{"city": "Vienna", "names": "Wien@de|Wien"}])["Vienna"].alt_labels == ("Wien",)


@pytest.mark.parametrize("head, place", [
    ("BAKI, 12 mart 2024 –", "Bakı"),          # upper-casing merged ı and i: the city's own spelling
    ("BEČ, 12. mart 2024. –", "Beč"),
    ("ВІДЕНЬ, 12 березня 2024 р. –", "Відень"),
])
def test_a_place_in_capitals_keeps_the_citys_spelling(head, place):
    record = read_text(f"Başlıq\n\n{head} {BODY['az']}\n", "caps.txt").records[0]
    assert record.place == place


@pytest.mark.parametrize("head, lang, slug", [
    ("Відень, 12 березня 2024 р. –", "uk", "vienna"), ("Wiedeń, 12 marca 2024 r. –", "pl", "vienna"),
    ("ПРИШТИНА, 12. март 2024. –", "sr", "pristina"), ("Bakı. 12 mart. Trend:", "az", "baku"),
])
def test_a_place_in_another_language_is_the_curated_city_in_the_graph(minter, head, lang, slug):
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, SKOS

    from osce_kg.loader import mapping

    doc = read_text(f"Naslov sastanka o saradnji\n\n{head} {BODY[lang]}\n", "place.txt")
    g = mapping.document_graph(doc, minter, loaded_at=dt.datetime(2024, 3, 12, tzinfo=dt.timezone.utc),
                                loader_version="0")
    city = URIRef(f"http://localhost:8000/id/city/{slug}")
    assert city in set(g.objects(None, mapping.SCHEMA.locationCreated))
    assert not set(g.subjects(RDF.type, mapping.SCHEMA.City))     # nothing minted beside the curated one
    if slug == "vienna":
        assert (city, SKOS.altLabel, Literal("Відень", lang="uk")) in mapping.reference_graph(minter)


def test_a_short_city_name_matches_only_as_written():
    ref = reference()
    assert ref.scan("commitments. The OS", ("city",)) == []             # "Oš" folded is "os"
    assert [m.label for m in ref.scan("Kancelarija u Oš radi.", ("city",))] == ["Osh"]
    assert ref.lookup("city", "OŠ") == "Osh"                            # a dateline's capitals still
    assert ref.scan("the Rom and Sinti communities", ("city",)) == []

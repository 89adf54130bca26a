"""Issue 11, session 10 (helper T): titles, dates and places on page shapes the rules had not seen (line ta's
misses, line n's leftovers). Each page here is a short one of our own in the shape the rule reads; every test
failed on the code before its rule."""
from __future__ import annotations

from osce_kg.loader.extract import read_text


def _record(text: str):
    return read_text(text, "page.txt").records[0]


# a news agency's masthead, its acronym spelled out after a dash, is no dateline (n1_de's APA, line ta's BTA and
# TASR): the title is the headline and the place the item's own dateline's
MASTHEAD_PAGES = [
    ("MTI - Magyar Távirati Iroda\nBelföld | Külföld | Gazdaság\nKülföld\n"
     "Az EBESZ megfigyelői szerint a választás rendben zajlott Moldovában\n2024.11.04 15:20\n"
     "Chișinău, 2024. november 4. (MTI) - A szavazás nyugodt körülmények között zajlott, közölték a nemzetközi "
     "megfigyelők hétfőn Chișinăuban.\nA misszió jelentése két hónap múlva jelenik meg.\n",
     "Az EBESZ megfigyelői szerint a választás rendben zajlott Moldovában", "Chișinău"),
    ("STA - Slovenska tiskovna agencija\nSlovenija | Svet | Gospodarstvo\n"
     "Fajonova na zasedanju Stalnega sveta OVSE o varnosti novinarjev\n12.03.2024 11:05\n"
     "Dunaj, 12. marca (STA) - Zunanja ministrica Tanja Fajon je danes na Dunaju govorila o varnosti "
     "novinarjev.\nPoudarila je pomen svobode medijev.\n",
     "Fajonova na zasedanju Stalnega sveta OVSE o varnosti novinarjev", "Dunaj"),
]


def test_an_agencys_masthead_spelled_out_is_no_dateline():
    for text, title, place in MASTHEAD_PAGES:
        record = _record(text)
        assert (record.title, record.place) == (title, place)


def test_a_dateline_without_date_still_reads():
    # "WIEN - Die ...": a place in capitals, a dash, then a sentence (not the place's letters spelled out)
    record = _record("OSZE verlängert Mandat der Mission\nWIEN - Die Organisation hat am Donnerstag das Mandat "
                     "verlängert, teilten Diplomaten mit.\nDie Entscheidung fiel einstimmig.\n")
    assert record.place == "Wien"

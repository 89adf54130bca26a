"""Issue 11, session 14 (S): the issuing body. The review's mend (the issuer's and the URL reader's indexes of the
reference data live on the Reference, not in module tables keyed by its id), then the rules of rounds 1 and 2 (each
needed by pages of two sources at least)."""
from __future__ import annotations


def _read(text: str) -> tuple[str | None, bool]:
    from osce_kg.loader.extract import read_text

    record = read_text(text, "page.txt").records[0]
    return record.source, bool(record.source_inferred)


_STATEMENT = ("The country takes note of the preliminary conclusions of the international election observation mission "
              "and calls on all sides to engage in dialogue.\nIt reaffirms its support for the country's path.\n")


# ---------------------------------------------------- review mend: the indexes live on the Reference

def _with_osce(n: int):
    """The packaged data with the OSCE (its acronym its own for ``n``) and one agency (its name its own for ``n``) with
    the acronym "XYZ"."""
    import dataclasses

    from osce_kg.loader.reference import Organization, reference

    base = reference()
    osce = base.organizations["Organization for Security and Co-operation in Europe"]
    agency = f"Agency Number {n}"
    orgs = {osce.label: dataclasses.replace(osce, acronyms=(f"Q{chr(65 + n)}QE",)),
            agency: Organization(agency, "external", None, ("XYZ",), (), None, None, None)}
    return dataclasses.replace(base, organizations=orgs)


def test_references_built_one_after_another_with_different_data_give_different_answers():
    # each Reference is freed before the next is built, so that CPython may hand the next one its id: a table keyed
    # by id(reference) then answered from the freed one's data (urls._ACRONYMS, issuer._OWNERS before); each one's
    # data is its own, so that any answer of a freed one's is wrong
    import gc

    from osce_kg.loader.extract.issuer import _owners
    from osce_kg.loader.extract.urls import _osce_acronyms

    for n in range(16):
        ref = _with_osce(n)
        assert f"Q{chr(65 + n)}QE" in _osce_acronyms(ref), n
        assert _owners("XYZ", ref) == [f"Agency Number {n}"], n
        del ref
        gc.collect()


def test_the_indexes_are_kept_on_the_reference_they_are_built_from():
    # (CPython reuses a freed object's id only now and then, so the test above may pass on an id-keyed table by luck;
    # this one does not: each index is on the Reference itself, and no module keeps a table of them)
    from osce_kg.loader.extract import issuer, urls

    ref = _with_osce(0)
    urls._osce_acronyms(ref)
    issuer._owners("XYZ", ref)
    assert {"urls.osce_acronyms", "issuer.acronym_owners"} <= set(ref._derived)
    assert not hasattr(urls, "_ACRONYMS") and not hasattr(issuer, "_OWNERS")


# ---------------------------------------------------- round 1: a minister's own statement on the ministry's site

def test_a_ministers_statement_on_the_ministrys_site_is_the_ministrys():
    # (aj2_nl "Verklaring van minister Van Weel over ..."; sc26_cs, sc26_pl, sc26_lt)
    page = ("Rijksoverheid\nMinisterie van Buitenlandse Zaken\nHome | Onderwerpen | Actueel\n"
            "Verklaring van minister Van Weel over de verkiezingen in Moldavië\n04-11-2024\n"
            "Nederland neemt kennis van de voorlopige conclusies van de waarnemingsmissie van de OVSE.\n"
            "Nederland blijft het Europese pad van Moldavië steunen.\n")
    assert _read(page) == ("Ministry of Foreign Affairs of the Netherlands", True)
    page = ("Ministerstvo zahraničních věcí České republiky\nÚvod  Aktuálně  Kontakty\n"
            "Prohlášení ministra zahraničních věcí k volbám v Moldavsku\n4.11.2024\n"
            "Česká republika bere na vědomí předběžné závěry pozorovatelské mise OBSE.\n"
            "Česká republika nadále podporuje evropskou cestu Moldavska.\n")
    assert _read(page) == ("Ministry of Foreign Affairs of Czechia", True)


def test_a_ministers_statement_elsewhere_names_no_ministry():
    page = ("Daily Courier\nNews   World\nStatement by Foreign Minister Novak on the elections in Moldova\n"
            "4 November 2024\n" + _STATEMENT)
    assert _read(page) == (None, False)


def test_a_ministry_is_no_minister():
    from osce_kg.loader.extract.issuer import _minister_speaks

    for speaker in ("minister Van Weel", "ministra zahraničních věcí", "Ministra Radosława Sikorskiego",
                    "Užsienio reikalų ministro Gabrieliaus", "Außenministerin Baerbock", "the Foreign Minister",
                    "министра иностранных дел", "Xarici işlər naziri"):
        assert _minister_speaks(speaker), speaker
    for speaker in ("ministerie van Buitenlandse Zaken", "Ministerstva zahraničních věcí", "the Ministry",
                    "Xarici İşlər Nazirliyinin", "министерства иностранных дел", "Ministria e Jashtme"):
        assert not _minister_speaks(speaker), speaker


# ---------------------------------------------------- round 1: the statement word after the speaker, in more languages

def test_a_communique_or_declaration_word_after_the_speaker():
    # (sc27_hu, sc27_fi, sc27_tr: a body's own statement reproduced on a news portal, decision 1)
    text = "A szöveg első mondata itt áll, a nyilatkozat része.\nA második mondat is a közlemény része.\n"
    page = ("Napi Hírek\nBelföld | Külföld\nAz EBESZ Demokratikus Intézmények és Emberi Jogok Hivatalának közleménye a "
            "választásokról\n2024. október 27.\n" + text)
    assert _read(page) == ("OSCE Office for Democratic Institutions and Human Rights", True)
    page = ("Uutiset\nKotimaa  Ulkomaat\nETYJ:n parlamentaarisen yleiskokouksen julkilausuma Ukrainan tilanteesta\n"
            "3.7.2024\nYleiskokous tuomitsee hyökkäyssodan ja vaatii joukkojen vetäytymistä.\n"
            "Yleiskokous vaatii myös vankien palauttamista kotiin.\n")
    assert _read(page) == ("OSCE Parliamentary Assembly", True)


# ---------------------------------------------------- round 1: a field office by the OSCE's name and its city

def test_a_field_office_named_by_the_osces_name_and_its_city():
    # (aj2_ru "Главная › Центр программ ОБСЕ в Бишкеке › ..."; sc28_es's breadcrumb, sc28_it's source label)
    from osce_kg.loader.extract.issuer import _operation_in_city
    from osce_kg.loader.reference import reference

    ref = reference()
    assert _operation_in_city("Центр программ ОБСЕ в Бишкеке", ref) == "OSCE Programme Office in Bishkek"
    assert _operation_in_city("Oficina de Programas de la OSCE en Biskek", ref) == "OSCE Programme Office in Bishkek"
    assert _operation_in_city("Ufficio OSCE di Bishkek", ref) == "OSCE Programme Office in Bishkek"
    assert _operation_in_city("Бюро ОБСЕ в Ереване", ref) == "OSCE Office in Yerevan"   # (one closed operation there)
    page = ("Notizie\nHomepage | Esteri\nGiovani imprenditrici a scuola di commercio digitale\n"
            "Fonte: Ufficio OSCE di Bishkek | 21/03/2025 10:15\n"
            "Una quarantina di giovani donne hanno concluso un corso di tre settimane sul commercio elettronico.\n"
            "Le partecipanti presenteranno i loro progetti in una fiera che si terrà a giugno nella capitale.\n")
    assert _read(page) == ("OSCE Programme Office in Bishkek", False)


def test_no_field_office_by_a_city_without_the_osces_name_or_of_no_one_operation():
    from osce_kg.loader.extract.issuer import _operation_in_city
    from osce_kg.loader.reference import reference

    ref = reference()
    for line in ("Вечерний Бишкек", "Il Piccolo di Bishkek", "Полевой офис ОБСЕ в Оше",   # (no operation sits in Osh)
                 "Офис ОБСЕ в Баку и Ереване", "Бюро ОБСЕ в Загребе"):                  # (two cities; two closed ones)
        assert _operation_in_city(line, ref) is None, line


# ---------------------------------------------------- round 1: the source label in the last languages without it

def test_a_source_label_in_kyrgyz_tajik_and_mongolian():
    # (sc29_ky, sc29_tg, sc29_mn: aggregators)
    text = ("Борбордук шайлоо комиссиясынын отуздан ашык кызматкери эки күндүк семинарга катышты.\n"
            "Катышуучулар шайлоочулардын жеке маалыматтарын коргоо маселелерин да талкуулашты.\n")
    page = "Жаңылыктар\nБашкы бет | Саясат\nЕККУ семинар өткөрдү\n12.11.2024 | 15:40\nБулак: Кабар\n" + text
    assert _read(page) == ("Kabar", False)
    page = ("Ахбор\nСаҳифаи асосӣ | Ҷомеа\nДар Хоруғ курси омӯзишӣ баргузор шуд\n21.05.2024 | 10:05\nМанбаъ: Ховар\n"
            "Бист нафар марзбонон дар курси даҳрӯзаи омӯзишӣ ширкат варзиданд.\nИштирокчиён шаҳодатнома гирифтанд.\n")
    assert _read(page) == ("Khovar", False)


def test_the_kyrgyz_word_alone_on_a_line_is_no_label():
    from osce_kg.loader.extract.layouts import LABELS, _BARE_LABELS

    assert LABELS["булак"] == "source" and "булак" not in _BARE_LABELS and "çeşme" not in _BARE_LABELS

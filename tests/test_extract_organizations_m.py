"""Issue 11, session 9 (helper M): organizations outside the reference data, by a head noun in any case (given in
the nominative as the page would write them), by a quoted name beside the common noun of a party, and one body
named in full and shortly once. Texts of our own; each rule is needed by pages of two sources or more (lines b, d,
f, i, j, m, y)."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract import read_text


def _organizations(text: str) -> list[str]:
    return sorted(read_text(text, "page.txt").records[0].organizations)


@pytest.mark.parametrize("text, body", [
    # South Slavic: a head in the genitive, its lower-case complement, an adjective before it (m2_sr, j3_hr, d3_me)
    ("Vesti\nNovinari u Nišu\nNiš, 3. mart 2026.\nPredstavnik OEBS-a sastao se sa predsednikom Udruženja novinara "
     "Juga Srbije. Srbija je članica OEBS-a.\n", "Udruženje novinara Juga Srbije"),
    ("Vijesti\nNovinari u Splitu\nSplit, 3. ožujka 2026.\nSastanku su prisustvovali predstavnici Hrvatskog "
     "novinarskog društva. Hrvatska je članica OESS-a.\n", "Hrvatsko novinarsko društvo"),
    # Slovene: an adjective in the genitive before the head (m2_sl)
    ("Novice\nRaziskovalci o volitvah\nKoper, 4. marca 2026\nPo mnenju Primorskega inštituta so volitve v Sloveniji "
     "potekale mirno.\n", "Primorski inštitut"),
    # Romanian and Albanian: the head's genitive, the name after it (m1_ro, m3_sq, i2_ro, y1_sq)
    ("Știri\nJurnaliști la Cluj\nCluj-Napoca, 5 martie 2026\nA vorbit și președinta Asociației Presei Locale, "
     "Ana Pop. România sprijină OSCE.\n", "Asociația Presei Locale"),
    ("Lajme\nGazetarët në Shkodër\nShkodër, 5 mars 2026\nNë takim foli kryetari i Shoqatës së Gazetarëve të Veriut, "
     "Ilir Kola. Shqipëria mbështet OSBE-në.\n", "Shoqata e Gazetarëve të Veriut"),
    # Latvian, Lithuanian, Estonian, Finnish, Kazakh: the name before the head in its case (m1_lv, f3_lv, m2_lt, b3_lt,
    # m2_et, b6_et, m1_fi, m3_kk, i3_kk)
    ("Ziņas\nŽurnālisti Liepājā\nLiepāja, 2026. gada 6. martā\nSanāksmē runāja Kurzemes Žurnālistu asociācijas "
     "vadītāja. Latvija atbalsta EDSO.\n", "Kurzemes Žurnālistu asociācija"),
    ("Naujienos\nŽurnalistai Kaune\nKaunas, 2026 m. kovo 6 d.\nDiskusijoje dalyvavo Kauno žurnalistų sąjungos "
     "atstovai. Lietuva remia ESBO.\n", "Kauno žurnalistų sąjunga"),
    ("Uudised\nAjakirjanikud Pärnus\nPärnu, 6. märts 2026\nKohtumisel osales Pärnu Ajakirjanike Liidu esimees. "
     "Eesti toetab OSCE-d.\n", "Pärnu Ajakirjanike Liit"),
    ("Uutiset\nToimittajat Tampereella\nTampere 6.3.2026\nSeminaarin avasi Tampereen yliopiston rehtori. Suomi "
     "tukee ETYJ:ä.\n", "Tampereen yliopisto"),
    ("Жаңалықтар\nЖурналистер Шымкентте\nШымкент, 6 наурыз 2026\nКездесуге Шымкент журналистер одағының өкілдері "
     "қатысты. Қазақстан ЕҚЫҰ мүшесі.\n", "Шымкент журналистер одағы"),
    # Russian: adjectives and head in the genitive; Polish: the adjective after the head (m2_ru, m1_pl, i2_pl)
    ("Новости\nЖурналисты в Самаре\nСамара, 7 марта 2026\nВ обсуждении участвовали представители Самарской "
     "правозащитной группы. Россия является участником ОБСЕ.\n", "Самарская правозащитная группа"),
    ("Wiadomości\nDziennikarze w Lublinie\nLublin, 7 marca 2026\nW spotkaniu uczestniczyli posłowie Koalicji "
     "Obywatelskiej. Polska wspiera OBWE.\n", "Koalicja Obywatelska"),
])
def test_a_body_by_its_head_in_any_case(text, body):
    assert body in _organizations(text)


def test_the_name_stops_before_a_persons_name():
    # (m2_sr: "Stranke slobode i pravde Marija Đorđević"; m1_pl: "Uniwersytetu Gdańskiego Tomaszem Wierzbickim")
    text = ("Vesti\nSednica u Novom Sadu\nNovi Sad, 8. mart 2026.\nPoslanica Stranke zelenih i levice Milica Ilić "
            "zatražila je istragu. Srbija je članica OEBS-a.\n")
    document = read_text(text, "page.txt").records[0]
    assert "Stranka zelenih i levice" in document.organizations
    assert "Milica Ilić" in [p.name for p in document.persons]
    text = ("Wiadomości\nRektor w Toruniu\nToruń, 8 marca 2026\nDelegacja spotkała się z rektorem Uniwersytetu "
            "Toruńskiego Adamem Nowickim. Polska wspiera OBWE.\n")
    document = read_text(text, "page.txt").records[0]
    assert not [o for o in document.organizations if "Adam" in o]
    assert "Adam Nowicki" in [p.name for p in document.persons]


def test_two_bodies_joined_by_and():
    # (m2_ru, d3_me: "Univerzitetom Crne Gore i Sindikatom medija Crne Gore")
    text = ("Новости\nВстреча в Туле\nТула, 9 марта 2026\nВ дискуссии участвовали представители Союза художников "
            "России и Тульской правозащитной группы. Россия является участником ОБСЕ.\n")
    bodies = _organizations(text)
    assert "Союз художников России" in bodies and "Тульская правозащитная группа" in bodies


@pytest.mark.parametrize("text, body", [
    # a party's name in quotes beside the common noun of its kind, in any case (m2_ru, m2_uk, m1_lv, m3_kk)
    ("Новости\nДебаты в Томске\nТомск, 10 марта 2026\nВыступила также депутат от партии «Зелёная альтернатива» "
     "Анна Смирнова. Россия является участником ОБСЕ.\n", "Зелёная альтернатива"),
    ("Новини\nДебати у Львові\nЛьвів, 10 березня 2026\nВиступив депутат від партії «Голос» Петро Мельник. Україна "
     "є учасницею ОБСЄ.\n", "Голос"),
    ("Жаңалықтар\nДебат Ақтөбеде\nАқтөбе, 10 наурыз 2026\n«Ақ жол» партиясының депутаты да сөз сөйледі. Қазақстан "
     "ЕҚЫҰ мүшесі.\n", "Ақ жол"),
    # a head in its base form and a quoted name after it (m1_ro, m3_mk)
    ("Știri\nStudenți la Suceava\nSuceava, 11 martie 2026\nConferința a avut loc la Universitatea „Ștefan cel Mare” "
     "din Suceava. România sprijină OSCE.\n", "Universitatea „Ștefan cel Mare”"),
])
def test_a_quoted_name_beside_its_kind(text, body):
    assert body in _organizations(text)


def test_one_body_named_in_full_and_shortly_is_one():
    # (m2_uk, i1_uk, m2_sk, m1_hu: a headline's short name and the text's full one)
    text = ("Новини\nСтуденти Одеського університету зустрілися з дипломатами\nОдеса, 12 березня 2026\nСтуденти "
            "Одеського національного університету імені Іллі Мечникова зустрілися з дипломатами ОБСЄ. Україна є "
            "учасницею ОБСЄ.\n")
    bodies = _organizations(text)
    assert "Одеський національний університет імені Іллі Мечникова" in bodies
    assert "Одеський університет" not in bodies


@pytest.mark.parametrize("text, body", [
    # bodies two sources name, now in the reference data with their names in the page's language (b6_et, m2_et;
    # b3_lt, m2_lt, d2_lt; the HCNM in Latvian: j3_lv, m1_lv)
    ("Uudised\nKonverents Tallinnas\nTallinn, 13. märts 2026\nRahvusvahelise Kaitseuuringute Keskuse analüütik "
     "rääkis OSCE tulevikust. Eesti toetab OSCE-d.\n", "International Centre for Defence and Security"),
    ("Naujienos\nDiskusija Vilniuje\nVilnius, 2026 m. kovo 13 d.\nRytų Europos studijų centro ekspertai kalbėjo "
     "apie ESBO. Lietuva remia ESBO.\n", "Eastern Europe Studies Centre"),
    ("Ziņas\nKomisārs Rīgā\nRīga, 2026. gada 13. martā\nEDSO Augstais komisārs nacionālo minoritāšu jautājumos "
     "tikās ar ministru. Latvija atbalsta EDSO.\n", "OSCE High Commissioner on National Minorities"),
    # rows helper L wrote (its issuer's lines): the RFoM in Croatian and Turkish, the HCNM in Spanish
    ("Vijesti\nIzjava\nZagreb, 14. ožujka 2026.\nPredstavnik OESS-a za slobodu medija osudio je napad. Hrvatska je "
     "članica OESS-a.\n", "OSCE Representative on Freedom of the Media"),
    ("Haberler\nAçıklama\nAnkara, 14 Mart 2026\nAGİT Medya Özgürlüğü Temsilcisi saldırıyı kınadı. Türkiye AGİT "
     "üyesidir.\n", "OSCE Representative on Freedom of the Media"),
    ("Noticias\nDeclaración\nMadrid, 14 de marzo de 2026\nEl Alto Comisionado de la OSCE para las Minorías "
     "Nacionales visitó España.\n", "OSCE High Commissioner on National Minorities"),
    # bodies lines b, w, y (English names only) name in the page's language, which the head-noun rule now gives as
    # written: their English names by the reference data (b4_pl, w1_bs, y1_sq, b6_bg)
    ("Wiadomości\nSpotkanie w Gdyni\nGdynia, 21 marca 2026\nW spotkaniu uczestniczyli przedstawiciele Fundacji "
     "Solidarności Międzynarodowej. Polska wspiera OBWE.\n", "Solidarity Fund PL"),
    ("Vijesti\nSastanak u Mostaru\nMostar, 21. mart 2026.\nGovorili su predstavnici Fondacije Mediacentar. BiH je "
     "članica OSCE-a.\n", "Mediacentar Sarajevo"),
    # the Diplomatic Academy of Vienna in the dative (d1_de, m2_de)
    ("Presse\nSeminar\nWien, 27. März 2026\nEs diskutierten Vertreter der Diplomatischen Akademie Wien über die "
     "OSZE.\n", "Diplomatic Academy of Vienna"),
])
def test_bodies_in_the_reference_data_by_their_names_here(text, body):
    assert body in _organizations(text)


def test_a_sentences_first_word_and_a_common_noun_are_no_body():
    # "Qonağı universitetin rektoru qarşılayıb" (m3_az): the guest, the university's rector; a quoted name after
    # the head keeps it ("Софийският университет „Св. Климент Охридски“", f2_bg)
    text = ("Xəbərlər\nGörüş\nGəncə, 17 mart 2026\nATƏT nümayəndəsi Gəncə Dövlət Universitetində olub. Qonağı "
            "universitetin rektoru qarşılayıb. Azərbaycan ATƏT-in üzvüdür.\n")
    assert not [o for o in _organizations(text) if o.startswith("Qonağı")]


@pytest.mark.parametrize("text, body", [
    # the OSCE's decision-making bodies and institutions in more of the region's languages (lines c, f, h, j, k, m,
    # v, x: Ukrainian, Latvian, Spanish, Hungarian, Finnish, Estonian, Slovak, Polish, German)
    ("Новини\nЗасідання у Відні\nКиїв, 18 березня 2026\nМіністр виступив на засіданні Ради міністрів ОБСЄ у Відні.\n",
     "OSCE Ministerial Council"),
    ("Hírek\nÜlés Bécsben\n2026. március 18.\nA miniszter az EBESZ Állandó Tanácsának ülésén beszélt.\n",
     "OSCE Permanent Council"),
    ("Uutiset\nKokous Wienissä\nHelsinki 18.3.2026\nMinisteri osallistuu ETYJ:n ministerineuvoston kokoukseen.\n",
     "OSCE Ministerial Council"),
    ("Správy\nKomisár v Nitre\nNitra 18. marca 2026\nVysoký komisár OBSE pre národnostné menšiny navštívil Nitru.\n",
     "OSCE High Commissioner on National Minorities"),
])
def test_osce_bodies_in_more_languages(text, body):
    assert body in _organizations(text)


def test_a_turkic_body_named_after_a_person():
    # "әл-Фараби атындағы", "Л.Н. Гумилев атындағы" before the body's name is part of it (i3_kk, j1_kk, m3_kk)
    text = ("Жаңалықтар\nСеминар\nАстана, 19 наурыз 2026\nСеминар Л.Н. Гумилев атындағы Еуразия ұлттық "
            "университетімен бірлесіп өтті. Қазақстан ЕҚЫҰ мүшесі.\n")
    assert "Л.Н. Гумилев атындағы Еуразия ұлттық университеті" in _organizations(text)


@pytest.mark.parametrize("text, body", [
    # a head in its base form: a capitalised head with a lower-case complement closed by a relative pronoun (j3_sl), a
    # Hungarian name before its head (i2_hu)
    ("Novice\nObisk v Ljubljani\nLjubljana, 20. marca 2026\nObiskal je tudi Inštitut za medijsko pismenost, ki "
     "izvaja programe za mlade. Slovenija podpira OVSE.\n", "Inštitut za medijsko pismenost"),
    ("Hírek\nVálasztás Újvidéken\n2026. március 20.\nA választást a Vajdasági Zöld Párt nyerte. Szerbia az EBESZ "
     "tagja.\n", "Vajdasági Zöld Párt"),
])
def test_a_head_in_its_base_form(text, body):
    assert body in _organizations(text)


@pytest.mark.parametrize("text, body, gone", [
    # a kind's noun, a name and "and" before a second body: the name stops (m3_hr "udruge GONG i Kuće ljudskih prava")
    ("Vijesti\nSastanak u Osijeku\nOsijek, 24. ožujka 2026.\nSastanku su prisustvovali predstavnici udruge Zora i "
     "Kuće mira Osijek. Hrvatska je članica OESS-a.\n", "Zora", "Zora i Kuće"),
    # an English acronym defined after a network's name in another language (m3_sq, with m1_en's BIRN)
    ("Lajme\nTrajnim në Durrës\nDurrës, 24 mars 2026\nTrajnimin e organizoi Rrjeti Evropian i Gazetarisë Investigative "
     "(EIRN). Shqipëria mbështet OSBE-në.\n", "EIRN", None),
    # the RFoM in Serbian with the acronym's case ending (m2_sr)
    ("Vesti\nIzjava\nBeograd, 24. mart 2026.\nPredstavnik OEBS-a za slobodu medija osudio je napad. Srbija je "
     "članica OEBS-a.\n", "OSCE Representative on Freedom of the Media", None),
])
def test_names_after_kind_acronym_and_case(text, body, gone):
    bodies = _organizations(text)
    assert body in bodies and gone not in bodies

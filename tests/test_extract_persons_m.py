"""Issue 11, session 9 (helper M): persons back in the nominative by the page's language, and institution words
that are no person. Texts of our own; each rule is needed by pages of two sources or more (lines i, j, m, x), or
is the grammar of a language (said so)."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract import read_text


def _persons(text: str) -> list[str]:
    return sorted(p.name for p in read_text(text, "page.txt").records[0].persons)


@pytest.mark.parametrize("text, persons", [
    # Latvian: a man's name in the accusative and genitive (m1_lv, x8_lv)
    ("Rīgas Vēstnesis\nEDSO pārstāvis tikās ar Latvijas delegāciju\nRīga, 2026. gada 3. martā\n"
     "Sanāksmē piedalījās arī ārlietu ministrs, kurš tikās ar vēstnieku Jāni Kalniņu. Pēc Andra Ozola teiktā, "
     "Latvija atbalsta EDSO darbu un tās misijas reģionā.\n", ["Andris Ozols", "Jānis Kalniņš"]),
    # Lithuanian: a man's name in the genitive, a family name in -a (m2_lt, i1_lt)
    ("Vilniaus žinios\nESBO atstovai lankėsi Vilniuje\nVilnius, 2026 m. kovo 4 d.\n"
     "Pasak profesoriaus Tomo Vaitkaus, ESBO vaidmuo regione išlieka svarbus. Lietuva remia organizacijos "
     "darbą, pabrėžė diplomatas.\n", ["Tomas Vaitkus"]),
    # Albanian: a family name in the ablative or genitive (m3_sq, i2_sq)
    ("Lajme\nOSBE dhe gazetarët\nTiranë, 5 mars 2026\nSipas Arben Bashës, gazetarët kanë nevojë për mbrojtje. "
     "Edhe Ilir Kurtit i u dha çmimi nga Presenca e OSBE-së në Shqipëri.\n", ["Arben Basha", "Ilir Kurti"]),
    # Slovene and Croatian: a foreign family name in -u with the j of its declension (i1_sl, j3_sl)
    ("Novice\nGeneralni sekretar v Ljubljani\nLjubljana, 6. marca 2026\nMinistrica je sprejela generalnega "
     "sekretarja OVSE Feriduna Sinirlioğluja. Pogovarjala sta se o Ukrajini.\n", ["Feridun Sinirlioğlu"]),
    # Russian: a Turkish family name in -у does not decline after a given name in the genitive (j3_ru)
    ("Новости\nЛавров о встрече в Вене\nМосква, 7 марта 2026\nМинистр напомнил о назначении генерального "
     "секретаря ОБСЕ Феридуна Синирлиоглу, представлявшего Турцию.\n", ["Феридун Синирлиоглу"]),
    # Polish: an Italian family name in -i declined as an adjective (grammar; j2_pl)
    ("Wiadomości\nNowa dyrektor biura OBWE\nWarszawa, 8 marca 2026\nNowa dyrektor zastąpi Włocha Matteo "
     "Mecacciego, którego kadencja upłynęła w grudniu.\n", ["Matteo Mecacci"]),
    # Slovene, Croatian: "Marka" is Marko's, "Tončija" Tonči's (m2_sl, f4_sl, m3_hr)
    ("Novice\nVolitve v Sloveniji\nMaribor, 9. marca 2026\nPo besedah Marka Kranjca so volitve potekale mirno. "
     "Slovenija je povabila opazovalce OVSE.\n", ["Marko Kranjc"]),
    ("Vijesti\nIzbori u Hrvatskoj\nZagreb, 9. ožujka 2026.\nPrema riječima Tončija Barišića, izborni sustav "
     "treba promijeniti. Hrvatska je pozvala promatrače OESS-a.\n", ["Tonči Barišić"]),
    # Estonian: a family name in -s in the genitive before "sõnul" (m2_et)
    ("Uudised\nOSCE büroo Tallinnas\nTallinn, 10. märts 2026\nAnalüütiku Peeter Ilvese sõnul on Eesti valmis "
     "vaatlejaid vastu võtma.\n", ["Peeter Ilves"]),
    # Azerbaijani: a woman's family name in -ova is as written (m3_az)
    ("Xəbərlər\nATƏT nümayəndəsi Bakıda\nBakı, 11 mart 2026\nNümayəndə deputat Aygün Məmmədova ilə də görüşüb. "
     "Azərbaycan ATƏT-in üzvüdür.\n", ["Aygün Məmmədova"]),
])
def test_a_name_in_a_case_back_in_the_nominative(text, persons):
    assert _persons(text) == persons


@pytest.mark.parametrize("text, persons", [
    # the same person in two cases is one, under the form the text gives first (m2_sl, m2_sk, m3_az, j1_hy)
    ("Novice\nDirektorica ODIHR v Celju\nCelje, 2. aprila 2026\nDirektorica urada Maria Telalian je obiskala "
     "Celje. Z Mario Telalian se je pogovarjal tudi župan.\n", ["Maria Telalian"]),
    ("Správy\nKomisár OBSE v Košiciach\nKošice 3. apríla 2026\nVysoký komisár Christophe Kamp navštívil Košice. "
     "S Christophom Kampom diskutoval aj primátor.\n", ["Christophe Kamp"]),
    ("Xəbərlər\nGörüş\nBakı, 4 aprel 2026\nGörüşdə sədr Rəşad Məcid də iştirak edib. Rəşad Məcidin sözlərinə "
     "görə, islahatlar davam edir.\n", ["Rəşad Məcid"]),
])
def test_one_person_in_two_cases_is_one(text, persons):
    assert _persons(text) == persons


@pytest.mark.parametrize("text, gone", [
    # institution words in oblique cases read as a person (j2_hu, m1_hu, a3_hu, k5_hu ...; j1_ro, m1_ro; m2_et;
    # j3_lv; j3_az; a masthead "Rádio ..." m1_cs)
    ("Hírek\nAz EBESZ főtitkára Bécsben\n2026. április 5.\nFeridun Sinirlioğlu, az Európai Biztonsági és "
     "Együttműködési Szervezet főtitkára kedden Bécsben tárgyalt.\n", "Együttműködési"),
    ("Știri\nMisiunea OSCE la Chișinău\nChișinău, 6 aprilie 2026\nExperții au vizitat sediul Poliției de "
     "Frontieră împreună cu Ion Munteanu, expert la misiune.\n", "Frontier"),
    ("Uudised\nOSCE Tartus\nTartu, 7. aprill 2026\nDirektor Maria Telalian kohtus teisipäeval Tartu Ülikooli "
     "rektoriga.\n", "Ülikool"),
    ("Rádio Jih | Zprávy\nDomov | Svět\nOBSE v Ostravě\nOstrava, 8. dubna 2026\nGenerální tajemník OBSE Feridun "
     "Sinirlioğlu navštívil Ostravu.\n", "Rádi"),
])
def test_institution_words_are_no_person(text, gone):
    assert not [p for p in _persons(text) if gone in p]


@pytest.mark.parametrize("text, gone", [
    # a German noun phrase with "der" (m2_de, e6_de) and a Romance place after "di", "della" (m3_it, v7_it)
    ("Presse\nSeminar in Graz\nGraz, 9. April 2026\nDie Ministerin sprach über die Lage der Medien in Europa "
     "und die Arbeit der OSZE.\n", "Lage der Medien"),
    ("Notizie\nL'OSCE a Trieste\nTrieste, 9 aprile 2026\nIl Segretario generale dell'OSCE Feridun Sinirlioğlu ha "
     "visitato l'Università degli Studi di Trieste giovedì.\n", "di Trieste"),
])
def test_a_noun_phrase_with_an_article_is_no_person(text, gone):
    assert gone not in _persons(text)


@pytest.mark.parametrize("text, persons", [
    # a rector's or a Kazakh post before a name (m3_kk, g1_kk, x2_kk; a rector in Russian: u1_ru)
    ("Жаңалықтар\nКездесу\nАлматы, 15 наурыз 2026\nҚонақты университет ректоры Ерлан Сыдықов қарсы алды. Кездесуге "
     "одақ төрағасы Бауыржан Омаров қатысты.\n", ["Бауыржан Омаров", "Ерлан Сыдықов"]),
])
def test_a_post_before_a_name_in_more_languages(text, persons):
    assert _persons(text) == persons


def test_kazakh_body_words_are_no_name():
    # "Республикасы Сыртқы істер министрлігі", "Тоқаев Еуропадағы ..." (a2_kk, b2_kk, x2_kk, x8_kk)
    text = ("Жаңалықтар\nМәлімдеме\nАстана, 16 наурыз 2026\nҚазақстан Республикасы Сыртқы істер министрі Ерлан "
            "Қарин мәлімдеме жасады. Ерлан Қарин Еуропадағы қауіпсіздік туралы айтты.\n")
    assert not [p for p in _persons(text) if "Сыртқы" in p or "Еуроп" in p]


def test_the_holder_right_after_an_institution_named_after_its_head():
    # "EDSO Augstais komisārs nacionālo minoritāšu jautājumos Kristofs Kamps" (m1_lv, j3_lv; t3_pl's RFoM)
    text = ("Ziņas\nKomisārs Daugavpilī\nDaugavpils, 2026. gada 22. martā\nEDSO Augstais komisārs nacionālo "
            "minoritāšu jautājumos Kristofs Kamps ceturtdien apmeklēja Daugavpili. Latvija atbalsta EDSO.\n")
    assert "Kristofs Kamps" in _persons(text)


def test_a_posts_holder_after_the_body_in_lower_case():
    # "rektor univerzity Marek Hudec" (m2_sk): session 8's "ректор Белорусского государственного университета
    # Андрей Король" in Latin script; a body named after a person stays one ("Univerzita Mateja Bela")
    text = ("Správy\nRektor v Žiline\nŽilina 23. marca 2026\nNa stretnutí bol aj rektor univerzity Peter Kováč. "
            "Slovensko podporuje OBSE.\n")
    assert "Peter Kováč" in _persons(text)


@pytest.mark.parametrize("text, gone", [
    # an editor's label closing a page names no person the page mentions (e4_ro, e5_et, j3_et, v1_bg)
    ("Uudised\nOSCE Tallinnas\nTallinn, 25. märts 2026\nOSCE peasekretär Feridun Sinirlioğlu kohtus ministriga.\n"
     "Toimetaja: Kadri Lepp\n", "Kadri Lepp"),
    ("Новини\nОССЕ в София\nСофия, 25 март 2026 г.\nГенералният секретар на ОССЕ Феридун Синирлиоглу се срещна с "
     "министъра.\nРедактор: Иван Петков\n", "Иван Петков"),
])
def test_an_editors_label_names_no_person(text, gone):
    assert gone not in _persons(text)


def test_an_editor_in_the_text_is_a_person():
    # "its editor Rinat Tukhvatshin said" (y6_en): no label, a person
    text = ("News\nKloop abroad\nBishkek, 25 March 2026\nThe outlet has continued to publish from abroad, its editor "
            "Aibek Sultanov said.\n")
    assert "Aibek Sultanov" in _persons(text)


@pytest.mark.parametrize("word, state", [
    # Hungarian case forms the reference data made none of: the delative "-ról/-ről" and the instrumental that
    # doubles a final consonant (m1_hu: "Ukrajnáról"; grammar)
    ("Ukrajnáról", "Ukraine"), ("Szerbiáról", "Serbia"), ("Oroszországgal", "Russian Federation"),
])
def test_hungarian_case_forms_of_states(word, state):
    text = f"Hírek\nCím\n2026. március 26.\nA miniszter {word} beszélt az EBESZ ülésén Bécsben.\n"
    assert state in read_text(text, "page.txt").records[0].states

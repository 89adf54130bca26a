"""Persons in shapes and languages no page of the shared folders was read for (issue 11).

Every sentence here is ours (the facts, who holds which post, are public). Each case names the
persons a reader would list by the gold's conventions (tests/gold/README.md): full names in the
nominative as the text writes them, in its script; no photo credits or bylines; no lone
capitalised word, heading or body's name. The cases were written before the rules that pass them
were tuned, and a second batch after the first was passing, to check that the rules carry over.
"""
from __future__ import annotations

import pytest

from osce_kg.loader.evaluation import normalize
from osce_kg.loader.extract.mentions import find_mentions
from osce_kg.loader.extract.names import FUNCTION_WORDS, fold, given_names, is_female, is_given_name, nominative
from osce_kg.loader.reference import reference

CASES = [
    ('Министр иностранных дел Сергей Лавров встретился в Москве с генеральным секретарем ОБСЕ.',
     'ru', ['Сергей Лавров']),
    ('Глава МИД провел переговоры с Сергеем Лавровым и Марией Захаровой.', 'ru', ['Мария Захарова', 'Сергей Лавров']),
    ('Встреча с послом Андреем Келиным прошла в Вене.', 'ru', ['Андрей Келин']),
    ('Minister of Foreign Affairs Ann Linde opened the session.', 'en', ['Ann Linde']),
    ('Minister Spraw Zagranicznych Zbigniew Rau przewodniczył posiedzeniu Rady Stałej.', 'pl', ['Zbigniew Rau']),
    ('Spotkanie z Sebastianem Kurzem odbyło się w Łodzi. Rozmawiano także z Heleną Schmid.',
     'pl', ['Helena Schmid', 'Sebastian Kurz']),
    ('Prezydent Andrzej Duda podziękował za wizytę.', 'pl', ['Andrzej Duda']),
    ('Ministar spoljnih poslova Ivica Dačić sastao se sa šefom misije.', 'sr-Latn', ['Ivica Dačić']),
    ('Razgovor sa Ivicom Dačićem vodio je šef kancelarije.', 'sr-Latn', ['Ivica Dačić']),
    ('Prezident İlham Əliyev ATƏT-in nümayəndə heyətini qəbul edib.', 'az', ['İlham Əliyev']),
    ('Xarici işlər naziri Ceyhun Bayramov görüşdə çıxış edib.', 'az', ['Ceyhun Bayramov']),
    ("Cumhurbaşkanı Recep Tayyip Erdoğan'ın açıklaması bekleniyor.", 'tr', ['Recep Tayyip Erdoğan']),
    ('M. Thomas Greminger a rencontré Mme Helga Schmid à Vienne.', 'fr', ['Helga Schmid', 'Thomas Greminger']),
    ('Le ministre Jean Asselborn a salué la décision.', 'fr', ['Jean Asselborn']),
    ('Il ministro Luigi Di Maio ha incontrato il presidente Sergio Mattarella.',
     'it', ['Luigi Di Maio', 'Sergio Mattarella']),
    ('Außenministerin Annalena Baerbock traf den Botschafter in Wien.', 'de', ['Annalena Baerbock']),
    ('Die Gespräche führte Karin Kneissl mit der Delegation aus Kiew.', 'de', ['Karin Kneissl']),
    ('Kryeministri Edi Rama dhe ministrja Olta Xhaçka pritën delegacionin.', 'sq', ['Edi Rama', 'Olta Xhaçka']),
    ('Міністр закордонних справ Дмитро Кулеба зустрівся з Фолькером Турком.', 'uk', ['Дмитро Кулеба', 'Фолькер Турк']),
    ('Ministrul Bogdan Aurescu a avut o întrevedere cu Nicu Popescu.', 'ro', ['Bogdan Aurescu', 'Nicu Popescu']),
    ('De minister Wopke Hoekstra sprak met de secretaris-generaal.', 'nl', ['Wopke Hoekstra']),
    ('El ministro José Manuel Albares viajó a Viena.', 'es', ['José Manuel Albares']),
    ('Participants of the seminar in Dushanbe. (OSCE/Firuz Rahimov)\nThe seminar closed on Friday.', 'en', []),
    ('Photo: Maria Ionescu\nThe OSCE Mission supported the training.', 'en', []),
    ('By Daniel Weber\nVIENNA, 3 May 2021 - The Permanent Council met today.', 'en', []),
    ('Фото: Андрей Смирнов\nВ Бишкеке прошел семинар.', 'ru', []),
    ('Autor: Jan Kowalski\nW Warszawie odbyła się konferencja.', 'pl', []),
    ('Security Day\nThe conference discussed Cyber Security and Human Dimension issues.', 'en', []),
    ('Latest News\nRelated Stories\nThe Mission welcomed the new law.', 'en', []),
    ('Pristina Declaration was adopted by Kosovo Assembly in June.', 'en', []),
    ('Grant Agreement Signed Between Mission And Municipality', 'en', []),
    ('Međunarodna Konferencija o Bezbednosti održana je u Beogradu.', 'sr-Latn', []),
    ('Vlada Crne Gore usvojila je Strategiju.', 'sr-Latn', []),
    ('Die Bundesregierung begrüßt die Entscheidung der Ständigen Vertretung.', 'de', []),
    ('Nadležni Organi su podneli Izveštaj.', 'sr-Latn', []),
    ("Les Droits de l'Homme sont au cœur de la Dimension humaine.", 'fr', []),
    ('Ambassador Clemens Koja, Head of the Mission, said the reform was welcome.', 'en', ['Clemens Koja']),
    ('The report was presented by Maria Teresa Giancola and Jean-Paul Martin.',
     'en', ['Jean-Paul Martin', 'Maria Teresa Giancola']),
    ('Speakers included Dr. Anna K. Novak of Charles University.', 'en', ['Anna K. Novak']),
    ('Vesna Petrović, a journalist from Novi Sad, received the award.', 'en', ['Vesna Petrović']),
    ('Ursula von der Leyen and Charles Michel met the Chairperson.', 'en', ['Charles Michel', 'Ursula von der Leyen']),
    ('Kassym-Jomart Tokayev received the delegation in Astana.', 'en', ['Kassym-Jomart Tokayev']),
    ('Председатель ЦИК Элла Памфилова заявила, что выборы прошли спокойно. По словам Памфиловой, нарушений нет.',
     'ru', ['Элла Памфилова']),
    ('Делегацию возглавил Николай Бордюжа, генеральный секретарь ОДКБ.', 'ru', ['Николай Бордюжа']),
    ('В Душанбе прибыл Специальный представитель Европейского союза Терхи Хакала.', 'ru', ['Терхи Хакала']),
    ('Читайте также\nНовости партнеров\nКурс валют\nЕвро 98,20\nВ Минске открылась выставка.', 'ru', []),
    ('Посол Германии Кристиан Бук вручил награды. Вместе с Анной Ивановой он посетил школу.',
     'ru', ['Анна Иванова', 'Кристиан Бук']),
    ('Голова місії Ламберто Дзаньєр провів зустріч із Петром Порошенком.',
     'uk', ['Ламберто Дзаньєр', 'Петро Порошенко']),
    ('Wiceminister Marcin Przydacz rozmawiał z przedstawicielką ODIHR Katarzyną Gardapchadze.',
     'pl', ['Katarzyna Gardapchadze', 'Marcin Przydacz']),
    ('Zdjęcie: Piotr Nowak / PAP\nPosiedzenie odbyło się w Warszawie.', 'pl', []),
    ('Šef Misije OEBS u Skoplju Kilian Wahl izjavio je da su izbori bili mirni.', 'sr-Latn', ['Kilian Wahl']),
    ('Na sastanku su učestvovali Dragan Čović i Željko Komšić.', 'bs', ['Dragan Čović', 'Željko Komšić']),
    ('Foto: Amer Kapetanović\nU Sarajevu je održana konferencija.', 'bs', []),
    ('Kryetari i Kuvendit Gramoz Ruçi priti ambasadorin Vincent Degert.', 'sq', ['Gramoz Ruçi', 'Vincent Degert']),
    ('Mehmet Ali Yılmaz, AGİT Daimi Temsilcisi, toplantıya katıldı.', 'tr', ['Mehmet Ali Yılmaz']),
    ('Bundeskanzler Olaf Scholz und Staatssekretär Jörg Kukies sprachen in Berlin.',
     'de', ['Jörg Kukies', 'Olaf Scholz']),
    ('Die Europäische Kommission und der Europäische Rat berieten über die Östliche Partnerschaft.', 'de', []),
    ('Laut Angaben von Maria Zakharova, Sprecherin des Außenministeriums, wurde die Reise abgesagt.',
     'de', ['Maria Zakharova']),
    ("Selon Josep Borrell, Haut représentant de l'Union, la situation reste tendue.", 'fr', ['Josep Borrell']),
    ("La Représentante pour la liberté des médias, Teresa Ribeiro, a condamné l'attaque.", 'fr', ['Teresa Ribeiro']),
    ('Secondo Antonio Tajani, la Presidenza italiana sosterrà il dialogo.', 'it', ['Antonio Tajani']),
    ('Preşedintele Maia Sandu a primit delegaţia condusă de Bujar Osmani.', 'ro', ['Bujar Osmani', 'Maia Sandu']),
    ('Ο Υπουργός Εξωτερικών Νίκος Δένδιας συναντήθηκε με τον Γενικό Γραμματέα.', 'el', ['Νίκος Δένδιας']),
    ('Share on Facebook\nShare on Twitter\nWhatsApp\nThe Minister said talks with Armenia would go on.', 'en', []),
    ('Reporting by Anna Smith; Editing by John Stonestreet\nThe OSCE said monitors were withdrawn.', 'en', []),
    ('KYIV (Reuters) - Ukrainian Foreign Minister Dmytro Kuleba said on Monday the monitors must stay.',
     'en', ['Dmytro Kuleba']),
    ('Human Rights Watch researcher Tanya Lokshina documented the cases.', 'en', ['Tanya Lokshina']),
    ("The Organization's Secretary General, Feridun Sinirlioğlu, took office in 2020.", 'en', ['Feridun Sinirlioğlu']),
    ('Click here to subscribe\nPrivacy Policy\nTerms of Use\nContact Us', 'en', []),
    ('Western Balkans Summit\nEastern Partnership Countries\nSouth Caucasus Region', 'en', []),
    ('Marija Pejčinović Burić, Secretary General of the Council of Europe, welcomed the move.',
     'en', ['Marija Pejčinović Burić']),
    ('Also present were MPs Pia Kauma and Kyriakos Hadjiyianni.', 'en', ['Kyriakos Hadjiyianni', 'Pia Kauma']),
    ('Andreas Papandreou Street was closed during the visit.', 'en', []),
    ('Saint Petersburg State University hosted Victoria Nuland.', 'en', ['Victoria Nuland']),
]


def persons(text: str, language: str) -> set[str]:
    return {normalize(p.name) for p in find_mentions(text, reference(), language).persons}


@pytest.mark.parametrize("text, language, expected", CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_persons_in_many_languages(text, language, expected):
    assert persons(text, language) == {normalize(e) for e in expected}


def test_f1_over_all_cases_is_above_the_issue_target():
    """The cases as one small unseen set: F1 over them is at least 0.85 (the issue's target)."""
    tp = fp = fn = 0
    for text, language, expected in CASES:
        got, want = persons(text, language), {normalize(e) for e in expected}
        tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
    assert 2 * tp / (2 * tp + fp + fn) >= 0.85


def test_dictionary_is_there_and_covers_the_region():
    names = given_names()
    assert len(names) > 15_000
    for name in ("Сергей", "Sergey", "Ilham", "İlham", "Željko", "Ivica", "Bujar", "Olta", "Dmytro", "Дмитро",
                 "Katarzyna", "Frank-Walter", "Kairat", "Ceyhun"):
        assert is_given_name(name), name


def test_function_words_are_not_given_names():
    assert fold("Secondo") in {fold(w) for w in FUNCTION_WORDS}
    for word in ("Secondo", "Laut", "Par", "Sabah", "Der", "The", "Na"):
        assert not is_given_name(word), word


def test_gender_decides_whether_a_family_name_declines():
    assert is_female("Katarzyna") and not is_female("Ivica") and not is_female("Jan")
    assert nominative(["Katarzyną", "Gardapchadze"], "pl") == ["Katarzyna", "Gardapchadze"]
    assert nominative(["Ivicom", "Dačićem"], "sr-Latn") == ["Ivica", "Dačić"]
    assert nominative(["Сергеем", "Лавровым"], "ru") == ["Сергей", "Лавров"]
    assert nominative(["Марией", "Захаровой"], "ru") == ["Мария", "Захарова"]
    assert nominative(["Петром", "Порошенком"], "uk") == ["Петро", "Порошенко"]


def test_a_name_in_the_nominative_is_left_alone():
    assert nominative(["Ivana", "Petrović"], "hr") is None
    assert nominative(["Мария", "Захарова"], "ru") is None


def test_parsed_dictionary_is_cached_and_a_bad_cache_is_ignored(tmp_path, monkeypatch):
    from osce_kg.loader.extract import names

    monkeypatch.setenv("OSCE_KG_CACHE_DIR", str(tmp_path))
    names._dictionary.cache_clear()
    try:
        first = names._dictionary()
        files = list(tmp_path.glob("given-names-*.txt"))
        assert len(files) == 1 and files[0].read_text("utf-8").startswith(names._CACHE_HEADER)
        names._dictionary.cache_clear()
        assert names._dictionary() == first                  # read back from the cache
        files[0].write_text("something else\nzzzz\n", "utf-8")
        names._dictionary.cache_clear()
        assert names._dictionary() == first                  # a foreign file is parsed over
        assert "zzzz" not in names._dictionary()[0]
    finally:
        names._dictionary.cache_clear()


@pytest.mark.parametrize("text, language", [
    ("Rruga Ibrahim Rugova u mbyll për trafik.", "sq"),
    ("Ulica Maria Konopnicka została zamknięta.", "pl"),
    ("Fondacija Ivo Andrić i Centar Nikola Tesla organizovali su izložbu.", "sr-Latn"),
    ("The school named after Ivo Andrić reopened.", "en"),
])
def test_a_street_or_body_named_after_a_person_is_no_mention_of_them(text, language):
    assert persons(text, language) == set()


@pytest.mark.parametrize("text, language, expected", [
    ("Prezident İlham Əliyevin ATƏT nümayəndə heyəti ilə görüşü olub.", "az", {"İlham Əliyev"}),
    ("Nazir Ceyhun Bayramovla görüşdə Helqa Şmid iştirak edib.", "az", {"Ceyhun Bayramov", "Helqa Şmid"}),
    ("Premier Mateusz Morawiecki powiedział, że rozmowy trwają.", "pl", {"Mateusz Morawiecki"}),
    ("ირაკლი კობახიძემ განაცხადა, რომ გიორგი მარგველაშვილის ვიზიტი შედგა.", "ka",
     {"ირაკლი კობახიძე", "გიორგი მარგველაშვილი"}),
    ("პრემიერ-მინისტრი ირაკლი კობახიძე შეხვდა. შეხვედრას ესწრებოდა სალომე ზურაბიშვილი.", "ka",
     {"ირაკლი კობახიძე", "სალომე ზურაბიშვილი"}),
    ("ეუთოს მისია საქართველოში. დავით აღმაშენებლის გამზირი.", "ka", set()),
    ("Premiul Ion Creangă a fost acordat.", "ro", set()),
])
def test_turkic_suffixes_georgian_script_and_posts_as_titles(text, language, expected):
    assert persons(text, language) == {normalize(e) for e in expected}


@pytest.mark.parametrize("text", [
    "Shops closed during Kurban Bayram holidays.", "Santa Claus arrived in Vienna.",
    "They met at the Saint Sava Temple.",
    "An Amber Alert was issued.", "The Alexander Nevsky Cathedral was lit.", "It was the Rose Revolution again.",
])
def test_a_given_name_starting_a_holiday_building_or_event_is_no_person(text):
    assert persons(text, "en") == set()


def test_a_family_name_ending_like_a_plural_of_a_non_name_word_is_kept():
    assert persons("Isabel Santos said the vote was fair.", "en") == {"isabel santos"}


def test_region_names_the_dictionary_lacks_come_from_the_data_file():
    from osce_kg.loader.extract import names

    assert "emomali" in names._region_names() and "emomali" not in names._dictionary()[0]
    assert persons("Президент Эмомали Рахмон принял делегацию.", "ru") == {normalize("Эмомали Рахмон")}


def test_a_name_the_dictionary_lacks_loses_the_case_ending_its_words_share():
    assert persons("Rozmawiał z dyrektorem ODIHR Mattejem Spasovskim o wyborach.", "pl") == {"mattej spasovski"}

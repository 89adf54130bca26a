"""Issue 11, session 10 (helper F): fields of work on pages the rules had not seen (line o's misses). Each page
here is a short one of our own in the shape the rule reads; every test failed on the code before its rule."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract import read_text


def _fields(text: str) -> list[str]:
    return read_text(text, "page.txt").records[0].fields_of_work


# a topic printed in the page's language is the site's canonical field (osce.org publishes its topics in de, fr,
# it, es, ru; the field offices in the host's languages): line o's ro, ru, de, sq pages and the shared other_014
LANGUAGE_PAGES = [
    ("Misiunea OSCE în Moldova\nDomenii de activitate:\nDrepturile omului\n"
     "CHIȘINĂU, 3 martie 2024 – Misiunea a organizat astăzi un seminar pentru avocați la Chișinău.\n",
     ["Human rights"]),
    ("Секретариат ОБСЕ\nНаправления деятельности:\nПограничный контроль\n"
     "ДУШАНБЕ, 5 мая 2019 г. — Семинар для пограничников открылся сегодня в Душанбе.\n",
     ["Border management"]),
    ("OSZE-Vorsitz\nTätigkeitsbereiche:\nKonfliktverhütung und -lösung\n"
     "WIEN, 4. Juni 2015 – Der Vorsitz begrüßte heute in Wien die Wiederaufnahme der Gespräche.\n",
     ["Conflict prevention and resolution"]),
    ("Prezenca e OSBE-së në Shqipëri\nFushat e punës: Sundimi i ligjit\n"
     "TIRANË, 9 shkurt 2021 – Prezenca mbajti sot në Tiranë një takim me gjyqtarët e rinj.\n",
     ["Rule of law"]),
    ("Bureau des institutions démocratiques et des droits de l'homme\nDomaines d'activité : Égalité des sexes\n"
     "VARSOVIE, 8 mars 2020 – Le Bureau a présenté aujourd'hui à Varsovie un guide pour les partis politiques.\n",
     ["Gender equality"]),
]


# the labels the loader already reads in Macedonian, Bulgarian and Turkish, with the topics in the same language
LANGUAGE_PAGES += [
    ("Мисија на ОБСЕ во Скопје\nОбласти на работа:\nВладеење на правото\nЧовекови права\n"
     "СКОПЈЕ, 6 мај 2021 – Мисијата денес одржа обука за судии во Скопје.\n", ["Rule of law", "Human rights"]),
    ("ОССЕ\nОбласти на дейност:\nБорба с трафика на хора\n"
     "СОФИЯ, 12 октомври 2020 г. – Експерти от региона се срещнаха днес в София.\n",
     ["Combating trafficking in human beings"]),
    ("AGİT Sekreteryası\nÇalışma alanları:\nSınır yönetimi\nToplumsal cinsiyet eşitliği\n"
     "VİYANA, 3 Mart 2022 – Sınır görevlileri için bir eğitim bugün Viyana'da başladı.\n",
     ["Border management", "Gender equality"]),
]


@pytest.mark.parametrize(("text", "fields"), LANGUAGE_PAGES)
def test_a_topic_in_the_pages_language_is_the_canonical_field(text, fields):
    assert _fields(text) == fields


def test_a_topic_outside_the_list_stays_as_written():
    text = ("OSCE Mission to Skopje\nFields of work: Local self-government\n"
            "SKOPJE, 2 May 2022 - The Mission held a workshop for municipal councillors today in Skopje.\n")
    assert _fields(text) == ["Local self-government"]


# one topic a line under the label: every line that is a listed field is read, the first that is not ends the list
# (line o's osce.org pages o1_en, o3_en; field offices' sites o1_sq, o2_ro, o3_ky; archived osce.org o3_it)
LIST_PAGES = [
    ("OSCE Secretariat\nFields of work:\nCountering terrorism\nCyber/ICT Security\nShare:\n"
     "VIENNA, 14 June 2023 - Experts from 30 participating States met today in Vienna to discuss online threats.\n",
     ["Countering terrorism", "Cyber/ICT Security"]),
    ("Misiunea OSCE în Moldova\nDomenii de activitate:\nDrepturile omului\nProblemele minorităților naționale\n"
     "Distribuie\nCOMRAT, 2 mai 2022 – Misiunea a organizat astăzi o întâlnire cu primarii din regiune.\n",
     ["Human rights", "National minority issues"]),
    ("OSCE Mission to Skopje\nFields of work:\nRule of law\n"
     "SKOPJE, 2 May 2022 - Human rights were the subject of a workshop for municipal councillors today.\n",
     ["Rule of law"]),
]


@pytest.mark.parametrize(("text", "fields"), LIST_PAGES)
def test_the_topics_one_a_line_under_the_label_are_all_read(text, fields):
    assert _fields(text) == fields


# the label's words on osce.org's French, Italian and Polish pages and on a field office's Kyrgyz site
# (line o's o1_fr, o3_it, o1_pl, o3_ky)
LABEL_PAGES = [
    ("Bureau des institutions démocratiques et des droits de l'homme\nDomaines d'action :\nÉlections\nPartager\n"
     "VARSOVIE, 3 mai 2021 – Le Bureau a déployé aujourd'hui une mission d'observation.\n", ["Elections"]),
    ("Presidenza OSCE\nSettori di attività:\nParità di genere\nCondividi\n"
     "ROMA, 5 marzo 2018 – La Presidenza ha ospitato oggi a Roma una conferenza sulle donne nella mediazione.\n",
     ["Gender equality"]),
    ("WARSZAWA, 16 listopada 2022 – Biuro przedstawiło dziś w Warszawie nowy podręcznik dla policji.\n"
     "Podręcznik omawia zbieranie danych o przestępstwach z nienawiści.\nTematy: Tolerancja i niedyskryminacja\n",
     ["Tolerance and non-discrimination"]),
    ("ЕККУнун Бишкектеги программалык кеңсеси\nИшмердүүлүк багыттары:\nЧек араны башкаруу\nЖаштар\n"
     "БИШКЕК, 4-апрель 2024-жыл – Кеңсе бүгүн чек ара кызматкерлери үчүн семинар өткөрдү.\n",
     ["Border management", "Youth"]),
]


@pytest.mark.parametrize(("text", "fields"), LABEL_PAGES)
def test_the_labels_words_in_more_languages(text, fields):
    assert _fields(text) == fields


# Session 10, round 3 (F3): a label line in words no layout lists, whose every value is a listed topic, is the
# page's topics block: osce.org's new layout ('Ce que nous faisons :', 'Was wir tun:', 'Что мы делаем:'), its old
# one ('Сферы деятельности:'), ODIHR's sites in Georgian and Armenian (the Armenian '՝' for a colon) and the
# field offices' sites in Kyrgyz and Tajik; the topics' names in ka, hy, tg, kk, az and Serbian in Latin letters
UNLISTED_LABEL_PAGES = [
    ("Organisation pour la sécurité et la coopération en Europe\nUne réunion sur la médiation à Vienne\n"
     "Ce que nous faisons : Prévention et règlement des conflits\n"
     "VIENNE, 4 mai 2022 – Des médiatrices de la région se sont réunies aujourd'hui à Vienne.\n",
     ["Conflict prevention and resolution"]),
    ("Центр ОБСЕ в Ашхабаде\nСеминар по охране природы\n"
     "АШХАБАД, 2 июня 2013 г. – Центр провел сегодня семинар для экологов.\n"
     "Сферы деятельности: Экологическая деятельность, Деятельность полиции\nВерсия для печати\n",
     ["Environmental activities", "Policing"]),
    ("Գրասենյակ\nԴիտորդները ներկայացրին իրենց զեկույցը\nԳործունեության ոլորտներ՝ Ընտրություններ\n"
     "Երևան, 3 ապրիլի 2017 – Դիտորդները այսօր ներկայացրին իրենց նախնական եզրակացությունները։\n",
     ["Elections"]),
    ("ეუთო\nდამკვირვებლებმა წარადგინეს ანგარიში\nსაქმიანობის სფეროები: არჩევნები, ადამიანის უფლებები\n"
     "თბილისი, 2016 წლის 9 ოქტომბერი – დამკვირვებლებმა დღეს წარადგინეს წინასწარი დასკვნები.\n",
     ["Elections", "Human rights"]),
    ("Офиси барномавии САҲА дар Душанбе\nОмӯзиш барои ҷавонон\nСоҳаҳои фаъолият: Фаъолияти экологӣ, Ҷавонон\n"
     "Душанбе, 3 марти 2022 – Офис имрӯз барои ҷавонон омӯзиш баргузор кард.\n",
     ["Environmental activities", "Youth"]),
    ("Misija OEBS-a u Srbiji\nObuka za policajce u Nišu\n"
     "Niš, 4. jun 2019. - Misija je danas završila obuku za policajce.\nOblasti rada: Policija, Izbori\n",
     ["Policing", "Elections"]),
]


@pytest.mark.parametrize(("text", "fields"), UNLISTED_LABEL_PAGES)
def test_a_label_line_of_listed_topics_is_the_topics_block(text, fields):
    assert _fields(text) == fields


def test_a_label_line_with_a_value_outside_the_list_is_no_topics_block():
    text = ("OSCE Mission to Skopje\nTraining for judges\nContent type: Press release\nVenue: Skopje, Rule of law\n"
            "SKOPJE, 3 May 2021 – The Mission trained judges today in Skopje.\n")
    assert _fields(text) == []


# a fields-of-work label alone without its colon over a column of every topic is the site's topic menu, whose
# first item the label reader took for the page's topic (osce.org's new layout, line ta's ta2_en_new; its old
# Italian layout): the page's own block alone counts, all its lines read
MENU_PAGES = [
    ("Organization for Security and Co-operation in Europe\nWhat we do\nArms control\nBorder management\n"
     "Countering terrorism\nElections\nNewsroom\nNews item\nYoung lawyers meet in Ohrid\n"
     "OHRID, 3 June 2024 – Forty young lawyers from the region met today in Ohrid.\n"
     "Fields of work:\nRule of law\nYouth\nRelated content\n", ["Rule of law", "Youth"]),
    ("OSCE - Organizzazione per la sicurezza e la cooperazione in Europa\nAree di attività\n"
     "Controllo degli armamenti\nGestione delle frontiere\nElezioni\nSala stampa\n"
     "Dichiarazione della Presidenza sulle elezioni\nROMA, 3 giugno 2018 – La Presidenza ha accolto oggi con favore "
     "lo svolgimento delle elezioni.\nAree di attività: Elezioni\nVersione stampabile\n", ["Elections"]),
]


@pytest.mark.parametrize(("text", "fields"), MENU_PAGES)
def test_a_topic_menus_first_item_is_no_topic_of_the_page(text, fields):
    assert _fields(text) == fields


def _operations(text: str) -> list[str]:
    return read_text(text, "page.txt").records[0].field_operations


# field operations by their official names in more of the region's languages and their cases: the Special Monitoring
# Mission (no name was built for it, since it shares its type and host with the closed Mission to Ukraine, whose
# shape took the SMM's Serbian name: line aa's Norwegian, Turkish, Serbian pages), the Programme Offices in Dushanbe
# and Astana in Tajik and Kazakh (the offices' own sites), the Centre in Dushanbe in Spanish
OPERATION_PAGES = [
    ("Ministarstvo spoljnih poslova\nSastanak u Beogradu\nBEOGRAD, 3. mart 2016. - Ministar je rekao da će "
     "Specijalna posmatračka misija OEBS-a u Ukrajini nastaviti rad.\n", ["OSCE Special Monitoring Mission to Ukraine"]),
    ("Министарство спољних послова\nСастанак у Београду\nБЕОГРАД, 3. март 2016. - Министар је рекао да ће "
     "Специјална посматрачка мисија ОЕБС-а у Украјини наставити рад.\n", ["OSCE Special Monitoring Mission to Ukraine"]),
    ("Dış haberler\nBüyükelçi atandı\nANKARA (AA) - AGİT Ukrayna Özel İzleme Misyonu'nun başına yeni bir büyükelçi "
     "atandı.\n", ["OSCE Special Monitoring Mission to Ukraine"]),
    ("Utenriksdepartementet\nMøte i Wien\nWIEN, 5. desember 2019 – Ministeren roste arbeidet til OSSEs spesielle "
     "overvåkingsmisjon i Ukraina.\n", ["OSCE Special Monitoring Mission to Ukraine"]),
    ("Хабарҳо\nСеминар дар Хуҷанд\nХуҷанд, 5 июни 2021 – Бо дастгирии Офиси барномавии САҲА дар Душанбе семинар "
     "баргузор шуд.\n", ["OSCE Programme Office in Dushanbe"]),
    ("Жаңалықтар\nСеминар\nАстана, 5 маусым 2021 – ЕҚЫҰ-ның Астанадағы бағдарламалық кеңсесі семинар өткізді.\n",
     ["OSCE Programme Office in Astana"]),
    ("Noticias\nVisita a Tayikistán\nDUSHANBÉ, 4 de abril de 2007 – El ministro visitó la sede del Centro de la OSCE "
     "en Dushanbé.\n", ["OSCE Centre in Dushanbe"]),
]


@pytest.mark.parametrize(("text", "operations"), OPERATION_PAGES)
def test_a_field_operations_name_in_the_regions_languages(text, operations):
    assert _operations(text) == operations


# the SMM by its type words in more languages, whatever case or spelling of its name (no listed name needed):
# 'Specijalna posmatračka misija OEBS u Ukrajini' (OEBS without '-a'), Croatian 'Posebnom promatračkom misijom OESS'
EMM_SHAPE_PAGES = [
    ("Vesti\nSastanak u Beogradu\nBEOGRAD, 3. mart 2016. - Ministar je rekao da Specijalna posmatračka misija OEBS "
     "u Ukrajini nastavlja rad.\n", ["OSCE Special Monitoring Mission to Ukraine"]),
    ("Вести\nСастанак у Београду\nБЕОГРАД, 3. март 2016. - Министар је рекао да је шеф Специјалне посматрачке мисије "
     "ОЕБС у Украјини дошао.\n", ["OSCE Special Monitoring Mission to Ukraine"]),
    ("Vijesti\nSastanak u Zagrebu\nZAGREB, 5. prosinca 2019. – Ministar se sastao s Posebnom promatračkom misijom "
     "OESS u Ukrajini.\n", ["OSCE Special Monitoring Mission to Ukraine"]),
]


@pytest.mark.parametrize(("text", "operations"), EMM_SHAPE_PAGES)
def test_the_special_monitoring_missions_type_words_in_more_languages(text, operations):
    assert _operations(text) == operations


# topics by the names osce.org's current menus and the Bosnian and Croatian sites give them ('Minority rights',
# 'Security sector governance and reform', 'Vladavina zakona', 'Prava manjina'): the canonical field
@pytest.mark.parametrize(("text", "fields"), [
    ("OSCE High Commissioner on National Minorities\nFields of work: Minority rights, Security sector governance and "
     "reform\nTHE HAGUE, 3 May 2023 – The High Commissioner visited a school in The Hague today.\n",
     ["National minority issues", "Reform and co-operation in the security sector"]),
    ("Misija OSCE-a u Bosni i Hercegovini\nOblasti djelovanja: Vladavina zakona, Prava manjina\n"
     "SARAJEVO, 3. maj 2023. - Misija je danas održala sastanak sa sudijama u Sarajevu.\n",
     ["Rule of law", "National minority issues"]),
])
def test_topics_by_the_sites_other_names(text, fields):
    assert _fields(text) == fields

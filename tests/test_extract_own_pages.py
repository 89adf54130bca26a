"""Whole pages of our own in the shapes of third-party news sites (issue 11): site chrome, a
dateline with an agency, bylines, photo credits, "read also" teasers, in Russian, German,
Polish, Albanian, Serbian, Azerbaijani, English and French. The text is ours; the people and
bodies are real. They were written after the first round of person rules and before the
organization and credit rules, to check that the rules carry over to pages nobody tuned on.

Expected persons and organizations follow tests/gold/README.md. Two persons are known misses
(given names the dictionary lacks in a Polish oblique case: "Mattejem", "Siergiejem"), so the
test holds the figures, not every name.

The q-pages were written later still, after every rule up to the Georgian names: measured once
as they came, persons F1 was 0.923 and organizations 0.500 (0.743 and 0.316 before issue 11's
third round). The rules added after that measurement (a man's name the dictionary also knows as
a woman's, continents' names in every script, the World Bank, RSF, CPJ, PACE, IMF in more
languages) were tuned on them, so these pages no longer measure reading of unseen pages.

The r-pages came last, after every rule up to the given names of Central Asia: measured once as
they came, persons F1 0.764 and organizations 0.811 (0.545 and 0.533 before issue 11's third
round); the figure that best says how the rules read pages nobody tuned on. The rules after it
(an Azerbaijani page read as English, the schwa's letter block, a patronymic address, Russian
oblique family names after an undeclined given name, bylines in Russian and Albanian, the EU in
Russian cases, the HCNM and RFoM in German) were tuned on them: 0.889 and 0.872 after.

The s-pages came after those rules: measured once as they came, persons 0.884 and organizations
0.769 (0.647 and 0.750 before the third round). Then tuned on (an interview's byline, a body's name
in the Polish genitive, a patronymic told from a family name ending alike, an acronym defined for a
name that holds a shorter known one, Endowment as a head noun, the EEAS in German): 0.977 and 1.000.

The t-pages came last, after every rule but one: measured once as they came, persons 0.930 and
organizations 0.800 (0.647 and 0.571 before the third round). Only one rule was added after them
(a post before a given name in an oblique case, "Мажилиса Ерланом Кошановым"): persons 0.977.
Pooled over the first measurement of all five sets (34 pages): persons 0.630 -> 0.875,
organizations 0.583 -> 0.726.

The u-pages were written after every rule: persons 0.970, organizations 0.774 (0.640 and 0.560
before the third round); what they missed then led only to names of the OSCE's own bodies, the
Security Council and UNHCR in more languages (organizations 0.970 after). Pooled over the first
measurements of all six sets (39 pages): persons 0.632 -> 0.887, organizations 0.579 -> 0.735.
"""
from __future__ import annotations

import sys

import pytest

from osce_kg.loader.evaluation import normalize
from own_pages import OwnPages, extract

#: file: (persons, organizations)
GOLD = {
    "p1_ru.txt": ({"Хельга Шмид", "Арарат Мирзоян", "Фуад Исмаилов"}, {"United Nations"}),
    "p2_de.txt": ({"Alexander Schallenberg", "Dmytro Kuleba", "Wolodymyr Selenskyj"},
                  {"Austria Presse Agentur", "Austrian People's Party", "United Nations", "European Union"}),
    "p3_pl.txt": ({"Zbigniew Rau", "Helga Schmid", "Mattej Spasovski", "Siergiej Ławrow", "Łukasz Jasina"},
                  {"OSCE Office for Democratic Institutions and Human Rights"}),
    "p4_sq.txt": ({"Bajram Begaj", "Michel Tarran"}, {"European Union"}),
    "p5_sr.txt": ({"Ivica Dačić", "Jan Braatu", "Maja Popović"}, set()),
    "p6_az.txt": ({"Ceyhun Bayramov", "Helqa Şmid"}, {"Azertac", "European Union"}),
    "p7_en.txt": ({"Alexander Hug", "Petro Poroshenko", "Angela Merkel"},
                  {"Reuters", "European Union", "North Atlantic Treaty Organization", "Amnesty International"}),
    "p8_fr.txt": ({"Didier Burkhalter", "Heidi Tagliavini"},
                  {"Office of the United Nations High Commissioner for Human Rights",
                   "International Committee of the Red Cross"}),
    # a second set, written after the rules above passed the first (see the module docstring)
    "q1_ru.txt": ({"Эльца Ракитан", "Нурлан Абдиров"},
                  {"Parliamentary Assembly of the Council of Europe",
                   "OSCE Office for Democratic Institutions and Human Rights"}),
    "q2_uk.txt": ({"Дмитро Кулеба", "Гельга Шмід", "Євген Цимбалюк"}, set()),
    "q3_de.txt": ({"Thomas Greminger", "Abdulaziz Kamilow", "Ingibjörg Sólrún Gísladóttir"},
                  {"Austria Presse Agentur", "World Bank", "United Nations Development Programme",
                   "OSCE Office for Democratic Institutions and Human Rights"}),
    "q4_en.txt": ({"Edi Rama", "David Zalkaliani", "Archil Talakvadze", "Erik Høeg", "Nino Lomjaria"},
                  {"European Union Monitoring Mission in Georgia"}),
    "q5_fr.txt": ({"Teresa Ribeiro", "Roman Protassevitch"},
                  {"Reporters Without Borders", "Committee to Protect Journalists",
                   "OSCE Representative on Freedom of the Media"}),
    "q6_sr.txt": ({"Јан Брату", "Нађа Ђерлек"}, {"Council of Europe"}),
    "q7_ro.txt": ({"Kelly Keiderling", "Igor Grosu"}, {"United Nations Development Programme", "European Union"}),
    # a third set, written after every rule above, measured once, then used for the rules after it
    "r1_ru.txt": ({"Алексей Рогов", "Улан Ниязбеков", "Ламберто Заньер"},
                  {"United Nations Development Programme", "European Union", "OSCE Secretariat"}),
    "r2_de.txt": ({"Karoline Edtstadler", "Marija Pejčinović Burić", "Kairat Abdrachmanow", "Heinz Fischer"},
                  {"Council of Europe", "Austrian People's Party", "OSCE High Commissioner on National Minorities",
                   "Freedom Party of Austria", "Amnesty International", "Austria Presse Agentur"}),
    "r3_pl.txt": ({"Zbigniew Rau", "Jens Stoltenberg", "Annalena Baerbock", "Agnieszka Legucka"},
                  {"North Atlantic Treaty Organization", "Polish Press Agency",
                   "Polish Institute of International Affairs"}),
    "r4_sq.txt": ({"Michael Davenport", "Avdullah Hoti", "Albin Kurti", "Vjosa Osmani"}, {"Vetëvendosje"}),
    "r5_az.txt": ({"İqor Popov", "Stefan Viskonti", "Endryu Şofer", "Elmar Məmmədyarov", "Anjey Kaspşik",
                   "İlham Əliyev"},
                  {"OSCE Minsk Group"}),
    "r6_en.txt": ({"Tana de Zulueta", "Tamar Zhvania"},
                  {"OSCE Office for Democratic Institutions and Human Rights", "Georgian Dream – Democratic Georgia",
                   "United National Movement", "Transparency International Georgia",
                   "International Society for Fair Elections and Democracy"}),
    "r7_fr.txt": ({"Thomas Greminger", "Pavel Filip", "Igor Dodon", "Claus Neukirch"},
                  {"Council of Europe", "European Union"}),
    # a fourth set, written after every rule above, measured once, then used for the rules after it
    "s1_sr.txt": ({"Ana Brnabić", "Jan Braatu", "Maja Popović"},
                  {"Council of Europe", "European Union", "OSCE Office for Democratic Institutions and Human Rights",
                   "Tanjug"}),
    "s2_de.txt": ({"Helga Maria Schmid", "Catherine Ashton", "Federica Mogherini", "Lawrow", "Margareta Cederfelt"},
                  {"European External Action Service", "OSCE Parliamentary Assembly"}),
    "s3_en.txt": ({"Feridun H. Sinirlioğlu", "Didier Burkhalter", "Heidi Grau"},
                  {"Stockholm International Peace Research Institute", "Carnegie Endowment for International Peace",
                   "European Council on Foreign Relations", "OSCE Secretariat"}),
    "s4_ru.txt": ({"Сергей Лавров", "Томас Гремингер", "Александр Грушко", "Александр Лукашевич"},
                  {"Council of Europe"}),
    "s5_pl.txt": ({"Elżbieta Witek", "Margareta Cederfelt", "Matteo Mecacci"},
                  {"OSCE Parliamentary Assembly", "OSCE Office for Democratic Institutions and Human Rights",
                   "Council of Europe"}),
    "s6_sq.txt": ({"Igli Hasani", "Michel Tarran", "Megi Fino"}, {"Council of Europe"}),
    # a fifth set, written after every rule above and measured once; one rule came after it
    "t1_de.txt": ({"Alexander Schallenberg", "Toivo Klaar", "Nikol Paschinjan", "Elisabeth Tichy-Fisslberger"},
                  {"International Committee of the Red Cross",
                   "Office of the United Nations High Commissioner for Refugees"}),
    "t2_ru.txt": ({"Касым-Жомарт Токаев", "Маттео Мекаччи", "Мурат Нуртлеу", "Ерлан Кошанов"},
                  {"OSCE Office for Democratic Institutions and Human Rights"}),
    "t3_pl.txt": ({"Jacek Czaputowicz", "Thomas Greminger", "Harlem Désir"},
                  {"OSCE Ministerial Council", "OSCE Representative on Freedom of the Media", "European Union",
                   "Council of Europe"}),
    "t4_sr.txt": ({"Tamara Filipović", "Dragan Janjić", "Tatjana Pavlović"},
                  {"Independent Journalists' Association of Serbia", "European Union"}),
    "t5_en.txt": ({"Ararat Mirzoyan", "Igor Khovaev", "Brice Roquefeuil", "Andrew Schofer", "Andrzej Kasprzyk"},
                  {"Armenpress", "OSCE Minsk Group", "International Committee of the Red Cross"}),
    "t6_fr.txt": ({"Ignazio Cassis", "Helga Maria Schmid", "Zbigniew Rau"},
                  {"International Committee of the Red Cross",
                   "Office of the United Nations High Commissioner for Refugees"}),
    # the sixth set, written after every rule and measured once; reference names came after it
    "u1_ru.txt": ({"Евгения Филипенко", "Тиберий Петрэкеску", "Штефан Шульц"},
                  {"OSCE Permanent Council", "Office of the United Nations High Commissioner for Refugees",
                   "International Committee of the Red Cross", "OSCE Conflict Prevention Centre", "European Union",
                   "Ukrinform"}),
    "u2_de.txt": ({"Wolfgang Sobotka", "Roberto Montella", "Petra Bayr", "Helmut Brandstätter"},
                  {"OSCE Parliamentary Assembly", "Council of Europe", "Social Democratic Party of Austria", "NEOS"}),
    "u3_sq.txt": ({"Bajram Begaj", "Peter Burian", "Michel Tarran"},
                  {"United Nations Security Council", "Albanian Telegraphic Agency"}),
    "u4_en.txt": ({"Pia Kauma", "Shalva Papuashvili", "Ilia Darchiashvili", "Levan Ioseliani"},
                  {"OSCE Parliamentary Assembly", "Georgian Young Lawyers' Association", "Transparency International"}),
    "u5_sr.txt": ({"Никола Селаковић", "Јан Браату", "Ана Хрустановић"},
                  {"OSCE Office for Democratic Institutions and Human Rights", "Council of Europe"}),
}


#: the p- to u-pages (six sets, one family here; the letter names the first)
PAGES = OwnPages("p", GOLD, ("persons", "organizations"))


def _read(name: str) -> tuple[set[str], set[str]]:
    """The page's persons and organizations as the loader gives them, normalized."""
    got = extract(name)
    return {normalize(p) for p in got["persons"]}, {normalize(o) for o in got["organizations"]}


def test_persons_f1_on_our_pages_meets_the_target():
    assert PAGES.f1(sorted(GOLD), "persons") >= 0.85


def test_organizations_f1_on_our_pages_meets_the_target():
    assert PAGES.f1(sorted(GOLD), "organizations") >= 0.75


@pytest.mark.parametrize("name, absent", [
    ("p1_ru.txt", "Иван Петров"),              # "Фото: Иван Петров"
    ("p3_pl.txt", "Radek Pietruszka"),         # "Fot. PAP/Radek Pietruszka"
    ("p7_en.txt", "Olena Kovalenko"),          # "By Olena Kovalenko", "Reporting by ..."
    ("p7_en.txt", "Mark Heinrich"),            # "Editing by Mark Heinrich"
    ("p5_sr.txt", "Vladimir Šporčić"),         # "Foto: Tanjug/Vladimir Šporčić"
])
def test_credits_and_bylines_are_no_persons(name, absent):
    assert normalize(absent) not in _read(name)[0]


def test_a_photo_agency_in_a_credit_is_no_organization():
    assert normalize("Polish Press Agency") not in _read("p3_pl.txt")[1]


@pytest.mark.parametrize("name, person", [
    ("p1_ru.txt", "Арарат Мирзоян"),           # "с ... Араратом Мирзояном": instrumental
    ("p1_ru.txt", "Хельга Шмид"),              # a Latin given name in Cyrillic
    ("p6_az.txt", "Ceyhun Bayramov"),
    ("p4_sq.txt", "Bajram Begaj"),             # "Presidenti i Republikës, Bajram Begaj,"
    ("q6_sr.txt", "Нађа Ђерлек"),              # "са ... Нађом Ђерлеком": a man's name, instrumental
    ("q2_uk.txt", "Гельга Шмід"),              # "з ... Гельгою Шмід": a woman's surname not declined
])
def test_persons_in_other_languages(name, person):
    assert normalize(person) in _read(name)[0]


@pytest.mark.parametrize("name, person, absent", [
    ("r1_ru.txt", "Улан Ниязбеков", "Алексей Викторович"),   # "с ... Улан Ниязбековым"; an address by patronymic
    ("r5_az.txt", "Elmar Məmmədyarov", "Elmar Məmmədyarovla"),  # an Azerbaijani page read as English upstream
    ("r4_sq.txt", "Albin Kurti", "Arta Berisha"),            # "Raportoi: Arta Berisha" is a byline
    ("s4_ru.txt", "Александр Лукашевич", "Лукашевич"),       # a family name like a patronymic, after "Александр Грушко"
    ("s2_de.txt", "Helga Maria Schmid", "Markus Bernath"),   # "Das Interview führte Markus Bernath."
    ("s5_pl.txt", "Margareta Cederfelt", "Zgromadzenia Parlamentarnego"),
    ("t2_ru.txt", "Ерлан Кошанов", "Мажилиса Ерланом Кошановым"),
])
def test_third_set_shapes(name, person, absent):
    got = _read(name)[0]
    assert normalize(person) in got and normalize(absent) not in got


if __name__ == "__main__":  # python tests/test_extract_own_pages.py [p1 q1 ...]: figures and misses
    PAGES.report(sys.argv[1:])

"""What a text mentions: people with their posts, States, bodies, events."""
from __future__ import annotations

import pytest

from conftest import SEED
from osce_kg.loader.extract import read_document
from osce_kg.loader.extract.mentions import find_mentions
from osce_kg.loader.reference import reference


def mentions(text: str, language: str = "en"):
    return find_mentions(text, reference(), language)


def posts(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.post, p.organization) for p in mentions(text).persons}


def test_seed_people_posts_and_event():
    record = read_document(SEED).records[0]
    people = {p.name: (p.post, p.organization) for p in record.persons}
    assert people["Raphael Perl"] == ("Head of the OSCE Action against Terrorism Unit",
                                      "OSCE Action against Terrorism Unit")
    assert people["Gilles de Kerchove"] == ("EU Counter-terrorism Coordinator", "European Union")
    assert people["Alexandre Guessel"][1] == "Council of Europe"
    assert "Khodaidad" in people
    assert not any(name in people for name in ("Perl", "Global War"))     # "Perl said" is Raphael Perl
    event = record.events[0]
    assert event.name == "Sixth Worldwide Security Conference"
    assert event.organizers == ["EastWest Institute"]
    assert {"OSCE Action against Terrorism Unit", "EastWest Institute", "World Customs Organization",
            "European Union", "Council of Europe", "OSCE Secretariat"} <= set(record.organizations)


@pytest.mark.parametrize("text, name, post, organization", [
    ("The OSCE Chairman-in-Office, Finnish Foreign Minister Ilkka Kanerva, said today.", "Ilkka Kanerva",
     "OSCE Chairman-in-Office, Finnish Foreign Minister", "OSCE Chairpersonship"),
    ("Greek Foreign Minister Dora Bakoyannis, the OSCE Chairperson-in-Office, said so.", "Dora Bakoyannis",
     "Greek Foreign Minister, OSCE Chairperson-in-Office", "OSCE Chairpersonship"),
    ("OSCE Chairperson-in-Office and Slovakia’s Minister for Foreign and European Affairs, Miroslav Lajčák, "
     "met them.", "Miroslav Lajčák",
     "OSCE Chairperson-in-Office and Slovakia’s Minister for Foreign and European Affairs", "OSCE Chairpersonship"),
    ("Andrew Baker, Personal Representative of the OSCE Chairperson-in-Office on Combating Anti-Semitism, spoke.",
     "Andrew Baker", "Personal Representative of the OSCE Chairperson-in-Office on Combating Anti-Semitism",
     "OSCE Chairpersonship"),
    ("Guests included Ambassador Herbert Salber, the Director of the OSCE Secretariat's Conflict Prevention "
     "Centre.", "Herbert Salber", "Director of the OSCE Secretariat's Conflict Prevention Centre",
     "OSCE Conflict Prevention Centre"),
    ("He met the Secretary General of the Collective Security Treaty Organization, Nikolay Bordyuzha, in Moscow.",
     "Nikolay Bordyuzha", "Secretary General of the Collective Security Treaty Organization",
     "Collective Security Treaty Organization"),
    ("OSCE Secretary General Lamberto Zannier (r) met Russian Foreign Minister Sergey Lavrov and Deputy Foreign "
     "Minister Alexander Grushko.", "Alexander Grushko", "Deputy Foreign Minister", None),
    ("OSCE Secretary General Lamberto Zannier (r) met Russian Foreign Minister Sergey Lavrov.",
     "Lamberto Zannier", "OSCE Secretary General", "OSCE Secretary General"),
    ("He met ODIHR Director Michael Georg Link in Warsaw.", "Michael Georg Link", "ODIHR Director",
     "OSCE Office for Democratic Institutions and Human Rights"),
    ("The mission is led by Douglas Wake and has 11 experts.", "Douglas Wake", None, None),
    ("They met President llham Aliyev in Baku.", "Ilham Aliyev", "President", None),
    ("It was signed by Speaker of Parliament Ogtay Asadov.", "Ogtay Asadov", "Speaker of Parliament", None),
])
def test_people_and_posts(text, name, post, organization):
    assert posts(text)[name] == (post, organization)


@pytest.mark.parametrize("text", [
    "The Regional Explosive Hazards Training Center hosted the course on Explosive Ordnance Disposal.",
    "Community Centres will remain open. Community policing helps.",
    'He wrote "The Velvet Prison" (New York, 1987).',
    "OSCE Chairman Voices Serious Concern Over Violence In Zone Of Georgian-Ossetian Conflict",
])
def test_capitalised_phrases_that_are_not_people(text):
    assert mentions(text).persons == []


def test_photo_credits_are_not_people():
    from osce_kg.loader.extract import read_text

    text = ("Mission opens office\nThe Head of Mission at the opening, 3 May 2011. (OSCE/Lubomir Kotek) "
            "Photo details\nPRISTINA, 3 May 2011 - The OSCE Mission in Kosovo opened an office today.\n")
    record = read_text(text, "p.txt").records[0]
    assert record.persons == [] and "Photo details" not in record.body


def test_later_surname_mentions_are_the_same_person():
    people = mentions("Miklos Haraszti has been appointed. Haraszti said he was pleased. "
                      "Director Haraszti will start in March.").persons
    assert [p.name for p in people] == ["Miklos Haraszti"]


@pytest.mark.parametrize("text, states", [
    ("The Belgian Foreign Minister met Czech officials in Prague.", ["Belgium", "Czechia"]),
    ("Press officers answer in Russian, French and German; queries in Italian and Spanish too.", []),
    ("Kazakhstan was the first post-Soviet state to chair the OSCE.", ["Kazakhstan"]),
    ("He met journalists in Northern Ireland and Crimea.", []),
    ("The estimate is US$236 billion a year.", []),
    ("The OSCE Mission to Moldova works on both banks of the river.", ["Moldova"]),
    ("The Georgian-Ossetian conflict zone remained tense.", ["Georgia"]),
    ("It met the OSCE Mission to BiH in Sarajevo.", ["Bosnia and Herzegovina"]),
])
def test_states(text, states):
    assert mentions(text).states == states


@pytest.mark.parametrize("text, expected, not_expected", [
    ("A delegation from the Parliamentary Assembly of the Council of Europe (PACE) will join.",
     ["Parliamentary Assembly of the Council of Europe"], ["Council of Europe", "OSCE Parliamentary Assembly"]),
    ("The OSCE Chairman-in-Office and the OSCE Troika met the Secretary General.", [],
     ["OSCE Chairperson-in-Office", "OSCE Troika", "OSCE Secretary General"]),
    ("He studied at Budapest University and founded the Hungarian Democratic Opposition Movement.",
     ["Budapest University", "Hungarian Democratic Opposition Movement"], []),
    ('It thanked the Serb Cultural Association "Prosvjeta" and the Islamic Community in Zenica.',
     ["Serb Cultural Association Prosvjeta", "Islamic Community in Zenica"], []),
    ("Forty students of the Institute of International Relations of the Ministry of Foreign Affairs of "
     "Turkmenistan took part.",
     ["Institute of International Relations of the Ministry of Foreign Affairs of Turkmenistan"], []),
    ("The Hungarian Parliament and Tajikistan's Interior Ministry attended.", [], ["Hungarian Parliament"]),
    ("The delegation of the Russian Federation spoke.", [], ["Russian Federation"]),
    ("The OSCE works with the CSCE Committee of Senior Officials.", ["CSCE Committee of Senior Officials"],
     ["Organization for Security and Co-operation in Europe"]),
])
def test_organizations(text, expected, not_expected):
    found = mentions(text).organizations
    assert all(name in found for name in expected), found
    assert not any(name in found for name in not_expected), found


def test_names_in_cyrillic_and_foreign_pages():
    people = mentions("ВЕНА, 1 июл - РИА Новости. Кризис, заявил постоянный представитель России при ОБСЕ "
                      "Александр Лукашевич. Это проблема, - сказал Лукашевич.", "ru").persons
    assert [p.name for p in people] == ["Александр Лукашевич"]
    dutch = mentions("Ambassadeur Daan Everts spreekt. Ministerie van Buitenlandse Zaken\n", "nl").persons
    assert [p.name for p in dutch] == ["Daan Everts"]


@pytest.mark.parametrize("text, organization", [
    ("He met ODIHR Director Michael Georg Link in Warsaw.", "OSCE Office for Democratic Institutions and Human Rights"),
    ("The Director of the OSCE Office for Democratic Institutions and Human Rights spoke.",
     "OSCE Office for Democratic Institutions and Human Rights"),
])
def test_a_standing_post_still_names_its_organization(text, organization):
    assert organization in mentions(text).organizations

"""Issue 11, session 9, round 2 (helper T): titles, dates and the issuing body on pages the rules were not written
against (line n, read after its blind measurement, and other lines' pages of the same shapes). Texts of our own;
each case names the pages of two sources or more that need it."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract import read_text


def _record(text: str):
    return read_text(text, "page.txt").records[0]


# a consent banner above the headline, the word "cookie" in the page's own language (n1_tr, n2_hu, n3_et,
# n3_sl: four sites; j2_hu, j3_et, j3_lv, n2_bg have such lines too)
@pytest.mark.parametrize("text, title", [
    ("Haber Sitesi\nGündem | Dünya | Spor\nBu site çerezler kullanır. Ayrıntılar için politikamızı okuyun. Tamam\n"
     "Dünya\nAGİT heyeti Kars'ta yerel yönetimlerle görüştü\n12.02.2026\n"
     "KARS (AA) - AGİT heyeti bugün Kars'ta belediye başkanlarıyla bir araya geldi.\n",
     "AGİT heyeti Kars'ta yerel yönetimlerle görüştü"),
    ("Hírportál\nMinden hír\nBelföld | Külföld\nBejelentkezés\nAz oldal sütiket használ a jobb működés érdekében. Rendben\nKülföld\n"
     "Az EBESZ megfigyelői Szegeden tartottak képzést\n2026. február 12.\n"
     "Szeged, 2026. február 12. (MTI) – Az EBESZ megfigyelői ma képzést tartottak a választások jobb szervezése érdekében.\n",
     "Az EBESZ megfigyelői Szegeden tartottak képzést"),
    ("RTE\nRahvusraadio ja -televisioon\nUudised | Eesti | Välismaa\nKüpsised: kasutame küpsiseid, et parandada teie kogemust. Nõustun | Seaded\nVälismaa\n"
     "OSCE vaatlejad külastasid Tartut ja kohtusid vallajuhtidega\n12.02.2026 10:15\n"
     "Vaatlejad kohtusid teisipäeval Tartus kohalike juhtidega ja arutasid, kuidas parandada valimiste korraldamist.\n",
     "OSCE vaatlejad külastasid Tartut ja kohtusid vallajuhtidega"),
    ("TV Celje\nSpletni portal TV Celje\nNovice | Šport | Kultura\nPiškotki: stran uporablja piškotke za boljšo izkušnjo. Se strinjam | Nastavitve\nSvet\n"
     "Opazovalci OVSE so obiskali Celje in se srečali z župani\n12. februar 2026 ob 10:15\n"
     "Celje - Opazovalci OVSE so se v torek sestali z župani iz regije in govorili o tem, kako zagotoviti boljšo pripravo volitev.\n",
     "Opazovalci OVSE so obiskali Celje in se srečali z župani"),
])
def test_consent_banner_in_the_pages_language_is_no_title(text: str, title: str) -> None:
    assert _record(text).title == title

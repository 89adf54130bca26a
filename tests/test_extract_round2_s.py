"""Issue 11, session 9, round 2 (helper S): mentions on pages the rules were not written against (line n, read
after its blind measurement, and other lines' pages of the same shapes). Texts of our own; each case names the
pages of two sources or more that need it."""
from __future__ import annotations

import pytest

from osce_kg.loader.extract import read_text


def _record(text: str):
    return read_text(text, "page.txt").records[0]


def _states(text: str) -> list[str]:
    return sorted(_record(text).states)


@pytest.mark.parametrize("text, state", [
    # State names in languages the data lacked, with their case forms (n1_sr, n1_uk, n1_sq, n3_sl, n1_ka; data)
    ("Вести\nОбука у Нишу\nНиш, 3. март 2026.\nПројекат је подржала Краљевина Норвешка. Србија је домаћин.\n",
     "Norway"),
    ("Новини\nЗустріч у Львові\nЛьвів, 3 березня 2026 р.\nРішення підтримало Сполучене Королівство. Україна "
     "вітає це.\n", "United Kingdom"),
    ("Lajme\nTrajnim në Durrës\nDurrës, 5 mars 2026\nTrajnimi u mbështet nga Ambasada e Mbretërisë së Bashkuar. "
     "Shqipëria mirëpret.\n", "United Kingdom"),
    ("Novice\nPogovori v Mariboru\nMaribor, 4. marca 2026\nO tem je govorila tudi Bolgarija. Slovenija podpira "
     "dialog.\n", "Bulgaria"),
    ("სიახლეები\nშეხვედრა ბათუმში\nბათუმი, 2026 წლის 3 მარტი\nდელეგაციას ირლანდიის ელჩი ხელმძღვანელობდა.\n",
     "Ireland"),
    # national adjectives of a person's nationality (n2_bg, n2_hu; data)
    ("Новини\nСреща в Пловдив\nПловдив, 3 март 2026 г.\nГовори полският дипломат Анна Новак. България "
     "подкрепя ОССЕ.\n", "Poland"),
    ("Hírek\nTalálkozó Pécsett\nPécs, 2026. március 3.\nA finn Anna Virtanen is felszólalt. Magyarország "
     "támogatja az EBESZ-t.\n", "Finland"),
    # Mongolian: the genitive -ы after a final -н (n3_mn; the language's grammar)
    ("Мэдээ\nУулзалт\nУлаанбаатар, 2026 оны 3 сарын 3\nЭлчин сайд Германы төлөөлөгчтэй уулзав. Монгол Улс "
     "ЕАБХАБ-ын гишүүн.\n", "Germany"),
])
def test_state_in_another_language(text: str, state: str) -> None:
    assert state in _states(text)


@pytest.mark.parametrize("text, state", [
    # a short adjective folded is no other language's word: Hungarian "ír" would be Lithuanian "ir" (and)
    ("Naujienos\nSusitikimas Vilniuje\nVilnius, 2026 m. kovo 6 d.\nLietuva ir Latvija remia ESBO.\n", "Ireland"),
])
def test_no_state_from_a_common_word(text: str, state: str) -> None:
    assert state not in _states(text)


def _organizations(text: str) -> list[str]:
    return sorted(_record(text).organizations)


@pytest.mark.parametrize("text, body", [
    # the OSCE's, the EU's and the UN's bodies in languages the data lacked (data: n1_hy, n1_ru, n2_az, n2_be,
    # n2_bg, n3_kk, v2_kk, n2_hu, e6_hu, n2_it, n3_hr, n3_fi)
    ("Լուրեր\nՀանդիպում Գյումրիում\nԳյումրի, 2026 թ. մարտի 3\nԵԱՀԿ-ն հայտարարել է, որ հարցը կքննարկի "
     "կազմակերպության Նախարարների խորհուրդը:\n",
     "OSCE Ministerial Council"),
    ("Новости\nСеминар в Алматы\nАлматы, 3 марта 2026 г.\nЗанятия провели эксперты Отдела ОБСЕ по "
     "транснациональным угрозам. Казахстан поддержал семинар.\n", "OSCE Transnational Threats Department"),
    ("Xəbərlər\nGörüş Gəncədə\nGəncə, 3 mart 2026\nNazir ATƏT-in Milli Azlıqlar üzrə Ali Komissarı ilə görüşüb. "
     "Azərbaycan ATƏT-in üzvüdür.\n", "OSCE High Commissioner on National Minorities"),
    ("Навіны\nНазіральнікі ў Гродне\nГродна, 3 сакавіка 2026 г.\nНазіральнікаў Бюро па дэмакратычных інстытутах "
     "і правах чалавека АБСЕ не запрасілі.\n", "OSCE Office for Democratic Institutions and Human Rights"),
    ("Новини\nНаблюдатели във Варна\nВарна, 3 март 2026 г.\nМисия на Службата за демократични институции и "
     "права на човека (СДИПЧ) на ОССЕ пристига. По-късно СДИПЧ ще докладва.\n",
     "OSCE Office for Democratic Institutions and Human Rights"),
    ("Жаңалықтар\nБақылаушылар Ақтөбеде\nАқтөбе, 3 наурыз 2026\nЕҚЫҰ Демократиялық институттар және адам "
     "құқықтары жөніндегі бюросының миссиясы келді.\n", "OSCE Office for Democratic Institutions and Human Rights"),
    ("Hírek\nÜlés Debrecenben\nDebrecen, 2026. március 3.\nAz EBESZ parlamenti közgyűlése ősszel ülésezik. "
     "Magyarország részt vesz.\n", "OSCE Parliamentary Assembly"),
    ("Notizie\nMediatrici a Bari\nBari, 3 marzo 2026\nLa rete è gestita dal Segretariato dell'OSCE a Vienna. "
     "L'Italia contribuisce.\n", "OSCE Secretariat"),
    ("Vijesti\nIzvješće o medijima\nRijeka, 3. ožujka 2026.\nEuropska komisija objavila je izvješće. Hrvatska "
     "ga je pozdravila.\n", "European Commission"),
    ("Uutiset\nKokous Oulussa\nOulu 3.3.2026\nYK:n edustaja puhui kokouksessa. Suomi tukee ETYJ:ä.\n",
     "United Nations"),
])
def test_body_in_another_language(text: str, body: str) -> None:
    assert body in _organizations(text)


def _persons(text: str) -> list[str]:
    return sorted(p.name for p in _record(text).persons)


@pytest.mark.parametrize("text, word", [
    # a mission's noun with its article or case in Cyrillic is no person's name (n2_mk's menu and sentence, k2_sr)
    ("Почетна | За Мисијата | Контакт\nЗа Мисијата\nМисијата на ОБСЕ во Скопје работи од 1992 година. Денес "
     "Мисијата соработува со општините.\n", "Мисијата"),
    ("Вести\nНови пројекти\nНови Сад, 3. март 2026.\nШеф Мисије, амбасадор Јан Брату, обишао је град. Србија "
     "подржава пројекат.\n", "Мисије"),
    # an agency's masthead in Romanian (n2_ro) and an Azerbaijani commissioner's title (n2_az)
    ("AGPRES\nAgenția Națională de Presă\nAcasă | Politic | Externe\nVizită la Bălți\nBălți, 3 martie 2026\n"
     "Ambasadorul a vizitat orașul. Republica Moldova salută vizita.\n© 2026 Agenția Națională de Presă AGPRES.\n",
     "Agenția"),
    ("Xəbərlər\nSəfər Şəkiyə\nŞəki, 3 mart 2026\nAli Komissar səfər çərçivəsində Şəkiyə gedib. Azərbaycan "
     "ATƏT-in üzvüdür.\n", "Komissar"),
])
def test_no_person_of_body_words(text: str, word: str) -> None:
    assert not [p for p in _persons(text) if word in p]


@pytest.mark.parametrize("text, person", [
    # a South Slavic man's name in -e and a family name in -ko in the instrumental (n3_hr; osce-pages-2's
    # "Marcel Peško", once "Pešk"): no name ends in a consonant and k
    ("Vijesti\nSastanak u Zadru\nZadar, 3. ožujka 2026.\nPredstavnik OESS-a sastao se s predsjednikom HUP-a "
     "Hrvojem Zovkom. Hrvatska podržava OESS.\n", "Hrvoje Zovko"),
    # a woman's foreign name after a particle is as written, not a man's genitive over-stemmed (n1_pl)
    ("Wiadomości\nObserwatorzy w Gdańsku\nGdańsk, 3 marca 2026\nMisją kieruje szefowa misji ODIHR, Tana de "
     "Zulueta. Polska zaprosiła obserwatorów.\n", "Tana de Zulueta"),
    # Mongolian: the accusative or comitative suffix off a foreign family name after a given name (n3_mn, g3_mn)
    ("Мэдээ\nУулзалт\nУлаанбаатар, 2026 оны 3 сарын 3\nГадаад хэргийн сайд Хелга Мария Шмидийг хүлээн авч "
     "уулзлаа. Монгол Улс ЕАБХАБ-ын гишүүн.\n", "Хелга Мария Шмид"),
    ("Мэдээ\nУулзалт\nУлаанбаатар, 2026 оны 3 сарын 3\nЕрөнхийлөгч Феридун Синирлиоглутай уулзлаа. Монгол Улс "
     "ЕАБХАБ-ын гишүүн.\n", "Феридун Синирлиоглу"),
])
def test_person_in_the_nominative(text: str, person: str) -> None:
    assert person in _persons(text)


@pytest.mark.parametrize("text, person", [
    # a press contact on its own line under the contact label (n1_en, n1_ru, n2_ru, j1_en: four sites)
    ("News\nSchools in Cahul\nCAHUL, 3 March 2026 - The OSCE opened a school project in Moldova.\nFor media "
     "enquiries please contact:\nIrina Lungu\nPress Officer\nPhone: +373 22 000 000\n", "Irina Lungu"),
    ("Новости\nСеминар в Караганде\nКАРАГАНДА, 3 марта 2026 г. – ОБСЕ провела семинар в Казахстане.\nКонтакты для "
     "СМИ:\nДана Нурланова\nСотрудник по связям с общественностью\n", "Дана Нурланова"),
])
def test_press_contact(text: str, person: str) -> None:
    assert person in _persons(text)

# ruff: noqa: RUF001  (Arabic-Indic and Persian digits are the point here)
"""Street addresses are taken out in every language; streets and floors said in passing stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in redact(text, language).spans]


@pytest.mark.parametrize(
    ("text", "language", "address"),
    [
        # English: lower case, abbreviations, a flat before the number, a town and post code after
        ("they moved me to 12 albion st last month", "en", "12 albion st"),
        ("the hostel on 3a victoria rd is cold", "en", "3a victoria rd"),
        ("post went to flat 4, 19 princess avenue and got lost", "en",
         "flat 4, 19 princess avenue"),
        ("please write to 52 Hill View Drive, Leeds LS6 2AB", "en",
         "52 Hill View Drive, Leeds LS6 2AB"),
        ("i stay at 9 mill lane, leeds ls6 2ab with my cousin", "en",
         "9 mill lane, leeds ls6 2ab"),
        ("my old place was 40 Elm Street Apt 3, Springfield, IL 62704", "en",
         "40 Elm Street Apt 3, Springfield, IL 62704"),
        # Spanish: C/, Avda., Pº, nº, floor and door, post code and town
        ("me mandaron a c/ doctor fourquet 8, 2º izq", "es", "c/ doctor fourquet 8, 2º izq"),
        ("vivo en avda. de la albufera 120, 3º B, 28038 madrid", "es",
         "avda. de la albufera 120, 3º B, 28038 madrid"),
        ("el piso de Pº de las Delicias nº 14 no tiene luz", "es", "Pº de las Delicias nº 14"),
        ("la oficina está en Carrera 7 # 45-12 en Bogotá", "es", "Carrera 7 # 45-12"),
        # French: bd, av., bis, bât., étage, post code and town in lower case
        ("on m'a logée au 14 bis av. jean moulin, bât. C", "fr", "14 bis av. jean moulin, bât. C"),
        ("écrivez-moi au 8 rue de l'Église, 69003 lyon", "fr", "8 rue de l'Église, 69003 lyon"),
        ("le foyer du 31 boulevard voltaire a fermé", "fr", "31 boulevard voltaire"),
        # Portuguese: R., Av., Tv., nº, apto, bloco, andar, CEP
        ("moro na av. brasil, 1500, apto 32", "pt", "av. brasil, 1500, apto 32"),
        ("mandem para tv. das flores nº 7, 2º andar", "pt", "tv. das flores nº 7, 2º andar"),
        ("a casa fica na Rua Dom Pedro II, 45, cep 01310-100 São Paulo", "pt",
         "Rua Dom Pedro II, 45, cep 01310-100 São Paulo"),
        ("fiquei na Praça da Alegria 3 uns meses", "pt", "Praça da Alegria 3"),
        # Arabic: the number before or after, building, floor and flat, a town after the comma
        ("كنا نسكن في شارع الحرية ٤٥ قبل الملجأ", "ar", "شارع الحرية ٤٥"),
        ("البيت في ٣ شارع النخيل، الزرقاء وهو بعيد", "ar", "٣ شارع النخيل، الزرقاء"),
        ("أرسلوا الأوراق إلى شارع الأمير حسن، عمارة ٥، شقة ٣", "ar",
         "شارع الأمير حسن، عمارة ٥، شقة ٣"),
        ("سكنت في حي النزهة، بناية ۱۲، الطابق الثاني", "ar", "حي النزهة، بناية ۱۲، الطابق الثاني"),
        ("عنواني ص.ب ١٢٣٤ عمان", "ar", "ص.ب ١٢٣٤ عمان"),
        ("كنت أسكن في 17 شارع الجمهورية، القاهرة", "ar", "17 شارع الجمهورية، القاهرة"),
        # a flat or building written before the street, a floor named without a number
        ("écrivez à appartement 12, 5 rue victor hugo", "fr", "appartement 12, 5 rue victor hugo"),
        ("vivo en Av. de la Paz, 23, bajo", "es", "Av. de la Paz, 23, bajo"),
        ("كنت في شقة ٤ الطابق ٢ شارع الملكة رانيا", "ar", "شقة ٤ الطابق ٢ شارع الملكة رانيا"),
        ("العنوان: شارع فلسطين، بناية الحسن، الطابق الرابع", "ar",
         "شارع فلسطين، بناية الحسن، الطابق الرابع"),
        # streets named after a date or by a number, a neighbourhood with its street
        ("moro na Rua 25 de Março, 300 com a minha filha", "pt", "Rua 25 de Março, 300"),
        ("عنواني زنقة ١٢ رقم ٥ حي السلام", "ar", "زنقة ١٢ رقم ٥ حي السلام"),
        ("كنت أعيش في حي الشيخ جراح، شارع ٥", "ar", "حي الشيخ جراح، شارع ٥"),
        ("my old address: 150 Main St., Boston, MA 02118", "en", "150 Main St., Boston, MA 02118"),
        ("we were at No. 5 the crescent for a year", "en", "No. 5 the crescent"),
        ("j'étais au 5 place de la république l'hiver dernier", "fr", "5 place de la république"),
        ("Rua Castilho, n.º 12, 2.º Dto., 1250-069 Lisboa", "pt",
         "Rua Castilho, n.º 12, 2.º Dto., 1250-069 Lisboa"),
        ("Av. Rio Branco, 156, sala 1201 - Centro, Rio de Janeiro", "pt",
         "Av. Rio Branco, 156, sala 1201 - Centro, Rio de Janeiro"),
        ("سكنت في شارع ٢٦ يوليو، عمارة ٨", "ar", "شارع ٢٦ يوليو، عمارة ٨"),
        ("عنواني: طريق المطار، مجمع النخيل، فيلا ١٢", "ar", "طريق المطار، مجمع النخيل، فيلا ١٢"),
    ],
)
def test_a_street_address_is_one_address_span(text: str, language: str, address: str) -> None:
    # Given a survivor writing where they live, in the way people type it
    spans = found(text, language)
    # Then the whole address (flat, post code and town included) is one span
    assert ("address", address) in spans


@pytest.mark.parametrize(
    ("text", "language", "address"),
    [
        ("i live at 27 park road now, please write there", "en", "27 park road"),
        ("send it to 5 Mill Lane, Maria will get it", "en", "5 Mill Lane"),
        ("vivo en calle luna 3, escribidme allí", "es", "calle luna 3"),
        ("j'habite au 9 rue Lepic, écrivez-moi là-bas", "fr", "9 rue Lepic"),
        ("moro na rua da paz 10 há dois anos", "pt", "rua da paz 10"),
        ("أسكن في شارع السلام ٧ منذ سنة", "ar", "شارع السلام ٧"),
    ],
)
def test_an_address_ends_where_the_sentence_goes_on(text: str, language: str,
                                                    address: str) -> None:
    # Given an address followed by more of the sentence (a comma, a name, "now", "since")
    addresses = [value for kind, value in found(text, language) if kind == "address"]
    # Then the address stops at its last number, street or town word
    assert addresses == [address]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("it is a 10 minute drive from the shelter and 2 bus stops", "en"),
        ("we walked 5 miles down the road, then waited 3 hours on the street", "en"),
        ("there were 2 family court hearings and 3 main roads closed", "en"),
        ("room 12 on the 3rd floor, 4 of us share a flat", "en"),
        ("viví en la calle 3 años y estuve 2 horas en la plaza", "es"),
        ("hay una plaza libre para 2 personas en el paseo", "es"),
        ("j'ai 3 cours de français et il reste 1 place au foyer", "fr"),
        ("il y a 1 place de libre et 2 place de l'autre côté", "fr"),
        ("on a marché 2 heures dans la rue, j'habite au 2e étage", "fr"),
        ("fiquei na rua 3 meses e a praça tem 3 bancos", "pt"),
        ("o quarto 12 fica no 2 andar, a estrada tem 40 km", "pt"),
        ("عشت في الشارع ٣ أشهر وانتظرت في الشارع ساعتين", "ar"),
        ("في شارع مزدحم ٣ مرات والطابق الثالث كان باردا", "ar"),
        ("المكتب في الحي القديم وساحة المدرسة فيها ٢٠ طفلا", "ar"),
        ("حي السلام قريب من المدرسة، وشارع الرشيد مزدحم", "ar"),  # no number, no building
    ],
)
def test_streets_amounts_and_floors_said_in_passing_are_kept(text: str, language: str) -> None:
    assert redact(text, language).text == text

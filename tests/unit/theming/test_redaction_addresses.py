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


@pytest.mark.parametrize(
    ("text", "language", "address"),
    [
        # US: a street named by a number with its direction, a flat, a town with its state and ZIP
        ("i live now at 2215 w 5th st apt 4 and the landlord want us out", "en",
         "2215 w 5th st apt 4"),
        ("my cousin is at 340 e 149th st, bronx ny 10451 with her kids", "en",
         "340 e 149th st, bronx ny 10451"),
        ("my address is 1420 w 3rd st #6, los angeles ca 90017", "en",
         "1420 w 3rd st #6, los angeles ca 90017"),
        ("the letters go to bronx ny 10451 now", "en", "bronx ny 10451"),
        # UK and Ireland: a close or a way in lower case, a Dublin district, an Eircode
        ("we got moved with shirin to 9 kingsley close and the house has mould", "en",
         "9 kingsley close"),
        ("send it to 12 hawthorn way, leeds please", "en", "12 hawthorn way, leeds"),
        ("i now live at apt 6, 45 dorset street upper, dublin 1, the centre knows", "en",
         "apt 6, 45 dorset street upper, dublin 1"),
        ("the house was 21 rosebank drive, cork t12 x7k8", "en",
         "21 rosebank drive, cork t12 x7k8"),
        # Central America: colonia, barrio, pasaje, casa, directions from a landmark, a road's km
        ("mi cipote se quedo con mi mama en colonia las flores, calle 5 casa 23, quiero saber",
         "es", "colonia las flores, calle 5 casa 23"),
        ("estoy donde mi tia, barrio el centro, 2 cuadras al sur de la iglesia, no tengo telefono",
         "es", "barrio el centro, 2 cuadras al sur de la iglesia"),
        ("nos tenian en pasaje 4 casa 17, colonia san jose, ya se lo dije a la fiscal", "es",
         "pasaje 4 casa 17, colonia san jose"),
        ("para llegar: de la pulperia la esperanza 100 varas al norte, casa verde, ahi estoy",
         "es", "de la pulperia la esperanza 100 varas al norte, casa verde"),
        ("me tenian en la calle 8 casa 14, contiguo a la farmacia san pablo", "es",
         "calle 8 casa 14, contiguo a la farmacia san pablo"),
        ("trabajaba en una finca en el km 3 carretera a chimaltenango, ahi siguen otras", "es",
         "km 3 carretera a chimaltenango"),
        ("estuve en la carretera a masaya km 12 trabajando", "es", "carretera a masaya km 12"),
        ("la casa donde me tuvieron esta en la 12 calle 4-56 zona 1, la policia sabe", "es",
         "12 calle 4-56 zona 1"),
        ("me mandaron al refugio de residencial los alamos, bloque c casa 9, es tranquilo", "es",
         "residencial los alamos, bloque c casa 9"),
        ("vivia en el sector 4, manzana 12 casa 7", "es", "sector 4, manzana 12 casa 7"),
        ("vivo en calle 45 #23-18 barrio manrique, la señora me alquila", "es",
         "calle 45 #23-18 barrio manrique"),
        # a passage in lower case (Lima), a Galician "rúa"
        ("la casa está en pasaje los olivos 345, villa el salvador", "es",
         "pasaje los olivos 345"),
        ("vivo en Rúa do Franco 4 con mi hermana", "es", "Rúa do Franco 4"),
        # the Gulf in English: numbered streets and villas, a named building and its floor; a
        # building and floor in arabizi
        ("send to Villa 12, Street 19, Al Nahda, Dubai", "en", "Villa 12, Street 19"),
        ("kenna b Hamra street, Sanayeh building, 3rd floor", "ar", "Sanayeh building, 3rd floor"),
        ("kenna sekneen b shari3 el hamra, binayet 5, tabe2 3", "ar", "binayet 5, tabe2 3"),
        # Peru's jirón, an avenue named after a date with no number (Ecuador)
        ("vivo en jr. junin 345 en lima con mi hermana", "es", "jr. junin 345"),
        ("la casa es en av. 6 de diciembre y colon", "es", "av. 6 de diciembre"),
        # Spain: the door after the floor number, a floor letter in lower case
        ("vivo en c/ mayor 5 2 izq con mi prima", "es", "c/ mayor 5 2 izq"),
        ("nos mudamos a calle de la paz 9, 3º b, 46003 valencia, si la trabajadora", "es",
         "calle de la paz 9, 3º b, 46003 valencia"),
        # Brazil and Portugal: quadra, lote, bloco; a floor with its side
        ("a assistente social visita a gente na qd 12 lote 4 ap 203, ceilandia norte", "pt",
         "qd 12 lote 4 ap 203"),
        ("meu endereco agora e rua das flores 12, 2o esq, 1200-195 lisboa mas a carta", "pt",
         "rua das flores 12, 2o esq, 1200-195 lisboa"),
        ("moro na rua 7 casa 3, bairro sao jose", "pt", "rua 7 casa 3, bairro sao jose"),
        # France: building, stair and flat with no street; a Paris district
        ("la gardienne du bat C esc 2 apt 14 jette nos lettres", "fr", "bat C esc 2 apt 14"),
        ("l appart c bat B 3eme etage porte gauche, 18 rue de la republique, 13002 marseille",
         "fr", "bat B 3eme etage porte gauche, 18 rue de la republique, 13002 marseille"),
        ("on est au 12 rue des lilas, paris 11e maintenant", "fr", "12 rue des lilas, paris 11e"),
    ],
)
def test_addresses_as_survivors_write_them_in_every_country_are_one_span(
    text: str, language: str, address: str
) -> None:
    # Given an address written the way it is said where the survivor lives or lived
    spans = found(text, language)
    # Then the whole address, its flat, block, landmark, town and post code included, is one span
    assert ("address", address) in spans


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("we had 2 very close friends there and 1 more way to go", "en"),
        ("i had 2 family court dates and we got 3 close calls with the police", "en"),
        ("room 4 and flat 2 were both cold, i was in unit 4 then unit 6", "en"),
        ("camine 2 cuadras al sur y me perdi", "es"),
        ("de la casa de mi tia caminamos 3 cuadras al norte", "es"),
        ("en el barrio la gente es buena y la colonia es tranquila", "es"),
        ("vivo en el barrio desde hace 3 años y trabaje en la zona 3 meses", "es"),
        ("en la casa 2 vivian 5 muchachas y el bus 45 pasa frente a la escuela", "es"),
        ("recorrimos 40 km por la carretera y el km 5 de la maraton fue duro", "es"),
        ("fui al piso 3 a buscar y la puerta 2 estaba cerrada", "es"),
        ("el pasaje 3 fue caro y pagué el pasaje de 200 pesos", "es"),
        ("the villa 2 had a pool and block 4 was closed", "en"),
        ("in block 3 room 5 there were 4 girls and i lived on street 5 for 2 years", "en"),
        ("moro no bairro ha 3 anos e a quadra 2 do futebol fica perto", "pt"),
        ("au bat C il y a 4 familles et j ai vu la porte gauche ouverte", "fr"),
    ],
)
def test_neighbourhoods_blocks_and_distances_said_in_passing_are_kept(text: str,
                                                                      language: str) -> None:
    assert redact(text, language).text == text

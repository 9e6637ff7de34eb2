# ruff: noqa: RUF001  (Arabic-Indic and Persian digits and dashes are the point here)
"""Contact details and identifiers are replaced by markers; ordinary numbers stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import Redaction, redact


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("write to maria.lopez@example.org please", "email"),
        ("my mail is joao_silva+help@correo.com.br", "email"),
        ("maria (at) example (dot) com", "email"),
        ("Call me on +44 7700 900123 after six", "phone"),
        ("my mobile 07700 900123", "phone"),
        ("Mi número es 612 34 56 78", "phone"),
        ("Appelez-moi au 06 12 34 56 78", "phone"),
        ("liga para (11) 91234-5678", "phone"),
        ("reach me at 555-123-4567", "phone"),
        ("whatsapp 0033 6 12 34 56 78", "phone"),
        ("text me 5551234567", "phone"),
        ("they gave me 1-224-469-6291x3702 for nights", "phone"),
        ("on m'a donné le 3304789754 pour appeler la nuit", "phone"),
        ("see https://example.org/shelter?id=4 for rules", "url"),
        ("they told us to check www.ayuda.es", "url"),
        ("the form is on legalaid.org.uk/forms", "url"),
        ("my passport number is AB1234567", "number"),
        ("mi NIE X1234567L caducó", "number"),
        ("mi dui 01234567-8 se quedó en la casa del patrón", "number"),
        ("el dpi 2456 78901 0101 lo tiene él", "number"),
        ("meu CPF 123.456.789-09", "number"),
        ("case reference REF-2023-00123 was lost", "number"),
        ("I still owe 25000 to them", "number"),
    ],
)
def test_contact_detail_is_replaced_by_its_marker(text: str, kind: str) -> None:
    # Given a sentence holding one detail, When it is redacted
    result = redact(text)
    # Then exactly that kind is counted once and its marker replaces it
    assert dict(result.counts) == {kind: 1}
    assert f"[{kind}]" in result.text


@pytest.mark.parametrize(
    "text",
    [
        # A day and month without a year stays; a full date is a [date] (test_redaction_dates).
        "Room 12 on the 3rd floor, at 9:30 on 12/05",
        "it cost 1500 pounds for 10-12 people",
        "in 2019 and 2020 2021 the shelter moved",
        "e.g. the food, i.e. the meals",
        "I waited 3 hours, maybe 45 min",
        "covid-19 closed the classes from 2019-2020 and in 2020/21",
        "open 24/7 but nobody answers, a 9-5 job, 50/50",
        "costó 1.500.000 pesos y 1 de cada 3 personas se fue",
        "عندي ٣ أطفال وعمري ٢٥ سنة وانتظرت ٦ أشهر",
        "we are 1 2 3 4 5 6 7 8 9 10 in the room",
    ],
)
def test_ordinary_numbers_and_abbreviations_are_kept(text: str) -> None:
    assert redact(text).text == text


def test_spans_point_into_the_original_text() -> None:
    text = "email a.b@example.com or call +351 912 345 678."
    result = redact(text)
    assert [(span.kind, text[span.start:span.end]) for span in result.spans] == [
        ("email", "a.b@example.com"),
        ("phone", "+351 912 345 678"),
    ]
    assert result.text == "email [email] or call [phone]."


def test_url_leaves_trailing_punctuation_outside_the_span() -> None:
    assert redact("(see https://example.org/a).").text == "(see [url])."


def test_redaction_result_is_a_redaction_with_counts_by_kind() -> None:
    result = redact("a@b.org, c@d.org and 07700 900123")
    assert isinstance(result, Redaction)
    assert dict(result.counts) == {"email": 2, "phone": 1}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01\x02\u200b\ufeff",
        "a" * 100_000,
        "1" * 100_000,
        "a.@" * 30_000,
        "+1 " * 30_000,
        "😀" * 10_000,
        "Привет مرحبا 你好 olá",
        "-/" * 50_000,
    ],
)
def test_pathological_input_is_redacted_without_error(text: str) -> None:
    # How long each takes is measured by tests/bench/redaction.py ("unusual inputs"), not here.
    result = redact(text)
    assert isinstance(result.text, str)
    assert all(0 <= s.start < s.end <= len(text) for s in result.spans)


def test_non_string_input_gives_an_empty_or_text_result() -> None:
    assert redact(None).text == ""  # type: ignore[arg-type]
    assert redact("x", language=None).text == "x"  # type: ignore[arg-type]


ZWSP, RLM, LRM, SOFT_HYPHEN = "\u200b", "\u200f", "\u200e", "\u00ad"
WORD_JOINER, BOM = "\u2060", "\ufeff"
LRI, PDI, RLE, PDF = "\u2066", "\u2069", "\u202b", "\u202c"


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # Arabic-Indic and Persian digits, as typed on an Arabic or Dari keyboard
        ("رقمي الجديد ٠٧٩٥٥٥٠١٢٣", "ar", "٠٧٩٥٥٥٠١٢٣"),
        ("رقمي ۰۹۱۲۳۴۵۶۷۸۹", "ar", "۰۹۱۲۳۴۵۶۷۸۹"),
        ("اتصلي على ٠٩٤٤ ١٢٣ ٤٥٦ بعد الظهر", "ar", "٠٩٤٤ ١٢٣ ٤٥٦"),
        ("رقم أخي +٩٦٣ ٩٤٤ ١٢٣ ٤٥٦ في دمشق", "ar", "+٩٦٣ ٩٤٤ ١٢٣ ٤٥٦"),
        ("شماره من ۰۷۰۱۲۳۴۵۶۷ است", "ar", "۰۷۰۱۲۳۴۵۶۷"),
        ("واتساب ٠٠٩٦٣-٩٤٤-١٢٣-٤٥٦", "ar", "٠٠٩٦٣-٩٤٤-١٢٣-٤٥٦"),
        # Devanagari (Nepal), full-width and "bold font" digits
        ("मेरो नम्बर ९८४१२३४५६७ हो", "en", "९८४१२३४५६७"),
        ("call ０９０ １２３４ ５６７８", "en", "０９０ １２３４ ５６７８"),
        ("text me on 𝟎𝟕𝟗𝟓𝟓𝟓𝟎𝟏𝟐𝟑", "en", "𝟎𝟕𝟗𝟓𝟓𝟓𝟎𝟏𝟐𝟑"),
        # country codes from home countries: Nigeria, Vietnam, Romania, Eritrea, Afghanistan
        ("my brother in lagos is +234 803 123 4567", "en", "+234 803 123 4567"),
        ("chi lan said call +84 912 345 678 if they come back", "en", "+84 912 345 678"),
        ("ioana's mum has 0040 721 234 567 only", "en", "0040 721 234 567"),
        ("semhar gave me +291 7 123 456 to call", "en", "+291 7 123 456"),
        ("mi tío en kabul tiene el +93 70 123 4567", "es", "+93 70 123 4567"),
        # dotted, dashed with typographic dashes, digit by digit
        ("mon portable 06.12.34.56.78 le soir", "fr", "06.12.34.56.78"),
        ("ring 0803\u2013123\u20134567 after work", "en", "0803\u2013123\u20134567"),
        ("my number is 0 8 0 3 1 2 3 4 5 6 7 ok", "en", "0 8 0 3 1 2 3 4 5 6 7"),
        ("o meu número é 9 1 2 3 4 5 6 7 8", "pt", "9 1 2 3 4 5 6 7 8"),
        # broken by invisible characters pasted from a chat
        (f"call 0803{ZWSP}123{ZWSP}4567 tonight", "en", f"0803{ZWSP}123{ZWSP}4567"),
        (f"رقمي {RLM}٠٧٩{LRM}٥٥٥{SOFT_HYPHEN}٠١٢٣ شكرا", "ar", f"٠٧٩{LRM}٥٥٥{SOFT_HYPHEN}٠١٢٣"),
        (f"tel 07{WORD_JOINER}700{BOM}900{LRI}123{PDI} pls", "en",
         f"07{WORD_JOINER}700{BOM}900{LRI}123"),
        (f"0{RLE}7{PDF}700900123", "en", f"0{RLE}7{PDF}700900123"),
    ],
)
def test_phone_in_any_digits_or_broken_by_invisible_marks_is_a_phone(
    text: str, language: str, number: str
) -> None:
    # Given a phone number written the way survivors paste or type it, When it is redacted
    result = redact(text, language)
    # Then the whole number, invisible marks inside it included, is one [phone] span (a name
    # beside it, "semhar gave me ...", is taken out as a name)
    phones = [(s.kind, text[s.start:s.end]) for s in result.spans if s.kind == "phone"]
    assert phones == [("phone", number)]
    assert "[phone]" in result.text and number not in result.text
    assert not any(ch.isdigit() for ch in result.text)


@pytest.mark.parametrize(
    ("text", "language", "redacted"),
    [
        ("find me on telegram @sunny_k22", "en", "find me on telegram [handle]"),
        ("my insta is @blessing.o_94 if u want", "en", "my insta is [handle] if u want"),
        ("agrégame en tiktok @flor.hn2001", "es", "agrégame en tiktok [handle]"),
        ("snap @ioana-p99 ou télégram", "fr", "snap [handle] ou télégram"),
        ("تواصلي معي على تلغرام @mariam_sy", "ar", "تواصلي معي على تلغرام [handle]"),
        ("انستغرام@amal_dz99", "ar", "انستغرام[handle]"),
        ("write me on wa.me/963944123456 pls", "en", "write me on [handle] pls"),
        ("el link es https://wa.me/50499887766.", "es", "el link es [handle]."),
        ("le lien t.me/sunny_k22", "fr", "le lien [handle]"),
        ("meu zap api.whatsapp.com/send?phone=5511912345678", "pt", "meu zap [handle]"),
        ("ping me ＠sunny_k22", "en", "ping me [handle]"),
        ("my insta is nguyen.mai97", "en", "my insta is [handle]"),
        ("telegram: hanh", "en", "telegram: [handle]"),
        ("سناب شات: semhar_t", "ar", "سناب شات: [handle]"),
    ],
)
def test_messaging_handles_and_messenger_links_become_handle(
    text: str, language: str, redacted: str
) -> None:
    assert redact(text, language).text == redacted


@pytest.mark.parametrize(
    "text",
    [
        "my telegram is broken so i use whatsapp",
        "we meet @ the church on sunday",
        "class starts @9 or @10:30",
        "tell them on instagram and facebook",
        "the wa.meeting room was cold",
        "the website ayuda.org is good",  # a web address: [url], not a handle
    ],
)
def test_words_near_messenger_names_are_not_handles(text: str) -> None:
    assert "handle" not in redact(text).counts


def test_a_profile_address_on_the_web_is_a_url_and_a_chat_link_a_handle() -> None:
    text = "see instagram.com/sunny_k22 or t.me/sunny_k22"
    assert redact(text).text == "see [url] or [handle]"


@pytest.mark.parametrize(
    "text",
    [
        "١٢ شخصا في الغرفة و ٣ أطفال",  # 12 people in the room and 3 children
        "۲ هفته منتظر بودم",  # I waited 2 weeks
        "nous étions 12 dans la chambre 4",
    ],
)
def test_small_numbers_in_any_digits_are_kept(text: str) -> None:
    assert redact(text, "ar").text == text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my nhs number 485 777 3456 was wrong on the letter", "en"),
        ("the home office case 1212 3434 56 is still open", "en"),
        ("mi número de seguridad social 28 1234567 80 no sale", "es"),
        ("mon numéro de dossier 0612 3456 78 est perdu", "fr"),
        ("o número do processo 0012345-67.2023 parou", "pt"),
        ("رقم الإقامة ٣٤٥٦٧٨٩٠١٢ انتهت", "ar"),
        ("رقم القضية 2022/4471 في المحكمة", "ar"),
        ("شماره پرونده ۱۲۳۴۵۶۷۸ هنوز باز است", "ar"),
    ],
)
def test_digits_after_an_id_document_name_are_a_number_not_a_phone(
    text: str, language: str
) -> None:
    # Given an ID grouped like a phone number, right after the document's name
    result = redact(text, language)
    # Then it is taken out as an ID number
    assert dict(result.counts) == {"number": 1}


@pytest.mark.parametrize(
    "text",
    [
        # the document named a few words before, or right after the digits
        "el número del expediente de protección internacional es 600 112 233",
        "la tarjeta roja tiene el número 987 654 321 y caduca pronto",
        "612 345 678 es mi número de expediente, nadie me contesta",
        "el 634 221 908 es el número de mi expediente de asilo",
        "expte. 612 34 56 78 en extranjería",
    ],
)
def test_a_spanish_id_named_near_its_digits_is_a_number_not_a_phone(text: str) -> None:
    # Given a case or card number grouped like a Spanish mobile
    # Then the document around it makes it an ID number
    assert dict(redact(text, "es").counts) == {"number": 1}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # someone's phone after the case word, "in case" after the digits
        ("my case worker's number is 07700 900123, she is great", "en"),
        ("el caso lo lleva la abogada, su teléfono es 612 345 679", "es"),
        ("mi abogada del expediente: 612 345 680", "es"),
        ("612 345 678 el caso es urgente, llamen", "es"),
        ("a educadora deu-me o telemóvel dela 963 214 587 caso precise", "pt"),
    ],
)
def test_a_phone_near_a_case_word_stays_a_phone(text: str, language: str) -> None:
    assert dict(redact(text, language).counts) == {"phone": 1}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my case worker's phone is 0803 123 4567", "en"),
        ("perdí la tarjeta sim, llamad al 6 1 2 3 4 5 6 7 8", "es"),
        ("رقم هاتفي ٠٩٤٤١٢٣٤٥٦", "ar"),
    ],
)
def test_a_phone_word_after_an_id_word_keeps_the_phone(text: str, language: str) -> None:
    assert dict(redact(text, language).counts) == {"phone": 1}


@pytest.mark.parametrize(
    "text",
    ["number: 2348031234567", "Número: 50499887766", "thanks.\nnuméro : 40721234567"],
)
def test_a_bare_number_label_before_digits_means_a_phone(text: str) -> None:
    assert dict(redact(text).counts) == {"phone": 1}


def test_a_facebook_address_after_the_word_facebook_is_a_url() -> None:
    assert redact("my facebook is facebook.com/chidi.okafor.9").text == "my facebook is [url]"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my number is zero seven nine five five five zero one two three", "en"),
        ("llámame al seis uno dos tres cuatro cinco seis siete ocho", "es"),
        ("appelle-moi zéro six un deux trois quatre cinq six sept huit", "fr"),
        ("me liga nove um dois três quatro cinco seis sete oito", "pt"),
        ("رقمي صفر سبعة تسعة خمسة خمسة خمسة صفر واحد اثنين ثلاثة", "ar"),
    ],
)
def test_a_phone_written_in_digit_words_is_a_phone(text: str, language: str) -> None:
    result = redact(text, language)
    assert dict(result.counts) == {"phone": 1}
    assert result.text.endswith("[phone]")


@pytest.mark.parametrize(
    "text",
    ["we were one two three four five six seven in a room", "un deux trois quatre cinq six sept"],
)
def test_counting_in_words_is_not_a_phone(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # Arabic: the document's name before the number, with a joined "my" or not
        ("رقم جوازي ٥٥٥١٢٣٤٥٦٧ عند صاحب العمل", "ar", "٥٥٥١٢٣٤٥٦٧"),
        ("رقم إقامتي ۲۳۴۵۶۷۸۹۰۱ انتهت", "ar", "۲۳۴۵۶۷۸۹۰۱"),
        ("الرقم الوطني ٩٨٦١٠١٢٣٤٥ مكتوب غلط", "ar", "٩٨٦١٠١٢٣٤٥"),
        ("رقم الملف ٤٥٨٢ في المفوضية", "ar", "٤٥٨٢"),
        ("القضية رقم 7731 ما زالت مفتوحة", "ar", "7731"),
        ("بطاقة اللجوء 123-45C67890 ضاعت", "ar", "123-45C67890"),
        # the usual shapes in every language
        ("my ni number is ab 12 34 56 c", "en", "ab 12 34 56 c"),
        ("case number 4471 at the home office", "en", "4471"),
        ("home office ref HO/2023/04567 still open", "en", "HO/2023/04567"),
        ("mi NIE es Y7654321K", "es", "Y7654321K"),
        ("mi pasaporte PAA123456 lo tiene la agencia", "es", "PAA123456"),
        ("mon numéro de sécu 2 92 05 2A 004 123 45", "fr", "2 92 05 2A 004 123 45"),
        ("numéro de dossier 8812 à la préfecture", "fr", "8812"),
        ("meu CPF é 123.456.789-09", "pt", "123.456.789-09"),
        ("meu RG 12.345.678-X está vencido", "pt", "12.345.678-X"),
        ("protocolo de refúgio 08018.012345/2023-11", "pt", "08018.012345/2023-11"),
        ("o meu NISS 12345678901", "pt", "12345678901"),
    ],
)
def test_an_id_number_in_any_language_is_a_number_span(text: str, language: str,
                                                       number: str) -> None:
    # Given an ID document's number, after its name or in its usual shape
    spans = [(s.kind, text[s.start:s.end]) for s in redact(text, language).spans]
    # Then the whole number is one [number]
    assert ("number", number) in spans


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my case worker since 2019 is great and my case 2020 was refused", "en"),
        ("the file had 3000 pages", "en"),
        ("costó entre 1.500.000-2.000.000 pesos", "es"),
        ("del 01.02.2020-03.04.2020 estuve allí", "es"),
        ("القضية استمرت ٣ سنوات", "ar"),
    ],
)
def test_years_amounts_and_ranges_near_id_words_are_kept(text: str, language: str) -> None:
    assert redact(text, language).text == text


@pytest.mark.parametrize(
    ("text", "language", "number"),
    [
        # asylum, alien and receipt numbers, typed in groups, in any case
        ("mi numero de asilo es AS 2210 87345, la abogada lo tiene", "es", "AS 2210 87345"),
        ("mi A-number es A 215-447-893, la corte me cambio la fecha", "es", "A 215-447-893"),
        ("my a number is a 215 447 893 and the judge has it", "en", "a 215 447 893"),
        ("el recibo de uscis ioe 0912345678 nunca llego", "es", "ioe 0912345678"),
        ("uscis receipt EAC2190012345 still pending", "en", "EAC2190012345"),
        # Spain: a DNI or NIE whose letter reads like "hours" or "and", a social security number
        ("ya tengo la nacionalidad, dni 48293017H, gracias", "es", "48293017H"),
        ("mi dni es 12345678A y ya no me piden el nie", "es", "12345678A"),
        ("mi nie es y 1234567 k y la tarjeta no llega", "es", "y 1234567 k"),
        ("mi nuss 28 1234567840 no sale en el sistema", "es", "28 1234567840"),
        # Latin America: CURP, INE, NSS, RFC
        ("mi curp gomj850101hdfrrn09 la pide el patron", "es", "gomj850101hdfrrn09"),
        ("la clave de elector del ine GMVLMR80070501M100", "es", "GMVLMR80070501M100"),
        # police reports and short case numbers after the report's name
        ("el numero de la denuncia es 4471 y nadie me llama", "es", "4471"),
        ("police report 77123 from the station in luton", "en", "77123"),
        ("numero de plainte 2023/045123 au commissariat", "fr", "2023/045123"),
        ("o boletim de ocorrência 4521/2023 sumiu", "pt", "4521/2023"),
        # Ireland and Canada
        ("my ppsn is 1234567T and social welfare lost it", "en", "1234567T"),
        ("my uci is 11-2345-6789 and IRCC still did not answer", "en", "11-2345-6789"),
        # work permits, Colombian case numbers, Mexican investigation files
        ("mi permiso de trabajo 1234 5678 90 ya vencio", "es", "1234 5678 90"),
        ("el numero de radicado es 4471 y la fiscalia no llama", "es", "4471"),
        ("la carpeta 4471 de la fiscalia no avanza", "es", "4471"),
    ],
)
def test_an_id_written_in_groups_or_with_its_letters_is_one_number(text: str, language: str,
                                                                  number: str) -> None:
    # Given an ID number typed with spaces, dashes or its letters, after the document's name
    spans = [(s.kind, text[s.start:s.end]) for s in redact(text, language).spans]
    # Then the whole number, letters included, is one [number] and no [phone]
    assert ("number", number) in spans
    assert all(kind != "phone" for kind, _ in spans)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("le salon d ongles pour rembourser 15000 euros, tous les jours", "fr"),
        ("me pagaban 150000 pesos al mes y el pasaporte me costo 150 000 pesos", "es"),
        ("i paid $15000 for the visa and they lied", "en"),
        ("con el pasaporte pague 2 500 000 pesos al coyote", "es"),
        ("mi expediente es de 2019 2020, no me acuerdo", "es"),
        ("la denuncia 2023 no avanzo y el caso lo llevan 3 abogados", "es"),
        ("the asylum process took 2 years and 300 people were waiting", "en"),
        ("meu processo custou 15000 reais", "pt"),
        ("me quitaron 15000 dirhams y 20000 naira por el pasaporte", "es"),
    ],
)
def test_amounts_years_and_dates_after_id_words_are_kept(text: str, language: str) -> None:
    assert redact(text, language).text == text

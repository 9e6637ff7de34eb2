# ruff: noqa: RUF001, RUF003  (Cyrillic letters that look like Latin ones are the point)
"""Russian and Ukrainian answers name people in many ways beyond a listed name in its case form:
"звали мир", "хозяин абдуллаев", "бригадир Лысый", "назира апа", a surname before the given name,
transliterated sentences ("asel samaya mladshaya"), employers abroad in Latin letters. Towns
after "в", streets typed in lower case or in the order a Russian envelope uses, and dates of
birth with a two-digit year are taken out too; counts, days, offices and towns abroad stay out of
the names."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, language: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # after a verb that gives a name, any word in any case is that name
        ("старшего у них звали мир, он всех и возил", "ru", ["мир"]),
        ("её звали лейла, она тоже сбежала", "ru", ["лейла"]),
        ("хазяйку кликали Зося, вона забирала гроші", "uk", ["Зося"]),
        ("його звали Орест і він нас возив", "uk", ["Орест"]),
        # a surname in lower case after a role, before it can be read as a verb
        ("хозяин юсупов говорил что полиция его", "ru", ["юсупов"]),
        ("хазяїн петришин забрав у нас гроші", "uk", ["петришин"]),
        # a nickname made of an adjective, after a role
        ("охранник Рыжий бил тех кто просил еду", "ru", ["Рыжий"]),
        # a Central Asian form of address after a name, in lower case too
        ("назира апа делилась с нами хлебом", "ru", ["назира"]),
        ("дилшод ака привез нас на склад", "ru", ["дилшод"]),
        # a surname before the given name and patronymic is one name
        ("Рахимов Алишер Бахтиярович, пишу от своего имени", "ru",
         ["Рахимов Алишер Бахтиярович"]),
        ("я Кравець Олена, прошу допомогти", "uk", ["Кравець Олена"]),
        # more Central Asian and Caucasian names
        ("Ермек и Нурлан остались там без паспортов", "ru", ["Ермек", "Нурлан"]),
        ("у Гулбахор забрали телефон", "ru", ["Гулбахор"]),
        # a surname in the instrumental, and diminutives ending in a consonant or "ко"
        ("с Ивановым говорить бесполезно, он не слушает", "ru", ["Ивановым"]),
        ("Андрійко хворіє вже тиждень, а лікаря нема", "uk", ["Андрійко"]),
        ("сынок Тимурчик кашляет всю ночь", "ru", ["Тимурчик"]),
        # a name that is a word too, before what the person did or a thanks
        ("Злата плакала каждую ночь после того", "ru", ["Злата"]),
        ("Любе спасибо, она нас кормила", "ru", ["Любе"]),
    ],
)
def test_people_are_named_however_the_sentence_names_them(text: str, language: str,
                                                          names: list[str]) -> None:
    # Given a survivor naming someone by a cue around the name, When it is redacted
    # Then each name is a [name], and the cue stays
    assert found(text, language, "name") == names


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("v turcii nas bylo troe, dilnoza samaya mladshaya, ej bylo 17", "ru", ["dilnoza"]),
        ("ya i khrystyna pratsyuvaly tam bez vykhidnykh, ne bulo grošei", "uk", ["khrystyna"]),
        ("pani Kowalska ne platila nam try misyatsi", "uk", ["Kowalska"]),
        ("frau Weber из jobcenter помогла с квартирой", "ru", ["Weber"]),
    ],
)
def test_names_in_latin_letters_are_taken_out(text: str, language: str,
                                              names: list[str]) -> None:
    # Given a name in Latin letters, in a transliterated sentence or after a title
    # When it is redacted Then it is a [name]
    assert found(text, language, "name") == names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("pryvit, ya z Kharkova, pratsyuyu v Dublini na fabrytsi", "uk"),
        ("термін в Ausländerbehörde тільки на червень", "uk"),
        ("nas bylo mnogo, vse iz raznyh gorodov, tuda nikto ne priezzhal", "ru"),
        ("case manager very nice, но по русски не говорит", "ru"),
        ("меня зовут, кто как хочет, мне все равно", "ru"),
        ("бригадир снова кричал на всех", "ru"),
        ("нас держали в Балашихе, потом в Люберцах", "ru"),
        ("жили в Подольске, работали в Химках", "ru"),
        ("на Вас вся надежда, помогите", "ru"),
        ("Армия Спасения дала нам одеяла", "ru"),
        ("Надежда была, что хоть кто то поможет", "ru"),
        ("только через месяц ответили", "ru"),
        ("с Новым годом нас никто не поздравил", "ru"),
        ("моя подруга из Оша тоже тут", "ru"),
    ],
)
def test_towns_offices_and_words_are_no_names(text: str, language: str) -> None:
    # Given towns, offices and everyday words where a name could stand
    # When it is redacted Then none of them is a [name]
    assert found(text, language, "name") == []


def test_a_name_before_so_i_am_called_is_the_only_name() -> None:
    # Given "Сергей, так меня зовут, пишу", When it is redacted
    # Then the name before the cue is taken out and the verb after it stays
    assert found("Сергей, так меня зовут, пишу в первый раз", "ru", "name") == ["Сергей"]


def test_towns_no_list_holds_after_in_are_places() -> None:
    # Given towns no list holds after "в", When it is redacted Then they are [place]s
    text = "жили в Котельниках, потом в Апрелевке"
    assert found(text, "ru", "place") == ["Котельниках", "Апрелевке"]
    assert found(text, "ru", "name") == []


@pytest.mark.parametrize(
    ("text", "language", "address"),
    [
        ("жила на каширское шоссе 45 корп 2 кв 18", "ru", "каширское шоссе 45 корп 2 кв 18"),
        ("нас держали на садовой улице 12, кв 5", "ru", "садовой улице 12, кв 5"),
        ("пишите: 142100, г. Подольск, ул. Ленина, д. 5", "ru",
         "142100, г. Подольск, ул. Ленина, д. 5"),
        ("жили на ул Гагарина 15 кв 8 всемером", "ru", "ул Гагарина 15 кв 8"),
        ("жили в доме 5 по улице Мира, в подвале", "ru", "доме 5 по улице Мира"),
        ("общага на Складской 7, корпус 2, там и жили", "ru", "Складской 7, корпус 2"),
        ("склад на Варшавское ш., 125 знают все", "ru", "Варшавское ш., 125"),
        ("адреса: вул. Незалежності 5, кв. 12, м. Київ", "uk",
         "вул. Незалежності 5, кв. 12, м. Київ"),
        ("жили на Karlova 12, Praha 1 вдесятьох", "uk", "Karlova 12, Praha 1"),
        ("наша адреса Piotrkowska 112, Łódź, пишіть", "uk", "Piotrkowska 112, Łódź"),
    ],
)
def test_streets_as_people_type_them_are_addresses(text: str, language: str,
                                                   address: str) -> None:
    # Given a street in lower case, with its town and post code first, or a street abroad
    # When it is redacted Then it is one [address]
    assert found(text, language, "address") == [address]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("на той улице 3 дня жила, никто не помог", "ru"),
        ("на этой улице 2 года работала без денег", "ru"),
        ("на главной улице 5 магазинов и ни одного врача", "ru"),
        ("пані Kowalska 3 місяці не платила", "uk"),
        ("в комнате 5 кв метров на троих", "ru"),
    ],
)
def test_counts_on_a_street_are_no_address(text: str, language: str) -> None:
    # Given a street word before a count of days, years, shops or months
    # When it is redacted Then nothing becomes an [address]
    assert found(text, language, "address") == []


@pytest.mark.parametrize(
    ("text", "language", "date"),
    [
        ("я родилась в 96 году, а записали 1990", "ru", "96 году"),
        ("родился в 98-м, в деревне", "ru", "98-м"),
        ("родилась 3 апреля 96 года, исправьте", "ru", "3 апреля 96 года"),
        ("дата рождения 5 мая 1997г, а в базе другое", "ru", "5 мая 1997г"),
        ("народився в 1992 році в Херсоні", "uk", "1992"),
        ("народилась 12 березня, рік не скажу", "uk", "12 березня"),
    ],
)
def test_dates_of_birth_in_short_forms_are_taken_out(text: str, language: str,
                                                     date: str) -> None:
    # Given a date of birth with a two-digit year, no year, or "г" joined to it
    # When it is redacted Then it is one [date]
    assert found(text, language, "date") == [date]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("мне было 19 в 2017 году, сейчас 26", "ru"),
        ("у 2022 році виїхали всією родиною", "uk"),
        ("родилась и выросла в деревне, 20 лет там жила", "ru"),
        ("дочь родилась уже здесь, ей 3 года", "ru"),
    ],
)
def test_years_and_ages_that_are_no_birth_stay(text: str, language: str) -> None:
    # Given years and ages said in passing, even near "родилась"
    # When it is redacted Then no [date] replaces them
    assert found(text, language, "date") == []

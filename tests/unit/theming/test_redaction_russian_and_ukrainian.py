# ruff: noqa: RUF001  (Cyrillic letters that look like Latin ones are the point)
"""Russian and Ukrainian answers: names in their case forms, diminutives, patronymics and surnames,
names that are words only where they name someone, towns, streets, dates of birth and ID numbers
are taken out; ordinary words, counts, amounts, rooms and years stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def found(text: str, language: str, kind: str) -> list[str]:
    return [text[s.start:s.end] for s in redact(text, language).spans if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # a given name in any case form
        ("с Олегом было проще, он хотя бы слушал", "ru", ["Олегом"]),
        ("передайте Олегу что я больше не приду", "ru", ["Олегу"]),
        ("я ждала Олега у входа два часа", "ru", ["Олега"]),
        ("хочу подякувати Марії за все", "uk", ["Марії"]),
        ("ми з Марією жили в одній кімнаті", "uk", ["Марією"]),
        ("попросіть Андрія передзвонити", "uk", ["Андрія"]),
        ("у Светы забрали телефон в первый же день", "ru", ["Светы"]),
        # diminutives and nicknames, in lower case too
        ("саша говорил что всё будет хорошо, а потом пропал", "ru", ["саша"]),
        ("скажіть сашку шо я чекаю", "uk", ["сашку"]),
        ("огромное спасибо Танечке из приемной", "ru", ["Танечке"]),
        ("дякую оленці за пораду", "uk", ["оленці"]),
        ("Машин сын тоже тут, ему 5 лет", "ru", ["Машин"]),
        # patronymics run with the name; a title or kinship word stays outside
        ("Галина Іванівна дуже уважна, дякую їй", "uk", ["Галина Іванівна"]),
        ("хочу сказать спасибо Елене Петровне за терпение", "ru", ["Елене Петровне"]),
        ("Тетя Валя с кухни всегда оставляла нам хлеб", "ru", ["Валя"]),
        ("тьотя галя з пральні дала мені куртку", "uk", ["галя"]),
        ("пані Олена з притулку допомогла з лікарем", "uk", ["Олена"]),
        ("фрау Мюллер в ведомстве всегда помогала", "ru", ["Мюллер"]),
        ("пан коваль так і не прийшов на зустріч", "uk", ["коваль"]),
        # surnames by their endings, and after a role
        ("инспектор Сидоренко сказал ждать звонка", "ru", ["Сидоренко"]),
        ("лисенко з міграційної служби відмовила без пояснень", "uk", ["лисенко"]),
        ("адвокат Кравчук обещал позвонить и не позвонил", "ru", ["Кравчук"]),
        ("мой куратор Смирнова всегда на связи", "ru", ["Смирнова"]),
        ("я Оксана Павленко, прошу не давать мой номер никому", "uk", ["Оксана Павленко"]),
        # Central Asian names in Cyrillic, and "ака" after a name
        ("меня зовут Гульнара, я из Андижана", "ru", ["Гульнара"]),
        ("Рустам ака помог нам с жильём", "ru", ["Рустам"]),
        ("вместе со мной работали Жасур и Дилшод", "ru", ["Жасур", "Дилшод"]),
        # after "меня зовут" any word is a name, and in Latin letters too
        ("мене звати ліля, мені 19", "uk", ["ліля"]),
        ("menya zovut dilya, ya ne znayu kuda idti", "ru", ["dilya"]),
        # names that are words, where they name someone
        ("соседка Вера помогла мне с ребенком", "ru", ["Вера"]),
        ("Надія Петрівна з гарячої лінії перезвонила сама", "uk", ["Надія Петрівна"]),
        ("пані Любов завжди знаходила час для нас", "uk", ["Любов"]),
        ("моего брата Льва отправили в другой город", "ru", ["Льва"]),
        ("в центре работает Слава, он водитель", "ru", ["Слава"]),
    ],
)
def test_people_in_russian_and_ukrainian_are_taken_out(text: str, language: str,
                                                       names: list[str]) -> None:
    # Given a survivor naming someone in Russian or Ukrainian, When it is redacted
    # Then each name, in whatever form the sentence gives it, is a [name], and nothing else is
    assert found(text, language, "name") == names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("вера в людей у меня пропала после всего", "ru"),
        ("віра і надія це все що в мене лишилось", "uk"),
        ("надежды почти не было, но вы помогли", "ru"),
        ("любовь к детям держит меня на ногах", "ru"),
        ("любов до дітей тримає мене", "uk"),
        ("Слава Богу, что мы выбрались", "ru"),
        ("слава богу все живі", "uk"),
        ("на окне стояла роза, это было единственное красивое", "ru"),
        ("лев на картинке в детской комнате пугает малыша", "ru"),
        ("коли я прийшла, нікого не було", "uk"),
        ("люди в центре добрые, спасибо вам", "ru"),
        ("миші бігали по кухні всю ніч", "uk"),
        ("машин во дворе много, дети не могут гулять", "ru"),
        ("В Красном Кресте дали одежду и еду", "ru"),
        ("Карітас допоміг з ліками, дякую", "uk"),
        ("Аллах всё видит, я в это верю", "ru"),
        ("в МОМ сказали прийти в понедельник", "ru"),
        ("СПАСИБО ВСЕМ КТО ПОМОГАЛ, Я НЕ ЗАБУДУ", "ru"),
    ],
)
def test_everyday_words_stay_in_russian_and_ukrainian(text: str, language: str) -> None:
    # Given an answer with words that are names elsewhere, but name no one here
    # When it is redacted Then no [name] replaces them
    assert found(text, language, "name") == []


@pytest.mark.parametrize(
    ("text", "language", "places"),
    [
        ("мы приехали из Бишкека на автобусе", "ru", ["Бишкека"]),
        ("работала в Казани на складе", "ru", ["Казани"]),
        ("я з Одеси, зараз у Кракові", "uk", ["Одеси", "Кракові"]),
        ("нас привезли у вроцлав вночі", "uk", ["вроцлав"]),
        ("жили в поселке Рассвет, там одни теплицы", "ru", ["Рассвет"]),
        ("нас держали в Московской области на даче", "ru", ["Московской области"]),
        ("я з Львівської області, з села", "uk", ["Львівської області"]),
        ("работала в Иркутске два года", "ru", ["Иркутске"]),
    ],
)
def test_towns_are_places_not_names(text: str, language: str, places: list[str]) -> None:
    # Given a town in a case form, When it is redacted Then it is a [place], never a [name]
    assert found(text, language, "place") == places
    assert found(text, language, "name") == []


@pytest.mark.parametrize(
    ("text", "language", "address"),
    [
        ("живу сейчас на ул. Ленина, д. 7, кв. 15, пишите туда", "ru", "ул. Ленина, д. 7, кв. 15"),
        ("нас держали на улице Заводской 12 в подвале", "ru", "улице Заводской 12"),
        ("склад был на Каширском шоссе 31, корпус 2", "ru", "Каширском шоссе 31, корпус 2"),
        ("мешкаю на вул. Франка, буд. 3, кв. 8", "uk", "вул. Франка, буд. 3, кв. 8"),
        ("гуртожиток на вулиці Зеленій 22", "uk", "вулиці Зеленій 22"),
        ("нова адреса проспект Перемоги 101/2", "uk", "проспект Перемоги 101/2"),
        ("mieszkam teraz ul. Piękna 15, 00-549 Warszawa", "uk", "ul. Piękna 15, 00-549 Warszawa"),
        ("зараз живу на Frankfurter Straße 42", "uk", "Frankfurter Straße 42"),
        ("нас поселили в общежитие № 4 возле рынка", "ru", "общежитие № 4"),
        ("pishite na ulitsa Mira 5 kv 12", "ru", "ulitsa Mira 5 kv 12"),
    ],
)
def test_street_addresses_are_taken_out(text: str, language: str, address: str) -> None:
    # Given a survivor writing where they live or were held, When it is redacted
    # Then the street with its numbers is one [address]
    assert found(text, language, "address") == [address]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("на улице ночевала две недели, пока не нашли", "ru"),
        ("на вулиці було холодно, 5 днів без даху", "uk"),
        ("в общежитии 3 года живу и ничего не меняется", "ru"),
        ("в комнате 214 холодно, батарея не работает", "ru"),
        ("в автобусі 17 завжди контроль", "uk"),
    ],
)
def test_streets_without_a_house_and_rooms_stay(text: str, language: str) -> None:
    # Given a street word with no house number, or a room or bus number said in passing
    # When it is redacted Then nothing becomes an [address]
    assert found(text, language, "address") == []


@pytest.mark.parametrize(
    ("text", "language", "kind", "detail"),
    [
        ("я родилась 12 июня 1999 г., а в документах другое", "ru", "date", "12 июня 1999 г."),
        ("народилася 3 квітня 2001 р. у Житомирі", "uk", "date", "3 квітня 2001 р."),
        ("мне записали 1990 г.р., а я 1995", "ru", "date", "1990"),
        ("я 1997 року народження, а пишуть інше", "uk", "date", "1997"),
        ("родился в 1988 году в Оше", "ru", "date", "1988"),
        ("паспорт 40 08 123456 забрал хозяин", "ru", "number", "40 08 123456"),
        ("мой инн 772512345678, зачем он вам", "ru", "number", "772512345678"),
        ("снилс 112-233-445 95 мне так и не отдали", "ru", "number", "112-233-445 95"),
        ("мій ІПН 2987654321, запишіть правильно", "uk", "number", "2987654321"),
        ("миграционная карта 4517 7654321 у работодателя", "ru", "number", "4517 7654321"),
        ("звоните на 8 916 123 45 67 после шести", "ru", "phone", "8 916 123 45 67"),
    ],
)
def test_dates_of_birth_ids_and_phones_are_taken_out(text: str, language: str, kind: str,
                                                     detail: str) -> None:
    # Given a date of birth, an ID or a phone written the local way, When it is redacted
    # Then it is one marker of its kind
    assert found(text, language, kind) == [detail]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("в 2019 году еще было нормально", "ru"),
        ("мені було 17, зараз 23", "uk"),
        ("платили 30 тысяч в месяц, обещали 100", "ru"),
        ("ждали с марта по май, 3 месяца", "ru"),
        ("з 2022 року живемо в Польщі", "uk"),
        ("купили обогреватель за 1500 рублей", "ru"),
        ("сиділа в автобусі 47 годин до кордону", "uk"),
    ],
)
def test_years_counts_and_amounts_stay(text: str, language: str) -> None:
    # Given years, ages, months and amounts that identify nobody
    # When it is redacted Then no date, number or phone marker replaces them
    kinds = {s.kind for s in redact(text, language).spans}
    assert not kinds & {"date", "number", "phone"}


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # an unlisted name opening a sentence, before what the person did
        ("Гюльчехра сказала что нас не выпустят. Потом пришла полиция", "ru", ["Гюльчехра"]),
        ("Шахзода пропала через неделю после нас", "ru", ["Шахзода"]),
        # an unlisted name in lower case after a kinship word or a role
        ("моя подруга мохинур тоже там работала", "ru", ["мохинур"]),
    ],
)
def test_unlisted_names_are_read_from_what_surrounds_them(text: str, language: str,
                                                          names: list[str]) -> None:
    # Given a name no list holds, When it is redacted
    # Then what comes around it (a verb after it, a kinship word before it) makes it a [name]
    assert found(text, language, "name") == names


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Потом сказали что мест нет", "ru"),
        ("Короче пришлось уйти самой", "ru"),
        ("Нині влада нічого не робить для нас", "uk"),
        ("тетя сказала подождать до утра", "ru"),
        ("мама позвонила мне только через месяц", "ru"),
        ("коли ані копійки не було, нам допомогли", "uk"),
        ("у віці 17 років мене вивезли", "uk"),
        # people named by what they do or where they are from, opening a sentence
        ("Повариха ругалась на нас каждый день", "ru"),
        ("Бригадирша сказала что денег не будет", "ru"),
        ("Уборщица помогла мне позвонить домой", "ru"),
        ("Таджичка из соседней комнаты плакала всю ночь", "ru"),
        ("подруга соседки помогла найти врача", "ru"),
        # shops people worked in, the state, holidays and the world's regions, capitalised
        ("работала в Пятерочке на кассе без договора", "ru"),
        ("гражданство Российской Федерации мне так и не дали", "ru"),
        ("на Рамадан нас не отпустили даже на час", "ru"),
        ("в Мае обещали работу, а теперь молчат", "ru"),
    ],
)
def test_common_words_around_people_stay(text: str, language: str) -> None:
    # Given everyday words where a name could stand (opening a sentence, after "тетя")
    # When it is redacted Then none of them becomes a [name]
    assert found(text, language, "name") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Я українка, мені 34 роки", "uk"),
        ("Українці в притулку допомагали одне одному", "uk"),
        ("корабль стоял в порту неделю", "ru"),
        ("в доме жили 40 семей", "ru"),
    ],
)
def test_peoples_and_words_like_towns_stay(text: str, language: str) -> None:
    # Given a word for a people, or a word shaped like a town ("в порту"), When it is redacted
    # Then no [place] or [name] replaces it
    assert not {s.kind for s in redact(text, language).spans} & {"place", "name"}

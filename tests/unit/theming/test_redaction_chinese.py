# ruff: noqa: RUF001  (full-width punctuation is the point of these cases)
"""Chinese answers: names written without spaces, addresses from province to room, dates of
birth and ID numbers are taken out; time words, amounts, bus and room numbers and the names of
organisations stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact
from feedback_app.theming.chinese import addresses as chinese_addresses
from feedback_app.theming.chinese import dates as chinese_dates
from feedback_app.theming.chinese import latin as chinese_latin
from feedback_app.theming.chinese import names as chinese_names


def details(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in redact(text, "zh_Hans").spans]


@pytest.mark.parametrize(("text", "expected"), [
    # after the words that introduce a name
    ("我叫王秀英，今年二十八岁，想找一份正经的工作", [("name", "王秀英")]),
    ("她叫刘芳，是跟我一起出来的", [("name", "刘芳")]),
    ("那个律师叫周建国，他说案子下个月开庭", [("name", "周建国")]),
    ("他们都叫他大胡子，外号叫铁头，真名没人知道", [("name", "大胡子"), ("name", "铁头")]),
    # a surname before a title: only the surname is the name
    ("刘姐每次都耐心听我说完，谢谢刘姐", [("name", "刘"), ("name", "刘")]),
    ("谢谢黄老师教我们英语", [("name", "黄")]),
    ("吴医生看病很仔细", [("name", "吴")]),
    # 老 and 小 before a surname; 阿 and 小 nicknames are whole names
    ("老张是工头，天天骂我们", [("name", "张")]),
    ("小陈帮我预约了医生", [("name", "陈")]),
    ("阿梅说她在那边还有两个孩子", [("name", "阿梅")]),
    ("小丽每天晚上都给我们做饭", [("name", "小丽")]),
    # beside verbs of speech and action, and time words
    ("跟林志强说一下我明天不去了", [("name", "林志强")]),
    ("李明今天给我打电话了，说身份的事有进展", [("name", "李明")]),
    # after a role, foreign names written in Chinese too
    ("老板徐海波把我们的工资扣了一半", [("name", "徐海波")]),
    ("社工安娜说话很慢，我都能听懂", [("name", "安娜")]),
    # a name again, and a name listed beside one
    ("我和丽丽、阿珍住一起，丽丽会说一点英语",
     [("name", "丽丽"), ("name", "阿珍"), ("name", "丽丽")]),
    ("我跟秀兰、小燕一起去的", [("name", "秀兰"), ("name", "小燕")]),
])
def test_chinese_names_are_found_by_what_stands_around_them(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("那个中介叫Tony，在微信上找到我的", [("name", "Tony")]),
    ("我的英文名是Lily，中文名叫张美玲", [("name", "Lily"), ("name", "张美玲")]),
    ("zhang wei 和 LIU YANG 都是我的同事", [("name", "zhang wei"), ("name", "LIU YANG")]),
    ("Jenny姐帮我们找到了住的地方", [("name", "Jenny")]),
    ("社工Rachel每周都来看我们", [("name", "Rachel")]),
])
def test_names_in_latin_letters_among_chinese_are_found(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize(("text", "address"), [
    ("我住在上海市浦东新区张杨路500号8楼，现在不敢回去", "上海市浦东新区张杨路500号8楼"),
    ("他们把我们关在广州市白云区太和镇龙归村3巷12号", "广州市白云区太和镇龙归村3巷12号"),
    ("以前住的地方是成都市武侯区桐梓林北路6号2栋1单元502",
     "成都市武侯区桐梓林北路6号2栋1单元502"),
    ("老板的仓库在长安镇振安路77号，后门没有锁", "长安镇振安路77号"),
    ("我被关在Rua Augusta 45, Lisboa的一个地下室", "Rua Augusta 45, Lisboa"),
])
def test_chinese_addresses_are_taken_out_whole(text, address):
    assert details(text) == [("address", address)]


@pytest.mark.parametrize(("text", "expected"), [
    ("我是1988年3月5日出生的，护照上写错了", [("date", "1988年3月5日")]),
    ("出生于1992年，老家的人都不知道我在这里", [("date", "1992年")]),
    ("生日是2001年12月30日，表上要填", [("date", "2001年12月30日")]),
    ("我的身份证号码是 440106199001011234，请帮我保密", [("number", "440106199001011234")]),
    ("护照号码：G12345678，被中介扣了", [("number", "G12345678")]),
])
def test_dates_of_birth_and_id_numbers_are_taken_out(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "明天下午三点去红十字会，周五还要去警察局",
    "坐15路公交车到市中心要一个小时",
    "住了三个月，每天工作十二个小时，工资才800欧",
    "小时候家里很穷，十六岁就出来打工了",
    "我们有六个人住在一个小房间里，208房的空调坏了",
    "老师很好，老板很坏，翻译还可以",
    "在超市打工一个月，后来被辞了",
    "工作人员都很好，我很高兴",
    "黄金周的时候店里特别忙",
    "朋友马上就来接我，不用担心",
    "她天天哭，我也没办法，我们都很想家",
    "老王八蛋，我恨他们",
    "在中山路那边有很多工厂，都是黑工",
    "3月1日要去签到，别忘了",
    "在小红书上看到的招聘，说包吃包住",
    "律师事务所的人说下周给我回电话",
    "以前在园区每天工作十六个小时",
    "我二十五岁，2019年来到这里",
])
def test_everyday_chinese_is_kept_as_written(text):
    assert redact(text, "zh_Hans").text == text


@pytest.mark.parametrize("find", [
    chinese_names.find_chinese_names, chinese_addresses.find_chinese_addresses,
    chinese_dates.find_chinese_birth_dates, chinese_latin.find_latin_names_in_chinese,
    chinese_latin.find_latin_addresses_in_chinese,
])
def test_chinese_rules_read_nothing_in_answers_without_han_letters(find):
    text = "Wang Li from the shelter at 12 Main Road was kind, born 1990, xiao ming said"
    assert list(find(text, "en")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("我是从福州出来的，先到曼谷，再到马德里", [("place", "福州"), ("place", "曼谷"),
                                           ("place", "马德里")]),
    ("她现在还在金边，联系不上", [("place", "金边")]),
    ("老家是fuqing的，家里人都在那边", [("place", "fuqing")]),
])
def test_chinese_places_are_taken_out(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "那些泰国女孩跟我们一起干活，语言不通",
    "我只会说一点越南话",
    "有一次吃到中国菜，想家想得哭了",
    "她的头发米兰色的，很好看",
])
def test_a_people_or_a_language_is_no_place(text):
    assert redact(text, "zh_Hans").text == text


@pytest.mark.parametrize(("text", "expected"), [
    ("谢谢秀英一直陪着我", [("name", "秀英")]),
    ("我认识刘洋很多年了", [("name", "刘洋")]),
    ("王芳和李丽都是我的室友", [("name", "王芳"), ("name", "李丽")]),
    ("陈丽的电话打不通了", [("name", "陈丽")]),
    ("李主管说下个月涨工资", [("name", "李")]),
])
def test_names_said_with_other_everyday_words_around_them_are_found(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "谢谢大家的帮助", "和朋友一起去的", "跟社工说了好几次", "问清楚了再签字",
    "和平时一样，没什么变化", "谢谢志愿者们", "跟着阿姨学做饭", "黄金很贵", "马上就好",
])
def test_everyday_words_after_thanks_and_with_are_kept(text):
    assert redact(text, "zh_Hans").text == text


def test_a_long_chinese_answer_is_read_in_one_go():
    # the preview reads every answer as typed: a long one must give a result, names out
    text = "谢谢王姐帮我，" * 2000 + "Amy姐也很好。" * 500
    result = redact(text, "zh_Hans")
    assert "王姐" not in result.text and "Amy" not in result.text
    assert result.counts["name"] == 2500


@pytest.mark.parametrize(("text", "expected"), [
    ("我是98年的，今年26岁，什么都没有了", [("date", "98年")]),
    ("出生年月 1993.06，户口在老家", [("date", "1993.06")]),
    ("芬姐对我们很好，像亲姐姐一样", [("name", "芬")]),
    ("谢谢霞姨每天给我们做饭", [("name", "霞")]),
])
def test_years_of_birth_and_nicknames_with_kin_words_are_taken_out(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "我是98年来的，那时候还小", "2019.5来的，到现在快五年了", "大叔人很好，阿姨也是",
    "表嫂帮我带孩子", "小宝宝生病了，没钱看医生", "晚上吃的小龙虾，很好吃",
])
def test_years_of_arrival_and_kin_words_stay(text):
    assert redact(text, "zh_Hans").text == text


@pytest.mark.parametrize(("text", "expected"), [
    ("玛丽亚说明天带我们去医院", [("name", "玛丽亚")]),
    ("安德森先生是我的律师", [("name", "安德森")]),
    ("老板龚德顺说下个月发工资", [("name", "龚德顺")]),
    ("王丽华对我很好", [("name", "王丽华")]),
    ("我去李芳家住了两天", [("name", "李芳")]),
])
def test_foreign_names_rarer_given_names_and_names_before_everyday_verbs_are_found(text,
                                                                                   expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "法国老师讲得很清楚", "英语老师每周来两次", "西安老师人很好", "卡拉OK里面很多女孩",
    "大姐人很好", "我们的老师很好", "社工阿姨很好",
])
def test_subjects_and_kin_before_titles_stay(text):
    assert redact(text, "zh_Hans").text == text


@pytest.mark.parametrize(("text", "expected"), [
    ("春梅姐每天都来看我们", [("name", "春梅")]),
    ("房东陈太太不让我们用厨房", [("name", "陈")]),
    ("工头刘德华天天骂人", [("name", "刘德华")]),
    ("陈明这个人很坏，大家都怕他", [("name", "陈明")]),
])
def test_nicknames_before_kin_words_and_people_after_their_role_are_found(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("我是九五年正月十五出生的，家里穷", [("date", "九五年正月十五")]),
    ("生日：阴历腊月廿三，证件上写的是别的", [("date", "阴历腊月廿三")]),
])
def test_dates_of_birth_in_chinese_numerals_and_the_lunar_calendar_are_taken_out(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", ["三月去签到，社工陪我", "八月我们去了工厂，每天干活"])
def test_months_in_chinese_numerals_without_a_birth_word_stay(text):
    assert redact(text, "zh_Hans").text == text

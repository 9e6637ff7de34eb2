# ruff: noqa: RUF001  (full-width punctuation is the point of these cases)
"""Chinese answers name people in many ways besides "我叫…": a surname after 姓, what others
call someone, a given name alone, names in a list with "、", 小 inside a full name, a friend's
name in pinyin. Each is taken out; the everyday words that look like them stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def details(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in redact(text, "zh_Hans").spans]


@pytest.mark.parametrize(("text", "expected"), [
    # a surname after 姓: the surname alone, and again before a title
    ("那个中介姓黄，说话很客气，后来才知道是骗子", [("name", "黄")]),
    ("管我们的人姓欧阳，大家都怕他", [("name", "欧阳")]),
    ("老板娘姓何，我们都叫她何姐", [("name", "何"), ("name", "何")]),
    # what others call someone, up to the clause's end; a title after it stays outside
    ("看门的人我们都叫他光头，手里有刀", [("name", "光头")]),
    ("我们都叫他郑老大", [("name", "郑")]),
    # after 叫 and 名字, with or without a colon
    ("叫刘德明的人把我们的护照收走了", [("name", "刘德明")]),
    ("名字：陈国华，身份证被他们拿走了", [("name", "陈国华")]),
    ("名字林秀英，想问问我的案子", [("name", "林秀英")]),
    # 小 as the first given letter
    ("她姓刘，叫刘小梅", [("name", "刘"), ("name", "刘小梅")]),
    ("王小红说她明天还来看我们", [("name", "王小红")]),
    # a full name before what the person did
    ("刘建国打我，还不给工资", [("name", "刘建国")]),
    ("周海波骂我们是猪，天天这样", [("name", "周海波")]),
    # a given name alone, at a clause's start or after who the person is to the writer
    ("红霞的孩子还在国内，她每天都哭", [("name", "红霞")]),
    ("翠花是我在厂里最好的朋友", [("name", "翠花")]),
    ("我朋友美玲也在那边，联系不上", [("name", "美玲")]),
    ("我的闺蜜晓燕也是被骗过去的", [("name", "晓燕")]),
    # a foreign name before a title
    ("约翰医生说我的腰伤要做手术", [("name", "约翰")]),
])
def test_people_named_in_everyday_ways_are_taken_out(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("我跟小红、阿梅、春燕住一个房间", [("name", "小红"), ("name", "阿梅"), ("name", "春燕")]),
    ("王哥、胖虎、阿彪这三个是专门看门的", [("name", "王"), ("name", "胖虎"), ("name", "阿彪")]),
    ("我和丽丽、阿珍住一起", [("name", "丽丽"), ("name", "阿珍")]),
    ("王芳、春燕都走了，就剩我一个", [("name", "王芳"), ("name", "春燕")]),
])
def test_every_person_in_a_list_with_pauses_is_taken_out(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("xiaohong你在看吗？我出来了", [("name", "xiaohong")]),
    ("lanlan u ok?? 我在shelter挺好的", [("name", "lanlan")]),
    ("fangfang我想你，你在哪里", [("name", "fangfang")]),
])
def test_a_friends_name_in_pinyin_is_taken_out(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "明明说好三个月就能还清，结果干了两年",
    "永远是我的家，我想回去",
    "光明的日子会来的，社工姐姐说的",
    "姓名写错了，能改吗",
    "名字写错了，能改吗",
    "我们叫他过来帮忙，他不来",
    "叫我去那边签字，我看不懂",
    "毛毯、方便面、衣服都有，谢谢你们",
    "haha 我出来了，谢谢大家",
    "我meimei还在国内，很担心她",
    "xiaomi手机被他们收了",
    "春节的时候大家一起包饺子",
    "在小红书上看到的招聘",
    "平安夜那天大家一起吃饭",
    "今天很长乐，大家都笑了",
])
def test_everyday_words_that_look_like_names_stay(text):
    assert redact(text, "zh_Hans").text == text


@pytest.mark.parametrize(("text", "expected"), [
    ("我老家福建长乐的，被蛇头带到法国", [("place", "福建"), ("place", "长乐"),
                                     ("place", "法国")]),
])
def test_a_town_whose_name_is_a_word_is_a_place_after_its_province(text, expected):
    assert details(text) == expected


def test_a_long_list_of_people_is_read_in_one_go():
    text = "谢谢王姐、" * 3000 + "春燕住这里"
    result = redact(text, "zh_Hans")
    assert result.counts["name"] == 3001
    assert "春燕" not in result.text


@pytest.mark.parametrize(("text", "expected"), [
    # a full name before a title, where the last given letter is a surname too (华, 林)
    ("赵丽华阿姨是我们邻居，她帮我看孩子", [("name", "赵丽华")]),
    ("跟周海林老师说了，他会帮我问", [("name", "周海林")]),
    # a nickname and a kin word just after who the person is
    ("老板娘芳姐打过我好几次", [("name", "芳")]),
    ("工头红哥每天骂我们", [("name", "红")]),
    # a name after a role and 叫: a nickname to the clause's end, a full name before a verb
    ("蛇头叫刀疤，他说我欠他十八万", [("name", "刀疤")]),
    ("中介叫王志强说能办工作签证", [("name", "王志强")]),
    # a two-letter surname at a clause's start
    ("欧阳晓燕是我们shelter的志愿者 她会讲普通话", [("name", "欧阳晓燕")]),
    # the names children are called by, and a given name before 今年
    ("我儿子浩浩今年上小学了", [("name", "浩浩")]),
    ("我女儿乐乐很想爸爸", [("name", "乐乐")]),
    ("我朋友美玲今年才二十岁", [("name", "美玲")]),
    # Latin names among Han letters: after 叫 or 谢谢 in any case, a surname after them
    ("新来的那个叫tom的说他不知道我的情况", [("name", "tom")]),
    ("谢谢JOY!!! 你是最好的社工", [("name", "JOY")]),
    ("那天的警察叫James Walker，他很耐心", [("name", "James Walker")]),
])
def test_people_named_by_role_kin_and_calling_are_taken_out(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "老板叫警察来抓我们，我们都跑了",
    "老板叫我们每天干十五个小时",
    "司机叫救命，",
    "老板娘叫人打我",
    "我儿子今年上学了",
    "一朵朵花很好看",
    "我要找job，不想再做按摩",
])
def test_what_a_role_calls_for_and_everyday_words_stay(text):
    assert redact(text, "zh_Hans").text == text


def test_a_capitalised_word_between_han_letters_is_read_as_at_a_sentences_start():
    text = "谢谢Frau Becker帮我在Ausländerbehörde预约，没有她我什么都不懂"
    assert details(text) == [("name", "Becker")]


@pytest.mark.parametrize(("text", "expected"), [
    # surnames of Guangdong and Guangxi that the Hundred Family Surnames leaves out
    ("我姐冼慧敏在工厂做了五年", [("name", "冼慧敏")]),
    ("我们厂的邝嘉欣也被扣了护照", [("name", "邝嘉欣")]),
    ("包工头老覃不给我们发工资", [("name", "覃")]),
    # kin said short, and 叫 after it
    ("我妈叫岑桂英，她一直在等我回家", [("name", "岑桂英")]),
    # a rarer surname with two given letters, at a clause's start or in a list
    ("郜雅婷在机场等我们，说是公司派来的", [("name", "郜雅婷")]),
    ("王芳、蒙秋菊和我住一个屋", [("name", "王芳"), ("name", "蒙秋菊")]),
])
def test_names_with_rarer_surnames_and_short_kin_words_are_taken_out(text, expected):
    assert details(text) == expected


@pytest.mark.parametrize("text", [
    "包工头每天都骂人",
    "我姐在工厂打工",
    "我妈叫我早点回家",
    "我爸叫警察来了",
    "他蒙上我的眼睛带我走",
    "表姐说那边工资高",
])
def test_roles_kin_and_words_that_start_with_a_surname_stay(text):
    assert redact(text, "zh_Hans").text == text

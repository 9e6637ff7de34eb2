# ruff: noqa: RUF001  (full-width punctuation is the point of these cases)
"""Chinese answers: mobiles in one run of digits, WeChat, QQ and Douyin accounts written after
the app's name, and addresses after the words of living and sending are taken out; amounts,
counts and districts said alone stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


def details(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in redact(text, "zh_Hans").spans]


@pytest.mark.parametrize(("text", "phone"), [
    ("我姐的电话13912345678，她什么都不知道，别吓到她", "13912345678"),
    ("有事打给我：18659041237，晚上十点以后别打", "18659041237"),
    ("以前的号码是+8615005918824，现在被停了", "+8615005918824"),
])
def test_a_mainland_mobile_in_one_run_of_digits_is_a_phone(text, phone):
    assert details(text) == [("phone", phone)]


@pytest.mark.parametrize(("text", "handle"), [
    ("加我微信 chenmei_88 吧，电话不安全", "chenmei_88"),
    ("她的微信号：wxid_lanlan521，你们可以联系她", "wxid_lanlan521"),
    ("我的vx是xiaoyu0302，白天别发", "xiaoyu0302"),
    ("那个中介的QQ是 1736498520，现在还在群里招人", "1736498520"),
    ("加我QQ 2837461950 我把照片发给你们", "2837461950"),
    ("抖音号jinbei_job666 天天发去国外打工的视频", "jinbei_job666"),
    ("在抖音搜 haiwai_gaoxin 就能看到他们的广告", "haiwai_gaoxin"),
])
def test_an_account_after_its_apps_name_is_a_handle(text, handle):
    assert details(text) == [("handle", handle)]


@pytest.mark.parametrize("text", [
    "微信同号，有事直接打",
    "他们在微信群里发广告，说去国外月薪两万",
    "我在qq上认识他的，后来才知道是骗子",
    "用微信转了 3000块给家里，被扣了手续费",
    "抖音上都是假的，别信",
    "微信 group 里面都是老乡",
])
def test_the_apps_said_in_passing_stay(text):
    assert redact(text, "zh_Hans").text == text


@pytest.mark.parametrize(("text", "address"), [
    ("家里地址湖南省邵阳市隆回县桃洪镇新华街112号，请帮我寄封信回去",
     "湖南省邵阳市隆回县桃洪镇新华街112号"),
    ("我妹住郑州市金水区锦绣花园小区9号楼1单元1203，她不知道我的事",
     "郑州市金水区锦绣花园小区9号楼1单元1203"),
    ("请寄到南京市鼓楼区中山北路30号，我妈收", "南京市鼓楼区中山北路30号"),
    ("他们搬去了东莞市长安镇霄边村5巷8号，还在招人", "东莞市长安镇霄边村5巷8号"),
])
def test_an_address_after_the_words_of_living_and_sending_is_taken_out(text, address):
    assert details(text) == [("address", address)]


@pytest.mark.parametrize("text", [
    "我住宝安区，离市中心很远",
    "我们回到宝安区以后才敢打电话",
    "住了三个月，208房的热水还是坏的",
])
def test_a_district_said_alone_stays(text):
    assert redact(text, "zh_Hans").text == text


@pytest.mark.parametrize(("text", "number"), [
    ("律师给的档案号是AB-2024-3391，让我每个月打电话问", "AB-2024-3391"),
    ("护照号码E12345678被他们拿走了，到现在还没还", "E12345678"),
])
def test_an_id_straight_after_its_chinese_name_is_taken_out(text, number):
    spans = redact(text, "zh_Hans").spans
    assert [(s.kind, text[s.start:s.end]) for s in spans] == [("number", number)]


def test_a_short_number_after_an_id_word_stays():
    text = "排队的编号是12，等了一上午"
    assert redact(text, "zh_Hans").text == text

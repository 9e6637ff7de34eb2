# ruff: noqa: RUF001  (full-width punctuation is the point of these cases)
"""Chinese and Tigrinya put no space between a word and a number or an address: the contact
details written against them are taken out all the same, and the words around them stay."""

from __future__ import annotations

import pytest

from feedback_app.theming import redact


@pytest.mark.parametrize(("text", "language", "gone", "kept"), [
    ("我的电话13812345678，有事打给我", "zh_Hans", "13812345678", "有事打给我"),
    ("邮箱是wangli88@qq.com，谢谢", "zh_Hans", "wangli88@qq.com", "谢谢"),
    ("微信号码：+86 139 1234 5678。", "zh_Hans", "139 1234 5678", "微信号码"),
    ("ቁጽሪ ስልከይ0712345678። የቐንየለይ", "ti", "0712345678", "የቐንየለይ"),
    ("ኢመይለይ selam.t@gmail.com ፣ ብኽብረትኩም ደውሉ", "ti", "selam.t@gmail.com", "ብኽብረትኩም"),
])
def test_a_number_or_an_address_against_the_words_is_taken_out(text, language, gone, kept):
    result = redact(text, language).text
    assert gone not in result and kept in result, result


def test_words_in_those_scripts_are_not_markers_themselves():
    text = "宿舍很干净，工作人员很好。ሰራሕተኛታት ሕያዋን እዮም።"
    assert redact(text, "zh_Hans").text == text

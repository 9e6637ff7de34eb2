# ruff: noqa: RUF001  (Chinese punctuation is the point here)
"""Chinese street addresses: the chain from province to room, written without spaces.

"福建省福清市音西街道福俊路118号3栋602室", "哈尔滨市南岗区和兴小区5号楼2单元301",
"法拉盛缅街41-25号2楼". Each link is a name ending in its kind (省, 市, 区, 县, 镇,
街道, 路, 街, 小区...) or a number with its kind (号, 栋, 单元, 室, 楼). A chain is an
address when it holds a house, building or room number after a named link, or a street or an
estate among two links or more: "住在宝安区" is a district, and "坐42路公交车" a bus, so
both stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.chinese import words
from feedback_app.theming.scripts import HAN, has_han
from feedback_app.theming.spans import Span

_AREA = "(?:省|自治区|特别行政区|市|区|县|镇|乡|街道|村)"
_STREET = "(?:大道|大街|胡同|路|街|巷|弄)"
_ESTATE = "(?:小区|花园|新村|家园|公寓|大厦|广场|苑)"
_NUMBER = r"\d{1,5}(?:[-－]\d{1,5})?"
_UNIT = "(?:号楼|号院|号|栋|幢|座|单元|室|楼|层|号房|巷|弄)"
# An address starts after a grammar word or where no Han letter stands before it, and its links'
# names hold no word that ends a phrase or leads to a place, so "我住在" never starts one; other
# grammar letters may be in a name ("南岗区和兴小区", "上海市").
# Words of living, sending and moving before a place ("我妹住郑州市…", "家里地址湖南省…",
# "寄到…", "搬去…") end a phrase too.
_GRAMMAR = "".join(sorted(words.NOT_IN_NAMES | frozenset("住址寄搬离往于")))
_CORE_GRAMMAR = "的了是在我你他她们个一这那就也还说有很吗呢住去到从来回把被给对叫址"
# Past a link's first letter only the words of a phrase stop it: "隆回县", "回民区".
_NEVER_IN_LINKS = "的了是在我你他她们住去到从来把被给叫址"
_LINK_NAME = f"(?:(?![{_CORE_GRAMMAR}])[{HAN}](?:(?![{_NEVER_IN_LINKS}])[{HAN}]){{0,5}}?)"
_KIND = f"(?:{_AREA}|{_STREET}|{_ESTATE})"
_ADDRESS = re.compile(
    rf"(?:(?<=[{_GRAMMAR}])|(?<![{HAN}]))"
    rf"(?P<links>{_LINK_NAME}{_KIND}(?:{_LINK_NAME}{_KIND})*)"
    rf"(?P<numbers>(?:[ \t]*{_NUMBER}[ \t]*{_UNIT})+(?:[ \t]*{_NUMBER}(?![\d\w]))?)?"
)
_NAMED_STREET = re.compile(f"(?:{_STREET}|{_ESTATE})")
_LINK = re.compile(f"{_LINK_NAME}{_KIND}")


def find_chinese_addresses(text: str, language: str = "zh") -> Iterator[Span]:
    """Yield Chinese addresses (see the module docstring)."""
    del language
    if not has_han(text):
        return
    for match in _ADDRESS.finditer(text):
        links = match.group("links")
        if match.group("numbers") or (
                _NAMED_STREET.search(links) and len(_LINK.findall(links)) >= 2):
            yield Span("address", match.start(), match.end())

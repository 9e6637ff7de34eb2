"""Emails, web addresses and messaging handles (@name, t.me and wa.me links).

They run on the folded text (see `folding`): Arabic-Indic and Persian digits read as 0-9 and
invisible characters are out, so the patterns below need no case for them. Every pattern starts
with a negative look-behind on its own leading character class, so a match can only begin at the
edge of a run: a 100 kB word must not make a pattern retry from every position.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from feedback_app.theming.spans import Span

# Top-level domains accepted for bare domains ("example.org/help"): a short list keeps "e.g" and
# "i.e" out while covering the domains survivors and staff actually type.
_BARE_TLDS = (
    "com|org|net|info|biz|gov|edu|int|io|co|me|app|online|site|help|ngo|"
    "uk|us|ca|au|ie|es|mx|ar|cl|pe|fr|be|ch|lu|pt|br|ao|mz|de|it|nl|ro|pl|ng|gh|ph|vn|th|in|ru|ua"
)
_EMAIL = re.compile(
    r"(?<![\w.+%-])[\w.+%-]{1,64}"
    r"(?:@|\s?\((?:at|arroba|arobase)\)\s?|\s?\[(?:at|arroba|arobase)\]\s?)"
    r"[\w-]{1,63}(?:(?:\.|\s?\(dot\)\s?|\s?\[dot\]\s?)[\w-]{1,63}){1,8}",
    re.IGNORECASE,
)
_URL = re.compile(
    r"(?<![\w@/.-])(?:(?:https?|ftp)://|www\.)[^\s<>\"']{1,2000}"
    r"|(?<![\w@/.-])[a-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){0,4}\.(?:" + _BARE_TLDS + r")\b"
    r"(?![\w-]|\.\w)(?:/[^\s<>\"']{0,2000})?",
    re.IGNORECASE,
)


def find_emails(text: str) -> Iterator[Span]:
    """Yield email addresses, including spelled-out "(at)" and "[dot]" forms."""
    for match in _EMAIL.finditer(text):
        yield Span("email", match.start(), match.end())


def find_urls(text: str) -> Iterator[Span]:
    """Yield web addresses; trailing sentence punctuation is left out of the span."""
    for match in _URL.finditer(text):
        end = _trim_trailing_punctuation(text, match.start(), match.end())
        if end > match.start():
            yield Span("url", match.start(), end)


# Messenger links open a chat with one person: wa.me/<their phone>, t.me/<their username>. They
# count as handles, not web addresses, and win over the URL pattern that also matches them.
_MESSENGER_LINK = re.compile(
    r"(?<![\w@/.-])(?:https?://)?(?:www\.)?"
    r"(?:(?:wa\.me|wa\.link|t\.me|telegram\.me|telegram\.dog|signal\.me|chat\.whatsapp\.com|m\.me|"
    r"line\.me/ti/p|line\.me/R/ti/p|zalo\.me|vk\.me|ig\.me|viber\.click)/|api\.whatsapp\.com/send)"
    r"[^\s<>\"']{1,200}",
    re.IGNORECASE,
)
# "@sunny_k22": Telegram, Instagram, TikTok and Snapchat names are ASCII letters, digits, "_"
# and inner dots. An "@" after a Latin letter or digit belongs to an email instead; after an
# Arabic word typed without a space ("تلغرام@mariam_sy") it starts a handle.
_AT_HANDLE = re.compile(
    r"(?<![A-Za-z0-9_@.+%-])@[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,31}[A-Za-z0-9_])?")
_AT_TIME = re.compile(r"@\d{1,2}(?:[:.h]\d{2})?(?:am|pm|h)?", re.IGNORECASE)
# "my insta is sunny.k22", "snapchat: ioana_p": a messenger's name, then a name without "@". A
# plain word after "is" stays ("my telegram is broken"): it needs a digit, "_" or "." to count,
# unless a colon introduces it.
_CUED_HANDLE = re.compile(
    r"(?<!\w)(?:telegram|telegrama|t[eé]l[eé]gram|insta(?:gram)?|ig|snap(?:chat)?|tik\s?tok|"
    r"signal|viber|facebook|fb|messenger|"
    # the messengers of Asia and of the Gulf: WeChat, LINE, Zalo, KakaoTalk, QQ, IMO, Skype
    r"we\s?chat|weixin|line(?:\s+id)?|zalo|kakao(?:\s?talk)?|qq|imo|skype|"
    r"تلغرام|تليغرام|تيليجرام|تلجرام|تيليغرام|انستغرام|انستقرام|انستا|سناب(?:\s?شات)?|"
    r"تيك\s?توك|فيسبوك|فيس|ايمو|إيمو|"
    # "my ID", "my user" on a messenger ("الايدي تبعي umsaleh_ye")
    r"(?:ال)?[اإ]يدي|(?:ال)?يوزر)"
    r"(?P<link>\s*[:=\uff1a]\s*|\s+(?:is|es|est|[eé]|هو|:)\s+|"
    r"\s+(?:تبعي|تاعي|ديالي|حقي|taba3i|dyali)\s+|\s+)"
    r"(?P<name>[A-Za-z][A-Za-z0-9_.\-]{2,31}[A-Za-z0-9_])",
    re.IGNORECASE,
)
_HANDLE_MARK = re.compile(r"[\d_.]")
# "微信号hang_88", "微信 mei2020", "QQ号 12345": a Chinese messenger word, then the name
# with or without a space or a colon (full-width too) between.
_CJK_CUED_HANDLE = re.compile(
    r"(?:微信号?|微讯号?|(?<![A-Za-z])(?i:line\s?id)|抖音号?|推特|脸书|电报|飞机号?)"
    r"(?:是|为)?(?:[ \t]*[:=\uff1a])?[ \t]*(?P<name>[A-Za-z0-9][A-Za-z0-9_.\-]{3,31}[A-Za-z0-9_])"
    # a QQ number is digits only ("QQ123456A" is a National Insurance number)
    r"|(?<![A-Za-z0-9])QQ号?(?:是|为)?(?:[ \t]*[:=\uff1a])?[ \t]*(?P<qq>\d{5,12})(?![\w])",
)


def _trim_trailing_punctuation(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:!?)]}'\"":
        end -= 1
    return end


def find_handles(text: str) -> Iterator[Span]:
    """Yield messaging handles: "@name", wa.me and t.me links, and names after "telegram:"."""
    for match in _MESSENGER_LINK.finditer(text):
        end = _trim_trailing_punctuation(text, match.start(), match.end())
        if text[end - 1] != "/":
            yield Span("handle", match.start(), end)
    for match in _AT_HANDLE.finditer(text):
        if not _AT_TIME.fullmatch(match.group()):
            yield Span("handle", match.start(), match.end())
    for match in _CUED_HANDLE.finditer(text):
        name = match.group("name")
        if _URL.match(text, match.start("name")):
            continue  # "my facebook is facebook.com/esther": a web address, found as a URL
        if ":" in match.group("link") or "=" in match.group("link") or _HANDLE_MARK.search(name):
            yield Span("handle", match.start("name"), match.end("name"))
    for match in _CJK_CUED_HANDLE.finditer(text):
        group = "name" if match.group("name") else "qq"
        yield Span("handle", match.start(group), match.end(group))

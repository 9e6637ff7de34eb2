"""What the platform texts, in the survivor's language.

Short on purpose: each text fits one or two SMS in every language (tests/unit/test_sms_texts.py
checks it). No text names a programme: a glance at the phone should tell little.
"""

from __future__ import annotations

from collections.abc import Callable

from flask_babel import force_locale
from flask_babel import gettext as _

from feedback_app.services.languages import LANGUAGE_NAMES
from feedback_app.services.sms_conversation import Say

# A staff reply longer than this is cut; the whole reply is on the web at /r.
REPLY_MAX_CHARS = 480


def _options(labels: tuple[str, ...]) -> str:
    return ", ".join(f"{number} {label}" for number, label in enumerate(labels, start=1))


def _staff_reply(values: dict[str, object]) -> str:
    body = str(values["body"])
    if len(body) > REPLY_MAX_CHARS:
        cut = body[:REPLY_MAX_CHARS].rsplit(" ", 1)[0]
        return _("Reply from the team: %(body)s… The whole reply is on the website with your "
                 "receipt code.", body=cut)
    return _("Reply from the team: %(body)s", body=body)


def _receipt(values: dict[str, object]) -> str:
    text = _("Thank you, your feedback is sent. Receipt code: %(code)s. Keep it: text CODE "
             "and the code to read replies.", code=values["code"])
    return _with_url(text, values)


def _receipt_again(values: dict[str, object]) -> str:
    # The first code may have arrived after all (a gateway can fail once it has taken a text),
    # so say which one works now.
    text = _("Sorry, your receipt code may not have reached you. Your feedback is kept. New "
             "code: %(code)s. Only this one works. Text CODE and the code to read replies.",
             code=values["code"])
    return _with_url(text, values)


def _with_url(text: str, values: dict[str, object]) -> str:
    if values.get("url"):
        text += " " + _("Or open %(url)s", url=values["url"])
    return text


_TEXTS: dict[str, Callable[[dict[str, object]], str]] = {
    "languages": lambda v: ", ".join(
        f"{n} {LANGUAGE_NAMES[lang]}" for n, lang in enumerate(v["languages"], 1)),  # type: ignore[arg-type]
    "consent": lambda v: _("Your answers reach the team without your name, and personal details "
                           "are taken out. Reply 1 to agree and start, 2 to stop."),
    "board": lambda v: _("May the survivor advisory board read your answers too? They never "
                         "see who you are. 1 Yes, 2 No"),
    "quote": lambda v: _("May we share your words in public, with no name? 1 Yes, 2 No"),
    "choice": lambda v: _("%(n)s/%(total)s %(prompt)s %(options)s, 0 skip", n=v["n"],
                          total=v["total"], prompt=v["prompt"],
                          options=_options(v["options"])),  # type: ignore[arg-type]
    "text": lambda v: _("%(n)s/%(total)s %(prompt)s Write your answer, or 0 to skip.",
                        n=v["n"], total=v["total"], prompt=v["prompt"]),
    "again": lambda v: _("Sorry, we did not understand."),
    "not_started": lambda v: _("Stopped. Nothing was kept. Thank you."),
    "stopped": lambda v: _("Stopped. Everything from this conversation is deleted."),
    "sent": lambda v: _("Your feedback was sent. To read replies, text CODE and your receipt "
                        "code. STOP deletes your feedback."),
    "receipt": _receipt,
    "receipt_again": _receipt_again,
    "help": lambda v: _("Answer with the number shown. To read replies: CODE and your receipt "
                        "code. STOP ends and deletes your answers."),
    "how_to_start": lambda v: _("To give feedback, text the word on the poster or card. To "
                                "read replies, text CODE and your receipt code."),
    "staff_reply": _staff_reply,
    "no_reply": lambda v: _("No reply yet. Please text CODE and your code again later."),
    "code_unknown": lambda v: _("We could not find that code. Please check the 20 digits."),
    "too_fast": lambda v: _("You are sending messages very fast. Please wait a few minutes "
                            "and try again."),
    "unavailable": lambda v: _("Sorry, we could not take your message just now. Please send the "
                               "same message again in a few minutes."),
    "survey_closed": lambda v: _("Sorry, this survey is not open just now. Nothing was kept. "
                                 "Please try again later."),
}
KEYS = frozenset(_TEXTS)


def render(language: str, say: tuple[Say, ...], *, public_url: str = "") -> list[str]:
    """The messages to send; "again" and the question it repeats go out as one text."""
    with force_locale(language):
        texts = []
        for item in say:
            values = dict(item.values)
            if item.key in ("receipt", "receipt_again") and public_url:
                values["url"] = public_url.rstrip("/") + "/r"
            texts.append(_TEXTS[item.key](values))
    if len(say) > 1 and say[0].key in ("again", "help"):
        return [" ".join(texts)]
    return texts

"""The SMS conversation as a state machine, with no database and no gateway.

``advance`` takes the state and one incoming text and returns the next state and what to say.
Stages: ``language`` → ``consent`` → ``board`` → ``quote`` → ``question`` (one per survey
question) → ``receipt_pending`` → ``sent``. A reply that does not fit asks the same thing again;
there is no dead end. The submission is stored on entering ``receipt_pending``; the conversation
is ``sent`` once the gateway has taken the receipt text (services/sms.py sends a fresh code until
then). STOP, HELP, CODE and keywords are handled before this, by services/sms.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from feedback_app.services import sms_words
from feedback_app.services.languages import LANGUAGE_NAMES
from feedback_app.services.surveys import Question, Survey, text_in

Redact = Callable[[str, str], tuple[str, Mapping[str, int]]]


@dataclass(frozen=True)
class Say:
    """One thing to tell the survivor: a message key from sms/texts.py and its values."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class State:
    stage: str
    language: str | None = None
    question: int = 0
    consent_staff: bool = False
    consent_board: bool = False
    consent_quote: bool = False
    answers: Mapping[str, str] = field(default_factory=dict)
    redactions: Mapping[str, Mapping[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    state: State | None  # None: the conversation is over and its row must go
    say: tuple[Say, ...]
    submit: bool = False  # the survey is complete: store it and send the receipt code


@dataclass(frozen=True)
class Context:
    survey: Survey
    languages: tuple[str, ...]  # the programme's languages, in menu order
    redact: Redact


def start(context: Context) -> Outcome:
    """The first answer to a keyword: the language menu, or consent if there is one language."""
    if len(context.languages) == 1:
        state = State(stage="consent", language=context.languages[0])
        return Outcome(state, (Say("consent"),))
    return Outcome(State(stage="language"), (language_menu(context),))


def language_menu(context: Context) -> Say:
    return Say("languages", {"languages": context.languages})


def ask(context: Context, state: State) -> Say:
    """The question the state is waiting for."""
    if state.stage == "language":
        return language_menu(context)
    if state.stage in ("consent", "board", "quote"):
        return Say(state.stage)
    if state.stage == "question":
        questions = context.survey.questions()
        question = questions[state.question]
        return _question(context.survey, question, state, len(questions))
    return Say("sent")


def _question(survey: Survey, question: Question, state: State, total: int) -> Say:
    language = state.language or "en"
    values: dict[str, object] = {"n": state.question + 1, "total": total,
                                 "prompt": text_in(question.prompt, language)}
    if question.kind == "choice":
        values["options"] = tuple(label for _, label in survey.options(question, language))
        return Say("choice", values)
    return Say("text", values)


def _pick_language(text: str, languages: tuple[str, ...]) -> str | None:
    choice = sms_words.number(text)
    if choice is not None:
        return languages[choice - 1] if 1 <= choice <= len(languages) else None
    folded = sms_words.fold(text)
    for language in languages:
        if folded in {language.upper(), sms_words.fold(LANGUAGE_NAMES[language])}:
            return language
    return None


def _choice(survey: Survey, question: Question, language: str, text: str) -> str | None:
    """The option a reply picks: its number or its label; "" to skip; None if neither."""
    options = survey.options(question, language)
    choice = sms_words.number(text)
    if choice is not None:
        if choice == 0:
            return ""
        return options[choice - 1][0] if choice <= len(options) else None
    folded = sms_words.fold(text)
    for value, label in options:
        if folded == sms_words.fold(label):
            return value
    return None


def _next_question(context: Context, state: State) -> Outcome:
    """Move past the current question: the next one, or the end of the survey."""
    following = state.question + 1
    if following < len(context.survey.questions()):
        moved = replace(state, question=following)
        return Outcome(moved, (ask(context, moved),))
    return Outcome(replace(state, stage="receipt_pending", question=0), (), submit=True)


def advance(context: Context, state: State, text: str) -> Outcome:
    """The next state after the survivor's text, and what to answer."""
    again = (Say("again"), ask(context, state))
    if state.stage == "language":
        language = _pick_language(text, context.languages)
        if language is None:
            return Outcome(state, again)
        chosen = replace(state, stage="consent", language=language)
        return Outcome(chosen, (Say("consent"),))
    if state.stage in ("consent", "board", "quote"):
        answer = sms_words.yes_no(text)
        if answer is None:
            return Outcome(state, again)
        if state.stage == "consent":
            if not answer:
                return Outcome(None, (Say("not_started"),))
            return Outcome(replace(state, stage="board", consent_staff=True), (Say("board"),))
        if state.stage == "board":
            return Outcome(replace(state, stage="quote", consent_board=answer), (Say("quote"),))
        first = replace(state, stage="question", question=0, consent_quote=answer)
        return Outcome(first, (ask(context, first),))
    if state.stage == "question":
        return _answer(context, state, text, again)
    return Outcome(state, (Say("sent"),))


def _answer(context: Context, state: State, text: str, again: tuple[Say, ...]) -> Outcome:
    question = context.survey.questions()[state.question]
    language = state.language or "en"
    answers = dict(state.answers)
    if question.kind == "choice":
        value = _choice(context.survey, question, language, text)
        if value is None:
            return Outcome(state, again)
        answers.pop(question.key, None)
        if value:
            answers[question.key] = value
        return _next_question(context, replace(state, answers=answers))
    if sms_words.number(text) == 0:  # skip
        answers.pop(question.key, None)
        return _next_question(context, replace(state, answers=answers))
    if not text.strip():
        return Outcome(state, again)
    redacted, counts = context.redact(text[: question.max_chars], language)
    answers[question.key] = redacted
    redactions = {key: dict(value) for key, value in state.redactions.items()}
    if counts:
        redactions[question.key] = dict(counts)
    else:
        redactions.pop(question.key, None)
    return _next_question(context, replace(state, answers=answers, redactions=redactions))

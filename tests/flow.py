"""A survivor walking the web flow through Flask's test client, in plain steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from tests.support import html as page


@dataclass
class Survivor:
    client: FlaskClient
    slug: str = "safe-house"
    last: TestResponse | None = None
    environ: dict[str, Any] = field(default_factory=dict)

    @property
    def html(self) -> str:
        assert self.last is not None
        return self.last.get_data(as_text=True)

    def heading(self) -> str:
        return page.heading(self.html)

    def csrf(self) -> str:
        return page.csrf_token(self.html)

    def step(self) -> str:
        return page.input_value(self.html, "step") or "language"

    def get(self, path: str | None = None) -> TestResponse:
        self.last = self.client.get(path or f"/p/{self.slug}", environ_base=self.environ)
        return self.last

    def post(self, data: dict[str, str], path: str | None = None,
             follow: bool = True) -> TestResponse:
        data = {"csrf_token": self.csrf(), **data}
        if path is None and "step" not in data and self.step() != "language":
            data["step"] = self.step()
        self.last = self.client.post(path or f"/p/{self.slug}", data=data,
                                     environ_base=self.environ, follow_redirects=follow)
        return self.last

    # The steps, as a survivor takes them.
    def opens_programme(self) -> None:
        self.get()

    def chooses_language(self, language: str = "en") -> None:
        self.post({"language": language})

    def reads_before_you_start(self) -> None:
        self.post({})

    def consents(self, board: str = "no", quote: str = "no", staff: str = "yes") -> None:
        self.post({"consent_staff": staff, "consent_board": board, "consent_quote": quote})

    def starts_survey(self, language: str = "en") -> None:
        """Open the programme, choose a language, read on and consent: the first survey page."""
        self.opens_programme()
        self.chooses_language(language)
        self.reads_before_you_start()
        self.consents()

    def answers_page(self, **answers: str) -> None:
        self.post({"nav": "next", **answers})

    def sends(self) -> str:
        """Send from the preview; return the receipt code read off the page."""
        self.post({"action": "send"})
        code = page.receipt_code(self.html)
        assert len(code) == 20, self.html
        return code

    def submits(self, language: str = "en", board: str = "no", quote: str = "no",
                **answers: str) -> str:
        """The whole flow with the shelter survey; answers go on the page that has them."""
        self.opens_programme()
        self.chooses_language(language)
        self.reads_before_you_start()
        self.consents(board=board, quote=quote)  # not starts_survey: these consents vary
        for _ in range(20):
            if not self.step().startswith("page:"):
                break
            assert self.last is not None and self.last.status_code == 200, self.heading()
            names = page.field_names(self.html)
            self.answers_page(**{k: v for k, v in answers.items() if k in names})
        assert self.step() == "preview", self.heading()
        return self.sends()

    def opens_receipt(self, code: str) -> None:
        self.get("/r")
        self.post({"code": code}, path="/r")

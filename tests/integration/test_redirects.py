"""Every redirect stays on this site: the language switch's `next` is only ever a path of ours."""

from __future__ import annotations

import ast
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from feedback_app.config import PACKAGE_DIR
from tests.flow import Survivor

SITE = "https://feedback.example.org/p/safe-house"

# Targets that browsers, proxies or URL parsers have read as another host, or as a scheme.
BYPASSES = [
    "//evil.example", "///evil.example", "////evil.example", "/\t/evil.example",
    "/\t\t/evil.example", "\t//evil.example", " //evil.example", "/ /evil.example",
    "\\evil.example", "\\\\evil.example", "/\\evil.example", "\\/evil.example", "/\\/evil.example",
    "/%2F/evil.example", "/%2f%2fevil.example", "%2F%2Fevil.example", "/%252F%252Fevil.example",
    "/%5Cevil.example", "/%5c%5cevil.example", "%09/evil.example", "/%09/evil.example",
    "/%0d%0aSet-Cookie:%20x=1", "/%0aLocation:%20//evil.example", "/%00/evil.example",
    "/.//evil.example", "/./evil.example", "/../evil.example", "/..//evil.example",
    "/p/../../evil.example", "https:evil.example", "https://evil.example", "http:/evil.example",
    "HTTPS://evil.example", "javascript:alert(1)", "data:text/html,<b>x</b>", "evil.example",
    "@evil.example", "/@evil.example/", "/p/safe-house@evil.example:80",
    "\uff0f\uff0fevil.example", "/\uff0fevil.example", "/\u2044evil.example",
    "/\u2215evil.example", "/\uff3cevil.example", "/\u29f5evil.example", "/\u00a0/evil.example",
    "/\u200b/evil.example", "/\u3000/evil.example", "/\x00/evil.example", "/\x0b/evil.example",
    "/\x0c/evil.example", "/\x7f/evil.example", "/p/safe-house?next=//evil.example",
    "/p/safe-house#//evil.example", "/" + "a" * 600, "",
]
LINE_BREAKS = ["/\r\nSet-Cookie: x=1", "/\nLocation: //evil.example", "/\r", "//evil.example\r\n",
               "/p/safe-house\n"]
OUR_PAGES = ["/", "/p/safe-house", "/p/legal-clinic", "/r", "/changes", "/staff/"]


def stays_on_this_site(location: str) -> bool:
    """A Location a browser resolves to this site, written as a plain path of ours: nothing a proxy
    or a later parser could decode (`%`) or read as a user and host (`@`)."""
    parts = urlsplit(location)
    return (location.startswith("/") and len(location) <= 512 and not set("%@") & set(location)
            and not location.startswith("//") and not parts.scheme and not parts.netloc
            and all(33 <= ord(c) < 127 and c != "\\" for c in location)
            and "//" not in location and "/./" not in location + "/"
            and "/../" not in location + "/"
            and urlsplit(urljoin(SITE, location)).netloc == "feedback.example.org")


def switch_language(survivor: Survivor, target: str) -> None:
    survivor.opens_programme()
    survivor.post({"language": "es", "next": target}, path="/language", follow=False)


def test_a_next_that_could_leave_the_site_goes_home_instead(client):
    # Given a survivor on a page; when the language switch names each known bypass as `next`
    survivor = Survivor(client)
    wrong = {}
    for target in BYPASSES:
        switch_language(survivor, target)
        location = survivor.last.headers.get("Location", "")
        # Then the answer is a redirect home, never to the target
        if survivor.last.status_code != 303 or location != "/":
            wrong[target] = (survivor.last.status_code, location)
    assert wrong == {}


@pytest.mark.parametrize("target", OUR_PAGES)
def test_a_next_that_is_a_page_of_this_site_is_where_the_switch_returns(client, target):
    survivor = Survivor(client)
    switch_language(survivor, target)
    assert survivor.last.status_code == 303
    assert survivor.last.headers["Location"] == target
    assert stays_on_this_site(target)


def test_the_switch_returns_to_the_page_it_was_on_in_the_new_language(client):
    survivor = Survivor(client)
    survivor.opens_programme()
    survivor.post({"language": "fr", "next": "/p/safe-house"}, path="/language")
    assert survivor.last.request.path == "/p/safe-house"
    assert '<html lang="fr"' in survivor.html


@pytest.mark.parametrize("target", LINE_BREAKS)
def test_a_line_break_in_next_gets_a_kind_400_and_changes_nothing(client, target):
    survivor = Survivor(client)
    switch_language(survivor, target)
    assert survivor.last.status_code == 400
    assert "Location" not in survivor.last.headers
    assert "Set-Cookie: x" not in str(survivor.last.headers)
    assert "Something in that request was not right" in survivor.html
    survivor.opens_programme()
    assert '<html lang="en"' in survivor.html


def test_the_location_check_of_these_tests_refuses_every_bypass():
    # The tests above would pass a redirect to any of these only if it were sent home.
    assert not any(stays_on_this_site(target) for target in BYPASSES if target)


# Every redirect in the app: to a page named with url_for, to the configured quick-exit site, or
# to a target that went through links.site_path. A redirect to anything else fails this test.
def _redirect_targets() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            checked = {target.id for node in ast.walk(function) if isinstance(node, ast.Assign)
                       and _calls(node.value, "site_path")
                       for target in node.targets if isinstance(target, ast.Name)}
            for call in ast.walk(function):
                if _calls(call, "redirect"):
                    assert isinstance(call, ast.Call)
                    first = call.args[0] if call.args else call.keywords[0].value
                    kind = ("url_for" if _calls(first, "url_for")
                            else "site_path" if _calls(first, "site_path")
                            or (isinstance(first, ast.Name) and first.id in checked)
                            else "exit" if ast.unparse(first) == "current_app.config['EXIT_URL']"
                            else ast.unparse(first))
                    found.append((str(Path(path).relative_to(PACKAGE_DIR)), call.lineno, kind))
    return found


def _calls(node: ast.AST, name: str) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == name) or (
        isinstance(func, ast.Attribute) and func.attr == name)


def test_every_redirect_goes_to_our_pages_the_exit_site_or_a_checked_path():
    targets = _redirect_targets()
    assert len(targets) > 20  # the walk found the app's redirects
    unchecked = [t for t in targets if t[2] not in {"url_for", "site_path", "exit"}]
    assert unchecked == []
    assert any(kind == "site_path" for *_, kind in targets)

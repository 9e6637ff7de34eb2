"""The layers a newcomer reads at a glance, held by the imports themselves.

- A blueprint (a package or module that makes a Flask ``Blueprint``) imports no other blueprint:
  what two blueprints share lives beside them (forms, labels, providers, templating, access).
- ``services/`` imports no blueprint and no Flask: services take a database session and plain
  values, so commands, text messages and pages all call the same code.
- ``theming/`` imports nothing else of the app.
- No module over 400 lines: a file that grows past it holds more than one concern.
- No import circle anywhere. A blueprint package's ``__init__`` importing its own view modules at
  its end (so they register on its ``bp``) is how Flask blueprints are built, not a circle of
  meaning, and is the one edge left out.

Every import counts, including those inside functions, since a lazy import still ties the code.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "feedback_app"
ROOT = "feedback_app"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


@cache
def _tree(name: str) -> ast.Module:
    path = _modules()[name]
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _is_package(name: str) -> bool:
    return _modules()[name].name == "__init__.py"


def _resolve(name: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = name.split(".") if _is_package(name) else name.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _imports(name: str) -> Iterator[str]:
    """Every module of ours that `name` imports (a name taken from a package that is itself a
    module counts as that module)."""
    for node in ast.walk(_tree(name)):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            source = _resolve(name, node)
            targets = [f"{source}.{alias.name}" if f"{source}.{alias.name}" in _modules()
                       else source for alias in node.names]
        else:
            continue
        yield from (target for target in targets if target.split(".")[0] == ROOT)


def _external_imports(name: str) -> set[str]:
    found = set()
    for node in ast.walk(_tree(name)):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.add(node.module.split(".")[0])
    return found - {ROOT}


def _makes_blueprint(name: str) -> bool:
    return any(isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Blueprint"
               for node in ast.walk(_tree(name)))


@cache
def _blueprints() -> frozenset[str]:
    """Each blueprint's home: the top package under feedback_app, or the module itself."""
    homes = set()
    for name in _modules():
        if _makes_blueprint(name):
            parts = name.split(".")
            homes.add(".".join(parts[:2]))
    return frozenset(homes)


def _blueprint_of(name: str) -> str | None:
    return next((home for home in _blueprints() if name == home or name.startswith(home + ".")),
                None)


def _in(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def test_the_blueprints_are_found():
    # Guards the tests below: they would pass on a tree where no blueprint is recognised.
    assert {"feedback_app.auth", "feedback_app.board", "feedback_app.public", "feedback_app.sms",
            "feedback_app.staff", "feedback_app.survivor", "feedback_app.health"} <= _blueprints()


def test_a_blueprint_imports_no_other_blueprint():
    crossings = sorted(
        (name, target) for name in _modules() if (home := _blueprint_of(name))
        for target in _imports(name)
        if (other := _blueprint_of(target)) is not None and other != home)
    assert crossings == []


@pytest.mark.parametrize("layer", ["services", "theming"])
def test_services_and_the_engine_import_no_blueprint_and_no_flask(layer):
    package = f"{ROOT}.{layer}"
    names = [name for name in _modules() if _in(name, package)]
    assert names
    blueprints = sorted((name, target) for name in names for target in _imports(name)
                        if _blueprint_of(target))
    flask = sorted((name, sorted(found)) for name in names
                   if (found := {m for m in _external_imports(name) if m.startswith("flask")}))
    assert (blueprints, flask) == ([], [])


def test_the_engine_imports_nothing_else_of_the_app():
    package = f"{ROOT}.theming"
    outside = sorted((name, target) for name in _modules() if _in(name, package)
                     for target in _imports(name) if not _in(target, package))
    assert outside == []


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name in _modules():
        edges = {target for target in _imports(name) if target in _modules() and target != name}
        if _is_package(name) and _makes_blueprint(name):
            edges = {target for target in edges if not _in(target, name)}
        graph[name] = edges
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circle_anywhere():
    assert _circles(_graph()) == []


MAX_LINES = 400


def test_no_module_is_over_400_lines():
    long = sorted((name, lines) for name, path in _modules().items()
                  if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES)
    assert long == []


def test_the_circle_finder_finds_a_circle():
    # Guards the test above against a finder that can return nothing.
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circles(graph) == [["a", "b", "c"]]

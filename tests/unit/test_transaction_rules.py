"""One rule for transactions and errors, read from the source (see feedback_app/services).

Public services own their transaction and write the audit rows; private helpers only flush; a
service never calls another's commit-owning function; routes never commit, roll back or audit;
every service error is a ServiceError; and no route decides what to do by reading an error's
words. A break of any of these shows here as a file, a line and a name.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import feedback_app
from feedback_app import services
from feedback_app.services.errors import ServiceError

PACKAGE = Path(feedback_app.__file__).parent
SERVICES = PACKAGE / "services"
# Where transactions may end: the services, database.py, and the error pages (security.py),
# which make sure a failed request leaves nothing behind.
MAY_END_TRANSACTIONS = (SERVICES, PACKAGE / "database.py", PACKAGE / "security.py")


def _modules(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*.py") if "theming" not in path.parts)


def _name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def transaction_ends(source: str, *, routes: bool = False) -> list[str]:
    """Every `.commit()`, `.rollback()` and audit record call in this source, as 'line: call';
    for a routes module, its calls of database.roll_back too (the services roll back their own
    work; health.py's read-only probe may end its read)."""
    tree = ast.parse(source)
    audit_names = {alias.asname or alias.name for node in ast.walk(tree)
                   if isinstance(node, ast.ImportFrom)
                   and node.module == "feedback_app.services.audit" for alias in node.names}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in {"commit", "rollback"}:
            found.append(f"{node.lineno}: .{func.attr}()")
        elif (isinstance(func, ast.Attribute) and func.attr == "record"
              and isinstance(func.value, ast.Name) and func.value.id == "audit"):
            found.append(f"{node.lineno}: audit.record")
        elif isinstance(func, ast.Name) and func.id == "roll_back" and routes:
            found.append(f"{node.lineno}: roll_back")
        elif isinstance(func, ast.Name) and func.id in audit_names:
            found.append(f"{node.lineno}: {func.id} from audit")
    return found


def _error_names(function: ast.FunctionDef) -> set[str]:
    """Names that hold an exception in this function: except targets and ...Error parameters."""
    names = {node.name for node in ast.walk(function)
             if isinstance(node, ast.ExceptHandler) and node.name}
    for arg in [*function.args.args, *function.args.kwonlyargs]:
        annotation = ast.unparse(arg.annotation) if arg.annotation is not None else ""
        if annotation.endswith("Error"):
            names.add(arg.arg)
    return names


def _reads(node: ast.AST, names: set[str]) -> str | None:
    def held(value: ast.AST) -> bool:
        return isinstance(value, ast.Name) and value.id in names

    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in {"str", "repr", "format"} and any(map(held, node.args))):
        return f"{node.func.id}({ast.unparse(node.args[0])})"
    if isinstance(node, ast.Attribute) and node.attr == "args" and held(node.value):
        return f"{ast.unparse(node)}"
    if isinstance(node, ast.FormattedValue) and held(node.value):
        return f"f-string of {ast.unparse(node.value)}"
    if isinstance(node, ast.Compare):
        sides = [node.left, *node.comparators]
        if any(isinstance(side, ast.Attribute) and held(side.value) for side in sides) and any(
                isinstance(side, ast.Constant) and isinstance(side.value, str) for side in sides):
            return f"{ast.unparse(node)}"
    return None


def message_reads(source: str) -> list[str]:
    """Every place a function reads an exception's words (str(error), error.args, an f-string)
    or compares one of its attributes with a string."""
    found = []
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef):
            continue
        names = _error_names(function)
        if not names:
            continue
        for node in ast.walk(function):
            if (read := _reads(node, names)) is not None:
                found.append(f"{node.lineno}: {read}")
    return sorted(set(found), key=lambda item: int(item.split(":")[0]))


@dataclass
class ServiceModule:
    """A services module's functions that commit, and what each function calls."""

    name: str
    committing: set[str] = field(default_factory=set)
    # function -> every call it makes to a function of the services: (line, module, name)
    calls: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)


def _read_service(path: Path) -> ServiceModule:
    tree = ast.parse(path.read_text())
    module = ServiceModule(_name(path))
    imported: dict[str, tuple[str, str]] = {}  # local name -> (module, name); name "" = a module
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(
                "feedback_app.services"):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if node.module == "feedback_app.services" and (
                        SERVICES / f"{alias.name}.py").exists():
                    imported[alias.asname or alias.name] = (full, "")
                else:
                    imported[alias.asname or alias.name] = (node.module, alias.name)
    for function in tree.body:
        if not isinstance(function, ast.FunctionDef):
            continue
        calls = module.calls.setdefault(function.name, [])
        for node in ast.walk(function):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if (isinstance(func, ast.Attribute) and func.attr == "commit") or (
                    isinstance(func, ast.Name) and func.id == "unit_of_work"):
                module.committing.add(function.name)
            elif isinstance(func, ast.Name):
                target = imported.get(func.id, (module.name, func.id))
                if target[1]:
                    calls.append((node.lineno, *target))
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                owner = imported.get(func.value.id)
                if owner is not None and owner[1] == "":
                    calls.append((node.lineno, owner[0], func.attr))
    return module


def _service_modules() -> dict[str, ServiceModule]:
    return {(read := _read_service(path)).name: read for path in _modules(SERVICES)}


@pytest.mark.parametrize(
    "source, expected",
    [
        ("db.session.commit()", ["1: .commit()"]),
        ("session.rollback()", ["1: .rollback()"]),
        ("audit.record(db.session, 'x', actor_kind='staff')", ["1: audit.record"]),
        ("from feedback_app.services.audit import record as r\nr(s, 'x')", ["2: r from audit"]),
        ("roll_back(db.session)\nsession.flush()", []),
        ("session.flush()\nsession.add(row)", []),
    ],
)
def test_finds_transaction_ends_and_audit_records(source: str, expected: list[str]) -> None:
    assert transaction_ends(source) == expected


def test_finds_a_routes_rollback_through_the_database_helper() -> None:
    assert transaction_ends("roll_back(db.session)", routes=True) == ["1: roll_back"]


def test_routes_and_everything_outside_services_never_end_a_transaction_or_audit() -> None:
    # Given every module of the app outside the services and database.py
    outside = [path for path in _modules(PACKAGE)
               if not any(path == root or root in path.parents for root in MAY_END_TRANSACTIONS)]
    assert len(outside) > 20
    # When their calls are read / Then none commits, rolls back or writes an audit row
    found = {str(path.relative_to(PACKAGE)): ends for path in outside
             if (ends := transaction_ends(path.read_text(),
                                          routes=path.name.endswith("routes.py")))}
    assert found == {}


@pytest.mark.parametrize(
    "source, expected",
    [
        ("def r():\n try:\n  f()\n except E as error:\n  n = str(error)", ["5: str(error)"]),
        ("def r():\n try:\n  f()\n except E as e:\n  n = e.args[0]", ["5: e.args"]),
        ("def r():\n try:\n  f()\n except E as e:\n  n = f'{e}'", ["5: f-string of e"]),
        ("def r(e: KeyError):\n return e.reason == 'taken'", ["2: e.reason == 'taken'"]),
        ("def r(e: KeyError):\n return str(e.args[0])", ["2: e.args"]),
        ("def r():\n try:\n  f()\n except E as e:\n  n = e.field.value", []),
        ("def r(request):\n return request.args.get('page') == 'x'", []),
    ],
)
def test_finds_reads_of_an_exceptions_words(source: str, expected: list[str]) -> None:
    assert message_reads(source) == expected


def test_no_route_module_reads_an_exceptions_message() -> None:
    # Given every module that holds routes
    routes = [path for path in _modules(PACKAGE) if path.name.endswith("routes.py")]
    assert len(routes) > 10
    # When their except blocks are read / Then none decides by the error's words
    found = {str(path.relative_to(PACKAGE)): reads for path in routes
             if (reads := message_reads(path.read_text()))}
    assert found == {}


def test_every_service_error_derives_from_service_error() -> None:
    # Given every class named ...Error in the services
    errors = {}
    for info in pkgutil.iter_modules(services.__path__):
        module = importlib.import_module(f"feedback_app.services.{info.name}")
        for name, value in inspect.getmembers(module, inspect.isclass):
            if name.endswith("Error") and value.__module__ == module.__name__:
                errors[f"{info.name}.{name}"] = value
    assert len(errors) > 20
    # Then each is a ServiceError
    assert [name for name, error in errors.items() if not issubclass(error, ServiceError)] == []


def test_only_public_service_functions_commit() -> None:
    # Given the functions of every services module that commit
    modules = _service_modules()
    committing = {(module.name, name) for module in modules.values()
                  for name in module.committing}
    assert len(committing) > 30
    # Then each is public: a private helper only flushes, its caller commits
    assert sorted(f"{m}.{name}" for m, name in committing if name.startswith("_")) == []


def test_no_service_calls_another_services_commit() -> None:
    # Given which service functions commit
    modules = _service_modules()
    committing = {(module.name, name) for module in modules.values()
                  for name in module.committing}
    # When every call made by a service function is read
    found = [f"{module.name}.{caller}:{line} calls {target}.{name}"
             for module in modules.values() for caller, calls in module.calls.items()
             for line, target, name in calls
             if (target, name) in committing and name != caller]
    # Then none needs another's commit: it calls that service's helper instead
    assert found == []

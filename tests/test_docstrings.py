"""Every public name of clicksend_async has a docstring, so the API reference has no blank entry.

Public means: a module whose dotted name has no part starting with ``_``; the names in its
``__all__`` (or, without one, the public functions and classes it defines); the public methods
and properties of those classes; and the fields of those that are attrs classes. The resource
classes the client hands out (``cs.sms`` is a ``Sms``) count too, though they are reached only
through the client. A field is documented by its class docstring's ``Attributes:`` section or by
a string right after it; a constant or type alias by a string right after its assignment.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import itertools
import pkgutil
import re
from functools import cache

import attrs
import pytest

import clicksend_async

RESOURCES = [
    "clicksend_async._resources.account",
    "clicksend_async._resources.contacts",
    "clicksend_async._resources.email",
    "clicksend_async._resources.mms",
    "clicksend_async._resources.sms",
    "clicksend_async._resources.voice",
]
_ENTRY = re.compile(r"^(?P<indent>\s*)(?P<name>\w+)(?: \([^)]*\))?:", re.MULTILINE)


def public_modules() -> list[str]:
    """Return the dotted names of the public modules of the package."""
    found = [
        info.name
        for info in pkgutil.walk_packages(clicksend_async.__path__, "clicksend_async.")
        if not any(part.startswith("_") for part in info.name.split("."))
    ]
    return sorted(["clicksend_async", *found])


def public_names(module_name: str) -> list[str]:
    """Return a module's ``__all__``, or the public functions and classes it defines."""
    module = importlib.import_module(module_name)
    names = getattr(module, "__all__", None)
    if names is not None:
        return list(names)
    return sorted(
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and (inspect.isclass(value) or callable(value))
        and getattr(value, "__module__", None) == module_name
    )


@cache
def module_tree(module_name: str) -> ast.Module:
    """Return the parsed source of a module."""
    module = importlib.import_module(module_name)
    return ast.parse(inspect.getsource(module))


def documented_assignments(body: list[ast.stmt]) -> set[str]:
    """Return the names assigned in ``body`` that a string statement follows at once."""
    found: set[str] = set()
    for statement, following in itertools.pairwise(body):
        if not (
            isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            continue
        if isinstance(statement, ast.Assign):
            found.update(t.id for t in statement.targets if isinstance(t, ast.Name))
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            found.add(statement.target.id)
        elif isinstance(statement, ast.TypeAlias) and isinstance(statement.name, ast.Name):
            found.add(statement.name.id)
    return found


def constant_is_documented(module_name: str, name: str) -> bool:
    """Whether a module-level name has a docstring where it is assigned, following imports."""
    tree = module_tree(module_name)
    if name in documented_assignments(tree.body):
        return True
    for statement in ast.walk(tree):
        if not (isinstance(statement, ast.ImportFrom) and statement.module):
            continue
        for alias in statement.names:
            if (alias.asname or alias.name) == name and statement.level == 0:
                return constant_is_documented(statement.module, alias.name)
    return False


def documented_fields(cls: type) -> set[str]:
    """Return the fields named in a class's ``Attributes:`` section or followed by a string."""
    found: set[str] = set()
    doc = inspect.cleandoc(vars(cls).get("__doc__") or "")
    section = re.search(r"^Attributes:\n(?P<body>(?:[ \t]+.*\n?|\n)*)", doc, re.MULTILINE)
    if section:
        entries = list(_ENTRY.finditer(section.group("body")))
        if entries:
            outer = min(len(entry.group("indent")) for entry in entries)
            found |= {e.group("name") for e in entries if len(e.group("indent")) == outer}
    tree = module_tree(cls.__module__)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
            found |= documented_assignments(node.body)
    return found


def own_doc(value: object) -> str | None:
    """Return an object's own docstring: a class's, not one inherited from a base."""
    if inspect.isclass(value):
        return vars(value).get("__doc__")
    return getattr(value, "__doc__", None)


def class_problems(where: str, cls: type) -> list[str]:
    """Return what is undocumented in a public class: itself, its members and its fields."""
    problems = [] if own_doc(cls) else [f"{where}: no docstring"]
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        target = member.fget if isinstance(member, property) else member
        if isinstance(target, staticmethod | classmethod):
            target = target.__func__
        if (inspect.isfunction(target) or isinstance(member, property)) and not own_doc(target):
            problems.append(f"{where}.{name}: no docstring")
    if attrs.has(cls):
        fields = documented_fields(cls)
        problems += [
            f"{where}.{field.name}: field not documented"
            for field in attrs.fields(cls)
            if not field.name.startswith("_") and field.name not in fields
        ]
    return problems


def name_problems(module_name: str, name: str) -> list[str]:
    """Return what is undocumented about one public name of a public module."""
    where = f"{module_name}.{name}"
    value = getattr(importlib.import_module(module_name), name)
    if inspect.isclass(value):
        return class_problems(where, value)
    if inspect.ismodule(value) or inspect.isroutine(value) or hasattr(value, "__wrapped__"):
        return [] if own_doc(value) else [f"{where}: no docstring"]
    if name.startswith("__") or constant_is_documented(module_name, name):
        return []
    return [f"{where}: no docstring after its assignment"]


MODULES = public_modules()


def test_the_public_modules_are_found():
    """The walk finds the package's public modules, and no private one."""
    assert {"clicksend_async", "clicksend_async.journal", "clicksend_async.sync"} <= set(MODULES)
    assert {"clicksend_async.shared.tasks", "clicksend_async.webhooks"} <= set(MODULES)
    assert not [name for name in MODULES if "._" in name]


@pytest.mark.parametrize("module_name", MODULES)
def test_public_module_names_have_docstrings(module_name):
    """A public module, each of its public names, their members and fields have docstrings."""
    if module_name == "clicksend_async.otel":
        pytest.importorskip("opentelemetry")
    module = importlib.import_module(module_name)
    problems = [] if module.__doc__ else [f"{module_name}: no module docstring"]
    for name in public_names(module_name):
        problems += name_problems(module_name, name)
    assert problems == []


@pytest.mark.parametrize("module_name", RESOURCES)
def test_resource_classes_have_docstrings(module_name):
    """The resources the client hands out (cs.sms...) and their methods have docstrings."""
    module = importlib.import_module(module_name)
    classes = [
        value
        for name, value in vars(module).items()
        if inspect.isclass(value) and value.__module__ == module_name and not name.startswith("_")
    ]
    assert classes
    problems: list[str] = []
    for cls in classes:
        problems += class_problems(f"{module_name}.{cls.__name__}", cls)
    assert problems == []


class _Documented:
    """A class whose one field and one method are documented.

    Attributes:
        size: how big.

    """

    def grow(self) -> None:
        """Grow."""


def test_the_checks_catch_what_is_missing():
    """Each check finds its kind of gap, so the tests above cannot pass by checking nothing."""
    bare = attrs.define(type("Bare", (), {"__annotations__": {"size": "int"}, "__doc__": "Bare."}))
    assert class_problems("Bare", bare) == ["Bare.size: field not documented"]
    documented = attrs.define(_Documented)
    assert class_problems("Documented", documented) == []
    undocumented_method = type("Shy", (), {"__doc__": "Shy.", "act": lambda _: None})
    assert class_problems("Shy", undocumented_method) == ["Shy.act: no docstring"]
    tree = ast.parse('A = 1\n"""A."""\nB = 2\n')
    assert documented_assignments(tree.body) == {"A"}

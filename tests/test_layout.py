"""The shape of the hand-written package: module size, docstrings, no cycles, one way to call."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "clicksend_async"
# "About 400 lines" is the house limit; past this a module is asking to be split.
MAX_LINES = 400
# The seam, and the wire helpers it sends through, are the only places a request may be made.
SEAM = {"clicksend_async._http", "clicksend_async._wire"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _tree(name: str) -> ast.Module:
    return ast.parse(MODULES[name].read_text(encoding="utf-8"))


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(name: str) -> set[str]:
    """Return the package modules ``name`` imports at run time (type-checking imports left out)."""
    found: set[str] = set()
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(_tree(name))
    return {module for module in found if module in MODULES and module != name}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """Return one import cycle in ``graph`` as a path, or None when there is none."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (found := walk(target)) is not None:
                return found
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := walk(start)) is not None:
            return found
    return None


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_is_small_and_says_what_it_owns(name: str) -> None:
    """Every hand-written module stays within the line limit and opens with a docstring."""
    path = MODULES[name]
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines; split it"
    if path.stat().st_size:
        assert ast.get_docstring(_tree(name)), f"{name} has no module docstring"


def test_modules_import_no_cycle() -> None:
    """No chain of run-time imports (lazy ones included) leads a module back to itself."""
    graph = {name: _imports(name) for name in MODULES}
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_cycle_finder_sees_a_cycle() -> None:
    """The cycle check above reports a loop when there is one (so its silence means something)."""
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def _builds_requests(name: str) -> list[int]:
    """Return the lines where ``name`` calls the generated ``Request`` class itself."""
    tree = _tree(name)
    local_names = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("clicksend_v3")
        for alias in node.names
        if alias.name == "Request"
    }
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Name) and node.func.id in local_names)
            or (isinstance(node.func, ast.Attribute) and node.func.attr == "Request")
        )
    ]


def test_no_request_is_built_by_hand() -> None:
    """Outside the seam, requests come only from a generated module's ``build_request``."""
    built = {
        name: lines for name in MODULES if name not in SEAM if (lines := _builds_requests(name))
    }
    assert built == {}


def test_request_finder_sees_a_hand_built_request(tmp_path: Path) -> None:
    """The hand-built-request check notices a direct call (so its silence means something)."""
    source = "from clicksend_v3.client import Request\nr = Request(method='GET', path='/x')\n"
    MODULES["clicksend_async._probe"] = tmp_path / "probe.py"
    MODULES["clicksend_async._probe"].write_text(source)
    try:
        assert _builds_requests("clicksend_async._probe") == [2]
    finally:
        del MODULES["clicksend_async._probe"]

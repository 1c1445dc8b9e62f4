"""The differences between two descriptions, operation by operation, for tools/spec_diff.py.

``compare(new, ours)`` lists what the new description adds (``added``: only in it), lacks
(``removed``: only in ours) or has otherwise (``changed``): operations, the spelling of a path,
parameters (by name and location; one whose location alone differs is ``moved``), request
bodies (presence, media types, fields with their types and whether they are required) and 2xx
answers (status codes, fields with their types). A field missing on one side is listed once,
not with every field under it. Answers are compared without ``required``: our answer schemas
let any field be absent, by a house rule written at the top of openapi/clicksend.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spec_fixes import Fix
    from spec_model import Body, Field, Operation, Spec


# A difference before it is placed: kind, what, the words a Fix may name, our schemas.
Found = tuple[str, str, tuple[str, ...], frozenset[str]]


@dataclass
class Difference:
    """One difference in one operation, with what may explain it."""

    method: str
    path: str
    kind: str  # added, removed, changed, moved
    what: str
    words: tuple[str, ...]  # a Fix naming one of these in its subject accounts for it
    schemas: frozenset[str] = frozenset()  # our schemas the field sits in
    ours: tuple[str, str] | None = None  # our (raw path, method), when we have the operation
    fix: Fix | None = None


def _loose(path: str) -> str:
    """Drop parameter names and a trailing slash from a path: ``/v3/lists/{}/x``."""
    return re.sub(r"\{[^}]*\}", "{}", path).rstrip("/") or "/"


def _parent(where: str) -> str:
    if where.endswith("[]"):
        return where[:-2]
    return where.rpartition(".")[0]


def _leaf(where: str) -> str:
    return where.rpartition(".")[2].removesuffix("[]")


def _fields(
    new: dict[str, Field], ours: dict[str, Field], label: str, *, request: bool
) -> list[Found]:
    """Compare flattened fields: (kind, what, words, our schemas) for each difference."""
    found: list[Found] = []
    root = label.split(" ", maxsplit=1)[0]  # "body" or "response"
    only_new, only_ours = set(new) - set(ours), set(ours) - set(new)
    for where in sorted(only_new):
        if _parent(where) not in only_new:
            schemas = ours[_parent(where)].schemas if _parent(where) in ours else frozenset()
            found.append(
                ("added", f"{label} field {where} ({new[where].type})", (_leaf(where),), schemas)
            )
    for where in sorted(only_ours):
        if _parent(where) not in only_ours:
            text = f"{label} field {where} ({ours[where].type})"
            found.append(("removed", text, (_leaf(where),), ours[where].schemas))
    for where in sorted(set(new) & set(ours)):
        mine, theirs = ours[where], new[where]
        words = (_leaf(where),) if where else (root,)
        name = f"{label} field {where}" if where else f"{label} schema"
        if mine.type != theirs.type:
            text = f"{name}: type {theirs.type} in the new description, {mine.type} in ours"
            found.append(("changed", text, words, mine.schemas))
        if request and where and mine.required != theirs.required:
            state = "required" if theirs.required else "optional"
            text = f"{name}: {state} in the new description, not in ours"
            found.append(("changed", text, words, mine.schemas))
    return found


def _bodies(new: Body | None, ours: Body | None, label: str, *, request: bool) -> list[Found]:
    root = label.split(" ", maxsplit=1)[0]
    if new is None and ours is None:
        return []
    if new is None or ours is None:
        kind = "added" if ours is None else "removed"
        return [(kind, label, (root,), frozenset())]
    found: list[Found] = []
    if new.media_types != ours.media_types:
        text = (
            f"{label} media types: {', '.join(sorted(new.media_types)) or 'none'} in the new "
            f"description, {', '.join(sorted(ours.media_types)) or 'none'} in ours"
        )
        found.append(("changed", text, (root,), frozenset()))
    # A schema that is missing, or a bare object or array, on one side is one difference, not
    # one per field of the other side.
    for side, side_name in ((new, "the new description"), (ours, "ours")):
        if len(side.fields) == 1 and len(new.fields) != len(ours.fields):
            shape = side.fields[""].type
            text = f"{label} schema: {'none' if shape == 'none' else 'a bare ' + shape} in "
            text += side_name
            return [*found, ("changed", text, (root,), ours.fields[""].schemas)]
    return found + _fields(new.fields, ours.fields, label, request=request)


def _parameters(new: Operation, ours: Operation) -> list[Found]:
    """Compare parameters by name and location; one whose location alone differs is moved."""
    found: list[Found] = []
    none: frozenset[str] = frozenset()
    moved: set[str] = set()
    for name in sorted(
        {name for name, _ in new.parameters} & {name for name, _ in ours.parameters}
    ):
        theirs = [p for (n, _), p in new.parameters.items() if n == name]
        mine = [p for (n, _), p in ours.parameters.items() if n == name]
        if len(theirs) == len(mine) == 1 and theirs[0].location != mine[0].location:
            moved.add(name)
            text = f"parameter {name}: in {theirs[0].location} in the new description, "
            found.append(("moved", text + f"in {mine[0].location} in ours", (name,), none))
    for key in sorted(set(new.parameters) | set(ours.parameters)):
        name, location = key
        if name in moved:
            continue
        words = (name, name.split("[")[0])
        theirs_one, mine_one = new.parameters.get(key), ours.parameters.get(key)
        if mine_one is None and theirs_one is not None:
            text = f"parameter {name} ({location}, {theirs_one.type})"
            found.append(("added", text, words, none))
        elif theirs_one is None and mine_one is not None:
            found.append(
                ("removed", f"parameter {name} ({location}, {mine_one.type})", words, none)
            )
        elif theirs_one is not None and mine_one is not None:
            label = f"parameter {name} ({location})"
            if theirs_one.type != mine_one.type:
                text = f"{label}: type {theirs_one.type} in the new description"
                found.append(("changed", f"{text}, {mine_one.type} in ours", words, none))
            if theirs_one.required != mine_one.required:
                state = "required" if theirs_one.required else "optional"
                text = f"{label}: {state} in the new description, not in ours"
                found.append(("changed", text, words, none))
    return found


def _operation(new: Operation, ours: Operation) -> list[Difference]:
    """Compare one operation present on both sides."""
    found: list[Found] = []
    if new.path != ours.path:
        words = ("slash",) if new.path.rstrip("/") == ours.path.rstrip("/") else ("path",)
        text = f"path: written {new.path} in the new description"
        found.append(("changed", text, words, frozenset()))
    found += _parameters(new, ours)
    found += _bodies(new.body, ours.body, "body", request=True)
    for status in sorted(set(new.responses) | set(ours.responses)):
        theirs, mine = new.responses.get(status), ours.responses.get(status)
        found += _bodies(theirs, mine, f"response {status}", request=False)
    where = (ours.raw_path, ours.method)
    return [
        Difference(ours.method.upper(), ours.path, kind, what, words, schemas, where)
        for kind, what, words, schemas in found
    ]


def compare(new: Spec, ours: Spec) -> list[Difference]:
    """Every difference between the new description and ours, operation by operation."""
    found: list[Difference] = []
    loose_ours = {(method, _loose(path)): op for (method, path), op in ours.operations.items()}
    matched: set[tuple[str, str]] = set()
    for key, theirs in sorted(new.operations.items()):
        mine = ours.operations.get(key) or loose_ours.get((key[0], _loose(key[1])))
        if mine is None:
            found.append(Difference(key[0], key[1], "added", "operation", ("operation",)))
            continue
        matched.add(mine.key)
        found += _operation(theirs, mine)
    for key, mine in sorted(ours.operations.items()):
        if key not in matched:
            found.append(
                Difference(
                    key[0],
                    key[1],
                    "removed",
                    "operation",
                    ("operation",),
                    ours=(mine.raw_path, mine.method),
                )
            )
    return found

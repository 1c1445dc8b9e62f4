"""Where the ``# Fix:`` comments of openapi/clicksend.yaml sit, for tools/spec_diff.py.

Our description explains each departure from ClickSend's file in a comment starting ``# Fix:``
(continued on lines starting ``#   ``), written just above the key it concerns: a path (all of its
operations), an operation's method (or something inside the operation), a component schema (or
something inside it). YAML parsers drop comments, so the file is read as text: each Fix is
attached to the key on the next line that is not a comment, found by indentation.

A Fix's subject is its text before the first ``": "``: ``user_id`` in ``Fix: user_id: ...``,
``dropped the optional Content-Type header parameter`` in ``Fix: dropped the optional
Content-Type header parameter: the body's media type ...``. A difference is accounted for when a
Fix attached to its operation, its path or a schema it sits in names one of the difference's
words in its subject (see ``Index.explain``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

_KEY = re.compile(r"""^(?:- )?(['"]?)(?P<key>[^'"#]+?)\1\s*:(?:\s|$)""")


@dataclass(frozen=True)
class Fix:
    """One ``# Fix:`` comment: its line in the file and its text (continuations joined)."""

    line: int
    text: str

    @property
    def subject(self) -> str:
        """The text before the first ``": "``, or all of it."""
        return self.text.split(": ", 1)[0]

    def names(self, word: str) -> bool:
        """Whether the subject contains ``word`` as a whole word (case does not matter)."""
        pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
        return re.search(pattern, self.subject, re.IGNORECASE) is not None


@dataclass
class Index:
    """The Fix comments of one file, by what they are attached to."""

    by_path: dict[str, list[Fix]] = field(default_factory=lambda: defaultdict(list))
    by_operation: dict[tuple[str, str], list[Fix]] = field(
        default_factory=lambda: defaultdict(list)
    )
    by_schema: dict[str, list[Fix]] = field(default_factory=lambda: defaultdict(list))

    def near(self, raw_path: str, method: str, schemas: Iterable[str] = ()) -> list[Fix]:
        """Return the Fix comments on an operation, its path and the given schemas."""
        found = [*self.by_path.get(raw_path, []), *self.by_operation.get((raw_path, method), [])]
        for name in schemas:
            found += self.by_schema.get(name, [])
        return found

    def explain(
        self, raw_path: str, method: str, words: Iterable[str], schemas: Iterable[str] = ()
    ) -> Fix | None:
        """Return the first nearby Fix whose subject names one of ``words``, if any."""
        wanted = [word for word in words if word]
        for fix in self.near(raw_path, method.lower(), schemas):
            if any(fix.names(word) for word in wanted):
                return fix
        return None


def _attach(index: Index, keys: list[str], fixes: list[Fix]) -> None:
    if len(keys) >= 2 and keys[0] == "paths":  # noqa: PLR2004 - paths, then the path
        if len(keys) == 2:  # noqa: PLR2004
            index.by_path[keys[1]] += fixes
        else:
            index.by_operation[keys[1], keys[2].lower()] += fixes
    elif len(keys) >= 3 and keys[:2] == ["components", "schemas"]:  # noqa: PLR2004
        index.by_schema[keys[2]] += fixes


def read_fixes(text: str) -> Index:
    """Find every ``# Fix:`` comment in a description's text and what it is attached to."""
    index = Index()
    stack: list[tuple[int, str]] = []
    pending: list[Fix] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            if stripped.startswith("# Fix:"):
                pending.append(Fix(number, stripped.removeprefix("# Fix:").strip()))
            elif pending and stripped.startswith("#  "):
                last = pending[-1]
                pending[-1] = Fix(last.line, f"{last.text} {stripped.lstrip('# ')}")
            continue
        indent = len(line) - len(line.lstrip(" "))
        if stripped.startswith("- "):
            indent += 2
        found = _KEY.match(stripped)
        if found is None:
            continue
        while stack and stack[-1][0] >= indent:
            stack.pop()
        stack.append((indent, found.group("key").strip()))
        if pending:
            _attach(index, [key for _, key in stack], pending)
            pending = []
    return index

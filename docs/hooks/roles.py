"""A griffe extension: the docstrings' Sphinx roles (``:class:`Journal```) are shown as code.

The library's docstrings are Google style, with a few Sphinx cross-reference roles carried over
from habit. mkdocstrings would print those roles as they are written; this turns each into
inline code (``:class:`~clicksend_async.journal.Journal``` becomes ``Journal``), the way a
reader of the source sees them.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|meth|func|attr|exc|mod|data|obj|const):`(?P<target>[^`]+)`")


def _as_code(found: re.Match[str]) -> str:
    target = found.group("target")
    if target.startswith("~"):
        target = target[1:].rsplit(".", 1)[-1]
    return f"`{target}`"


def plain_roles(text: str) -> str:
    """Return ``text`` with every Sphinx role written as inline code."""
    return _ROLE.sub(_as_code, text)


class SphinxRoles(griffe.Extension):
    """Rewrite Sphinx roles as inline code in every docstring griffe reads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:  # noqa: ANN401
        """Rewrite the roles of one object's docstring as it is created."""
        del kwargs
        if obj.docstring is not None:
            obj.docstring.value = plain_roles(obj.docstring.value)

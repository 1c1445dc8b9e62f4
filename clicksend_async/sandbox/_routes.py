"""The route table: every operation of the generated client, matched without aiohttp's router.

Our own matcher, because the sandbox must tell "no such path" (404) from "path exists, method
does not" (405), both in ClickSend's envelope, and must prefer literal segments over
parameters (``/sms/cancel-all`` is not ``/sms/{message_id}/cancel``'s sibling by accident).
"""

from __future__ import annotations

import re
from functools import cache

import attrs

from clicksend_async._operations import operation_index

_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@attrs.frozen
class Operation:
    """One API operation: id, method and path template relative to ``/v3``."""

    operation_id: str
    method: str
    path: str
    params: tuple[str, ...]

    @property
    def collection(self) -> str:
        """The path template without a trailing ``{param}`` segment."""
        if self.params and self.path.endswith("}"):
            return self.path.rsplit("/", 1)[0]
        return self.path


@attrs.frozen
class Match:
    """A request's path resolved: its operation (if the method fits) and path parameters."""

    operation: Operation | None
    params: dict[str, str]
    allowed: tuple[str, ...]


@cache
def operations() -> dict[str, Operation]:
    """Return every operation of the generated client by operation id."""
    return {
        operation_id: Operation(
            operation_id, entry.method, entry.path, tuple(_PARAM.findall(entry.path))
        )
        for operation_id, entry in operation_index().items()
    }


class Router:
    """Resolve a method and a path under ``/v3`` to an operation."""

    def __init__(self, table: dict[str, Operation]) -> None:
        self._static: dict[str, dict[str, Operation]] = {}
        patterns: dict[str, dict[str, Operation]] = {}
        for operation in table.values():
            if operation.params:
                patterns.setdefault(operation.path, {})[operation.method] = operation
            else:
                self._static.setdefault(operation.path, {})[operation.method] = operation
        # Literal segments win over parameters: sort by how many segments are parameters.
        ordered = sorted(patterns, key=lambda path: (path.count("{"), path))
        self._dynamic = [(self._compile(path), patterns[path]) for path in ordered]

    @staticmethod
    def _compile(path: str) -> re.Pattern[str]:
        parts = _PARAM.split(path)
        regex = "".join(
            f"(?P<{part}>[^/]+)" if index % 2 else re.escape(part)
            for index, part in enumerate(parts)
        )
        return re.compile(regex + "/?")

    def match(self, method: str, path: str) -> Match | None:
        """Return the match for ``path``, or None when no operation has that path at all."""
        methods = self._static.get(path) or self._static.get(path.rstrip("/"))
        params: dict[str, str] = {}
        if methods is None:
            # Keep looking past a path that matches with the wrong method: another template
            # may match the same path with the right one.
            for regex, candidates in self._dynamic:
                found = regex.fullmatch(path)
                if found is None:
                    continue
                if methods is None:
                    methods, params = candidates, found.groupdict()
                if method in candidates:
                    return Match(candidates[method], found.groupdict(), tuple(sorted(candidates)))
            if methods is None:
                return None
        return Match(methods.get(method), params, tuple(sorted(methods)))

"""What every resource shares: the seam it calls through, and building a message dict."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clicksend_async._call import Seam


class Resource:
    """A group of short methods, calling through the client's seam with its options."""

    def __init__(self, seam: Seam) -> None:
        self._seam = seam


def message(
    to: str,
    body: str,
    *,
    from_: str | None,
    schedule: int | None,
    custom_string: str | None,
    **extra: Any,  # noqa: ANN401 - channel-specific fields, already checked
) -> dict[str, Any]:
    """Return a message dict as the send operations take it, leaving out what is not given."""
    built: dict[str, Any] = {"to": to, "body": body, **extra}
    if from_ is not None:
        built["from"] = from_
    if schedule is not None:
        built["schedule"] = schedule
    if custom_string is not None:
        built["custom_string"] = custom_string
    return built

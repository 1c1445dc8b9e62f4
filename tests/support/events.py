"""A hooks object that keeps every event it is given, in order."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clicksend_async import OutcomeEvent, RequestEvent, ResponseEvent, RetryEvent


class Recorder:
    """Records events from all four hooks; ``of(kind)`` picks one kind."""

    def __init__(self) -> None:
        self.events: list[object] = []

    def on_request(self, event: RequestEvent) -> None:
        """Keep a request event."""
        self.events.append(event)

    def on_response(self, event: ResponseEvent) -> None:
        """Keep a response event."""
        self.events.append(event)

    def on_retry(self, event: RetryEvent) -> None:
        """Keep a retry event."""
        self.events.append(event)

    def on_outcome(self, event: OutcomeEvent) -> None:
        """Keep an outcome event."""
        self.events.append(event)

    def of(self, kind: type) -> list:
        """The events of one class, in order."""
        return [event for event in self.events if isinstance(event, kind)]

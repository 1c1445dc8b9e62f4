"""Event hooks: the typed, redacted events a client reports, and calling the user's hooks safely.

``ClickSend(..., hooks=...)`` takes any object with some of ``on_request``, ``on_response``,
``on_retry`` and ``on_outcome`` (a :class:`Hooks` of plain callables is one), or a list of such
objects. Each hook is called with one event, inline in the task that makes the call, on the
client's event loop (for the blocking client: its background thread). A hook may be a plain
function or a coroutine function; a coroutine is awaited before the call goes on, so keep hooks
quick. A hook that raises is logged at WARNING on the ``clicksend_async`` logger and otherwise
ignored: it never breaks a send.

Events carry no credentials, headers, bodies or query strings, and the path is the operation's
template (``/lists/{list_id}``), never the concrete path, which may hold a phone number or a
token.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from clicksend_async._errors import ConfigurationError
from clicksend_async._logging import logger

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

HOOK_NAMES = ("on_request", "on_response", "on_retry", "on_outcome")


@frozen
class RequestEvent:
    """An attempt is about to leave.

    Attributes:
        call_id: the same for every event of one call (all its attempts), unique in the process.
        operation_id: the operation (``send_sms``, ``view_list``...).
        method: the HTTP method.
        path: the operation's path template under the base URL.
        attempt: 1 for the first try, 2 for the first retry...

    """

    call_id: int
    operation_id: str
    method: str
    path: str
    attempt: int


@frozen
class ResponseEvent:
    """An attempt ended: answered, failed, or cut short.

    Attributes:
        call_id: as in :class:`RequestEvent`.
        operation_id: the operation.
        method: the HTTP method.
        path: the operation's path template.
        attempt: which try this was.
        status: the answer's HTTP status; None when no answer came.
        duration: seconds the attempt took, from leaving to its answer or failure.
        error: the name of the error the attempt ended in (``RateLimitError``,
            ``APITimeoutError``...), or None for a success.
        final: the call ends with this attempt (its answer is returned or its error raised);
            False when a retry follows.
        throttled: how many messages the answer marks THROTTLED (the send helpers resend
            them after a pause, as ``ThrottlePolicy`` allows).

    """

    call_id: int
    operation_id: str
    method: str
    path: str
    attempt: int
    status: int | None
    duration: float
    error: str | None
    final: bool
    throttled: int = 0


@frozen
class RetryEvent:
    """A failed attempt will be retried after a wait.

    Attributes:
        call_id: as in :class:`RequestEvent`.
        operation_id: the operation.
        method: the HTTP method.
        path: the operation's path template.
        attempt: the try that failed.
        status: the failed answer's HTTP status; None when no answer came.
        wait: seconds until the next try.
        reason: why: the status as text (``"429"``, ``"503"``) or the failure's class name
            (``"ServerDisconnectedError"``).

    """

    call_id: int
    operation_id: str
    method: str
    path: str
    attempt: int
    status: int | None
    wait: float
    reason: str


@frozen
class OutcomeEvent:
    """One batch of a bulk run is done: what became of its messages.

    Attributes:
        run_id: the bulk run.
        batch_id: the batch within it.
        operation_id: the send operation (``send_sms``, ``send_mms``...).
        accepted: messages the service queued.
        rejected: messages not sent.
        unknown: messages whose request failed ambiguously.
        kinds: messages by kind: ``"accepted"``, ``"unknown"``, and each rejection's status
            (``INVALID_RECIPIENT``, ``THROTTLED``, ``NOT_SENT``...).

    """

    run_id: str
    batch_id: str
    operation_id: str
    accepted: int
    rejected: int
    unknown: int
    kinds: Mapping[str, int] = field(hash=False)


@frozen
class Hooks:
    """Separate callables for each event; any left None is not called.

    Each may be a plain function or a coroutine function taking the one event.

    Attributes:
        on_request: called with a ``RequestEvent`` as each attempt leaves.
        on_response: called with a ``ResponseEvent`` as each attempt ends.
        on_retry: called with a ``RetryEvent`` before each wait for a retry.
        on_outcome: called with an ``OutcomeEvent`` as each batch of a bulk run is done.

    """

    on_request: Callable[[RequestEvent], object] | None = None
    on_response: Callable[[ResponseEvent], object] | None = None
    on_retry: Callable[[RetryEvent], object] | None = None
    on_outcome: Callable[[OutcomeEvent], object] | None = None


class HookSet:
    """The hooks a client calls, gathered per event from the objects it was given."""

    def __init__(self, targets: Sequence[object]) -> None:
        self._by_name: dict[str, tuple[Callable[[Any], object], ...]] = {
            name: tuple(hook for target in targets if callable(hook := getattr(target, name, None)))
            for name in HOOK_NAMES
        }

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(hooks)}" for name, hooks in self._by_name.items())
        return f"HookSet({counts})"

    def wants(self, name: str) -> bool:
        """Say whether any hook listens for this event."""
        return bool(self._by_name[name])

    async def emit(self, name: str, event: object) -> None:
        """Call every hook for ``name`` with ``event``; log, and otherwise ignore, failures."""
        for hook in self._by_name[name]:
            try:
                result = hook(event)
                if inspect.isawaitable(result):
                    await result
            except Exception:  # noqa: BLE001 - a hook's failure must never break a send
                logger.warning(
                    "the %s hook %s failed; the call goes on", name, _name(hook), exc_info=True
                )


def _name(hook: Callable[..., object]) -> str:
    return getattr(hook, "__qualname__", None) or type(hook).__name__


def as_hook_set(hooks: object) -> HookSet | None:
    """Return the hooks to call, from one hooks object, a list of them, or None.

    Raises:
        ConfigurationError: an object has none of the hook methods.

    """
    if hooks is None:
        return None
    targets: Sequence[object] = list(hooks) if isinstance(hooks, list | tuple) else [hooks]
    for target in targets:
        if not any(callable(getattr(target, name, None)) for name in HOOK_NAMES):
            raise ConfigurationError(
                f"hooks must have at least one of {', '.join(HOOK_NAMES)}; got {target!r}"
            )
    return HookSet(targets)

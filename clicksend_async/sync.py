"""The blocking client: ``from clicksend_async.sync import ClickSend``, for code that cannot await.

It runs the one async client on a private event loop in a background thread (see
``_portal``), and is built from the async classes, not written again: every public coroutine
method of the async client and its resources becomes a method that blocks until the result is
back, every async generator (listings, ``stream_bulk``) a method returning a plain iterator,
with the same names, parameters and docstrings. A test compares the two surfaces.

- One client may be shared by any number of threads; the calls run concurrently on its loop.
- Called from a thread that is running an event loop, it raises :class:`RunningLoopError`
  (a ``RuntimeError``): it would block that loop.
- Callbacks handed to a call as ``on_*`` keywords (``on_progress``) run in the calling
  thread, which is waiting for the call anyway; event hooks (``hooks=``) run on the client's
  own thread, and must not call the blocking client (they would be refused).
- Leave a listing early with ``it.close()`` or ``with cs.sms.history() as it:``: the async
  generator is closed at once.
- Use ``with ClickSend(...) as cs:`` or call :meth:`ClickSend.close`; an unclosed client warns
  when collected and is cleaned up then.
- Generated operations: ``cs.call(operation, ...)`` runs ``operation.asyncio(...)`` with the
  client (``call_detailed``: ``asyncio_detailed``); ``operation`` is the generated module or its
  operation id.
"""

from __future__ import annotations

import inspect
import re
import warnings
from typing import TYPE_CHECKING, Any, Self

from clicksend_async._client import ClickSend as AsyncClickSend
from clicksend_async._errors import ConfigurationError
from clicksend_async._pagination import resolve_operation
from clicksend_async._portal import (
    BlockingIterator,
    Portal,
    RunningLoopError,
    refuse_in_running_loop,
)
from clicksend_async._resources._base import Resource

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType, TracebackType

__all__ = ["BlockingIterator", "ClickSend", "RunningLoopError", "blocking_members"]

# Members of the async client that the blocking one replaces with its own: the lifecycle
# (``close``, ``with``) and ``api``, whose generated functions must be awaited (``call`` instead).
REPLACED = frozenset({"aclose", "api", "with_options"})
_ASYNC_RESULT = re.compile(r"^Async(?:Generator|Iterator)\[(.*?)(?:, None)?\]$")


def _kind(member: object) -> str | None:
    """Say how an async member becomes a blocking one: ``call``, ``iterate`` or not at all."""
    if inspect.iscoroutinefunction(member):
        return "call"
    if inspect.isasyncgenfunction(member):
        return "iterate"
    if inspect.isfunction(member):
        returns = inspect.signature(member).return_annotation
        if isinstance(returns, str) and _ASYNC_RESULT.match(returns):
            return "iterate"
    return None


def blocking_signature(member: Callable[..., object]) -> inspect.Signature:
    """Return the blocking counterpart's signature: the same, with an iterator for a generator."""
    signature = inspect.signature(member)
    returns = signature.return_annotation
    if isinstance(returns, str) and (found := _ASYNC_RESULT.match(returns)):
        return signature.replace(return_annotation=f"BlockingIterator[{found.group(1)}]")
    return signature


def _blocking_method(name: str, member: Callable[..., Any], kind: str) -> Callable[..., Any]:
    if kind == "call":

        def method(self: _Blocking, /, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
            return self._portal.call(getattr(self._target, name), args, kwargs)

    else:

        def method(self: _Blocking, /, *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
            return self._portal.iterate(getattr(self._target, name), args, kwargs)

    method.__name__ = name
    method.__doc__ = member.__doc__
    method.__signature__ = blocking_signature(member)  # type: ignore[attr-defined]
    return method


def _wrapped_property(name: str, member: property) -> property:
    def get(self: _Blocking) -> Any:  # noqa: ANN401 - whatever the async property returns
        return self._wrap(getattr(self._target, name))

    get.__name__ = name
    get.__doc__ = member.__doc__
    return property(get, doc=member.__doc__)


def blocking_members(async_class: type) -> dict[str, Any]:
    """Return the blocking counterparts of an async class's public members, by name.

    Coroutine functions become blocking methods, async generators methods returning a
    :class:`BlockingIterator`, properties properties whose resources are wrapped in turn.
    """
    members: dict[str, Any] = {}
    for name in dir(async_class):
        if name.startswith("_") or name in REPLACED:
            continue
        static = inspect.getattr_static(async_class, name)
        if isinstance(static, property):
            members[name] = _wrapped_property(name, static)
        elif (kind := _kind(static)) is not None:
            members[name] = _blocking_method(name, static, kind)
    return members


class _Blocking:
    """A blocking face of an async object: its calls run on the portal's loop."""

    def __init__(self, portal: Portal, target: Any) -> None:  # noqa: ANN401 - any async object
        self._portal = portal
        self._target = target

    def __repr__(self) -> str:
        return f"<blocking {self._target!r}>"

    def _wrap(self, value: object) -> object:
        if isinstance(value, Resource):
            return blocking_class(type(value))(self._portal, value)
        return value

    if TYPE_CHECKING:
        # The members are generated from the async classes; to the type checker they are Any.
        def __getattr__(self, name: str) -> Any: ...  # noqa: ANN401


def blocking_class(async_class: type) -> type[_Blocking]:
    """Return the blocking class generated from an async resource class (made once)."""
    made = _classes.get(async_class)
    if made is not None:
        return made
    namespace = {
        **blocking_members(async_class),
        "__doc__": async_class.__doc__,
        "__module__": __name__,
        "__qualname__": async_class.__name__,
    }
    # Two threads may make the same class at once; either result is as good as the other.
    return _classes.setdefault(async_class, type(async_class.__name__, (_Blocking,), namespace))


_classes: dict[type, type[_Blocking]] = {}


class ClickSend(_Blocking):
    """A blocking client for the ClickSend REST API v3, over the async one.

    Takes exactly the arguments of ``clicksend_async.ClickSend`` (see its documentation),
    except ``session``: the client opens its own on its own loop.

    Raises:
        ConfigurationError: as the async client does, or a ``session`` was given.
        RunningLoopError: made inside a running event loop.

    """

    _root = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401 - the async client's
        if kwargs.get("session") is not None:
            raise ConfigurationError(
                "the blocking ClickSend opens its own aiohttp session on its own loop; "
                "a session made elsewhere cannot be used there"
            )
        refuse_in_running_loop()  # before a thread is started for nothing
        portal = Portal()
        try:

            async def create() -> AsyncClickSend:
                return AsyncClickSend(*args, **kwargs)

            target = portal.run(create)
        except BaseException:
            portal.close(_nothing)
            raise
        super().__init__(portal, target)
        self._root = True

    __init__.__signature__ = inspect.signature(AsyncClickSend.__init__)  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        return repr(self._target).replace("<ClickSend", "<ClickSend (blocking)", 1)

    def __enter__(self) -> Self:
        """Open the client.

        Raises:
            ClientClosedError: the client was already closed.

        """
        self._portal.run(self._target.__aenter__)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the client, its session and its background thread (a view closes its client).

        Raises:
            RunningLoopError: called inside a running event loop.

        """
        self._portal.close(self._target.aclose)

    def __del__(self) -> None:
        portal: Portal | None = getattr(self, "_portal", None)
        if self._root and portal is not None and not portal.closed:
            warnings.warn(
                f"unclosed {self!r}: use 'with ClickSend(...)' or 'cs.close()'",
                ResourceWarning,
                stacklevel=2,
            )
            portal.close(self._target.aclose, wait=False)

    def with_options(self, **options: Any) -> ClickSend:  # noqa: ANN401 - the async client's
        """Return a view of this client with other per-call settings, sharing its thread."""
        view = object.__new__(ClickSend)
        _Blocking.__init__(view, self._portal, self._target.with_options(**options))
        return view

    with_options.__signature__ = inspect.signature(AsyncClickSend.with_options)  # type: ignore[attr-defined]
    with_options.__doc__ = AsyncClickSend.with_options.__doc__

    def call(
        self,
        operation: str | ModuleType,
        /,
        *args: Any,  # noqa: ANN401 - the operation's own parameters
        **kwargs: Any,  # noqa: ANN401
    ) -> Any:  # noqa: ANN401 - the operation's parsed answer
        """Call a generated operation (module or id) and return its parsed answer.

        ``cs.call("view_sms_templates", page=1)`` runs
        ``clicksend_v3.api.sms.view_sms_templates.asyncio(client=..., page=1)``.

        Raises:
            ValidationError: no operation has that id.
            ClickSendError: as the async client's ``api`` does.

        """
        module = resolve_operation(operation)
        return self._portal.run(lambda: module.asyncio(*args, client=self._target.api, **kwargs))

    def call_detailed(
        self,
        operation: str | ModuleType,
        /,
        *args: Any,  # noqa: ANN401 - the operation's own parameters
        **kwargs: Any,  # noqa: ANN401
    ) -> Any:  # noqa: ANN401 - the operation's Response (status, headers, parsed)
        """Like :meth:`call`, but return the generated ``Response`` (status, headers, parsed).

        Raises:
            ValidationError: no operation has that id.
            ClickSendError: as the async client's ``api`` does.

        """
        module = resolve_operation(operation)
        return self._portal.run(
            lambda: module.asyncio_detailed(*args, client=self._target.api, **kwargs)
        )


async def _nothing() -> None:
    pass


for _name, _member in blocking_members(AsyncClickSend).items():
    setattr(ClickSend, _name, _member)

"""The blocking client's surface is the async one's, member by member, names and signatures."""

from __future__ import annotations

import inspect

import pytest

from clicksend_async import ClickSend as AsyncClickSend
from clicksend_async._resources._base import Resource
from clicksend_async.sync import ClickSend, blocking_class

# The documented differences: closing, and the generated operations, which are awaited in one
# and called through ``call``/``call_detailed`` in the other.
ASYNC_ONLY = {"aclose", "api"}
BLOCKING_ONLY = {"close", "call", "call_detailed"}


def _public(cls: type) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


def _resources() -> dict[str, type[Resource]]:
    client = AsyncClickSend("u", "k")  # never opened, so nothing to close
    found = {}
    for name in _public(AsyncClickSend):
        if isinstance(inspect.getattr_static(AsyncClickSend, name), property):
            value = getattr(client, name) if name != "closed" else None
            if isinstance(value, Resource):
                found[name] = type(value)
    return found


RESOURCES = _resources()


def _expected_return(annotation: object) -> object:
    if isinstance(annotation, str) and annotation.startswith("AsyncGenerator["):
        item = annotation.removeprefix("AsyncGenerator[").removesuffix(", None]")
        return f"BlockingIterator[{item}]"
    return annotation


def _compare(async_class: type, blocking: type, name: str) -> None:
    async_member = inspect.getattr_static(async_class, name)
    blocking_member = inspect.getattr_static(blocking, name)
    if isinstance(async_member, property):
        assert isinstance(blocking_member, property), name
        assert blocking_member.__doc__ == async_member.__doc__, name
        return
    expected = inspect.signature(async_member)
    got = inspect.signature(blocking_member)
    assert list(got.parameters.values()) == list(expected.parameters.values()), name
    assert got.return_annotation == _expected_return(expected.return_annotation), name
    assert getattr(blocking, name).__doc__ == async_member.__doc__, name


def test_the_resources_are_found() -> None:
    """The comparison covers every resource the short methods live on."""
    assert set(RESOURCES) == {"sms", "mms", "voice", "email", "account", "lists", "contacts"}


@pytest.mark.parametrize("name", sorted(RESOURCES))
def test_each_resource_has_the_same_methods_and_signatures(name: str) -> None:
    """Every public member of an async resource has a blocking twin with the same signature."""
    async_class = RESOURCES[name]
    blocking = blocking_class(async_class)
    assert _public(blocking) == _public(async_class)
    for member in _public(async_class):
        _compare(async_class, blocking, member)


def test_the_client_has_the_same_members_but_the_documented_ones() -> None:
    """The blocking client mirrors the async one, apart from closing and generated calls."""
    assert _public(ClickSend) - BLOCKING_ONLY == _public(AsyncClickSend) - ASYNC_ONLY
    for member in _public(AsyncClickSend) - ASYNC_ONLY:
        _compare(AsyncClickSend, ClickSend, member)


def test_the_constructor_takes_the_same_arguments() -> None:
    """ClickSend(...) takes exactly the async client's parameters."""
    assert inspect.signature(ClickSend) == inspect.signature(AsyncClickSend)


def test_listings_become_iterators_and_coroutines_blocking_calls() -> None:
    """A listing returns a BlockingIterator; a coroutine method is a plain function."""
    sms = blocking_class(RESOURCES["sms"])
    assert inspect.signature(sms.history).return_annotation == "BlockingIterator[dict[str, Any]]"
    assert not inspect.iscoroutinefunction(sms.send)
    assert inspect.signature(ClickSend.pages).return_annotation == "BlockingIterator[Page]"

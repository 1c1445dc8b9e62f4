"""``Sandbox``: run the emulator on a local port for as long as an ``async with`` block lasts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

import attrs
from aiohttp import web

from clicksend_async.sandbox._admin import Admin
from clicksend_async.sandbox._app import Application
from clicksend_async.sandbox._control import CONTROL_PREFIX
from clicksend_async.sandbox._faults import Counters, Faults
from clicksend_async.sandbox._push import Pusher
from clicksend_async.sandbox._seed import parse_seed
from clicksend_async.sandbox._settings import SandboxSettings
from clicksend_async.sandbox._state import SandboxState

if TYPE_CHECKING:
    from types import TracebackType

    from clicksend_async.sandbox._state import Record


class Sandbox:
    """A local ClickSend v3 emulator.

    ``async with Sandbox(SandboxSettings(...)) as sb:`` serves it on ``sb.url`` (which ends in
    ``/v3``) until the block ends. ``sb.faults`` scripts failures, ``sb.counters`` counts what
    was accepted and pushed, ``sb.state`` is the in-memory state; the other methods are the
    control operations, which ``sb.control_url`` also offers over HTTP to any language. While
    it serves, receipts fall due on time and are pushed, with inbound SMS, to automation rules
    whose action is ``URL``.
    """

    def __init__(self, settings: SandboxSettings | None = None, **overrides: Any) -> None:  # noqa: ANN401
        base = settings or SandboxSettings()
        if overrides:
            base = SandboxSettings(**{**_as_dict(base), **overrides})
        self.settings = base
        self.state = SandboxState(base)
        self.faults = Faults()
        self.admin = Admin(self.state, self.faults)
        self._application = Application(self.state, self.faults, self.admin)
        self._runner: web.AppRunner | None = None
        self._url: str | None = None

    @property
    def counters(self) -> Counters:
        """What the sandbox has seen (messages accepted, duplicates, requests per operation)."""
        return self.state.counters

    @property
    def url(self) -> str:
        """Base URL of the running sandbox, ending in ``/v3``."""
        if self._url is None:
            raise RuntimeError("the sandbox is not running")
        return self._url

    def make_app(self) -> web.Application:
        """Return the aiohttp application, for serving it some other way."""
        app = self._application.make_app()
        app.on_startup.append(self._start_pushing)
        app.on_cleanup.append(self._stop_pushing)
        return app

    async def _start_pushing(self, _: web.Application) -> None:
        pusher = Pusher(self.state)
        await pusher.start()
        self.state.pusher = pusher

    async def _stop_pushing(self, _: web.Application) -> None:
        pusher, self.state.pusher = self.state.pusher, None
        if pusher is not None:
            await pusher.stop()

    async def start(self) -> str:
        """Start serving; return the base URL."""
        if self._runner is not None:
            return self.url
        runner = web.AppRunner(self.make_app(), access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self.settings.host, self.settings.port, reuse_address=True)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()  # stops the pusher the startup hook began
            raise
        self._runner = runner
        host, port = _bound_address(runner)
        shown = f"[{host}]" if ":" in host else host
        self._url = f"http://{shown}:{port}/v3"
        return self._url

    async def stop(self) -> None:
        """Stop serving and close open connections."""
        runner, self._runner = self._runner, None
        self._url = None
        if runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def control_url(self) -> str:
        """Address of the running sandbox's control API (``/_sandbox``), for any language."""
        return self.url.removesuffix("/v3") + CONTROL_PREFIX

    def reset(self) -> None:
        """Forget every account, message, counter and scripted fault; reload loaded state."""
        self.admin.reset()

    def load_state(self, document: Any) -> None:  # noqa: ANN401
        """Create the accounts, lists and contacts a state document names (see ``_seed``).

        Raises:
            ValueError: the document is not in the state format.

        """
        self.admin.load_state(parse_seed(document))

    def add_account(
        self, username: str, api_key: str, *, balance: float | None = None, status: str = "active"
    ) -> None:
        """Create an account that strict mode accepts, with its balance (AUD) and status."""
        self.admin.add_account(username, api_key, balance=balance, status=status)

    def set_account(
        self, username: str, *, balance: float | None = None, status: str | None = None
    ) -> None:
        """Change an account's balance and status (``active``, ``not_activated``, ``banned``)."""
        self.admin.set_account(username, balance=balance, status=status)

    def stored(self, username: str, channel: str) -> dict[str, Any]:
        """Return an account's messages of one channel, with counts and repeated custom strings."""
        return self.admin.stored_messages(username, channel)

    def deliver_receipts(self, username: str | None = None) -> int:
        """Make every pending receipt arrive now; return how many did."""
        return self.admin.deliver_receipts(username)

    def advance_clock(self, seconds: float) -> float:
        """Move the sandbox's clock forward, delivering what falls due; return the offset."""
        return self.admin.advance_clock(seconds)

    def inject_inbound(
        self,
        *,
        from_number: str,
        body: str,
        to: str | None = None,
        username: str | None = None,
        original_message_id: str | None = None,
        keyword: str | None = None,
    ) -> Record:
        """Deliver an inbound SMS, as if ``from_number`` had replied; return its record.

        The account is ``username``, else the one that sent ``original_message_id``, else the
        only account that has used the sandbox so far. The message is pushed to the account's
        inbound rules whose action is ``URL`` and that match it. Safe to call from any thread.
        """
        return self.admin.inject_inbound(
            from_number=from_number,
            body=body,
            to=to,
            username=username,
            original_message_id=original_message_id,
            keyword=keyword,
        )


def _as_dict(settings: SandboxSettings) -> dict[str, Any]:
    return attrs.asdict(settings, recurse=False)


def _bound_address(runner: web.AppRunner) -> tuple[str, int]:
    for server in runner.sites:
        sockets = getattr(getattr(server, "_server", None), "sockets", None) or ()
        for sock in sockets:
            address = sock.getsockname()
            return str(address[0]), int(address[1])
    raise RuntimeError("the sandbox has no listening socket")

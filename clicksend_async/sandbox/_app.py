"""The aiohttp application: the stages as middlewares, then the operation's handler by table."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from aiohttp import web

from clicksend_async.sandbox._control import Control
from clicksend_async.sandbox._handlers import dispatch_table
from clicksend_async.sandbox._middlewares import Stages, current_call
from clicksend_async.sandbox._responses import ApiError, Context
from clicksend_async.sandbox._routes import Router, operations
from clicksend_async.sandbox._shapes import shapes

if TYPE_CHECKING:
    from clicksend_async.sandbox._admin import Admin
    from clicksend_async.sandbox._faults import Faults
    from clicksend_async.sandbox._state import SandboxState

STATE_KEY: web.AppKey[SandboxState] = web.AppKey("state")
FAULTS_KEY: web.AppKey[Faults] = web.AppKey("faults")


class Application:
    """The sandbox's request pipeline: the stages, then the handler of the matched operation.

    The control API (``_control``) sits in front of the stages: its paths never reach them.
    """

    def __init__(self, state: SandboxState, faults: Faults, admin: Admin) -> None:
        self.state = state
        self.faults = faults
        self.control = Control(admin)
        table = operations()
        self.stages = Stages(state, faults, Router(table))
        self.shapes = shapes()
        self.handlers = dispatch_table(table)

    def make_app(self) -> web.Application:
        """Return the aiohttp application serving ``/v3``, ``/_sandbox`` and ``/downloads``."""
        app = web.Application(
            client_max_size=64 * 1024 * 1024,
            middlewares=[self.control.intercept, *self.stages.middlewares()],
        )
        app[STATE_KEY] = self.state
        app[FAULTS_KEY] = self.faults
        app.router.add_route("*", "/{tail:.*}", self.handle)
        return app

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """Serve one request that every stage has let through."""
        call = current_call()
        body: Any = None
        if call.raw:
            try:
                body = json.loads(call.raw)
            except ValueError:
                raise ApiError(400, "The body is not valid JSON.") from None
        state = self.state
        account = call.account or state.account("anonymous")
        state.deliver_due(account)
        operation = call.operation
        ctx = Context(
            request=request,
            operation=operation,
            shape=self.shapes[operation.operation_id],
            params=call.params,
            state=state,
            account=account,
            body=body,
            base_url=f"{request.scheme}://{request.host}/v3",
            throttled=call.throttled,
        )
        return await self.handlers[operation.operation_id](ctx)

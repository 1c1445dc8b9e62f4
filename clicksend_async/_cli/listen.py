"""``clicksend-async listen``: run a webhook receiver and print each receipt and reply it gets."""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
from typing import TYPE_CHECKING, Any

import attrs
from aiohttp import web

from clicksend_async._cli._checks import cannot_listen, port_option
from clicksend_async._cli.common import ExitStatus, UsageError, name_flags, report_error
from clicksend_async._errors import ConfigurationError
from clicksend_async.webhooks import DeliveryReceipt, new_token, receiver

if TYPE_CHECKING:
    import argparse
    from typing import TextIO

    from clicksend_async.webhooks import Event


def run_listen(args: argparse.Namespace) -> ExitStatus:
    """Run ``listen`` until interrupted (exit 0).

    A token that is too short, a port out of range or in use, or an address this machine does
    not have is reported in one line with exit status 2.
    """
    try:
        port = port_option(args.port)
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(listen(host=args.host, port=port, token=args.token, as_json=args.json))
    except ConfigurationError as error:
        return report_error(UsageError(name_flags(str(error), _FLAGS)), as_json=args.json)
    except UsageError as error:
        return report_error(error, as_json=args.json)
    return ExitStatus.OK


# The receiver's argument names, as this command's flags.
_FLAGS = {
    "the receiver's token": "--token",
    "; new_token() makes one": "; leave --token out and one is made",
}


def event_fields(event: Event) -> dict[str, Any]:
    """Return an event as plain JSON-ready fields, ``type`` first and ``from`` spelt as sent."""
    fields = attrs.asdict(event)
    if "from_" in fields:
        fields["from"] = fields.pop("from_")
    kind = "receipt" if isinstance(event, DeliveryReceipt) else "inbound"
    return {"type": kind, **fields}


def _describe(event: Event) -> str:
    if isinstance(event, DeliveryReceipt):
        text = event.status_text or event.status or ""
        return f"receipt {event.message_id} {event.status_code or '-'} {text}".rstrip()
    return f"inbound {event.message_id} from {event.from_} to {event.to}: {event.body}"


async def listen(
    *,
    host: str,
    port: int,
    token: str | None,
    as_json: bool,
    out: TextIO | None = None,
    stop: asyncio.Event | None = None,
) -> None:
    """Serve a receiver until ``stop`` is set (or SIGINT/SIGTERM); write each event to ``out``.

    Raises:
        ConfigurationError: ``token`` is shorter than 16 characters.
        UsageError: nothing can listen on ``host``:``port``.

    """
    stream = out or sys.stdout
    secret = token or new_token()
    queue: asyncio.Queue[Event] = asyncio.Queue()
    app = receiver(token=secret, queue=queue)
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):  # not on Windows: Ctrl-C still raises
                loop.add_signal_handler(signum, stop.set)
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except OSError as error:
            raise cannot_listen(host, port, error) from None
        bound_host, bound_port = runner.addresses[0][:2]
        shown = f"[{bound_host}]" if ":" in str(bound_host) else bound_host
        base = f"http://{shown}:{bound_port}"
        urls = {"receipts": f"{base}/receipts/{secret}", "inbound": f"{base}/inbound/{secret}"}
        if as_json:
            stream.write(json.dumps({"listening": urls, "token": secret}) + "\n")
        else:
            stream.write(
                f"Listening for ClickSend pushes (token {secret}):\n"
                f"  receipts: {urls['receipts']}\n  inbound:  {urls['inbound']}\n"
            )
        stream.flush()
        stopped = asyncio.ensure_future(stop.wait())
        try:
            while True:
                getting = asyncio.ensure_future(queue.get())
                await asyncio.wait({getting, stopped}, return_when=asyncio.FIRST_COMPLETED)
                if not getting.done():
                    getting.cancel()
                    break
                event = getting.result()
                line = json.dumps(event_fields(event)) if as_json else _describe(event)
                stream.write(line + "\n")
                stream.flush()
        finally:
            stopped.cancel()
    finally:
        await runner.cleanup()

"""The receiver's secret token never reaches an access log: the README's setup, run for real."""

import asyncio
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import aiohttp
from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from aiohttp.test_utils import TestServer

from clicksend_async.webhooks import receiver

README = Path(__file__).resolve().parents[2] / "README.md"
TOKEN = "s3cret-token-0123456789"

# Runs the README's receiver block as written, with logging set up as an application would
# have it. Only web.run_app is wrapped: it binds 127.0.0.1 on a free port instead of 8080, and
# reports the URL and the token the block generated once it is serving.
RUNNER = """
import logging, sys
from aiohttp import web

logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(name)s: %(message)s")
real_run_app = web.run_app
namespace = {}

def announce(message):
    url = message.split("Running on ", 1)[1].split()[0]
    print("READY", url, namespace["token"], flush=True)

def run_app(app, **options):
    options.update(host="127.0.0.1", port=0, print=announce)
    real_run_app(app, **options)

web.run_app = run_app
exec(compile(sys.argv[1], "README.md", "exec"), namespace)
"""


def readme_receiver_block() -> str:
    """Return the README's Python block that serves the receiver with web.run_app."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    (block,) = [block for block in blocks if "web.run_app(" in block and "receiver(" in block]
    return block


def fetch(url: str, data: bytes | None = None) -> int:
    """Send one request to the loopback server and return its status."""
    try:
        with urllib.request.urlopen(url, data=data, timeout=10) as response:  # noqa: S310 - loopback http
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


def test_readme_setup_logs_the_receiver_paths_without_the_token():
    """Run as the README shows, with logging on: access log lines show *** where the token was."""
    child = subprocess.Popen(
        [sys.executable, "-c", RUNNER, readme_receiver_block()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        ready = child.stdout.readline().split()
        assert ready[:1] == ["READY"], ready
        base, token = ready[1], ready[2]
        assert base.startswith("http://127.0.0.1:")
        receipt = b"message_id=M-1&status_code=201"
        assert fetch(f"{base}/clicksend/receipts/{token}", receipt) == 200
        assert fetch(f"{base}/clicksend/inbound/{token}?message_id=IN-1&body=hi") == 200
        assert fetch(f"{base}/clicksend/receipts/{token}", b"status_code=201") == 400
    finally:
        child.terminate()
        _, log = child.communicate(timeout=30)
    access = [line for line in log.splitlines() if line.startswith("aiohttp.access:")]
    assert len(access) == 3, log
    assert token not in log
    assert '"POST /clicksend/receipts/*** HTTP/1.1" 200' in access[0]
    assert '"GET /clicksend/inbound/***?message_id=IN-1&body=hi HTTP/1.1" 200' in access[1]
    assert '"POST /clicksend/receipts/*** HTTP/1.1" 400' in access[2]


class Recording(AbstractAccessLogger):
    """An access logger that keeps every URL-bearing view of each request it is given."""

    lines: list[str] = []  # noqa: RUF012 - shared with the test on purpose

    def log(self, request, _response, _time):
        """Record the request's URL as each of aiohttp's accessors gives it."""
        views = [request.path, request.path_qs, request.raw_path, str(request.url)]
        views += [str(request.rel_url), repr(request), repr(dict(request.match_info))]
        self.lines.append(" ".join(views))


async def test_any_access_logger_sees_the_path_without_the_token():
    """A custom access logger reading path, raw_path, url and match_info finds no token."""
    Recording.lines = []
    app = web.Application()
    app.add_subapp("/hooks", receiver(token=TOKEN))
    server = TestServer(app, host="127.0.0.1")
    await server.start_server(access_log_class=Recording)
    try:
        async with aiohttp.ClientSession() as session:
            url = server.make_url(f"/hooks/receipts/{TOKEN}")
            async with session.post(url, data={"message_id": "M-1"}) as response:
                assert response.status == 200
            async with session.put(url, data={"message_id": "M-1"}) as response:
                assert response.status == 405
            async with session.get(server.make_url(f"/hooks/inbound/{TOKEN}x")) as response:
                assert response.status == 404
        for _ in range(100):
            if len(Recording.lines) == 3:
                break
            await asyncio.sleep(0.01)
    finally:
        await server.close()
    assert len(Recording.lines) == 3
    assert all(TOKEN not in line for line in Recording.lines), Recording.lines
    assert Recording.lines[0].startswith("/hooks/receipts/*** /hooks/receipts/***")

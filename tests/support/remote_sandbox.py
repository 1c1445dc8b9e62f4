"""A sandbox reached over HTTP only, as a test suite in another language reaches it.

``RemoteSandbox`` speaks to it with nothing but ``urllib.request``; ``in_subprocess`` starts it
as ``python -m clicksend_async sandbox --state FILE --json``, ``in_thread`` in this process.
"""

import base64
import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from clicksend_async.sandbox import SandboxSettings
from clicksend_async.sandbox._thread import sandbox_in_thread

ROOT = Path(__file__).resolve().parents[2]
# The accounts a strict sandbox run as a separate process is started with, through --state.
STATE = {
    "accounts": [
        {
            "username": "alice",
            "api_key": "ALICE-KEY",
            "balance": 25.0,
            "lists": [
                {
                    "list_name": "Customers",
                    "contacts": [
                        {"phone_number": "+61411111111", "first_name": "Ann"},
                        {"phone_number": "+61411111112", "first_name": "Bob"},
                    ],
                }
            ],
        },
        {"username": "bob", "api_key": "BOB-KEY"},
    ]
}


class RemoteSandbox:
    """A sandbox in another process, driven with the standard library's HTTP client only."""

    def __init__(self, url: str, control_url: str) -> None:
        self.url = url
        self.control_url = control_url

    def request(
        self,
        method: str,
        url: str,
        body: Any = None,
        *,
        auth: tuple[str, str] | None = None,
        raw: bytes | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        """Make one request; return (status, headers, body) whatever the status."""
        headers = {"Content-Type": "application/json"}
        if auth is not None:
            token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        data = raw if raw is not None else None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method, headers=headers)  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def control(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        """Call the control API; return (status, decoded JSON)."""
        status, _, data = self.request(method, self.control_url + path, body)
        return status, json.loads(data)

    def api(
        self,
        method: str,
        path: str,
        body: Any = None,
        auth: tuple[str, str] = ("alice", "ALICE-KEY"),
    ) -> tuple[int, dict[str, str], Any]:
        """Call a ClickSend operation; return (status, headers, decoded JSON)."""
        status, headers, data = self.request(method, self.url + path, body, auth=auth)
        return status, headers, json.loads(data)


def in_subprocess(state: Path) -> Iterator[RemoteSandbox]:
    """Serve a strict sandbox from `python -m clicksend_async sandbox`, with the --state file."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    command = [sys.executable, "-m", "clicksend_async", "sandbox", "--port", "0", "--json"]
    command += ["--strict", "--state", str(state), "--receipt-delay", "30", "--seed", "7"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    try:
        assert process.stdout is not None
        shown = json.loads(process.stdout.readline())
        yield RemoteSandbox(shown["url"], shown["control_url"])
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=10)


def in_thread() -> Iterator[RemoteSandbox]:
    """Serve a strict sandbox with STATE from a thread of this process."""
    settings = SandboxSettings(strict=True, receipt_delay=30, seed=7)
    with sandbox_in_thread(settings) as sandbox:
        sandbox.load_state(STATE)
        yield RemoteSandbox(sandbox.url, sandbox.control_url)

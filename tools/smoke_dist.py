"""Smoke-test an installed clicksend-async, as a user who installed the wheel would.

``nox -s build`` copies this file into an empty directory outside the source tree and runs it
with the Python of a fresh virtual environment holding only the wheel (with the ``cli`` extra):
``python smoke_dist.py VERSION SOURCE_ROOT``. It fails unless the package is imported from that
environment rather than the source tree, ``__version__`` is ``VERSION``, the generated bindings
and both ``py.typed`` markers are installed, an SMS sent to a sandbox started in this process is
accepted, ``clicksend-async --version`` prints the version and ``clicksend-async demo`` runs.
"""

from __future__ import annotations

import asyncio
import importlib.resources
import json
import subprocess
import sys
from pathlib import Path

import clicksend_v3

import clicksend_async
from clicksend_async import Accepted, ClickSend
from clicksend_async.sandbox import Sandbox

DEMO_MESSAGES = 300


def _check(condition: object, problem: str) -> None:
    if not condition:
        raise SystemExit(f"smoke test failed: {problem}")


async def _send_to_sandbox() -> None:
    async with Sandbox() as sandbox, ClickSend("smoke", "key", base_url=sandbox.url) as cs:
        outcome = await cs.sms.send("+61411111111", "Hello from the installed wheel")
    _check(isinstance(outcome, Accepted), f"the sandbox did not accept the SMS: {outcome!r}")
    print(f"send: {outcome!r}")


def main(version: str, source_root: Path) -> None:
    """Run every check; raise SystemExit with the first failure."""
    for module in (clicksend_async, clicksend_v3):
        where = Path(module.__file__ or "").resolve()
        _check(
            not where.is_relative_to(source_root),
            f"{module.__name__} comes from the source tree ({where})",
        )
        _check(
            importlib.resources.files(module).joinpath("py.typed").is_file(),
            f"{module.__name__} has no py.typed",
        )
    _check(
        clicksend_async.__version__ == version,
        f"__version__ is {clicksend_async.__version__!r}, the build is {version!r}",
    )
    home = Path(clicksend_async.__file__ or "").parent
    print(f"import: clicksend_async {clicksend_async.__version__} from {home}")

    asyncio.run(_send_to_sandbox())

    command = Path(sys.executable).parent / "clicksend-async"
    shown = subprocess.run(  # noqa: S603 - the installed command, fixed arguments
        [command, "--version"], capture_output=True, text=True, check=True
    )
    _check(
        shown.stdout == f"clicksend-async {version}\n",
        f"--version printed {shown.stdout!r}",
    )
    print(f"--version: {shown.stdout.strip()}")

    demo = subprocess.run(  # noqa: S603
        [command, "demo", "--messages", str(DEMO_MESSAGES), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    _check(demo.returncode == 0, f"demo exited {demo.returncode}: {demo.stderr.strip()}")
    summary = json.loads(demo.stdout)
    _check(
        summary["sent"] == DEMO_MESSAGES and summary["unknown"] == 0,
        f"demo's summary is {summary!r}",
    )
    print(f"demo: {demo.stdout.strip()}")


if __name__ == "__main__":
    if len(sys.argv) != 3:  # noqa: PLR2004 - the script and its two arguments
        raise SystemExit("usage: smoke_dist.py VERSION SOURCE_ROOT")
    main(sys.argv[1], Path(sys.argv[2]).resolve())

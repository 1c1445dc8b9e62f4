"""Fuzz the sandbox with schemathesis, using our OpenAPI description as the contract.

Run it with ``nox -s fuzz`` (or ``python tests/soak/fuzz.py [EXAMPLES]`` where schemathesis is
installed). It serves a sandbox with every fault off from a background thread, then runs
schemathesis' command line against it with ClickSend's test credentials and two checks:

- ``not_a_server_error``: with no faults scripted, no answer may be a 5xx;
- ``response_schema_conformance``: every answer must be valid against the description.

``status_code_conformance`` is left out on purpose: the description lists only the success
answer of each operation (200 or 204), as ClickSend's own file does, so every well-formed
400, 401 or 404 would count as a failure. The exit status is schemathesis' own.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from clicksend_async.sandbox import TEST_ACCOUNT_KEY, SandboxSettings
from clicksend_async.sandbox._thread import sandbox_in_thread

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "clicksend.yaml"
CHECKS = "not_a_server_error,response_schema_conformance"
PHASES = "examples,coverage,fuzzing"


def command(url: str, examples: int, seed: int, workers: int) -> list[str]:
    """Return the schemathesis command line that fuzzes the sandbox at ``url``."""
    return [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        str(SPEC),
        "--url",
        url,
        "--auth",
        f"fuzz:{TEST_ACCOUNT_KEY}",
        "--checks",
        CHECKS,
        "--phases",
        PHASES,
        "--max-examples",
        str(examples),
        "--seed",
        str(seed),
        "--workers",
        str(workers),
    ]


def main(argv: list[str] | None = None) -> int:
    """Serve a fault-free sandbox, fuzz it, and return schemathesis' exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "examples", type=int, nargs="?", default=5, help="test cases per operation (default: 5)"
    )
    parser.add_argument("--seed", type=int, default=20261127, help="schemathesis' random seed")
    # One worker: with more, schemathesis' data generation for deep request schemas (POST
    # /alpha-tags) can crash inside Python 3.11's ast module in a worker thread, an error of the
    # tool rather than a finding about the sandbox.
    parser.add_argument("--workers", type=int, default=1, help="concurrent schemathesis workers")
    args = parser.parse_args(argv)
    # Schemathesis keeps a cache in its working directory; a scratch one keeps the checkout clean.
    with (
        sandbox_in_thread(SandboxSettings(seed=args.seed)) as sandbox,
        tempfile.TemporaryDirectory() as scratch,
    ):
        cmd = command(sandbox.url, args.examples, args.seed, args.workers)
        return subprocess.run(cmd, check=False, cwd=scratch).returncode


if __name__ == "__main__":
    sys.exit(main())

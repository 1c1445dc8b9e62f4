"""Helpers for the command-line tests: CSV files, results files and the command in a process."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
USERNAME = "cli-user"
API_KEY = "cli-key"
NUMBERS = ("+61411111111", "+61422222222", "+61433333333", "+61444444444")


def account(url: str, username: str = USERNAME) -> list[str]:
    """Return the flags that point a command at a sandbox as ``username``."""
    return ["--base-url", url, "--username", username, "--api-key", API_KEY]


def write_messages(path: Path, count: int, **columns: Any) -> Path:
    """Write ``count`` valid rows (columns to, body and any given as row -> value functions)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["to", "body", *columns])
        for row in range(1, count + 1):
            extra = [make(row) for make in columns.values()]
            writer.writerow([NUMBERS[row % len(NUMBERS)], f"message {row}", *extra])
    return path


def read_results(path: Path) -> list[dict[str, str]]:
    """Return the rows of a results file."""
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def command(*args: str) -> list[str]:
    """Return the argv that runs the command line in a fresh interpreter."""
    return [sys.executable, "-m", "clicksend_async", *args]


def command_env() -> dict[str, str]:
    """Return an environment in which a fresh interpreter imports this checkout."""
    path = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    return {**os.environ, "PYTHONPATH": path, "PYTHONUNBUFFERED": "1"}


def run_command(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the command line to completion in a fresh interpreter, output captured."""
    return subprocess.run(
        command(*args),
        capture_output=True,
        text=True,
        env=command_env(),
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )

"""Instruction counts beside the CPU seconds: ours against the raw loops, counted by callgrind.

CPU seconds move with whatever else the machine is doing; the instructions a process executes
hardly do. ``run.py`` runs ``callgrind_bulk.py`` (instructions per 1000-message batch) and
``callgrind_call.py`` (instructions per ``account.get()``), when valgrind is installed, and this
module turns their figures into target rows and a table. Instructions are not time: a process
that misses the cache more spends more time on as many instructions, so the CPU tables stay the
measure of the targets and these rows say how much of a gap is work the client does.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import cells

HERE = Path(__file__).resolve().parent


def available() -> bool:
    """Whether valgrind is installed, so the counts can be taken."""
    return shutil.which("valgrind") is not None


def measure(libraries: list[str]) -> dict[str, float]:
    """Return instructions per batch and per call, by ``"bulk/ours/orjson"`` and the like."""
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-callgrind-") as scratch:
        out = Path(scratch) / "bulk.json"
        only = [f"{client}-{library}" for library in libraries for client in ("ours", "raw")]
        subprocess.run(  # noqa: S603 - our own script
            [sys.executable, str(HERE / "callgrind_bulk.py"), "--only", *only, "--json-out", out],
            check=True,
        )
        for name, counted in json.loads(out.read_text()).items():
            client, library = name.split("-")
            figures[f"bulk/{client}/{library}"] = counted["per_batch_M"] * 1e6
        calls = Path(scratch) / "calls.json"
        subprocess.run(  # noqa: S603 - our own script
            [
                sys.executable,
                str(HERE / "callgrind_call.py"),
                "--json",
                *libraries,
                "--json-out",
                calls,
            ],
            check=True,
        )
        for name, per_call in json.loads(calls.read_text()).items():
            client, library = name.split("-")
            figures[f"call/{client}/{library}"] = per_call
    return figures


def render(figures: dict[str, float], libraries: list[str]) -> tuple[list[list[str]], list[str]]:
    """Return the target rows (wanted, measured, met) and the section of the report."""
    targets: list[list[str]] = []
    rows = []
    for what, unit, scale, wanted in (
        ("bulk", "per 1000-message batch (millions)", 1e6, 1.2),
        ("call", "per `account.get()` (thousands)", 1e3, 1.1),
    ):
        for library in libraries:
            ours, raw = figures[f"{what}/ours/{library}"], figures[f"{what}/raw/{library}"]
            ratio = ours / raw
            rows.append(
                [unit, library, f"{ours / scale:,.2f}", f"{raw / scale:,.2f}", f"{ratio:.2f}x"]
            )
            name = "client instructions per batch" if what == "bulk" else "instructions per call"
            targets.append(
                [
                    f"{name} vs raw loop, {library} json (callgrind)",
                    f"<= {wanted}x",
                    f"{ratio:.2f}x",
                    cells.verdict(ratio <= wanted),
                ]
            )
    section = [
        "## Instructions (callgrind)",
        "",
        (
            "Instructions the client process executes, counted by valgrind's callgrind and taken "
            "as the difference between a short and a long run, so start-up and imports drop out "
            "(`benchmarks/callgrind_bulk.py`, `benchmarks/callgrind_call.py`, against the same "
            "stand-in). They do not move with the machine's load, unlike the CPU seconds above; "
            "they do not count the time lost to cache misses either, which is why the two ratios "
            "differ."
        ),
        "",
        *cells.table(["instructions", "json", "ours", "raw loop", "ours / raw"], rows),
    ]
    return targets, section

"""Answering a resumed run's questions from a journal of a million messages takes flat memory."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("memory_probe.py")
# What may come on top of the memory of the open journal: a page of records, SQLite's own
# page cache (2 MB by default) and the allocator's slack.
ALLOWED_MB = 16


async def probe(command: str, path: Path, total: int) -> dict[str, float]:
    """Run the probe in a fresh process; return the figures it printed (for a query)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(PROBE), command, str(path), str(total),
        stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, _ = await process.communicate()
    assert process.returncode == 0
    figures: dict[str, float] = json.loads(out) if command == "query" else {}
    return figures


@pytest.mark.skipif(
    not Path("/proc/self/clear_refs").exists(), reason="peak memory is read from Linux's /proc"
)
async def test_memory_of_the_query_path_does_not_grow_with_the_journal(
    tmp_path: Path,
) -> None:
    """100,000 and 1,000,000 messages: the same small growth over the open journal's memory."""
    # The figures (memory and seconds) are printed, for `pytest -s`; no timing is asserted.
    grown = {}
    for total in (100_000, 1_000_000):
        path = tmp_path / f"{total}.journal"
        await probe("build", path, total)
        figures = await probe("query", path, total)
        sys.stdout.write(f"\n{total} messages: {json.dumps(figures)}\n")
        grown[total] = figures["peak_mb"] - figures["rss_before_mb"]
    assert grown[1_000_000] < ALLOWED_MB, grown
    assert grown[1_000_000] < grown[100_000] + 4, grown

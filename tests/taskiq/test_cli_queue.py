"""`worker` and `bulk --queue` end to end: two worker commands, one producer, no duplicate."""

from __future__ import annotations

import asyncio
import csv
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from clicksend_async.sandbox import Sandbox, SandboxSettings

if TYPE_CHECKING:
    from collections.abc import Sequence

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = ["--username", "cli-queue", "--api-key", "key"]


def environment() -> dict[str, str]:
    """An environment in which a fresh interpreter imports this checkout."""
    path = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    return {**os.environ, "PYTHONPATH": path, "PYTHONUNBUFFERED": "1"}


async def start(*args: str) -> asyncio.subprocess.Process:
    """Start the command line in a fresh interpreter, its output captured."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "clicksend_async",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=environment(),
        cwd=ROOT,
    )


async def finish(process: asyncio.subprocess.Process) -> tuple[int, str, str]:
    """Wait for a command; return its exit status, stdout and stderr."""
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


def write_rows(path: Path, count: int) -> Path:
    """Write ``count`` distinct valid rows and one invalid one."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["to", "body"])
        writer.writerows([f"+614{i:08d}", f"from the queue {i}"] for i in range(count))
        writer.writerow(["nope", "bad"])
    return path


def outcomes(path: Path) -> Sequence[str]:
    """The outcome column of a results file, in row order."""
    with path.open(newline="", encoding="utf-8") as handle:
        return [row["outcome"] for row in csv.DictReader(handle)]


async def test_worker_commands_and_bulk_queue_send_each_row_once_and_resume(
    redis_url: str, tmp_path: Path
) -> None:
    """Two `worker` commands and `bulk --queue`: every row accepted once; a rerun sends nothing."""
    source = write_rows(tmp_path / "rows.csv", 2500)
    results = tmp_path / "rows.results.csv"
    async with Sandbox(SandboxSettings(receipt_delay=3600.0)) as running:
        where = ["--base-url", running.url, *ACCOUNT]
        workers = [await start("worker", "--queue", redis_url, *where) for _ in range(2)]
        try:
            bulk = ["bulk", str(source), "--queue", redis_url, "--json"]
            status, out, err = await finish(await start(*bulk))
            assert status == 1, err  # the invalid row is rejected
            summary = json.loads(out)
            assert (summary["accepted"], summary["rejected"]) == (2500, 1)
            requests = running.counters.requests["send_sms"]
            again, out_again, _ = await finish(await start(*bulk))
            assert running.counters.requests["send_sms"] == requests
        finally:
            for worker in workers:
                worker.terminate()
            for worker in workers:
                await worker.wait()
        assert running.counters.duplicates == 0
        assert running.counters.messages_accepted == 2500
    assert again == 1
    assert json.loads(out_again)["accepted"] == 2500
    found = outcomes(results)
    assert found.count("accepted") == 2500
    assert len(found) == 2501


async def test_bulk_queue_stops_on_an_account_out_of_credit_with_one_line(
    redis_url: str, tmp_path: Path
) -> None:
    """Credit runs out mid-run: one line says so, exit 1, the results file has every row."""
    source = write_rows(tmp_path / "rows.csv", 3000)
    results = tmp_path / "rows.results.csv"
    async with Sandbox(SandboxSettings(receipt_delay=3600.0, balance=50.0)) as running:
        where = ["--base-url", running.url, *ACCOUNT]
        worker = await start("worker", "--queue", redis_url, *where)
        try:
            status, _, err = await finish(await start("bulk", str(source), "--queue", redis_url))
        finally:
            worker.terminate()
            await worker.wait()
        accepted = running.counters.messages_accepted
        assert running.counters.duplicates == 0
    assert status == 1, err
    lines = [line for line in err.splitlines() if "ran out of credit" in line]
    assert len(lines) == 1, err
    assert f"after {accepted:,} messages" in lines[0]
    assert "top up and run the same command to resume" in lines[0]
    found = outcomes(results)
    assert len(found) == 3001
    assert 0 < found.count("accepted") == accepted < 3000

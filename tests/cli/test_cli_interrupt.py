"""The bulk command in a separate process: plain progress lines, Ctrl-C and resuming."""

import asyncio
import signal
import subprocess
import time

import pytest
from cli_support import ROOT, account, command, command_env, read_results, write_messages

from clicksend_async import SqliteJournal
from clicksend_async.cli import main
from clicksend_async.sandbox import SandboxSettings

ROWS = 20_000


@pytest.fixture
def clicksend_sandbox_settings():
    """A sandbox that takes 100 ms over every answer, so a run lasts long enough to interrupt."""
    return SandboxSettings(latency_ms=100, receipt_delay=60, balance=1e9)


def _start_bulk(sandbox, path, *extra):
    return subprocess.Popen(
        command("bulk", str(path), "--concurrency", "2", *account(sandbox.url), *extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=command_env(),
        cwd=ROOT,
    )


def _wait_for_results(path, rows, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and len(read_results(path)) >= rows:
            return
        time.sleep(0.02)
    pytest.fail(f"no {rows} results in {path} after {timeout} s")


def _rows_once_each(results):
    numbers = [int(r["row"]) for r in results]
    assert len(numbers) == len(set(numbers))
    return set(numbers)


def test_progress_lines_when_not_on_a_terminal(tmp_path, clicksend_sandbox):
    """Off a terminal, progress is a plain line every --progress-interval seconds on stderr."""
    path = write_messages(tmp_path / "in.csv", 5000)
    process = _start_bulk(
        clicksend_sandbox, path, "--concurrency", "1", "--progress-interval", "0.05"
    )
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    lines = [line for line in err.splitlines() if line.startswith("progress: ")]
    assert len(lines) >= 3
    assert lines[-1].startswith("progress: 5000/5000 sent, 5000 accepted, 0 failed, ")
    assert "ETA" in lines[0]
    assert "\x1b[" not in err
    assert "accepted    5000" in out


def test_ctrl_c_stops_cleanly_and_a_rerun_sends_every_row_once(tmp_path, capsys, clicksend_sandbox):
    """SIGINT mid-run keeps every outcome (exit 130); the rerun sends the rest, none twice."""
    path = write_messages(tmp_path / "in.csv", ROWS)
    results_path = tmp_path / "in.results.csv"
    process = _start_bulk(clicksend_sandbox, path)
    _wait_for_results(results_path, 1000)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)

    assert process.returncode == 130, err
    assert "interrupted" in err
    assert "Run the same command again to resume" in err
    first = read_results(results_path)
    assert 1000 <= len(first) < ROWS
    assert {r["outcome"] for r in first} == {"accepted"}
    # Every request that reached the sandbox had its outcome written before the exit.
    assert clicksend_sandbox.counters.messages_accepted == len(_rows_once_each(first))

    assert main(["bulk", str(path), *account(clicksend_sandbox.url)]) == 0
    assert clicksend_sandbox.counters.messages_accepted == ROWS
    assert clicksend_sandbox.counters.duplicates == 0
    final = read_results(results_path)
    assert _rows_once_each(final) == set(range(1, ROWS + 1))
    assert {r["outcome"] for r in final} == {"accepted"}


def test_second_ctrl_c_abandons_requests_in_flight_without_resending_them(
    tmp_path, capsys, clicksend_sandbox
):
    """A second SIGINT records the rows in flight as unknown; the rerun finds them, none twice."""
    path = write_messages(tmp_path / "in.csv", ROWS)
    results_path = tmp_path / "in.results.csv"
    process = _start_bulk(clicksend_sandbox, path)
    _wait_for_results(results_path, 1000)
    process.send_signal(signal.SIGINT)
    time.sleep(0.02)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)

    assert process.returncode == 130, err
    first = read_results(results_path)
    assert "unknown" in {r["outcome"] for r in first}
    # The abandoned requests still reach the sandbox; let them finish before looking.
    time.sleep(1)
    assert main(["bulk", str(path), "--settle", "0", *account(clicksend_sandbox.url)]) == 0
    assert clicksend_sandbox.counters.messages_accepted == ROWS
    assert clicksend_sandbox.counters.duplicates == 0
    assert _rows_once_each(read_results(results_path)) == set(range(1, ROWS + 1))


def test_a_sigkilled_run_resumed_sends_nothing_twice(tmp_path, capsys, clicksend_sandbox):
    """SIGKILL with requests in flight: the rerun settles them from history, none sent twice."""
    path = write_messages(tmp_path / "in.csv", ROWS)
    journal = tmp_path / "in.results.csv.journal"
    process = _start_bulk(clicksend_sandbox, path)
    deadline = time.monotonic() + 30
    while clicksend_sandbox.counters.messages_accepted < 3000 and time.monotonic() < deadline:
        time.sleep(0.01)
    process.kill()
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    # The requests cut off by the kill still reach the sandbox; let them land first.
    time.sleep(1)
    killed_at = clicksend_sandbox.counters.messages_accepted
    assert 3000 <= killed_at < ROWS

    async def in_flight():
        async with SqliteJournal(journal) as left:
            return (await left.counts()).in_flight

    assert asyncio.run(in_flight()) > 0  # the kill caught batches in flight
    assert main(["bulk", str(path), "--settle", "0.5", *account(clicksend_sandbox.url)]) == 0
    assert clicksend_sandbox.counters.messages_accepted == ROWS
    assert clicksend_sandbox.counters.duplicates == 0
    stored = clicksend_sandbox.state.accounts["cli-user"].channel("sms").values()
    assert len({record["body"] for record in stored}) == ROWS
    final = read_results(tmp_path / "in.results.csv")
    assert _rows_once_each(final) == set(range(1, ROWS + 1))
    assert {r["outcome"] for r in final} == {"accepted"}

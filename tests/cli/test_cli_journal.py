"""The bulk command resumes through its journal: edits between runs, and running out of credit."""

import csv
from collections import Counter

import pytest
from cli_support import USERNAME, account, read_results

from clicksend_async.cli import main
from clicksend_async.sandbox import SandboxSettings

# One AU SMS costs 0.0792 AUD at the sandbox: this balance pays for exactly 3,000.
BALANCE = 3000 * 0.0792 + 0.001


@pytest.fixture
def clicksend_sandbox_settings():
    """A sandbox whose accounts can pay for 3,000 SMS."""
    return SandboxSettings(receipt_delay=60, balance=BALANCE)


def _write(path, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["to", "body"])
        writer.writerows(rows)
    return path


def _stored(sandbox):
    account_state = sandbox.state.accounts[USERNAME]
    return [(m["to"], m["body"]) for m in account_state.channel("sms").values()]


def _bulk(sandbox, path):
    return main(["bulk", str(path), "--json", *account(sandbox.url)])


def test_editing_the_file_between_runs_sends_each_valid_row_once(
    tmp_path, capsys, clicksend_sandbox
):
    """Delete a row, insert one at the top, swap two, fix a bad one: each valid row sent once."""
    rows = [[f"+614111111{n:02d}", f"message {n}"] for n in range(30)]
    rows[5] = ["12", "a bad number"]
    rows[8] = list(rows[7])  # two identical rows: two messages
    path = _write(tmp_path / "in.csv", rows)
    assert _bulk(clicksend_sandbox, path) == 1  # the bad row is rejected
    capsys.readouterr()
    assert len(_stored(clicksend_sandbox)) == 29

    edited = [list(row) for row in rows]
    del edited[3]
    edited.insert(0, ["+61422222222", "new at the top"])
    edited[11], edited[12] = edited[12], edited[11]
    edited[edited.index(["12", "a bad number"])] = ["+61433333333", "the bad row, fixed"]
    _write(path, edited)
    assert _bulk(clicksend_sandbox, path) == 0
    summary = capsys.readouterr().out

    stored = Counter(_stored(clicksend_sandbox))
    wanted = Counter(tuple(row) for row in edited) + Counter([tuple(rows[3])])
    assert stored == wanted  # the deleted row was sent by the first run, once
    assert clicksend_sandbox.counters.duplicates == 0
    assert '"accepted": 30' in summary
    results = read_results(tmp_path / "in.results.csv")
    assert [(r["row"], r["to"], r["outcome"]) for r in results] == [
        (str(n), row[0], "accepted") for n, row in enumerate(edited, start=1)
    ]


def test_running_out_of_credit_says_so_on_one_line_and_exits_1(tmp_path, capsys, clicksend_sandbox):
    """Credit for 3,000 of 10,000: one stderr line, results, summary, exit 1; top up and rerun."""
    rows = [[f"+6141{n:07d}", f"hello {n}"] for n in range(10_000)]
    path = _write(tmp_path / "in.csv", rows)
    assert _bulk(clicksend_sandbox, path) == 1
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert lines[-1] == (
        "clicksend-async: the account ran out of credit after 3,000 messages; 7,000 were not "
        "sent; top up and run the same command to resume"
    )
    assert '"accepted": 3000' in captured.out
    results = read_results(tmp_path / "in.results.csv")
    assert len(results) == 10_000
    assert Counter(r["outcome"] for r in results) == {"accepted": 3000, "rejected": 7000}
    assert all("queued" not in r["error"] for r in results)

    clicksend_sandbox.state.accounts[USERNAME].balance = 10_000.0
    assert _bulk(clicksend_sandbox, path) == 0
    assert clicksend_sandbox.counters.messages_accepted == 10_000
    assert clicksend_sandbox.counters.duplicates == 0

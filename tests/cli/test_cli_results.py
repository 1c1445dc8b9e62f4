"""The bulk command's results file on its own: writing outcomes and resuming from earlier ones."""

import csv
import io
import time

import pytest
from cli_support import read_results

from clicksend_async import Accepted, Rejected, Unknown
from clicksend_async._cli._results import RESULT_FIELDS, ResultsWriter, prepare_results
from clicksend_async._cli.common import UsageError

OLD = 1_000_000  # a time long before any --settle window


def _write_earlier(path, rows):
    """Write a results file of (row, to, outcome, custom_string, at, message_id) tuples."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, RESULT_FIELDS, restval="")
        writer.writeheader()
        for row, to, outcome, custom, at, message_id in rows:
            fields = {"row": row, "to": to, "outcome": outcome, "custom_string": custom}
            writer.writerow({**fields, "at": at, "message_id": message_id})


class Lookup:
    """A history lookup that answers from a fixed mapping and remembers what it was asked."""

    def __init__(self, history):
        self.history = history
        self.calls = []

    async def __call__(self, wanted, since):
        """Answer the wanted keys that the fixed history holds."""
        self.calls.append((set(wanted), since))
        return {key: item for key, item in self.history.items() if key in wanted}


def test_writer_records_each_kind_of_outcome():
    """Accepted, rejected, unknown and abandoned outcomes each become one row of fixed columns."""
    out = io.StringIO()
    writer = ResultsWriter(out)
    before = int(time.time())
    writer.write(1, "+61411111111", "a", Accepted(0, "M-1", "0.0792", "a"))
    writer.write(2, "+61411111111", "b", Rejected(1, "INVALID_RECIPIENT", "bad number", "b"))
    writer.write(3, "+61411111111", "c", Unknown(2, "B-1", "connection lost", "c"))
    writer.write(4, "+61411111111", "d", None)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert [row[:8] for row in rows] == [
        ["1", "+61411111111", "accepted", "M-1", "0.0792", "SUCCESS", "", "a"],
        ["2", "+61411111111", "rejected", "", "", "INVALID_RECIPIENT", "bad number", "b"],
        ["3", "+61411111111", "unknown", "", "", "", "connection lost", "c"],
        [
            "4",
            "+61411111111",
            "unknown",
            "",
            "",
            "",
            "interrupted while its request was in flight",
            "d",
        ],
    ]
    assert all(before <= int(row[8]) <= time.time() for row in rows)


async def test_a_missing_results_file_is_started_with_its_header(tmp_path):
    """Without an earlier file the results file gets its header; nothing is looked up or skipped."""
    path = tmp_path / "out.csv"
    lookup = Lookup({})
    resume = await prepare_results(path, lookup, settle=60)
    assert path.read_text(encoding="utf-8").splitlines() == [",".join(RESULT_FIELDS)]
    assert (resume.done.count, resume.resend, lookup.calls) == (0, {}, [])


async def test_resuming_sorts_every_earlier_row(tmp_path):
    """Accepted rows skip, rejected ones resend, unknown ones are found, resent or held by age."""
    path = tmp_path / "out.csv"
    now = int(time.time())
    _write_earlier(
        path,
        [
            (1, "+61411111111", "accepted", "c1", OLD, "M-1"),
            (2, "+61411111111", "rejected", "c2", OLD, ""),
            (3, "+61 411 111 111", "unknown", "c3", OLD + 50, ""),  # found in history
            (4, "+61422222222", "unknown", "c4", OLD, ""),  # not found, old: resent
            (5, "+61433333333", "unknown", "c5", now, ""),  # not found, recent: held
            (6, "+61444444444", "unknown", "", OLD, ""),  # no custom_string: sent anew
            (1, "+61411111111", "rejected", "c1", OLD, ""),  # a row seen before: ignored
            ("x", "+61411111111", "accepted", "cx", OLD, ""),  # no row number: ignored
        ],
    )
    lookup = Lookup({("c3", "61411111111"): {"message_id": "M-3", "message_price": "0.0792"}})

    resume = await prepare_results(path, lookup, settle=60)

    assert lookup.calls == [
        ({("c3", "61411111111"), ("c4", "61422222222"), ("c5", "61433333333")}, OLD)
    ]
    assert [row for row in range(8) if row in resume.done] == [1, 3, 5]
    assert resume.resend == {4: "c4"}
    assert (resume.skipped, resume.reconciled, resume.held) == (1, 1, 1)
    rows = read_results(path)
    assert [(r["row"], r["outcome"], r["message_id"]) for r in rows] == [
        ("1", "accepted", "M-1"),
        ("3", "accepted", "M-3"),
        ("5", "unknown", ""),
    ]
    assert (rows[1]["price"], rows[1]["status"], rows[1]["at"]) == ("0.0792", "SUCCESS", "1000050")
    assert rows[1]["error"] == "found in SMS history after an unknown outcome"
    assert not (tmp_path / "out.csv.partial").exists()


async def test_unknown_rows_without_a_time_are_looked_up_from_now(tmp_path):
    """An unknown row with no usable time is looked up from now, and counts as old for --settle."""
    path = tmp_path / "out.csv"
    _write_earlier(path, [(1, "+61411111111", "unknown", "c1", "", "")])
    lookup = Lookup({})
    before = int(time.time())
    resume = await prepare_results(path, lookup, settle=60)
    ((_, since),) = lookup.calls
    assert before <= since <= time.time()
    assert resume.resend == {1: "c1"}


async def test_something_else_is_refused_and_left_alone(tmp_path):
    """A file without the row, outcome and custom_string columns is refused and not rewritten."""
    path = tmp_path / "out.csv"
    path.write_text("row,outcome\n1,accepted\n", encoding="utf-8")
    with pytest.raises(UsageError, match="not a results file"):
        await prepare_results(path, Lookup({}), settle=60)
    assert path.read_text(encoding="utf-8") == "row,outcome\n1,accepted\n"

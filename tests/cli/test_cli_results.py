"""The bulk command's results file on its own: one row per outcome, in input order."""

import csv
import io
import time

import pytest

from clicksend_async import Accepted, Rejected, Unknown
from clicksend_async._cli._results import RESULT_FIELDS, ResultsWriter, start_results
from clicksend_async._cli.common import UsageError


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


def test_writer_puts_rows_in_input_order_whatever_order_outcomes_come_in():
    """Outcomes of rows 3, 1, 4, 2 come back: the file has rows 1 to 4 in order."""
    out = io.StringIO()
    writer = ResultsWriter(out)
    for number in (3, 1, 4, 2):
        writer.write(number, "+61411111111", f"c{number}", Accepted(0, f"M-{number}", "1", None))
    assert [row[0] for row in csv.reader(io.StringIO(out.getvalue()))] == ["1", "2", "3", "4"]


def test_writer_finish_writes_rows_left_behind_a_gap():
    """An interrupted run leaves a gap: finish writes the rows after it, still in order."""
    out = io.StringIO()
    writer = ResultsWriter(out)
    for number in (5, 2, 1):
        writer.write(number, "+61411111111", "c", None)
    assert [row[0] for row in csv.reader(io.StringIO(out.getvalue()))] == ["1", "2"]
    writer.finish()
    assert [row[0] for row in csv.reader(io.StringIO(out.getvalue()))] == ["1", "2", "5"]


def test_a_results_file_is_started_anew_with_its_header(tmp_path):
    """A missing file, or an earlier results file, is (re)started with only its header."""
    path = tmp_path / "out.csv"
    start_results(path)
    assert path.read_text(encoding="utf-8").splitlines() == [",".join(RESULT_FIELDS)]
    path.write_text(",".join(RESULT_FIELDS) + "\n1,+61411111111,accepted\n", encoding="utf-8")
    start_results(path)
    assert path.read_text(encoding="utf-8").splitlines() == [",".join(RESULT_FIELDS)]


@pytest.mark.parametrize("content", [b"row,outcome\n1,accepted\n", b"\xff\xfe\x00bin"])
def test_something_else_is_refused_and_left_alone(tmp_path, content):
    """A file that is not a results file (not even text) is refused and not overwritten."""
    path = tmp_path / "out.csv"
    path.write_bytes(content)
    with pytest.raises(UsageError, match="not a results file"):
        start_results(path)
    assert path.read_bytes() == content

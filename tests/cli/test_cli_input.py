"""The bulk command's input reader on its own: rows, their numbers and their messages."""

from datetime import UTC, datetime

import pytest

from clicksend_async._cli._input import count_rows, message_of, parse_schedule, read_messages
from clicksend_async._cli.common import UsageError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1900000000", 1_900_000_000),
        (" 1900000000 ", 1_900_000_000),
        ("2030-01-01T09:00", int(datetime(2030, 1, 1, 9, tzinfo=UTC).timestamp())),
        ("2030-01-01T09:00+10:00", int(datetime(2029, 12, 31, 23, tzinfo=UTC).timestamp())),
        ("soon", "soon"),
        ("-5", "-5"),
    ],
)
def test_parse_schedule(text, expected):
    """Digits are Unix seconds, ISO times without a zone are UTC, anything else is unchanged."""
    assert parse_schedule(text) == expected


def test_message_of_leaves_out_empty_optional_cells():
    """A row becomes a message: to is stripped, body kept as is, empty from/schedule left out."""
    row = {"to": " +61411111111 ", "body": " hi ", "from": "  ", "schedule": "", "extra": "x"}
    assert message_of(row, "ref") == {"to": "+61411111111", "body": " hi ", "custom_string": "ref"}
    row = {"to": "+61411111111", "body": None, "from": " Shop ", "schedule": "1900000000"}
    assert message_of(row, "ref") == {
        "to": "+61411111111",
        "body": "",
        "custom_string": "ref",
        "from": "Shop",
        "schedule": 1_900_000_000,
    }


def test_read_messages_numbers_rows_as_count_rows_does(tmp_path):
    """A byte-order mark, a quoted line break and a blank line do not shift the row numbers."""
    path = tmp_path / "in.csv"
    path.write_text(
        '\ufeffto,body,custom_string\n+61411111111,"two\nlines",\n\n+61422222222,b, mine \n'
        "+61433333333,c,\n+61444444444,d,own\n",
        encoding="utf-8",
    )
    rows = list(read_messages(path, skip=set(), resend={}, tag="t"))
    assert count_rows(path) == len(rows) == 4
    assert [(number, message["to"]) for number, message in rows] == [
        (1, "+61411111111"),
        (2, "+61422222222"),
        (3, "+61433333333"),
        (4, "+61444444444"),
    ]
    assert rows[0][1]["body"] == "two\nlines"


def test_read_messages_skips_rows_and_picks_each_custom_string(tmp_path):
    """Skipped rows are not read; custom_string is the resent one, else the cell, else tag-row."""
    path = tmp_path / "in.csv"
    path.write_text(
        "to,body,custom_string\n"
        "+61411111111,a,\n"
        "+61422222222,b, mine \n"
        "+61433333333,c,\n"
        "+61444444444,d,own\n"
        "+61411111111,e,\n",
        encoding="utf-8",
    )
    rows = read_messages(path, skip={1}, resend={4: "from-before", 5: ""}, tag="t")
    assert [(number, message["custom_string"]) for number, message in rows] == [
        (2, "mine"),
        (3, "t-3"),
        (4, "from-before"),
        (5, "t-5"),
    ]


def test_read_messages_reads_lazily(tmp_path):
    """Rows come before the whole file is read: a bad byte far down fails when reached, by line."""
    path = tmp_path / "in.csv"
    rows_text = "".join(f"+61411111111,message {n}\n" for n in range(10_000))
    path.write_bytes(b"to,body\n" + rows_text.encode() + b"+61411111111,\xff\n")
    rows = read_messages(path, skip=set(), resend={}, tag="t")
    assert next(rows) == (1, {"to": "+61411111111", "body": "message 0", "custom_string": "t-1"})
    with pytest.raises(UsageError, match=r"in\.csv, line 10002: byte 0xff is not UTF-8"):
        for _ in rows:
            pass

"""Log records carry the call's facts as attributes, for JSON formatters; still redacted."""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from clicksend_async import ClickSend

if TYPE_CHECKING:
    import pytest

    from clicksend_async.sandbox import Sandbox

FIELDS = ("operation_id", "method", "path", "attempt", "status", "duration", "wait", "reason")
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """What a JSON log formatter does: the message plus every non-standard attribute."""

    def format(self, record: logging.LogRecord) -> str:
        """Render the record as one JSON object."""
        extra = {k: v for k, v in vars(record).items() if k not in _STANDARD}
        return json.dumps({"message": record.getMessage(), **extra}, default=str)


async def test_records_carry_the_same_fields_as_the_events(
    clicksend_sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    """A retried send logs its try, retry and answer with operation, attempt, status, wait..."""
    async with ClickSend("u", "key-NOT-LOGGED", base_url=clicksend_sandbox.url) as cs:
        created = await cs.lists.create("friends")
        list_id = created.data.list_id
        clicksend_sandbox.faults.next("view_list", 1, 429)
        with caplog.at_level(logging.DEBUG, logger="clicksend_async"):
            await cs.lists.get(list_id)
    rendered = [json.loads(JsonFormatter().format(r)) for r in caplog.records]
    ours = [line for line in rendered if line.get("operation_id") == "view_list"]
    tries, retry, answer = (
        [line for line in ours if "headers=" in line["message"]],
        [line for line in ours if "retrying" in line["message"]],
        [line for line in ours if "->" in line["message"]],
    )
    assert [line["attempt"] for line in tries] == [1, 2]
    assert retry[0]["status"] == 429
    assert retry[0]["reason"] == "429"
    assert retry[0]["wait"] >= 0
    assert answer[0]["status"] == 200
    assert answer[0]["duration"] >= 0
    assert {line["path"] for line in ours} == {"/lists/{list_id}"}
    assert {line["method"] for line in ours} == {"GET"}
    assert f"/lists/{list_id}" in answer[0]["message"]  # the text keeps the concrete path
    for line in rendered:
        assert "key-NOT-LOGGED" not in json.dumps(line)
        assert set(FIELDS[:4]) <= set(line) or line.get("operation_id") is None

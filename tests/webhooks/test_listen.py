import asyncio
import io
import json
import signal
import sys

import aiohttp

from clicksend_async._cli.listen import listen
from clicksend_async.cli import build_parser

TOKEN = "listen-token-0123456789"


def parser():
    """The command line's parser, which has the listen command."""
    return build_parser()


async def lines_of(out, count):
    """Wait until ``out`` holds ``count`` lines; return them."""
    for _ in range(500):
        lines = out.getvalue().splitlines()
        if len(lines) >= count:
            return lines
        await asyncio.sleep(0.01)
    raise AssertionError(f"expected {count} lines, got {out.getvalue()!r}")


def test_listen_options_and_defaults():
    """The listen command takes --host, --port, --token and --json; loopback:8080 by default."""
    args = parser().parse_args(["listen"])
    assert (args.host, args.port, args.token, args.json) == ("127.0.0.1", 8080, None, False)
    args = parser().parse_args(["listen", "--port", "0", "--token", TOKEN, "--json"])
    assert (args.port, args.token, args.json) == (0, TOKEN, True)


async def test_json_mode_prints_the_urls_then_one_line_per_event():
    """With --json the first line has the URLs and each event follows as one JSON object."""
    out, stop = io.StringIO(), asyncio.Event()
    task = asyncio.create_task(
        listen(host="127.0.0.1", port=0, token=TOKEN, as_json=True, out=out, stop=stop)
    )
    try:
        (first,) = await lines_of(out, 1)
        urls = json.loads(first)["listening"]
        assert urls["receipts"].endswith(f"/receipts/{TOKEN}")
        async with aiohttp.ClientSession() as session:
            receipt = {"message_id": "M-1", "status_code": "201", "carrier": "Telstra"}
            async with session.post(urls["receipts"], data=receipt) as response:
                assert response.status == 200
            inbound = {"message_id": "IN-1", "from": "+61411111111", "body": "hi"}
            async with session.get(urls["inbound"], params=inbound) as response:
                assert response.status == 200
        _, receipt_line, inbound_line = await lines_of(out, 3)
    finally:
        stop.set()
        await task
    printed = json.loads(receipt_line)
    assert (printed["type"], printed["message_id"], printed["status_code"]) == (
        "receipt",
        "M-1",
        "201",
    )
    assert printed["extra"] == {"carrier": "Telstra"}
    printed = json.loads(inbound_line)
    assert (printed["type"], printed["from"], printed["body"]) == ("inbound", "+61411111111", "hi")


async def test_plain_mode_makes_a_token_and_prints_readable_lines():
    """Without --token a fresh token is made and shown; events print as readable lines."""
    out, stop = io.StringIO(), asyncio.Event()
    task = asyncio.create_task(
        listen(host="127.0.0.1", port=0, token=None, as_json=False, out=out, stop=stop)
    )
    try:
        header = await lines_of(out, 3)
        receipts_url = header[1].split("receipts:", 1)[1].strip()
        token = receipts_url.rsplit("/", 1)[1]
        assert len(token) >= 16
        assert f"token {token}" in header[0]
        async with aiohttp.ClientSession() as session:
            payload = {"message_id": "M-2", "status_code": "301", "status_text": "Failed"}
            async with session.post(receipts_url, data=payload) as response:
                assert response.status == 200
        lines = await lines_of(out, 4)
    finally:
        stop.set()
        await task
    assert lines[3] == "receipt M-2 301 Failed"


def test_short_token_exits_with_status_2(capsys):
    """A token under 16 characters is refused with exit status 2 and a message."""
    args = parser().parse_args(["listen", "--port", "0", "--token", "short"])
    assert args.run(args) == 2
    assert "at least 16" in capsys.readouterr().err


SCRIPT = """
import sys
from clicksend_async.cli import main
sys.exit(main(sys.argv[1:]))
"""


async def test_command_runs_until_interrupted_and_exits_0():
    """The command serves until SIGINT, prints the inbound event it got, and exits 0."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        SCRIPT,
        "listen",
        "--port",
        "0",
        "--token",
        TOKEN,
        "--json",
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        first = await asyncio.wait_for(process.stdout.readline(), 30)
        inbound_url = json.loads(first)["listening"]["inbound"]
        async with aiohttp.ClientSession() as session:
            payload = {"message_id": "IN-9", "from": "+61411111111", "body": "ok"}
            async with session.post(inbound_url, data=payload) as response:
                assert response.status == 200
        line = await asyncio.wait_for(process.stdout.readline(), 30)
        assert json.loads(line)["message_id"] == "IN-9"
        process.send_signal(signal.SIGINT)
        assert await asyncio.wait_for(process.wait(), 30) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()

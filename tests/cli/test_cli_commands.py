import io
import json
import re
import subprocess
import sys
import time

import pytest
from cli_support import USERNAME, account, command_env, run_command

from clicksend_async import cli
from clicksend_async._cli.common import ExitStatus, print_table
from clicksend_async.cli import build_parser, main
from clicksend_async.sandbox import Account, SandboxSettings
from clicksend_async.sandbox._thread import sandbox_in_thread

ACCOUNT_COMMANDS = ["send", "bulk", "history", "receipts", "inbound"]


def _lines(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _args_of(name, tmp_path):
    if name == "send":
        return ["send", "--to", "+61411111111", "--body", "hi"]
    if name == "bulk":
        path = tmp_path / "in.csv"
        path.write_text("to,body\n+61411111111,hi\n")
        return ["bulk", str(path)]
    return [name]


def test_importing_the_package_or_the_entry_point_stays_light():
    """Importing the package or the CLI entry loads no rich, sandbox, aiohttp.web or commands."""
    commands = ("commands", "bulk", "_input", "_results", "_run", "progress", "sandbox", "listen")
    heavy = ("rich", "clicksend_async.sandbox", "aiohttp.web", "clicksend_async.webhooks")
    heavy += tuple(f"clicksend_async._cli.{name}" for name in commands)
    code = (
        "import sys, clicksend_async; a = 'clicksend_async.cli' in sys.modules; "
        "import clicksend_async.cli; "
        f"heavy = [m for m in {heavy!r} if m in sys.modules]; print(a, heavy)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=command_env(),
        check=True,
    )
    assert done.stdout.strip() == "False []"


def test_help_lists_every_command(capsys):
    """`--help` names each command and the exit statuses."""
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    for name in [*ACCOUNT_COMMANDS, "demo", "sandbox"]:
        assert f"    {name} " in out
    assert "exit status: 0" in out
    assert "CLICKSEND_API_KEY" in out


def test_subcommands_stay_a_list_of_add_functions():
    """SUBCOMMANDS is a plain list of _add_<name> functions, each with its _run_<name> beside it."""
    assert isinstance(cli.SUBCOMMANDS, list)
    names = [add.__name__ for add in cli.SUBCOMMANDS]
    local = ["demo", "sandbox", "listen", "worker"]
    assert names == [f"_add_{name}" for name in [*ACCOUNT_COMMANDS, *local]]
    for add in cli.SUBCOMMANDS:
        name = add.__name__.removeprefix("_add_")
        run = getattr(sys.modules[add.__module__], f"_run_{name}", None)
        assert callable(run)
        args = build_parser().parse_args(_minimal_args(name))
        assert args.run is run


def _minimal_args(name):
    if name == "send":
        return ["send", "--to", "+61411111111", "--body", "hi"]
    if name == "bulk":
        return ["bulk", "in.csv"]
    if name == "worker":
        return ["worker", "--queue", "redis://127.0.0.1:6379/0"]
    return [name]


def test_exit_statuses_are_the_documented_numbers():
    """ExitStatus holds the numbers the help documents: 0 ok, 1 failed, 2 usage, 130 interrupted."""
    assert [(status.name, int(status)) for status in ExitStatus] == [
        ("OK", 0),
        ("FAILED", 1),
        ("USAGE", 2),
        ("INTERRUPTED", 130),
    ]
    assert cli.EXIT_STATUSES.startswith("exit status: 0 every message accepted; 1 some")
    assert "; 2 a usage or credential error; 130 interrupted" in cli.EXIT_STATUSES


@pytest.mark.parametrize("name", ACCOUNT_COMMANDS)
def test_no_credentials_says_how_to_set_them(
    name, tmp_path, capsys, no_credentials, clicksend_sandbox
):
    """Without credentials a command sends nothing, explains the fix and exits 2."""
    args = _args_of(name, tmp_path)
    status = main([*args, "--base-url", clicksend_sandbox.url])
    assert status == 2
    err = capsys.readouterr().err
    assert "export CLICKSEND_USERNAME=" in err
    assert "export CLICKSEND_API_KEY=" in err
    assert "--username" in err
    assert "--sandbox" in err
    assert sum(clicksend_sandbox.counters.requests.values()) == 0


def test_credentials_from_the_environment(monkeypatch, capsys, clicksend_sandbox):
    """CLICKSEND_USERNAME and CLICKSEND_API_KEY are used when no flags are given."""
    monkeypatch.setenv("CLICKSEND_USERNAME", "from-env")
    monkeypatch.setenv("CLICKSEND_API_KEY", "env-key")
    status = main(
        ["send", "--to", "+61411111111", "--body", "hi", "--base-url", clicksend_sandbox.url]
    )
    assert status == 0
    assert "accepted: message" in capsys.readouterr().out
    assert list(clicksend_sandbox.state.accounts) == ["from-env"]


def test_send_prints_json_and_exits_0(capsys, clicksend_sandbox):
    """`send --json` prints the accepted message's id and price; the sandbox got one message."""
    status = main(
        [
            "send",
            "--to",
            "+61411111111",
            "--body",
            "hello",
            "--from",
            "Shop",
            "--custom-string",
            "ref-1",
            "--json",
            *account(clicksend_sandbox.url),
        ]
    )
    assert status == 0
    (result,) = _lines(capsys.readouterr().out)
    assert result["outcome"] == "accepted"
    assert result["price"] == "0.0792"
    assert result["message_id"]
    assert clicksend_sandbox.counters.messages_accepted == 1
    (stored,) = clicksend_sandbox.state.accounts[USERNAME].channel("sms").values()
    assert (stored["from"], stored["custom_string"]) == ("Shop", "ref-1")


def test_send_schedule_accepts_iso_time(capsys, clicksend_sandbox):
    """`--schedule` takes an ISO 8601 time and sends it as Unix seconds."""
    later = int(time.time()) + 3600
    iso = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(later))
    status = main(
        [
            "send",
            "--to",
            "+61411111111",
            "--body",
            "later",
            "--schedule",
            iso,
            *account(clicksend_sandbox.url),
        ]
    )
    assert status == 0
    (stored,) = clicksend_sandbox.state.accounts[USERNAME].channel("sms").values()
    assert stored["schedule"] == later


def test_send_refused_exits_1(capsys, clicksend_sandbox):
    """A send the service refuses (no credit) is reported, as JSON too; exit 1."""
    status = main(
        [
            "send",
            "--to",
            "+61411111111",
            "--body",
            "hi",
            "--json",
            *account(clicksend_sandbox.url, "nocredit"),
        ]
    )
    assert status == 1
    captured = capsys.readouterr()
    (result,) = _lines(captured.out)
    assert (result["type"], result["exit_status"]) == ("InsufficientCreditError", 1)
    assert "INSUFFICIENT_CREDIT" in captured.err


def test_send_bad_number_is_a_usage_error(capsys, clicksend_sandbox):
    """A malformed number is refused before sending, with exit status 2."""
    status = main(["send", "--to", "12", "--body", "hi", *account(clicksend_sandbox.url)])
    assert status == 2
    assert "phone number" in capsys.readouterr().err
    assert clicksend_sandbox.counters.requests["send_sms"] == 0


def test_bad_schedule_is_a_usage_error(capsys, clicksend_sandbox):
    """A schedule that is no time at all is a usage error."""
    status = main(
        [
            "send",
            "--to",
            "+61411111111",
            "--body",
            "hi",
            "--schedule",
            "soon",
            *account(clicksend_sandbox.url),
        ]
    )
    assert status == 2
    assert "--schedule" in capsys.readouterr().err


def test_refused_credentials_exit_2(capsys):
    """Credentials the service refuses are a credential error: exit 2 and a hint."""
    settings = SandboxSettings(strict=True, accounts=(Account(username="real", api_key="k"),))
    with sandbox_in_thread(settings) as sandbox:
        status = main(["send", "--to", "+61411111111", "--body", "hi", *account(sandbox.url)])
    assert status == 2
    assert "refused the credentials" in capsys.readouterr().err


def test_sandbox_flag_sends_to_an_embedded_sandbox(capsys, no_credentials):
    """`send --sandbox` needs no credentials and is accepted by the embedded sandbox."""
    status = main(["send", "--to", "+61411111111", "--body", "hi", "--sandbox", "--json"])
    assert status == 0
    (result,) = _lines(capsys.readouterr().out)
    assert result["outcome"] == "accepted"


def test_sandbox_flag_with_base_url_is_a_usage_error(capsys):
    """`--sandbox` and `--base-url` together are refused with exit 2."""
    status = main(["history", "--sandbox", "--base-url", "http://127.0.0.1:9/v3"])
    assert status == 2
    assert "--base-url" in capsys.readouterr().err


def test_plain_http_to_a_remote_host_is_refused(capsys):
    """A base URL that would send credentials unencrypted is a usage error."""
    status = main(["history", "--base-url", "http://example.com/v3", "--username", "u"])
    assert status == 2


def _send(sandbox, count):
    for row in range(count):
        main(["send", "--to", "+61411111111", "--body", f"m{row}", *account(sandbox.url)])


def test_history_prints_json_lines(capsys, clicksend_sandbox):
    """`history --json` prints one JSON object per message; --limit caps them."""
    _send(clicksend_sandbox, 3)
    capsys.readouterr()
    assert main(["history", "--json", *account(clicksend_sandbox.url)]) == 0
    items = _lines(capsys.readouterr().out)
    assert [item["body"] for item in items] == ["m0", "m1", "m2"]
    assert main(["history", "--json", "--limit", "2", *account(clicksend_sandbox.url)]) == 0
    assert len(_lines(capsys.readouterr().out)) == 2


def test_history_table_and_filter(capsys, clicksend_sandbox):
    """`history` prints a table; --query filters it."""
    _send(clicksend_sandbox, 2)
    capsys.readouterr()
    status = main(["history", "--query", "body:m1", *account(clicksend_sandbox.url)])
    assert status == 0
    out = capsys.readouterr().out
    assert "history: 1 shown" in out
    assert "m1" in out
    assert "m0" not in out


def test_receipts_lists_the_receipts_that_arrived(capsys, clicksend_sandbox):
    """`receipts --json` lists a delivery receipt for each message sent."""
    _send(clicksend_sandbox, 2)
    capsys.readouterr()
    deadline = time.monotonic() + 10
    items = []
    while len(items) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
        assert main(["receipts", "--json", *account(clicksend_sandbox.url)]) == 0
        items = _lines(capsys.readouterr().out)
    assert len(items) == 2
    assert {item["status_text"] for item in items} == {"Success: Message received on handset."}


def test_inbound_lists_replies(capsys, clicksend_sandbox):
    """`inbound` shows a reply in its table and in JSON lines."""
    _send(clicksend_sandbox, 1)
    clicksend_sandbox.inject_inbound(username=USERNAME, from_number="+61499999999", body="STOP")
    capsys.readouterr()
    assert main(["inbound", *account(clicksend_sandbox.url)]) == 0
    assert "STOP" in capsys.readouterr().out
    assert main(["inbound", "--json", *account(clicksend_sandbox.url)]) == 0
    (item,) = _lines(capsys.readouterr().out)
    assert (item["from"], item["body"]) == ("+61499999999", "STOP")


@pytest.mark.parametrize("name", ["history", "receipts", "inbound"])
def test_listing_with_sandbox_flag_is_empty(name, capsys, no_credentials):
    """A listing against a fresh embedded sandbox says there is nothing to show; exit 0."""
    assert main([name, "--sandbox"]) == 0
    assert capsys.readouterr().out == f"{name}: nothing to show\n"


def test_demo_shows_the_main_job(capsys, monkeypatch):
    """`demo` sends 10,000 messages, then shows the summary, the history and the receipts."""
    monkeypatch.setenv("CLICKSEND_USERNAME", "someone-real")
    monkeypatch.setenv("CLICKSEND_API_KEY", "a-real-key")
    assert main(["demo"]) == 0
    captured = capsys.readouterr()
    out = captured.out
    assert "Embedded ClickSend sandbox at http://127.0.0.1:" in out
    assert "accepted    9975" in out
    assert "rejected    25" in out
    assert "throughput" in out
    assert "cost" in out
    assert "SMS history: paged through 100 pages of up to 100, 9975 messages" in out
    assert "Delivery receipts that arrived: 9975: Success" in out
    assert "progress: 10000/10000 sent, 9975 accepted, 25 failed" in captured.err


def test_demo_json(capsys):
    """`demo --json` prints one summary object, counts matching the messages sent."""
    assert main(["demo", "--messages", "800", "--json"]) == 0
    (summary,) = _lines(capsys.readouterr().out)
    assert (summary["accepted"], summary["rejected"], summary["unknown"]) == (798, 2, 0)
    assert summary["history"] == {"pages": 8, "messages": 798}
    assert summary["receipts"] == {"Success: Message received on handset.": 798}
    assert summary["cost"]


def test_sandbox_json_prints_its_url():
    """`sandbox --json` prints its URL as a JSON object, then serves until interrupted."""
    process = subprocess.Popen(
        [sys.executable, "-m", "clicksend_async", "sandbox", "--port", "0", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=command_env(),
    )
    try:
        assert process.stdout is not None
        line = json.loads(process.stdout.readline())
        assert line["url"].startswith("http://127.0.0.1:")
    finally:
        process.terminate()
        process.communicate(timeout=10)
    assert process.returncode == 0


def test_usage_error_exits_2(capsys):
    """A missing required flag is a usage error with exit status 2."""
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["send", "--to", "+61411111111"])
    assert stopped.value.code == 2


def test_entry_point_runs_in_a_process():
    """`python -m clicksend_async send --sandbox --json` works end to end in a fresh process."""
    done = run_command("send", "--to", "+61411111111", "--body", "hi", "--sandbox", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["outcome"] == "accepted"


def test_history_date_filters(capsys, clicksend_sandbox):
    """`history --date-from/--date-to` pass the time window to the service."""
    _send(clicksend_sandbox, 2)
    capsys.readouterr()
    now = int(time.time())
    window = ["--date-from", str(now - 60), "--date-to", str(now + 60)]
    assert main(["history", "--json", *window, *account(clicksend_sandbox.url)]) == 0
    assert len(_lines(capsys.readouterr().out)) == 2
    future = ["--date-from", str(now + 3600)]
    assert main(["history", "--json", *future, *account(clicksend_sandbox.url)]) == 0
    assert capsys.readouterr().out == ""


def test_negative_limit_is_a_usage_error(capsys, clicksend_sandbox):
    """`--limit -1` is refused with exit 2."""
    assert main(["history", "--limit", "-1", *account(clicksend_sandbox.url)]) == 2
    assert "--limit" in capsys.readouterr().err


def test_tables_are_drawn_by_rich_on_a_terminal():
    """On a terminal a table is drawn with box characters, one line per row."""

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    stream = Terminal()
    print_table("title", ("a", "b"), [("1", None), ("2", "x" * 300)], stream)
    drawn = re.sub(r"\x1b\[[0-9;]*m", "", stream.getvalue())
    assert "┃ a" in drawn
    assert "│ 1" in drawn
    assert "…" in drawn
    assert len([line for line in drawn.splitlines() if line.startswith("│")]) == 2

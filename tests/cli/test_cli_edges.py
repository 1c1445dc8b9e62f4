"""The command line at its edges: one clear line and exit 2 for every ordinary mistake."""

import errno
import io
import json
import re
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest
from cli_support import USERNAME, account, command_env, read_results

from clicksend_async._cli._checks import cannot_listen
from clicksend_async._version import __version__
from clicksend_async.cli import main
from clicksend_async.sandbox import SandboxSettings
from clicksend_async.sandbox._thread import sandbox_in_thread

SEND = ["send", "--to", "+61411111111", "--body", "hi"]


class Terminal(io.StringIO):
    """A stdout that says it is a terminal, so tables are drawn by rich."""

    def isatty(self):
        """Say it is a terminal."""
        return True


@pytest.fixture
def taken_port():
    """A port on 127.0.0.1 that something is already listening on."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


def _one_line(err):
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    return err


@pytest.mark.parametrize("command", ["sandbox", "listen"])
def test_a_port_in_use_is_one_line_and_exit_2(command, taken_port, capsys):
    """`sandbox`/`listen --port <taken>` say the port is in use in one line and exit 2."""
    assert main([command, "--port", str(taken_port)]) == 2
    err = _one_line(capsys.readouterr().err)
    assert f"cannot listen on 127.0.0.1:{taken_port}: port {taken_port} is already in use" in err
    assert "--port" in err


@pytest.mark.parametrize("command", ["sandbox", "listen"])
def test_an_out_of_range_port_is_one_line_and_exit_2(command, capsys):
    """`--port 99999` is refused in one line naming the flag; exit 2."""
    assert main([command, "--port", "99999"]) == 2
    err = _one_line(capsys.readouterr().err)
    assert err.startswith("clicksend-async: --port 99999 is not a port number: use 1 to 65535")


def test_a_port_in_use_with_json_is_one_json_object(taken_port, capsys):
    """`sandbox --json` on a taken port prints one JSON object on one line, no prefix."""
    assert main(["sandbox", "--port", str(taken_port), "--json"]) == 2
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    error = json.loads(out)
    assert error["exit_status"] == 2
    assert error["error"].startswith("cannot listen on 127.0.0.1:")


def test_an_address_the_machine_lacks_is_explained():
    """A --host this machine does not have, or cannot resolve, gets a one-line explanation."""
    missing = cannot_listen("192.0.2.7", 8765, OSError(errno.EADDRNOTAVAIL, "cannot assign"))
    assert str(missing) == (
        "cannot listen on 192.0.2.7:8765: --host 192.0.2.7 is not an address of this machine; "
        "use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)"
    )
    unknown = cannot_listen("no-such-host", 80, socket.gaierror(-2, "Name or service not known"))
    assert "--host 'no-such-host' is neither an address nor a name" in str(unknown)
    v6 = cannot_listen("fe80::1", 8765, OSError(errno.EACCES, "denied"))
    assert str(v6).startswith("cannot listen on [fe80::1]:8765: not permitted")


def test_version_prints_the_package_version(capsys):
    """`--version` prints `clicksend-async <version>` and exits 0."""
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"clicksend-async {__version__}\n"


def test_an_unknown_flag_shows_the_commands_usage(capsys):
    """`send ... --bogus` is reported with send's usage, not the top-level one."""
    with pytest.raises(SystemExit) as stopped:
        main([*SEND, "--bogus"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: clicksend-async send ")
    assert "--body BODY" in err
    assert err.endswith("clicksend-async send: error: unrecognized arguments: --bogus\n")


def test_errors_name_the_flag_not_the_python_name(capsys):
    """A sandbox setting out of range is reported as --rate-limit, never rate_limit."""
    assert main(["sandbox", "--rate-limit", "-1"]) == 2
    err = _one_line(capsys.readouterr().err)
    assert "--rate-limit must not be negative" in err
    assert "rate_limit" not in err


def test_send_errors_name_send_flags(capsys, clicksend_sandbox):
    """The library's field errors come back with send's flags (--from, --custom-string)."""
    assert main([*SEND, "--from", "two words", *account(clicksend_sandbox.url)]) == 2
    assert capsys.readouterr().err.startswith("clicksend-async: --from 'two words' is neither")


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("2031-05-04T09:30", UTC), ("2031-05-04T09:30:00Z", UTC), ("2031-05-04T19:30+10:00", UTC)],
)
def test_schedule_takes_iso_times_with_and_without_a_zone(typed, zone, capsys, clicksend_sandbox):
    """`--schedule` reads ISO 8601 with or without a zone (none: UTC) and says when it sends."""
    assert main([*SEND, "--schedule", typed, *account(clicksend_sandbox.url)]) == 0
    expected = int(datetime(2031, 5, 4, 9, 30, tzinfo=zone).timestamp())
    (stored,) = clicksend_sandbox.state.accounts[USERNAME].channel("sms").values()
    assert stored["schedule"] == expected
    assert "scheduled for 2031-05-04 09:30:00 UTC" in capsys.readouterr().out


def test_schedule_takes_unix_seconds(clicksend_sandbox):
    """`--schedule` reads Unix seconds as they are."""
    later = int(time.time()) + 7200
    assert main([*SEND, "--schedule", str(later), *account(clicksend_sandbox.url)]) == 0
    (stored,) = clicksend_sandbox.state.accounts[USERNAME].channel("sms").values()
    assert stored["schedule"] == later


@pytest.mark.parametrize(
    ("args", "quoted"),
    [
        (["--schedule", "next tuesday"], "--schedule 'next tuesday' is not a time"),
        (["--schedule", "2020-01-01T10:00"], "--schedule '2020-01-01T10:00' (2020-01-01 10:00"),
    ],
)
def test_schedule_errors_quote_what_was_typed(args, quoted, capsys, clicksend_sandbox):
    """A schedule that is no time, or is past, is reported as typed, saying which zone applies."""
    assert main([*SEND, *args, *account(clicksend_sandbox.url)]) == 2
    err = _one_line(capsys.readouterr().err)
    assert quoted in err
    assert "UTC" in err
    assert clicksend_sandbox.counters.requests["send_sms"] == 0


def test_date_from_takes_iso_times_and_quotes_bad_ones(capsys, clicksend_sandbox):
    """`history --date-from` reads ISO 8601 as --schedule does; a bad one is quoted, exit 2."""
    main([*SEND, *account(clicksend_sandbox.url)])
    capsys.readouterr()
    hour_ago = datetime.fromtimestamp(time.time() - 3600, UTC).strftime("%Y-%m-%dT%H:%M")
    assert (
        main(["history", "--json", "--date-from", hour_ago, *account(clicksend_sandbox.url)]) == 0
    )
    assert len(capsys.readouterr().out.splitlines()) == 1
    ahead = datetime.fromtimestamp(time.time() + 3600, UTC).strftime("%Y-%m-%dT%H:%M+00:00")
    assert main(["history", "--json", "--date-from", ahead, *account(clicksend_sandbox.url)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["history", "--date-from", "last week", *account(clicksend_sandbox.url)]) == 2
    err = _one_line(capsys.readouterr().err)
    assert "--date-from 'last week' is not a time" in err


def test_a_base_url_without_v3_gets_a_hint(capsys, clicksend_sandbox):
    """A failing command whose --base-url lacks /v3 says where the API lives."""
    root = clicksend_sandbox.url.removesuffix("/v3")
    status = main(["history", *account(root)])
    assert status != 0
    err = _one_line(capsys.readouterr().err)
    assert f"--base-url {root} does not end in /v3" in err


def test_history_with_sandbox_explains_it_is_empty(capsys, no_credentials):
    """`history --sandbox` says in one line that a fresh sandbox has no history; exit 0."""
    assert main(["history", "--sandbox"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "history: nothing to show\n"
    err = _one_line(captured.err)
    assert "--sandbox starts a new, empty sandbox for this one command" in err
    assert "no history yet" in err


def test_json_errors_are_one_object_on_one_line_without_prefix(capsys, no_credentials):
    """With --json an error is one JSON object on one line; its text has no prefix."""
    assert main([*SEND, "--json"]) == 2
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    error = json.loads(out)
    assert error["type"] == "MissingCredentialsError"
    assert error["error"].startswith("no ClickSend credentials were given")
    assert "\n" not in error["error"]


def _history_rows(sandbox):
    for row in range(3):
        body = f"message {row} " + "with a long body that a narrow terminal cannot hold " * 2
        custom = f"order-{row}-reference-that-is-quite-long"
        number = "+447777777777" if row % 2 else "+61411111111"
        main(["send", "--to", number, "--body", body, "--custom-string", custom,
              *account(sandbox.url)])  # fmt: skip


def test_history_table_at_80_columns_keeps_numbers_statuses_and_times(capsys, monkeypatch):
    """At 80 columns the history table shows numbers, statuses and times whole; the body is cut."""
    # No receipt falls due during the test, so no status changes between the two listings.
    with sandbox_in_thread(SandboxSettings(receipt_delay=3600)) as sandbox:
        _history_rows(sandbox)
        capsys.readouterr()
        assert main(["history", "--json", *account(sandbox.url)]) == 0
        items = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        monkeypatch.setenv("COLUMNS", "80")
        terminal = Terminal()
        monkeypatch.setattr(sys, "stdout", terminal)
        assert main(["history", *account(sandbox.url)]) == 0
    drawn = re.sub(r"\x1b\[[0-9;]*m", "", terminal.getvalue())
    rows = [line for line in drawn.splitlines() if line.startswith("│")]
    assert len(rows) == len(items) == 3
    assert all(len(line) <= 80 for line in drawn.splitlines())
    for line, item in zip(rows, items, strict=True):
        when = datetime.fromtimestamp(int(item["date"]), UTC).strftime("%Y-%m-%d %H:%M:%S")
        assert f"│ {when} │ {item['to']} " in line, drawn
        assert f"│ {item['status']} " in line, drawn
        assert "│ message " in line, drawn  # the body, cut short
        assert line.rstrip(" │").endswith("…"), drawn
    assert "┃ status " in drawn


def test_demo_tables_at_80_columns_keep_numbers_whole(monkeypatch):
    """The demo's history table at 80 columns shows +447777777777 whole."""
    monkeypatch.setenv("COLUMNS", "80")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["demo", "--messages", "12", "--progress-interval", "0"]) == 0
    drawn = re.sub(r"\x1b\[[0-9;]*m", "", terminal.getvalue())
    assert "│ +447777777777 │" in drawn
    assert all(len(line) <= 80 for line in drawn.splitlines() if line[:1] in "┏┃┡│└")


def _serve(*flags):
    process = subprocess.Popen(
        [sys.executable, "-m", "clicksend_async", "sandbox", "--port", "0", "--json", *flags],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=command_env(),
    )
    assert process.stdout is not None
    return process, json.loads(process.stdout.readline())["url"]


def test_strict_sandbox_accepts_only_its_named_accounts(capsys):
    """`sandbox --strict --account USER:KEY` accepts those accounts and refuses others (exit 2)."""
    process, url = _serve("--strict", "--account", "alice:k-1", "--account", "bob:k:2")
    try:
        for username, key, status in [("alice", "k-1", 0), ("bob", "k:2", 0), ("alice", "no", 2)]:
            flags = ["--base-url", url, "--username", username, "--api-key", key]
            assert main([*SEND, *flags]) == status
    finally:
        process.terminate()
        process.communicate(timeout=10)
    assert "refused the credentials" in capsys.readouterr().err


def test_a_malformed_account_is_refused_without_quoting_it(capsys):
    """`--account` without a colon is a one-line usage error that does not echo the key."""
    assert main(["sandbox", "--account", "secret-key-only"]) == 2
    err = _one_line(capsys.readouterr().err)
    assert "--account takes USER:KEY" in err
    assert "secret-key-only" not in err


def test_send_country_makes_a_national_number_international(capsys, clicksend_sandbox):
    """`send --to 0411111111 --country AU` sends to +61411111111."""
    args = ["send", "--to", "0411 111 111", "--body", "hi", "--country", "au", "--json"]
    assert main([*args, *account(clicksend_sandbox.url)]) == 0
    assert json.loads(capsys.readouterr().out)["to"] == "+61411111111"
    (stored,) = clicksend_sandbox.state.accounts[USERNAME].channel("sms").values()
    assert stored["to"] == "+61411111111"


@pytest.mark.parametrize(
    ("flags", "said"),
    [
        ([], "--to '0411111111' has no country code"),
        (["--country", "AUS"], "--country 'AUS' is not a country code"),
    ],
)
def test_a_national_number_needs_a_good_country(flags, said, capsys, clicksend_sandbox):
    """Without --country, or with one that is not two letters, a national number is refused."""
    args = ["send", "--to", "0411111111", "--body", "hi", *flags]
    assert main([*args, *account(clicksend_sandbox.url)]) == 2
    assert said in _one_line(capsys.readouterr().err)
    assert clicksend_sandbox.counters.requests["send_sms"] == 0


def test_bulk_country_column_overrides_country_flag(tmp_path, capsys, clicksend_sandbox):
    """A row's country cell wins over --country; a bad cell rejects only its row."""
    path = tmp_path / "in.csv"
    path.write_text(
        "to,body,country\n0411111111,a,\n07777777777,b,GB\n+61422222222,c,\n0411111111,d,ZZZ\n",
        encoding="utf-8",
    )
    args = ["bulk", str(path), "--country", "AU", "--json", *account(clicksend_sandbox.url)]
    assert main(args) == 1
    results = {row["row"]: row for row in read_results(tmp_path / "in.results.csv")}
    assert [results[row]["outcome"] for row in "1234"] == ["accepted"] * 3 + ["rejected"]
    assert [results[row]["to"] for row in "123"] == [
        "+61411111111",
        "+447777777777",
        "+61422222222",
    ]
    assert "country 'ZZZ' is not a country code" in results["4"]["error"]
    assert clicksend_sandbox.counters.messages_accepted == 3


def test_bulk_names_the_line_of_a_byte_that_is_not_utf8(tmp_path, capsys, clicksend_sandbox):
    """A Latin-1 CSV is refused naming the file, the line and the fix; nothing is sent."""
    path = tmp_path / "latin.csv"
    path.write_bytes("to,body\n+61411111111,hello\n+61422222222,café\n".encode("latin-1"))
    assert main(["bulk", str(path), *account(clicksend_sandbox.url)]) == 2
    err = _one_line(capsys.readouterr().err)
    assert f"{path}, line 3: byte 0xe9 is not UTF-8 text" in err
    assert "save the file as UTF-8, or pass --encoding latin-1" in err
    assert clicksend_sandbox.counters.requests["send_sms"] == 0


def test_bulk_encoding_reads_a_latin1_file(tmp_path, clicksend_sandbox):
    """`bulk --encoding latin-1` reads the same file and sends its text as written."""
    path = tmp_path / "latin.csv"
    path.write_bytes("to,body\n+61422222222,café\n".encode("latin-1"))
    assert main(["bulk", str(path), "--encoding", "latin-1", *account(clicksend_sandbox.url)]) == 0
    (stored,) = clicksend_sandbox.state.accounts[USERNAME].channel("sms").values()
    assert stored["body"] == "café"


def test_bulk_refuses_an_unknown_encoding(tmp_path, capsys, clicksend_sandbox):
    """`--encoding` that Python does not know is a one-line usage error."""
    path = tmp_path / "in.csv"
    path.write_text("to,body\n+61411111111,a\n", encoding="utf-8")
    assert main(["bulk", str(path), "--encoding", "klingon", *account(clicksend_sandbox.url)]) == 2
    assert "--encoding 'klingon' is not a text encoding" in _one_line(capsys.readouterr().err)


def test_json_parse_errors_are_one_object_too(capsys):
    """With --json a flag the parser refuses also gives one JSON object on one line."""
    with pytest.raises(SystemExit) as stopped:
        main(["send", "--to", "+61411111111", "--json"])
    assert stopped.value.code == 2
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {
        "error": "the following arguments are required: --body",
        "type": "UsageError",
        "exit_status": 2,
    }
    assert captured.out.count("\n") == 1
    assert captured.err.startswith("usage: clicksend-async send ")

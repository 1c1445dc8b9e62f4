import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from clicksend_async.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]


def test_cli_sandbox_serves_until_interrupted():
    """`python -m clicksend_async sandbox --port 0` prints its URL, answers, stops on SIGINT."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    process = subprocess.Popen(
        [sys.executable, "-m", "clicksend_async", "sandbox", "--port", "0", "--seed", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = line.split()[-1]
        assert url.startswith("http://127.0.0.1:")
        assert url.endswith("/v3")
        with urllib.request.urlopen(url + "/countries", timeout=10) as response:  # noqa: S310 - loopback
            assert response.status == 200
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=10)
    assert process.returncode == 0, err


def test_parser_reads_every_sandbox_flag():
    """Each fault and setting flag of the sandbox command reaches the settings."""
    args = build_parser().parse_args(
        [
            "sandbox",
            "--host",
            "localhost",
            "--port",
            "9",
            "--latency-ms",
            "5",
            "--latency-jitter-ms",
            "2",
            "--rate-limit",
            "10",
            "--retry-after",
            "3",
            "--throttle-window",
            "4",
            "--fail-rate",
            "0.1",
            "--drop-rate",
            "0.2",
            "--drop-after-accept",
            "--receipt-delay",
            "0.5",
            "--strict",
            "--seed",
            "42",
            "--balance",
            "5",
        ]
    )
    settings = args.settings(args)
    assert (settings.host, settings.port, settings.latency_ms, settings.latency_jitter_ms) == (
        "localhost",
        9,
        5,
        2,
    )
    assert (settings.rate_limit, settings.retry_after, settings.throttle_window) == (10, 3, 4)
    assert (settings.fail_rate, settings.drop_rate, settings.drop_after_accept) == (0.1, 0.2, True)
    assert (settings.receipt_delay, settings.strict, settings.seed, settings.balance) == (
        0.5,
        True,
        42,
        5,
    )


def test_bad_flag_value_is_a_usage_error(capsys):
    """An impossible setting is reported in one line naming the flag, with exit status 2."""
    assert main(["sandbox", "--fail-rate", "2"]) == 2
    assert capsys.readouterr().err == (
        "clicksend-async: --fail-rate must be between 0 and 1, not 2.0\n"
    )


def test_sandbox_prints_the_control_api_address():
    """Without --json, the second line names the control API on the sandbox's own listener."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    process = subprocess.Popen(
        [sys.executable, "-m", "clicksend_async", "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        control = process.stdout.readline().split()[-1]
        assert control == url.removesuffix("/v3") + "/_sandbox"
        with urllib.request.urlopen(control + "/counters", timeout=10) as response:  # noqa: S310 - loopback
            assert response.status == 200
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=10)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "cannot read"),
        ("{not json", "is not JSON"),
        ('{"accounts": [{"username": "a"}]}', "accounts[0].api_key"),
        ('{"accounts": [], "lists": []}', "unknown keys: lists"),
        ('{"accounts": [{"username": "a", "api_key": "k", "balance": -1}]}', "balance"),
        (
            (
                '{"accounts": [{"username": "a", "api_key": "k", "lists": [{"list_name": "L", '
                '"contacts": [{"first_name": "x"}]}]}]}'
            ),
            "phone_number, email or fax_number",
        ),
    ],
)
def test_bad_state_file_is_a_usage_error(tmp_path, capsys, content, words):
    """`sandbox --state FILE` with a missing or malformed file exits 2 and says what is wrong."""
    path = tmp_path / "state.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["sandbox", "--port", "0", "--state", str(path)]) == 2
    assert words in capsys.readouterr().err

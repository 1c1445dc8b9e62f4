import os
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

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

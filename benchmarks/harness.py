"""Taking measurements: a stand-in server and a client process per run, runs taken in turns.

Every run starts a new stand-in server (``stand_in.py``) and a new client process
(``workloads.py NAME``), and records the client's wall and CPU seconds, the server's CPU seconds
meanwhile and the connections the server saw opened. TLS runs use a self-signed certificate
for 127.0.0.1 made at run time, with the ``cryptography`` package when it is installed and the
``openssl`` command otherwise.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SERVER = HERE / "stand_in.py"
WORKLOADS = HERE / "workloads.py"


@dataclass
class Run:
    """One client run: its own figures, and the server's CPU seconds and connections meanwhile."""

    wall: float
    cpu: float
    rss_mb: float
    count: int
    json: str
    server_cpu: float
    connections: int


@dataclass
class Measured:
    """The runs of one measurement, summarised by median, min and max."""

    runs: list[Run] = field(default_factory=list)

    def values(self, name: str) -> list[float]:
        """Return one figure of every run."""
        return [float(getattr(run, name)) for run in self.runs]

    def median(self, name: str) -> float:
        """Return the median of one figure over the runs."""
        return statistics.median(self.values(name))

    def per(self, name: str, scale: float = 1.0) -> list[float]:
        """Return one figure of every run divided by that run's count, times ``scale``."""
        return [getattr(run, name) / run.count * scale for run in self.runs]

    def rates(self) -> list[float]:
        """Return each run's count per wall second."""
        return [run.count / run.wall for run in self.runs]


@dataclass
class Certificate:
    """A self-signed certificate for 127.0.0.1 and its key, as PEM files."""

    cert: Path
    key: Path
    made_with: str


def make_certificate(where: Path) -> Certificate:
    """Write a fresh self-signed certificate for 127.0.0.1 into ``where``.

    Raises:
        RuntimeError: neither the ``cryptography`` package nor ``openssl`` is available.

    """
    cert, key = where / "cert.pem", where / "key.pem"
    try:
        _with_cryptography(cert, key)
    except ImportError:
        openssl = shutil.which("openssl")
        if openssl is None:
            raise RuntimeError("TLS runs need the cryptography package or openssl") from None
        subprocess.run(  # noqa: S603 - the openssl found on PATH, fixed arguments
            [
                openssl,
                *("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"),
                *("-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"),
                *("-addext", "subjectAltName=IP:127.0.0.1"),
                *("-keyout", str(key), "-out", str(cert)),
            ],
            check=True,
            capture_output=True,
        )
        return Certificate(cert, key, "openssl")
    return Certificate(cert, key, "cryptography")


def _with_cryptography(cert: Path, key: Path) -> None:
    import ipaddress  # noqa: PLC0415 - only with the optional package

    from cryptography import x509  # noqa: PLC0415 - optional; openssl is the fallback
    from cryptography.hazmat.primitives import hashes, serialization  # noqa: PLC0415
    from cryptography.hazmat.primitives.asymmetric import ec  # noqa: PLC0415
    from cryptography.x509.oid import NameOID  # noqa: PLC0415

    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(tz=dt.UTC)
    built = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(private, hashes.SHA256())
    )
    key.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert.write_bytes(built.public_bytes(serialization.Encoding.PEM))


class StandIn:
    """A stand-in server in a child process, started for one client run."""

    def __init__(self, latency_ms: float, pages: int, tls: Certificate | None) -> None:
        command = [sys.executable, str(SERVER), "--latency-ms", str(latency_ms)]
        command += ["--pages", str(pages)]
        if tls is not None:
            command += ["--tls", str(tls.cert), str(tls.key)]
        self.process = subprocess.Popen(  # noqa: S603 - our own script
            command, stdout=subprocess.PIPE, text=True
        )
        line = self.process.stdout.readline() if self.process.stdout else ""
        match = re.fullmatch(r"port (\d+)\s*", line)
        if match is None:
            self.process.kill()
            raise RuntimeError(f"the stand-in server did not start: {line!r}")
        scheme = "http" if tls is None else "https"
        self.url = f"{scheme}://127.0.0.1:{match.group(1)}"
        self._context = None if tls is None else ssl.create_default_context(cafile=tls.cert)

    def stats(self) -> dict[str, float]:
        """Return the server's CPU seconds so far and the requests and connections it has seen.

        The connection this asks on is counted too.
        """
        with urllib.request.urlopen(  # noqa: S310 - our own server on loopback
            self.url + "/stats", timeout=10, context=self._context
        ) as answer:
            return dict(json.load(answer))

    def stop(self) -> None:
        """Stop the server process and wait for it."""
        self.process.terminate()
        self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


@dataclass
class Job:
    """One workload to measure: its server's latency and pages, TLS, JSON library, options."""

    name: str
    latency_ms: float
    options: dict[str, Any]
    pages: int = 50
    tls: bool = False
    json: str | None = None  # None: whatever ours picks; "stdlib" hides orjson from ours too


def run_client(job: Job, url: str, cafile: Path | None) -> dict[str, Any]:
    """Run one workload in a new process and return the figures it printed."""
    command = [sys.executable, str(WORKLOADS), job.name, "--url", url]
    for key, value in job.options.items():
        command += [f"--{key.replace('_', '-')}", str(value)]
    if job.json is not None:
        command += ["--json", job.json]
    if cafile is not None:
        command += ["--cafile", str(cafile)]
    env = dict(os.environ)
    env.pop("BENCH_JSON", None)
    if job.json == "stdlib":
        env["BENCH_JSON"] = "stdlib"
    done = subprocess.run(  # noqa: S603 - our own script
        command, capture_output=True, text=True, check=False, timeout=1800, env=env
    )
    if done.returncode != 0:
        raise RuntimeError(f"{job.name} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run_once(job: Job, tls: Certificate | None) -> Run:
    """Run a job once, against a new server, and return its figures."""
    server = StandIn(job.latency_ms, job.pages, tls if job.tls else None)
    try:
        before = server.stats()
        figures = run_client(job, server.url, tls.cert if job.tls and tls else None)
        after = server.stats()
    finally:
        server.stop()
    # The second /stats request opened a connection of its own.
    connections = int(after["connections"] - before["connections"]) - 1
    server_cpu = after["cpu"] - before["cpu"]
    print(
        f"  {job.name}{' tls' if job.tls else ''} [{figures['json']}]: {figures['wall']:.3f} s "
        f"wall, {figures['cpu']:.3f} s CPU, server {server_cpu:.3f} s CPU, "
        f"{connections} connections, {figures['rss_mb']:.0f} MB",
        flush=True,
    )
    return Run(server_cpu=server_cpu, connections=connections, **figures)


def measure(
    jobs: dict[str, Job], repeats: int, tls: Certificate | None = None
) -> dict[str, Measured]:
    """Run each job ``repeats`` times, taking turns.

    Taking turns spreads a change of load on the machine over every job of a comparison alike.
    """
    measured = {key: Measured() for key in jobs}
    for _ in range(repeats):
        for key, job in jobs.items():
            measured[key].runs.append(run_once(job, tls))
    return measured


def scratch() -> tempfile.TemporaryDirectory[str]:
    """Return a temporary directory for the run's certificate."""
    return tempfile.TemporaryDirectory(prefix="bench-tls-")

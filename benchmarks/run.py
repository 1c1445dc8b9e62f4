"""Run every benchmark in fresh processes and write BENCHMARKS.md.

Run: ``python benchmarks/run.py`` (``nox -s bench``), or ``--quick`` for a smoke run with tiny
sizes that checks every path works and asserts nothing about speed. Each figure is the median of
``--repeats`` runs; each run starts a new lean server process and a new client process, and
reports the client's wall and CPU seconds and the CPU seconds the server spent meanwhile.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SERVER = HERE / "lean_server.py"
WORKLOADS = HERE / "workloads.py"
# Everything below this line in BENCHMARKS.md is written by hand and kept when it is rewritten.
NOTES_MARKER = "<!-- Hand-written notes below; run.py keeps everything after this line. -->"
SDK = "clicksend-client"
SDK_VERSION = "6.0.2"
QUICK_NOTE = " (quick smoke run: the sizes are too small for the figures to mean anything)"


@dataclass
class Sizes:
    """How big each measurement is; ``--quick`` shrinks them all."""

    bulk_messages: int = 100_000
    batch: int = 1000
    concurrency: int = 8
    latency_ms: float = 50.0
    cpu_messages: int = 50_000
    sdk_messages: int = 100_000
    memory: tuple[int, ...] = (100_000, 1_000_000)
    pages: int = 50
    page_work_ms: float = 20.0
    calls: int = 1000
    import_runs: int = 9
    repeats: int = 3


QUICK = Sizes(
    bulk_messages=3000,
    cpu_messages=2000,
    sdk_messages=2000,
    latency_ms=5.0,
    memory=(2000, 6000),
    pages=4,
    page_work_ms=2.0,
    calls=20,
    import_runs=1,
    repeats=1,
)


@dataclass
class Run:
    """One client run: its own figures and the server's CPU seconds during it."""

    wall: float
    cpu: float
    rss_mb: float
    count: int
    server_cpu: float


@dataclass
class Measured:
    """The runs of one measurement and their medians."""

    runs: list[Run] = field(default_factory=list)

    def median(self, name: str) -> float:
        """Return the median of one figure over the runs."""
        return statistics.median(getattr(run, name) for run in self.runs)


class LeanServer:
    """A lean server in a child process, started for one client run."""

    def __init__(self, latency_ms: float, pages: int = 50) -> None:
        command = [sys.executable, str(SERVER), "--latency-ms", str(latency_ms)]
        command += ["--pages", str(pages)]
        self.process = subprocess.Popen(  # noqa: S603 - our own script
            command, stdout=subprocess.PIPE, text=True
        )
        line = self.process.stdout.readline() if self.process.stdout else ""
        match = re.fullmatch(r"port (\d+)\s*", line)
        if match is None:
            self.process.kill()
            raise RuntimeError(f"the lean server did not start: {line!r}")
        self.url = f"http://127.0.0.1:{match.group(1)}"

    def cpu(self) -> float:
        """Return the CPU seconds the server process has used so far."""
        with urllib.request.urlopen(self.url + "/stats", timeout=10) as answer:  # noqa: S310
            return float(json.load(answer)["cpu"])

    def stop(self) -> None:
        """Stop the server process and wait for it."""
        self.process.terminate()
        self.process.wait(timeout=10)


def run_client(name: str, url: str, options: dict[str, Any]) -> dict[str, Any]:
    """Run one workload in a new process and return the figures it printed."""
    command = [sys.executable, str(WORKLOADS), name, "--url", url]
    for key, value in options.items():
        command += [f"--{key.replace('_', '-')}", str(value)]
    done = subprocess.run(  # noqa: S603 - our own script
        command, capture_output=True, text=True, check=False, timeout=1800
    )
    if done.returncode != 0:
        raise RuntimeError(f"{name} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@dataclass
class Job:
    """One workload to measure: its name, the server's latency and the client's options."""

    name: str
    latency_ms: float
    options: dict[str, Any]
    pages: int = 50


def run_once(job: Job) -> Run:
    """Run a job once, against a new server, and return its figures."""
    server = LeanServer(job.latency_ms, job.pages)
    try:
        before = server.cpu()
        figures = run_client(job.name, server.url, job.options)
        server_cpu = server.cpu() - before
    finally:
        server.stop()
    print(
        f"  {job.name}: {figures['wall']:.3f} s wall, {figures['cpu']:.3f} s CPU, "
        f"server {server_cpu:.3f} s CPU, {figures['rss_mb']:.0f} MB",
        flush=True,
    )
    return Run(server_cpu=server_cpu, **figures)


def measure(jobs: dict[str, Job], sizes: Sizes) -> dict[str, Measured]:
    """Run each job ``sizes.repeats`` times, taking turns.

    Taking turns spreads a change of load on the machine over every job of a comparison alike.
    """
    measured = {key: Measured() for key in jobs}
    for _ in range(sizes.repeats):
        for key, job in jobs.items():
            measured[key].runs.append(run_once(job))
    return measured


def sdk_installed() -> bool:
    """Whether ClickSend's official SDK can be imported here."""
    try:
        importlib.metadata.version(SDK)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def import_time_us(module: str, baseline: set[str]) -> float:
    """Return the microseconds ``import module`` takes beyond interpreter start (-X importtime).

    The top-level entries of the import tree that a bare interpreter does not load are summed.
    """
    done = subprocess.run(  # noqa: S603 - the running interpreter
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
    )
    total = 0
    for name, cumulative in _top_level_imports(done.stderr):
        if name not in baseline:
            total += cumulative
    return float(total)


def _top_level_imports(report: str) -> list[tuple[str, int]]:
    found = []
    for line in report.splitlines():
        parts = line.split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name_field = parts[2]
        # The tree is drawn with two spaces per level after the bar's one.
        if len(name_field) - len(name_field.lstrip(" ")) == 1:
            found.append((name_field.strip(), int(parts[1])))
    return found


def measure_imports(sizes: Sizes, modules: list[str]) -> dict[str, float]:
    """Return the median import time of each module, in milliseconds."""
    bare = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "pass"],
        capture_output=True,
        text=True,
        check=True,
    )
    baseline = {name for name, _ in _top_level_imports(bare.stderr)}
    results: dict[str, float] = {}
    for module in modules:
        import_time_us(module, baseline)  # compile and cache bytecode first
        times = [import_time_us(module, baseline) for _ in range(sizes.import_runs)]
        results[module] = statistics.median(times) / 1000
        print(f"  import {module}: {results[module]:.1f} ms", flush=True)
    return results


@dataclass
class Results:
    """Every measurement, by name."""

    runs: dict[str, Measured] = field(default_factory=dict)
    imports: dict[str, float] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


def run_all(sizes: Sizes) -> Results:
    """Take every measurement."""
    results = Results()
    bulk = {"messages": sizes.bulk_messages, "batch": sizes.batch}
    bulk["concurrency"] = sizes.concurrency
    print("bulk throughput", flush=True)
    jobs = {
        f"{name}@latency": Job(name, sizes.latency_ms, bulk) for name in ("ours-bulk", "raw-bulk")
    }
    if sdk_installed():
        sdk = {**bulk, "messages": sizes.sdk_messages}
        for name in ("sdk-sequential", "sdk-threads"):
            jobs[f"{name}@latency"] = Job(name, sizes.latency_ms, sdk)
    else:
        results.skipped.append(f"{SDK} is not installed: the official SDK rows were skipped")
    results.runs.update(measure(jobs, sizes))
    print("client CPU per batch, no latency", flush=True)
    cpu = {**bulk, "messages": sizes.cpu_messages}
    jobs = {f"{name}@0": Job(name, 0, cpu) for name in ("ours-bulk", "raw-bulk")}
    results.runs.update(measure(jobs, sizes))
    print("memory", flush=True)
    jobs = {
        f"ours-stream@{count}": Job(
            "ours-stream", 0, {"messages": count, "concurrency": sizes.concurrency}
        )
        for count in sizes.memory
    }
    results.runs.update(measure(jobs, sizes))
    print("pagination", flush=True)
    paging = {"work_ms": sizes.page_work_ms, "per_page": 100}
    jobs = {
        name: Job(name, sizes.latency_ms, paging, sizes.pages)
        for name in ("ours-pages", "ours-pages-sequential")
    }
    results.runs.update(measure(jobs, sizes))
    print("single small call", flush=True)
    jobs = {name: Job(name, 0, {"calls": sizes.calls}) for name in ("ours-account", "raw-account")}
    results.runs.update(measure(jobs, sizes))
    print("import time", flush=True)
    modules = ["aiohttp", "clicksend_async", "clicksend_v3", "clicksend_v3.api.sms.send_sms"]
    if sdk_installed():
        modules.append("clicksend")
    results.imports = measure_imports(sizes, modules)
    return results


def _machine() -> list[str]:
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    versions = [f"Python {platform.python_version()}"]
    for package in ("aiohttp", "clicksend-async", SDK):
        try:
            versions.append(f"{package} {importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{package} not installed")
    return [
        f"- Machine: {model}, {os.cpu_count()} logical CPUs, {platform.platform()}",
        f"- Load average when the run started: {load}",
        f"- Software: {', '.join(versions)}",
    ]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = [_row(header), _row(["---"] * len(header))]
    lines += [_row(row) for row in rows]
    return [*lines, ""]


def _ratio(value: float, base: float) -> float:
    return value / base if base else float("nan")


def _verdict(met: bool) -> str:  # noqa: FBT001 - a yes/no cell
    return "met" if met else "**missed**"


def _bulk_section(results: Results, sizes: Sizes, targets: list[list[str]]) -> list[str]:
    runs = results.runs
    ours = runs["ours-bulk@latency"]
    ours_rate = ours.median("count") / ours.median("wall")
    labels = {
        "ours-bulk@latency": "`send_bulk` (ours)",
        "raw-bulk@latency": "raw aiohttp loop",
        "sdk-sequential@latency": f"official SDK {SDK_VERSION}, sequential",
        "sdk-threads@latency": f"official SDK {SDK_VERSION}, {sizes.concurrency} threads",
    }
    rows = []
    for key, label in labels.items():
        if key not in runs:
            continue
        measured = runs[key]
        wall = measured.median("wall")
        server = measured.median("server_cpu")
        speedup = _ratio(ours_rate, measured.median("count") / wall)
        rows.append(
            [
                label,
                f"{measured.median('count') / wall:,.0f}",
                f"{wall:.2f}",
                f"{measured.median('cpu'):.2f}",
                f"{server:.2f} ({server / wall:.0%})",
                f"{speedup:.2f}x",
            ]
        )
    lines = [
        "## Bulk throughput",
        "",
        (
            f"{sizes.bulk_messages:,} messages ({sizes.sdk_messages:,} for the SDK), "
            f"{sizes.batch} per request, {sizes.concurrency} requests at a time, "
            f"{sizes.latency_ms:g} ms server latency."
        ),
        "",
        *_table(
            [
                "client",
                "messages/s",
                "wall s",
                "client CPU s",
                "server CPU s (share of wall)",
                "ours is faster by",
            ],
            rows,
        ),
    ]
    rate = ours.median("count") / ours.median("wall")
    raw = runs["raw-bulk@latency"]
    raw_ratio = rate / (raw.median("count") / raw.median("wall"))
    targets.append(
        [
            "throughput vs raw aiohttp loop",
            ">= 0.95x",
            f"{raw_ratio:.2f}x",
            _verdict(raw_ratio >= 0.95),
        ]
    )
    if "sdk-sequential@latency" in runs:
        sdk = runs["sdk-sequential@latency"]
        sdk_ratio = rate / (sdk.median("count") / sdk.median("wall"))
        targets.append(
            [
                "throughput vs official SDK, sequential",
                ">= 8x",
                f"{sdk_ratio:.1f}x",
                _verdict(sdk_ratio >= 8),
            ]
        )
    return lines


def _cpu_section(results: Results, sizes: Sizes, targets: list[list[str]]) -> list[str]:
    per_batch = {}
    rows = []
    for key, label in (("ours-bulk@0", "`send_bulk` (ours)"), ("raw-bulk@0", "raw aiohttp loop")):
        measured = results.runs[key]
        batches = measured.median("count") / sizes.batch
        per_batch[key] = measured.median("cpu") / batches * 1000
        rows.append(
            [
                label,
                f"{per_batch[key]:.2f}",
                f"{measured.median('wall'):.2f}",
                f"{measured.median('server_cpu'):.2f}",
            ]
        )
    ratio = _ratio(per_batch["ours-bulk@0"], per_batch["raw-bulk@0"])
    targets.append(
        ["client CPU per batch vs raw loop", "<= 1.15x", f"{ratio:.2f}x", _verdict(ratio <= 1.15)]
    )
    return [
        "## Client CPU per 1000-message batch",
        "",
        (
            f"{sizes.cpu_messages:,} messages, no latency, {sizes.concurrency} requests at a time; "
            "client CPU is user + system time of the client process for the whole run, divided by "
            f"the number of batches. Ours / raw: {ratio:.2f}x."
        ),
        "",
        *_table(["client", "CPU ms per batch", "wall s", "server CPU s"], rows),
    ]


def _memory_section(results: Results, sizes: Sizes, targets: list[list[str]]) -> list[str]:
    rows = []
    rss = {}
    for count in sizes.memory:
        measured = results.runs[f"ours-stream@{count}"]
        rss[count] = measured.median("rss_mb")
        rows.append(
            [
                f"{count:,}",
                f"{rss[count]:.1f}",
                f"{measured.median('wall'):.2f}",
                f"{measured.median('count') / measured.median('wall'):,.0f}",
            ]
        )
    small, large = min(sizes.memory), max(sizes.memory)
    growth = _ratio(rss[large], rss[small])
    targets.append(
        [
            f"peak RSS at {large:,} messages",
            "<= 100 MB",
            f"{rss[large]:.1f} MB",
            _verdict(rss[large] <= 100),
        ]
    )
    targets.append(
        [
            f"peak RSS flat in N ({large:,} vs {small:,})",
            "<= 1.10x",
            f"{growth:.2f}x",
            _verdict(growth <= 1.10),
        ]
    )
    return [
        "## Memory",
        "",
        (
            "Peak resident memory (`ru_maxrss`) of a client process streaming N messages from "
            "an async "
            f"generator through `stream_bulk`, {sizes.concurrency} requests at a time, no latency. "
            "It includes the interpreter and every imported module."
        ),
        "",
        *_table(["messages", "peak RSS MB", "wall s", "messages/s"], rows),
    ]


def _paging_section(results: Results, sizes: Sizes, targets: list[list[str]]) -> list[str]:
    ahead = results.runs["ours-pages"]
    plain = results.runs["ours-pages-sequential"]
    ratio = _ratio(ahead.median("wall"), plain.median("wall"))
    targets.append(
        ["pagination with prefetch vs without", "<= 0.6x", f"{ratio:.2f}x", _verdict(ratio <= 0.6)]
    )
    rows = [
        [
            "SMS history (fetched ahead)",
            f"{ahead.median('wall'):.2f}",
            f"{ahead.median('count'):,.0f}",
        ],
        [
            "SMS receipts (never fetched ahead)",
            f"{plain.median('wall'):.2f}",
            f"{plain.median('count'):,.0f}",
        ],
    ]
    return [
        "## Pagination",
        "",
        (
            f"{sizes.pages} pages of 100 items, {sizes.latency_ms:g} ms server latency, "
            f"{sizes.page_work_ms:g} ms of awaited work per page (an `asyncio.sleep`, standing for "
            "the caller's own I/O). Both listings go through `cs.paginate`; receipts are an unread "
            f"queue, which is never fetched ahead. With / without: {ratio:.2f}x."
        ),
        "",
        *_table(["listing", "wall s", "items"], rows),
    ]


def _call_section(results: Results, sizes: Sizes) -> list[str]:
    per_call = {}
    rows = []
    for key, label in (
        ("ours-account", "`cs.account.get()` (ours)"),
        ("raw-account", "raw aiohttp GET + json.loads"),
    ):
        measured = results.runs[key]
        wall = measured.median("wall") / measured.median("count") * 1e6
        cpu = measured.median("cpu") / measured.median("count") * 1e6
        per_call[key] = (wall, cpu)
        rows.append([label, f"{wall:.0f}", f"{cpu:.0f}"])
    overhead = per_call["ours-account"][1] - per_call["raw-account"][1]
    return [
        "## Single small call",
        "",
        (
            f"{sizes.calls} calls one after another on one connection, no latency. Ours parses the "
            f"answer into the generated model. Overhead per call: {overhead:.0f} us of client CPU."
        ),
        "",
        *_table(["client", "wall us per call", "client CPU us per call"], rows),
    ]


def _import_section(results: Results, targets: list[list[str]]) -> list[str]:
    base = results.imports.get("aiohttp", float("nan"))
    rows = [
        [f"`{module}`", f"{took:.1f}", f"{_ratio(took, base):.2f}x"]
        for module, took in results.imports.items()
    ]
    ours = _ratio(results.imports["clicksend_async"], base)
    targets.append(
        ["import clicksend_async vs aiohttp", "<= 1.25x", f"{ours:.2f}x", _verdict(ours <= 1.25)]
    )
    return [
        "## Import time",
        "",
        (
            "Median over fresh interpreters of `python -X importtime -c 'import X'`: "
            "the cumulative "
            "time of every top-level import that a bare interpreter does not already load. "
            "`clicksend_async` imports aiohttp, so its figure includes aiohttp's."
        ),
        "",
        *_table(["module", "ms", "vs aiohttp"], rows),
    ]


def render(results: Results, sizes: Sizes, command: str, *, quick: bool) -> str:
    """Return the measured part of BENCHMARKS.md."""
    targets: list[list[str]] = []
    sections = [
        *_bulk_section(results, sizes, targets),
        *_cpu_section(results, sizes, targets),
        *_import_section(results, targets),
        *_memory_section(results, sizes, targets),
        *_paging_section(results, sizes, targets),
        *_call_section(results, sizes),
    ]
    taken = dt.datetime.now(tz=dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmarks",
        "",
        "Written by `benchmarks/run.py`; regenerate with `nox -s bench`.",
        "",
        f"- Taken: {taken}{QUICK_NOTE if quick else ''}",
        *_machine(),
        f"- Command: `{command}`",
        (
            f"- Each figure is the median of {sizes.repeats} runs, taken in turns with the "
            "figures it is compared with; every run starts a new "
            "lean server "
            "process (`benchmarks/lean_server.py`) and a new client process "
            "(`benchmarks/workloads.py NAME`)."
        ),
        *[f"- Skipped: {reason}" for reason in results.skipped],
        "",
        "## Targets",
        "",
        *_table(["target", "wanted", "measured", ""], targets),
        *sections,
    ]
    return "\n".join(lines)


def write(path: Path, text: str) -> None:
    """Write the report, keeping the hand-written notes of an existing file."""
    notes = ""
    if path.exists():
        old = path.read_text()
        if NOTES_MARKER in old:
            notes = old.split(NOTES_MARKER, 1)[1]
    path.write_text(f"{text}\n{NOTES_MARKER}{notes or chr(10)}")


def main() -> int:
    """Parse the options, take the measurements and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run each")
    parser.add_argument("--repeats", type=int, help="runs per measurement (median taken)")
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args()
    sizes = QUICK if args.quick else Sizes()
    if args.repeats:
        sizes.repeats = args.repeats
    started = time.perf_counter()
    results = run_all(sizes)
    command = "python benchmarks/run.py " + " ".join(sys.argv[1:])
    write(args.output, render(results, sizes, command.strip(), quick=args.quick))
    print(f"wrote {args.output} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

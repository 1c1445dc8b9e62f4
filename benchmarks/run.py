"""Run every benchmark in fresh processes and write BENCHMARKS.md.

Run: ``python benchmarks/run.py`` (``nox -s bench``), or ``--quick`` for a smoke run with tiny
sizes that checks every path works and asserts nothing about speed. Each figure is the median of
``--repeats`` runs (min and max beside it), taken in turns with the figures it is compared with;
each run starts a new stand-in server process and a new client process (see ``harness.py``).
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import instructions
from harness import Certificate, Job, Measured, make_certificate, measure, scratch
from report import render, write

ROOT = Path(__file__).resolve().parent.parent
SDK = "clicksend-client"


@dataclass
class Sizes:
    """How big each measurement is; ``--quick`` shrinks them all."""

    bulk_messages: int = 100_000
    batch: int = 1000
    concurrency: int = 8
    latency_ms: float = 50.0
    cpu_messages: int = 100_000
    sdk_messages: int = 100_000
    memory: tuple[int, ...] = (100_000, 1_000_000)
    pages: int = 50
    page_work_ms: float = 20.0
    calls: int = 1000
    import_runs: int = 9
    repeats: int = 5


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
class Results:
    """Every measurement, by name, and what was left out."""

    runs: dict[str, Measured] = field(default_factory=dict)
    imports: dict[str, float] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    orjson: bool = False
    certificate: str = ""
    instructions: dict[str, float] = field(default_factory=dict)


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


def _json_variants(results: Results) -> list[str]:
    """Return the JSON libraries to compare with: stdlib always, orjson when installed."""
    results.orjson = importlib.util.find_spec("orjson") is not None
    if not results.orjson:
        results.skipped.append("orjson is not installed: the `speedups` rows were skipped")
        return ["stdlib"]
    return ["stdlib", "orjson"]


def _bulk_jobs(sizes: Sizes, results: Results, libraries: list[str]) -> dict[str, Job]:
    bulk = {"messages": sizes.bulk_messages, "batch": sizes.batch}
    bulk["concurrency"] = sizes.concurrency
    jobs = {}
    for library in libraries:
        for name in ("ours-bulk", "raw-bulk"):
            jobs[f"{name}@latency/{library}"] = Job(name, sizes.latency_ms, bulk, json=library)
    if sdk_installed():
        sdk = {**bulk, "messages": sizes.sdk_messages}
        for name in ("sdk-sequential", "sdk-threads"):
            jobs[f"{name}@latency"] = Job(name, sizes.latency_ms, sdk, json="stdlib")
    else:
        results.skipped.append(f"{SDK} is not installed: the official SDK rows were skipped")
    return jobs


def run_all(sizes: Sizes) -> Results:
    """Take every measurement."""
    results = Results()
    libraries = _json_variants(results)
    repeats = sizes.repeats
    print("bulk throughput", flush=True)
    results.runs.update(measure(_bulk_jobs(sizes, results, libraries), repeats))
    print("client CPU per batch, no latency", flush=True)
    cpu = {"messages": sizes.cpu_messages, "batch": sizes.batch, "concurrency": sizes.concurrency}
    jobs = {
        f"{name}@0/{library}": Job(name, 0, cpu, json=library)
        for library in libraries
        for name in ("ours-bulk", "raw-bulk")
    }
    results.runs.update(measure(jobs, repeats))
    print("client CPU per batch over TLS, no latency", flush=True)
    with scratch() as where:
        certificate: Certificate = make_certificate(Path(where))
        results.certificate = certificate.made_with
        jobs = {
            f"{name}@tls/{library}": Job(name, 0, cpu, tls=True, json=library)
            for library in libraries
            for name in ("ours-bulk", "raw-bulk")
        }
        results.runs.update(measure(jobs, repeats, certificate))
    print("memory", flush=True)
    jobs = {
        f"ours-stream@{count}": Job(
            "ours-stream", 0, {"messages": count, "concurrency": sizes.concurrency}
        )
        for count in sizes.memory
    }
    results.runs.update(measure(jobs, repeats))
    print("pagination", flush=True)
    paging = {"work_ms": sizes.page_work_ms, "per_page": 100}
    jobs = {
        name: Job(name, sizes.latency_ms, paging, sizes.pages)
        for name in ("ours-pages", "ours-pages-sequential")
    }
    results.runs.update(measure(jobs, repeats))
    print("single small call", flush=True)
    jobs = {
        f"{name}/{library}": Job(name, 0, {"calls": sizes.calls}, json=library)
        for library in libraries
        for name in ("ours-account", "raw-account")
    }
    results.runs.update(measure(jobs, repeats))
    print("import time", flush=True)
    modules = ["aiohttp", "clicksend_async", "clicksend_v3", "clicksend_v3.api.sms.send_sms"]
    if sdk_installed():
        modules.append("clicksend")
    results.imports = measure_imports(sizes, modules)
    if sizes is QUICK:
        results.skipped.append("instruction counts: not taken in a quick run")
    elif not instructions.available():
        results.skipped.append("valgrind is not installed: the instruction counts were skipped")
    else:
        print("instructions (callgrind)", flush=True)
        results.instructions = instructions.measure(libraries)
    return results


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

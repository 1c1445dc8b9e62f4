"""The report's cells: figures as ``median (min..max)``, ratios, verdicts, Markdown tables.

Shared by ``report.py`` and ``instructions.py``; also the description of the machine a report
was taken on.
"""

from __future__ import annotations

import importlib.metadata
import os
import platform
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from harness import Measured

SDK = "clicksend-client"


def spread(values: list[float], spec: str) -> str:
    """Return ``median (min..max)`` of ``values``, each formatted with ``spec``."""
    ordered = sorted(values)
    middle = ordered[len(ordered) // 2]
    if len(ordered) % 2 == 0:
        middle = (ordered[len(ordered) // 2 - 1] + middle) / 2
    if len(ordered) == 1:
        return format(middle, spec)
    return f"{middle:{spec}} ({ordered[0]:{spec}}..{ordered[-1]:{spec}})"


def median(values: list[float]) -> float:
    """Return the median of ``values``."""
    ordered = sorted(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2


def ratio(value: float, base: float) -> float:
    """Return ``value / base``, infinite when ``base`` is zero."""
    return value / base if base else float("inf")


def verdict(met: bool) -> str:  # noqa: FBT001 - a yes/no cell
    """Return the targets table's last cell."""
    return "met" if met else "**missed**"


def row(cells: list[str]) -> str:
    """Return one Markdown table row."""
    return "| " + " | ".join(cells) + " |"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Return a Markdown table's lines, and a blank line after it."""
    lines = [row(header), row(["---"] * len(header))]
    lines += [row(each) for each in rows]
    return [*lines, ""]


def share(measured: Measured) -> str:
    """Return the server's CPU seconds and its share of the wall time, as medians."""
    shares = [run.server_cpu / run.wall for run in measured.runs]
    return f"{measured.median('server_cpu'):.2f} ({median(shares):.0%})"


def connections(measured: Measured) -> str:
    """Return the distinct numbers of connections the runs opened, as ``8`` or ``8/9``."""
    counts = sorted({run.connections for run in measured.runs})
    return "/".join(str(count) for count in counts)


def cpu_ms(measured: Measured, batch: int) -> list[float]:
    """Return each run's client CPU milliseconds per ``batch`` items."""
    return measured.per("cpu", batch * 1000)


def machine() -> list[str]:
    """Return the report's lines on the machine, its load and the software measured."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    versions = [f"Python {platform.python_version()}"]
    for package in ("aiohttp", "clicksend-async", "orjson", SDK):
        try:
            versions.append(f"{package} {importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{package} not installed")
    return [
        f"- Machine: {model}, {os.cpu_count()} logical CPUs, {platform.platform()}",
        f"- Load average when the report was written: {load}",
        f"- Software: {', '.join(versions)}",
    ]

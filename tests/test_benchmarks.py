"""The benchmark harness still runs end to end (a smoke run; no figure is checked)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"
SECTIONS = [
    "## Targets",
    "## Bulk throughput",
    "## Client CPU per 1000-message batch",
    "## Client CPU per 1000-message batch over TLS",
    "## Import time",
    "## Memory",
    "## Pagination",
    "## Single small call",
]


def test_quick_benchmark_run_writes_every_section(tmp_path: Path) -> None:
    """`benchmarks/run.py --quick` exits 0 and its report has every table, with no NaN."""
    report = tmp_path / "BENCHMARKS.md"
    done = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--output", str(report)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    text = report.read_text()
    for section in SECTIONS:
        assert section in text
    assert re.search(r"\bnan\b", text) is None
    assert "`send_bulk` (ours)" in text
    assert "connections opened" in text
    assert "server CPU s (share of wall)" in text

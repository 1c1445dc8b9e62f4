"""Client CPU of the bulk path in instructions per 1000-message batch, ours and the raw loop.

Instruction counts (valgrind's callgrind) do not move with the load on the machine, unlike CPU
seconds. Each measurement runs one client process under callgrind twice against a stand-in
server (``stand_in.py``, not itself measured): once sending ``--few`` batches and once ``--many``.
The difference divided by the extra batches is the cost of one batch, with start-up, imports
and the warm-up send taken out. Both clients send the same plain ``{to, body}`` messages,
1000 a request, ``--concurrency`` at a time (see ``workloads.py``).

Run: ``python benchmarks/callgrind_bulk.py`` (every client, both JSON libraries), or
``--only ours-orjson`` and so on; ``--keep DIR`` keeps the callgrind files for
``callgrind_annotate``. ``python benchmarks/callgrind_bulk.py client ours --batches N --url URL``
is one client process, as the measurement runs it.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLIENTS = {
    "ours-orjson": ("ours", "orjson"),
    "raw-orjson": ("raw", "orjson"),
    "ours-stdlib": ("ours", "stdlib"),
    "raw-stdlib": ("raw", "stdlib"),
}


def client(which: str, batches: int, url: str, concurrency: int) -> None:
    """Send ``batches`` batches of 1000 messages with one client, after its warm-up send."""
    sys.path.insert(0, str(HERE))
    import asyncio  # noqa: PLC0415

    import workloads  # noqa: PLC0415 - hides orjson first when BENCH_JSON=stdlib

    args = argparse.Namespace(
        url=url,
        messages=batches * 1000,
        batch=1000,
        concurrency=concurrency,
        json=workloads.BACKEND,
        cafile=None,
    )
    # Under valgrind a request takes fifty times as long: a timeout must not cut one off.
    workloads.ClickSend = functools.partial(  # type: ignore[misc]
        workloads.ClickSend, timeout=3600.0, deadline=3600.0
    )
    run = workloads.ours_bulk if which == "ours" else workloads.raw_bulk
    asyncio.run(run(args))


def _instructions(out: Path) -> int:
    text = out.read_text(errors="replace")
    match = re.search(r"^summary:\s*(\d+)", text, re.MULTILINE) or re.search(
        r"^totals:\s*(\d+)", text, re.MULTILINE
    )
    if match is None:
        raise RuntimeError(f"no instruction total in {out}")
    return int(match.group(1))


def _callgrind(name: str, batches: int, url: str, concurrency: int, where: Path) -> int:
    which, library = CLIENTS[name]
    out = where / f"callgrind.{name}.{batches}"
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("BENCH_JSON", None)
    if library == "stdlib":
        env["BENCH_JSON"] = "stdlib"
    command = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out}",
        sys.executable,
        str(Path(__file__).resolve()),
        "client",
        which,
        *("--batches", str(batches), "--url", url, "--concurrency", str(concurrency)),
    ]
    done = subprocess.run(command, check=False, env=env, capture_output=True, text=True)  # noqa: S603
    if done.returncode != 0:
        raise RuntimeError(f"{name} ({batches} batches) failed:\n{done.stderr[-3000:]}")
    return _instructions(out)


def measure(args: argparse.Namespace) -> dict[str, dict[str, float]]:
    """Measure every client asked for; return instructions per batch (millions) by name."""
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    sys.path.insert(0, str(HERE))
    from harness import StandIn  # noqa: PLC0415 - a script directory, not a package

    keep = Path(args.keep) if args.keep else None
    scratch = tempfile.TemporaryDirectory(prefix="callgrind-bulk-")
    where = keep or Path(scratch.name)
    where.mkdir(parents=True, exist_ok=True)
    figures: dict[str, dict[str, float]] = {}
    server = StandIn(0, 1, None)
    try:
        for name in args.only or CLIENTS:
            few = _callgrind(name, args.few, server.url, args.concurrency, where)
            many = _callgrind(name, args.many, server.url, args.concurrency, where)
            per = (many - few) / (args.many - args.few) / 1e6
            figures[name] = {"per_batch_M": round(per, 2), "few": few, "many": many}
            print(f"{name}: {per:.2f}M instructions per batch", flush=True)
    finally:
        server.stop()
        scratch.cleanup()
    for library in ("orjson", "stdlib"):
        ours, raw = figures.get(f"ours-{library}"), figures.get(f"raw-{library}")
        if ours and raw:
            ratio = ours["per_batch_M"] / raw["per_batch_M"]
            print(f"{library}: ours / raw = {ratio:.2f}x", flush=True)
    return figures


def main() -> int:
    """Measure, or run one client process."""
    if len(sys.argv) > 1 and sys.argv[1] == "client":
        parser = argparse.ArgumentParser()
        parser.add_argument("role", choices=["client"])
        parser.add_argument("which", choices=["ours", "raw"])
        parser.add_argument("--batches", type=int, required=True)
        parser.add_argument("--url", required=True)
        parser.add_argument("--concurrency", type=int, default=8)
        one = parser.parse_args()
        client(one.which, one.batches, one.url, one.concurrency)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(CLIENTS))
    parser.add_argument("--few", type=int, default=4)
    parser.add_argument("--many", type=int, default=24)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--keep", help="keep the callgrind files in this directory")
    parser.add_argument("--json-out", help="also write the figures here as JSON")
    args = parser.parse_args()
    figures = measure(args)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

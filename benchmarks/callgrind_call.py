"""Instructions per ``account.get()`` call, ours against a raw aiohttp loop, counted by callgrind.

CPU time on a shared machine wanders by tens of percent; the instructions a process executes
hardly move. Each measurement runs this script again as a child under
``valgrind --tool=callgrind``, against the low-CPU stand-in server (``stand_in.py``, not under
valgrind), twice: once with ``--calls`` calls and once with ``--base`` calls. The difference of
the two totals, divided by the difference of the call counts, is the cost of one call with the
process's start, imports and warm-up taken out.

Ours is ``cs.account.get()`` (the answer parsed into the generated model); raw is a bare
``session.get`` of the same URL with the Authorization header, reading the body and decoding it
with the same JSON library (``json.loads`` or ``orjson.loads``), on a default session (keep-alive).
Both warm up with a few uncounted calls first.

Run: ``python benchmarks/callgrind_call.py [--calls 400] [--base 100] [--json stdlib orjson]``;
``--keep DIR`` keeps the callgrind files, for ``callgrind_annotate --inclusive=yes FILE``;
``--json-out FILE`` also writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SERVER = HERE / "stand_in.py"
USERNAME = "bench"
API_KEY = "bench-key"
WARM_UP = 5


async def _ours(url: str, calls: int) -> None:
    from clicksend_async import ClickSend  # noqa: PLC0415 - after the JSON choice is made

    async with ClickSend(USERNAME, API_KEY, base_url=url + "/v3") as cs:
        for _ in range(WARM_UP):
            await cs.account.get()
        for _ in range(calls):
            details = await cs.account.get()
    if calls and details.data is None:
        raise SystemExit("no account details")


async def _raw(url: str, calls: int, library: str) -> None:
    import aiohttp  # noqa: PLC0415

    from clicksend_async._http import basic_authorization  # noqa: PLC0415

    if library == "orjson":
        import orjson  # noqa: PLC0415 - only the orjson runs need it

        loads = orjson.loads
    else:
        import json  # noqa: PLC0415

        loads = json.loads
    target = url + "/v3/account"
    headers = {"Authorization": basic_authorization(USERNAME, API_KEY)}
    body = None
    async with aiohttp.ClientSession() as session:
        for _ in range(WARM_UP + calls):
            async with session.get(target, headers=headers) as response:
                body = loads(await response.read())
    if not body or not body["data"]:
        raise SystemExit("no account details")


def child(args: argparse.Namespace) -> int:
    """Run the calls in this process (the one callgrind counts)."""
    if args.child == "ours":
        asyncio.run(_ours(args.url, args.calls))
    else:
        asyncio.run(_raw(args.url, args.calls, args.json[0]))
    return 0


_TOTAL = re.compile(r"^(?:summary|totals):\s*(\d+)", re.MULTILINE)


def count(url: str, client: str, library: str, calls: int, out: Path) -> int:
    """Run ``calls`` calls under callgrind and return the instructions the process executed."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    if library == "stdlib":
        env["BENCH_JSON"] = "stdlib"
    command = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out}",
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        client,
        "--url",
        url,
        "--calls",
        str(calls),
        "--json",
        library,
    ]
    subprocess.run(command, env=env, check=True, capture_output=True)  # noqa: S603 - our own
    match = _TOTAL.search(out.read_text())
    if match is None:
        raise SystemExit(f"no total in {out}")
    return int(match.group(1))


def _hide_orjson() -> None:
    # Before clicksend_async is imported: it picks its JSON library once, at import.
    if os.environ.get("BENCH_JSON") == "stdlib":
        sys.modules["orjson"] = None  # type: ignore[assignment]


def main() -> int:
    """Measure each client with each JSON library and print instructions per call."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=400)
    parser.add_argument("--base", type=int, default=100)
    parser.add_argument("--json", nargs="+", choices=["stdlib", "orjson"], default=None)
    parser.add_argument("--clients", nargs="+", choices=["ours", "raw"], default=["ours", "raw"])
    parser.add_argument("--keep", type=Path, help="keep the callgrind files here")
    parser.add_argument("--json-out", type=Path, help="also write the figures here as JSON")
    parser.add_argument("--child", choices=["ours", "raw"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _hide_orjson()
        return child(args)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    libraries = args.json or ["stdlib", "orjson"]
    server = subprocess.Popen(  # noqa: S603 - our own script
        [sys.executable, str(SERVER)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{server.stdout.readline().split()[1]}"
        with tempfile.TemporaryDirectory() as scratch:
            where = args.keep or Path(scratch)
            where.mkdir(parents=True, exist_ok=True)
            results: dict[tuple[str, str], float] = {}
            for library in libraries:
                for client in args.clients:
                    totals = [
                        count(url, client, library, n, where / f"{client}-{library}-{n}.out")
                        for n in (args.base, args.calls)
                    ]
                    per_call = (totals[1] - totals[0]) / (args.calls - args.base)
                    results[client, library] = per_call
                    print(f"{client:5} {library:7} {per_call:12,.0f} instructions per call")
                if ("ours", library) in results and ("raw", library) in results:
                    ratio = results["ours", library] / results["raw", library]
                    print(f"ours / raw, {library}: {ratio:.2f}x", flush=True)
            if args.json_out:
                figures = {f"{client}-{library}": per for (client, library), per in results.items()}
                args.json_out.write_text(json.dumps(figures, indent=2) + "\n")
    finally:
        server.terminate()
        server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())

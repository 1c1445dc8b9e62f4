"""Where one ``account.get()`` spends its CPU: the seam, and the model built from the answer.

Three ways of making the same call take turns in one client process, in blocks of ``--block``
calls, for ``--rounds`` rounds, against the low-CPU stand-in server (``stand_in.py``, its own
process, no latency):

- ``raw``: a bare aiohttp GET with the Authorization header, the body decoded with the same JSON
  library (what the single-call table of BENCHMARKS.md compares against);
- ``seam``: the call through our seam (deadline, retry loop, credential middleware, answer
  check, decode) with the decoded body returned as it is, no model built;
- ``ours``: ``cs.account.get()``, the seam and then the answer read into the generated model.

Each block's CPU time (``time.process_time``) is divided by its calls; the order of the three
rotates every round, so none always runs first after the others. Taking turns within one
process leaves the machine's drift from run to run out of the ratios, which the
fresh-process figures of ``run.py`` cannot do; ``seam`` against ``raw`` is the seam's share
of the overhead, ``ours`` against ``seam`` the model's.

Run: ``python benchmarks/call_split.py [--json stdlib|orjson] [--rounds 60] [--block 200]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import aiohttp

    from clicksend_async import ClickSend

USERNAME = "bench"
API_KEY = "bench-key"
WARM_UP = 20

Variant = Callable[[int], Awaitable[None]]


def _variants(
    session: aiohttp.ClientSession, cs: ClickSend, url: str, library: str
) -> dict[str, Variant]:
    """Return the three ways of making the call, each making it ``calls`` times."""
    from clicksend_v3.api.management import view_account_details  # noqa: PLC0415

    from clicksend_async._call import call_for_body  # noqa: PLC0415
    from clicksend_async._http import basic_authorization  # noqa: PLC0415

    if library == "orjson":
        import orjson  # noqa: PLC0415 - only the orjson runs need it

        loads: Callable[[bytes], Any] = orjson.loads
    else:
        loads = json.loads
    target = url + "/v3/account"
    headers = {"Authorization": basic_authorization(USERNAME, API_KEY)}
    seam = cs.account._seam  # noqa: SLF001 - the seam the short method calls through

    async def raw(calls: int) -> None:
        for _ in range(calls):
            async with session.get(target, headers=headers) as response:
                loads(await response.read())

    async def seam_only(calls: int) -> None:
        for _ in range(calls):
            await call_for_body(seam, view_account_details)

    async def ours(calls: int) -> None:
        for _ in range(calls):
            await cs.account.get()

    return {"raw": raw, "seam": seam_only, "ours": ours}


async def _measure(url: str, library: str, rounds: int, block: int) -> dict[str, list[float]]:
    # Imported here, after main() has hidden orjson for a stdlib run.
    import aiohttp  # noqa: PLC0415

    from clicksend_async import ClickSend  # noqa: PLC0415
    from clicksend_async._json import BACKEND  # noqa: PLC0415

    if library != BACKEND:
        raise SystemExit(f"ours uses {BACKEND}; --json {library} cannot be honoured")
    async with (
        aiohttp.ClientSession() as session,
        ClickSend(USERNAME, API_KEY, base_url=url + "/v3") as cs,
    ):
        variants = _variants(session, cs, url, library)
        for variant in variants.values():
            await variant(WARM_UP)
        names = list(variants)
        figures: dict[str, list[float]] = {name: [] for name in names}
        for n in range(rounds):
            turn = n % len(names)
            for name in names[turn:] + names[:turn]:
                started = time.process_time()
                await variants[name](block)
                figures[name].append((time.process_time() - started) / block * 1e6)
    return figures


def _report(figures: dict[str, list[float]], library: str) -> dict[str, Any]:
    medians = {name: statistics.median(values) for name, values in figures.items()}
    print(f"client CPU per account.get(), us, {library} json (median, min..max):")
    for name, values in figures.items():
        print(
            f"  {name:5s} {medians[name]:7.1f} ({min(values):.1f}..{max(values):.1f})"
            f"  / raw {medians[name] / medians['raw']:.3f}x"
        )
    print(
        f"  seam's share of the overhead: {medians['seam'] / medians['raw']:.3f}x raw;"
        f" the model's: {medians['ours'] / medians['seam']:.3f}x the seam"
    )
    return {"json": library, "medians_us": medians, "runs_us": figures}


def main() -> int:
    """Start the stand-in, take the rounds and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", choices=["stdlib", "orjson"], default="stdlib")
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--block", type=int, default=200)
    parser.add_argument("--json-out", type=Path, help="also write the figures here as JSON")
    args = parser.parse_args()
    if args.json == "stdlib":
        # Before clicksend_async is imported: it picks its JSON library once, at import.
        sys.modules["orjson"] = None  # type: ignore[assignment]
    from harness import StandIn  # noqa: PLC0415 - a script directory, not a package

    server = StandIn(0, 1, None)
    try:
        figures = asyncio.run(_measure(server.url, args.json, args.rounds, args.block))
    finally:
        server.stop()
    result = _report(figures, args.json)
    if args.json_out is not None:
        args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

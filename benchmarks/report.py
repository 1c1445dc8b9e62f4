"""Writing BENCHMARKS.md from the measurements: targets first, then one table per comparison.

Every figure is shown as ``median (min..max)`` over the runs; ratios are of medians. Beside each
throughput figure is the stand-in server's CPU share of the wall time, so a reader can see that
the server was not what limited the client.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import cells
import instructions
from cells import spread

if TYPE_CHECKING:
    from pathlib import Path

    from harness import Measured
    from run import Results, Sizes

NOTES_MARKER = "<!-- Hand-written notes below; run.py keeps everything after this line. -->"
SDK_VERSION = "6.0.2"
QUICK_NOTE = " (quick smoke run: the sizes are too small for the figures to mean anything)"
# The targets of the performance work; each table's ratio is checked against one of these.
CPU_RATIO = 1.2
THROUGHPUT_RATIO = 0.95
CALL_RATIO = 1.1


class Report:
    """The measurements, the sizes they were taken at, and the targets table being filled."""

    def __init__(self, results: Results, sizes: Sizes) -> None:
        self.results = results
        self.runs = results.runs
        self.sizes = sizes
        self.targets: list[list[str]] = []
        self.libraries = ["stdlib", "orjson"] if results.orjson else ["stdlib"]

    def target(self, name: str, wanted: str, measured: str, *, met: bool) -> None:
        """Add one row to the targets table."""
        self.targets.append([name, wanted, measured, cells.verdict(met)])

    def keep_alive(self, keys: list[str], wanted: int) -> None:
        """Add a target row: every run of these measurements opened ``wanted`` connections.

        That is the concurrency (or the number of batches, if fewer): one connection per
        request in flight, each kept alive for the next.
        """
        seen = sorted({run.connections for key in keys for run in self.runs[key].runs})
        shown = "/".join(str(count) for count in seen)
        self.target(
            "connections opened per bulk run (keep-alive)",
            f"== {wanted}",
            shown,
            met=seen == [wanted],
        )

    def bulk(self) -> list[str]:
        """Return the throughput table at the configured latency, rows per JSON library."""
        sizes = self.sizes
        labels = {"ours-bulk": "`send_bulk` (ours)", "raw-bulk": "raw aiohttp loop"}
        rows = []
        keys = []
        for library in self.libraries:
            for name, label in labels.items():
                key = f"{name}@latency/{library}"
                keys.append(key)
                rows.append(self._bulk_row(label, library, self.runs[key]))
            ours = cells.median(self.runs[f"ours-bulk@latency/{library}"].rates())
            raw = cells.median(self.runs[f"raw-bulk@latency/{library}"].rates())
            ratio = cells.ratio(ours, raw)
            self.target(
                f"throughput vs raw aiohttp loop at {sizes.latency_ms:g} ms, {library} json",
                f">= {THROUGHPUT_RATIO}x",
                f"{ratio:.2f}x",
                met=ratio >= THROUGHPUT_RATIO,
            )
        for name, label in (
            ("sdk-sequential", f"official SDK {SDK_VERSION}, sequential"),
            ("sdk-threads", f"official SDK {SDK_VERSION}, {sizes.concurrency} threads"),
        ):
            if f"{name}@latency" in self.runs:
                rows.append(self._bulk_row(label, "stdlib", self.runs[f"{name}@latency"]))
        self.keep_alive(keys, min(sizes.concurrency, -(-sizes.bulk_messages // sizes.batch)))
        return [
            "## Bulk throughput",
            "",
            (
                f"{sizes.bulk_messages:,} messages ({sizes.sdk_messages:,} for the SDK), "
                f"{sizes.batch} per request, {sizes.concurrency} requests at a time, "
                f"{sizes.latency_ms:g} ms server latency, against the low-CPU stand-in server. "
                "Server CPU is what the stand-in spent during the run, and its share of the "
                "client's wall time: well under 100% means it was not the limit."
            ),
            "",
            *cells.table(
                [
                    "client",
                    "json",
                    "messages/s",
                    "wall s",
                    "client CPU s",
                    "server CPU s (share of wall)",
                    "connections opened",
                ],
                rows,
            ),
        ]

    @staticmethod
    def _bulk_row(label: str, library: str, measured: Measured) -> list[str]:
        return [
            label,
            library,
            spread(measured.rates(), ",.0f"),
            spread(measured.values("wall"), ".2f"),
            spread(measured.values("cpu"), ".2f"),
            cells.share(measured),
            cells.connections(measured),
        ]

    def cpu(self, prefix: str, title: str, note: str) -> list[str]:
        """Return a CPU-per-batch table for runs named ``<workload>@<prefix>/<library>``."""
        batch = self.sizes.batch
        rows = []
        medians: dict[str, float] = {}
        for library in self.libraries:
            for name, label in (("ours-bulk", "`send_bulk` (ours)"), ("raw-bulk", "raw loop")):
                measured = self.runs[f"{name}@{prefix}/{library}"]
                medians[f"{name}/{library}"] = cells.median(cells.cpu_ms(measured, batch))
                rows.append(
                    [
                        label,
                        library,
                        spread(cells.cpu_ms(measured, batch), ".2f"),
                        spread(measured.values("wall"), ".2f"),
                        cells.share(measured),
                        cells.connections(measured),
                    ]
                )
        ratios = []
        for library in self.libraries:
            ratio = cells.ratio(medians[f"ours-bulk/{library}"], medians[f"raw-bulk/{library}"])
            ratios.append(f"{library} {ratio:.2f}x")
            if prefix == "0":
                self.target(
                    f"client CPU per batch vs raw loop, {library} json",
                    f"<= {CPU_RATIO}x",
                    f"{ratio:.2f}x",
                    met=ratio <= CPU_RATIO,
                )
        if "orjson" in self.libraries:
            ratio = cells.ratio(medians["ours-bulk/orjson"], medians["raw-bulk/stdlib"])
            ratios.append(f"ours on orjson vs raw on stdlib {ratio:.2f}x")
            if prefix == "0":
                self.target(
                    "client CPU per batch, ours with `speedups` vs raw loop on stdlib json",
                    "< 1.00x",
                    f"{ratio:.2f}x",
                    met=ratio < 1,
                )
        if prefix == "tls":
            self.keep_alive(
                [
                    f"{name}@tls/{lib}"
                    for name in ("ours-bulk", "raw-bulk")
                    for lib in self.libraries
                ],
                min(self.sizes.concurrency, -(-self.sizes.cpu_messages // batch)),
            )
            self.targets[-1][0] = "connections opened per bulk run over TLS (keep-alive)"
        return [
            title,
            "",
            f"{note} Ours / raw, medians: {'; '.join(ratios)}.",
            "",
            *cells.table(
                [
                    "client",
                    "json",
                    "client CPU ms per batch",
                    "wall s",
                    "server CPU s (share of wall)",
                    "connections opened",
                ],
                rows,
            ),
        ]

    def call(self) -> list[str]:
        """Return the single small call table: ``cs.account.get()`` against a bare GET."""
        rows = []
        for library in self.libraries:
            medians = {}
            for name, label in (
                ("ours-account", "`cs.account.get()` (ours)"),
                ("raw-account", "raw aiohttp GET + decode"),
            ):
                measured = self.runs[f"{name}/{library}"]
                medians[name] = cells.median(measured.per("cpu", 1e6))
                rows.append(
                    [
                        label,
                        library,
                        spread(measured.per("wall", 1e6), ".0f"),
                        spread(measured.per("cpu", 1e6), ".0f"),
                    ]
                )
            ratio = cells.ratio(medians["ours-account"], medians["raw-account"])
            self.target(
                f"`account.get()` client CPU per call vs raw aiohttp, {library} json",
                f"<= {CALL_RATIO}x",
                f"{ratio:.2f}x",
                met=ratio <= CALL_RATIO,
            )
        return [
            "## Single small call",
            "",
            (
                f"{self.sizes.calls} calls one after another on one connection, no latency, to an "
                "answer with every field of the account (41, as the sandbox gives them). Ours "
                "parses it into the generated model; raw decodes the JSON only."
            ),
            "",
            *cells.table(["client", "json", "wall us per call", "client CPU us per call"], rows),
        ]

    def memory(self) -> list[str]:
        """Return the table of peak RSS while streaming N messages."""
        sizes = self.sizes
        rows = []
        rss = {}
        for count in sizes.memory:
            measured = self.runs[f"ours-stream@{count}"]
            rss[count] = measured.median("rss_mb")
            rows.append(
                [
                    f"{count:,}",
                    spread(measured.values("rss_mb"), ".1f"),
                    spread(measured.values("wall"), ".2f"),
                    spread(measured.rates(), ",.0f"),
                ]
            )
        small, large = min(sizes.memory), max(sizes.memory)
        growth = cells.ratio(rss[large], rss[small])
        self.target(
            f"peak RSS at {large:,} messages",
            "<= 100 MB",
            f"{rss[large]:.1f} MB",
            met=rss[large] <= 100,
        )
        self.target(
            f"peak RSS flat in N ({large:,} vs {small:,})",
            "<= 1.10x",
            f"{growth:.2f}x",
            met=growth <= 1.10,
        )
        return [
            "## Memory",
            "",
            (
                "Peak resident memory (`ru_maxrss`) of a client process streaming N messages from "
                f"an async generator through `stream_bulk`, {sizes.concurrency} requests at a "
                "time, no latency. It includes the interpreter and every imported module."
            ),
            "",
            *cells.table(["messages", "peak RSS MB", "wall s", "messages/s"], rows),
        ]

    def paging(self) -> list[str]:
        """Return the table of a listing walked with and without fetching ahead."""
        sizes = self.sizes
        ahead = self.runs["ours-pages"]
        plain = self.runs["ours-pages-sequential"]
        ratio = cells.ratio(ahead.median("wall"), plain.median("wall"))
        self.target(
            "pagination with prefetch vs without",
            "<= 0.6x",
            f"{ratio:.2f}x",
            met=ratio <= 0.6,
        )
        rows = [
            [label, spread(measured.values("wall"), ".2f"), f"{measured.median('count'):,.0f}"]
            for label, measured in (
                ("SMS history (fetched ahead)", ahead),
                ("SMS receipts (never fetched ahead)", plain),
            )
        ]
        return [
            "## Pagination",
            "",
            (
                f"{sizes.pages} pages of 100 items, {sizes.latency_ms:g} ms server latency, "
                f"{sizes.page_work_ms:g} ms of awaited work per page (an `asyncio.sleep`, standing "
                "for the caller's own I/O). Both listings go through `cs.paginate`; receipts are "
                f"an unread queue, which is never fetched ahead. With / without: {ratio:.2f}x."
            ),
            "",
            *cells.table(["listing", "wall s", "items"], rows),
        ]

    def imports(self) -> list[str]:
        """Return the table of import times, the package against aiohttp."""
        found = self.results.imports
        base = found.get("aiohttp", float("nan"))
        rows = [
            [f"`{module}`", f"{took:.1f}", f"{cells.ratio(took, base):.2f}x"]
            for module, took in found.items()
        ]
        ours = cells.ratio(found["clicksend_async"], base)
        self.target(
            "import clicksend_async vs aiohttp",
            "<= 1.25x",
            f"{ours:.2f}x",
            met=ours <= 1.25,
        )
        return [
            "## Import time",
            "",
            (
                "Median over fresh interpreters of `python -X importtime -c 'import X'`: the "
                "cumulative time of every top-level import that a bare interpreter does not "
                "already load. `clicksend_async` imports aiohttp, so its figure includes aiohttp's."
            ),
            "",
            *cells.table(["module", "ms", "vs aiohttp"], rows),
        ]


def render(results: Results, sizes: Sizes, command: str, *, quick: bool) -> str:
    """Return the measured part of BENCHMARKS.md."""
    report = Report(results, sizes)
    batch = sizes.batch
    sections = [
        *report.bulk(),
        *report.cpu(
            "0",
            f"## Client CPU per {batch}-message batch",
            (
                f"{sizes.cpu_messages:,} messages, no latency, {sizes.concurrency} requests at a "
                "time; client CPU is user + system time of the client process for the whole "
                "run (imports at start excluded, those made on first use included), divided by the "
                "number of batches. Each raw loop uses "
                "the same JSON library as ours in its row pair."
            ),
        ),
        *report.cpu(
            "tls",
            f"## Client CPU per {batch}-message batch over TLS",
            (
                "The same, over HTTPS to the stand-in on loopback with a self-signed "
                f"certificate made for the run (with {results.certificate}), which each client "
                "trusts through an `ssl.SSLContext` on the aiohttp connector it is handed. "
                "Connections are counted at the server: keep-alive holds when a run opens no "
                "more than it sends at a time."
            ),
        ),
        *report.imports(),
        *report.memory(),
        *report.paging(),
        *report.call(),
    ]
    if results.instructions:
        rows, section = instructions.render(results.instructions, report.libraries)
        report.targets.extend(rows)
        sections.extend(section)
    taken = dt.datetime.now(tz=dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmarks",
        "",
        "Written by `benchmarks/run.py`; regenerate with `nox -s bench`.",
        "",
        f"- Taken: {taken}{QUICK_NOTE if quick else ''}",
        *cells.machine(),
        f"- Command: `{command}`",
        (
            f"- Each figure is the median of {sizes.repeats} runs, with min..max beside it, "
            "taken in turns with the figures it is compared with; every run starts a new "
            "stand-in server process (`benchmarks/stand_in.py`, a bare asyncio protocol that "
            "answers from precomputed bytes) and a new client process "
            "(`benchmarks/workloads.py NAME`). Ratios are of medians."
        ),
        *[f"- Skipped: {reason}" for reason in results.skipped],
        "",
        "## Targets",
        "",
        *cells.table(["target", "wanted", "measured", ""], report.targets),
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

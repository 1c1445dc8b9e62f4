"""OpenTelemetry: one span per call with attempts as events, and counters, from the hooks."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from clicksend_async import ClickSend, NotFoundError, ThrottlePolicy
from clicksend_async.otel import OpenTelemetryHooks, mask_digits

if TYPE_CHECKING:
    from collections.abc import Iterator

    from opentelemetry.sdk.trace import ReadableSpan

    from clicksend_async.sandbox import Sandbox

NUMBER = "+61411111111"
KEY = "otel-key-SECRET-5678"
BODY = "a private body"


class Telemetry:
    """An SDK tracer and meter provider that keep everything in memory."""

    def __init__(self) -> None:
        self.spans = InMemorySpanExporter()
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.spans))
        self.reader = InMemoryMetricReader()
        self.meter_provider = MeterProvider(metric_readers=[self.reader])
        self.hooks = OpenTelemetryHooks(
            tracer_provider=self.tracer_provider, meter_provider=self.meter_provider
        )

    def finished(self, name: str) -> list[ReadableSpan]:
        """The ended spans with this name, in order."""
        return [span for span in self.spans.get_finished_spans() if span.name == name]

    def counts(self, metric: str) -> dict[tuple[tuple[str, Any], ...], float]:
        """A counter's value per set of attributes."""
        data = self.reader.get_metrics_data()
        found: dict[tuple[tuple[str, Any], ...], float] = {}
        for resource in data.resource_metrics if data else ():
            for scope in resource.scope_metrics:
                for each in scope.metrics:
                    if each.name == metric:
                        for point in each.data.data_points:
                            key = tuple(sorted(point.attributes.items()))
                            found[key] = point.value
        return found

    def total(self, metric: str, **match: object) -> float:
        """A counter's sum over the attribute sets that contain ``match``."""
        return sum(
            value
            for key, value in self.counts(metric).items()
            if all((name.replace("_", "."), want) in key for name, want in match.items())
        )


@pytest.fixture
def telemetry() -> Iterator[Telemetry]:
    """In-memory span exporter and metric reader, shut down after the test."""
    kept = Telemetry()
    yield kept
    kept.tracer_provider.shutdown()
    kept.meter_provider.shutdown()


async def test_a_429_a_throttled_resend_and_a_bulk_run_are_traced_and_counted(
    clicksend_sandbox: Sandbox, telemetry: Telemetry
) -> None:
    """Spans per call with attempt and retry events; counters for 429s, THROTTLED, outcomes."""
    clicksend_sandbox.faults.next("send_sms", 1, 429)
    throttle = ThrottlePolicy(attempts=2, delay=0.3)
    async with ClickSend(
        "otel-user",
        KEY,
        base_url=clicksend_sandbox.url,
        hooks=telemetry.hooks,
        throttle_retry=throttle,
    ) as cs:
        await cs.sms.send(NUMBER, BODY)  # 429, then accepted
        await cs.sms.send(NUMBER, BODY)  # THROTTLED, then resent and accepted
        messages = [{"to": NUMBER, "body": f"bulk {i}"} for i in range(1200)]
        messages[7] = {"to": "not a number", "body": "refused"}
        await cs.sms.send_bulk(messages)
        with pytest.raises(NotFoundError):
            await cs.lists.get(424242424)

    sends = telemetry.finished("send_sms")
    assert len(sends) == 1 + 2 + 2  # one span per call, whatever its attempts
    retried = sends[0]
    assert retried.kind == SpanKind.CLIENT
    assert [event.name for event in retried.events] == ["attempt", "retry", "attempt"]
    assert retried.events[0].attributes["http.response.status_code"] == 429
    assert retried.events[1].attributes["clicksend.reason"] == "429"
    assert retried.attributes["clicksend.attempts"] == 2
    assert retried.attributes["http.response.status_code"] == 200
    assert retried.attributes["url.template"] == "/sms/send"
    assert sends[1].events[0].attributes["clicksend.throttled"] == 1
    (missing,) = telemetry.finished("view_list")
    assert missing.status.status_code == StatusCode.ERROR
    assert missing.attributes["url.template"] == "/lists/{list_id}"

    assert telemetry.total("clicksend.client.rate_limited") == 1
    assert telemetry.total("clicksend.client.retries", clicksend_reason="429") == 1
    assert telemetry.total("clicksend.client.throttled") == 1
    assert telemetry.total("clicksend.client.requests") == 2 + 2 + 2 + 1
    assert telemetry.total("clicksend.client.outcomes", clicksend_outcome="accepted") == 1199
    assert telemetry.total("clicksend.client.outcomes", clicksend_status="INVALID") == 1

    shown = json.dumps(
        [span.to_json() for span in telemetry.spans.get_finished_spans()]
        + [repr(telemetry.counts(name)) for name in ("clicksend.client.requests",)]
    )
    for secret in (KEY, "otel-user", NUMBER, "61411111111", BODY, "424242424"):
        assert secret not in shown


def test_digits_are_masked() -> None:
    """A phone number or long id in an attribute keeps only its last two digits."""
    assert mask_digits("/numbers/buy/+61411111111") == "/numbers/buy/**********11"
    assert mask_digits("/lists/{list_id}") == "/lists/{list_id}"


def test_importing_the_library_does_not_import_opentelemetry() -> None:
    """Importing clicksend_async (and the blocking client) loads no OpenTelemetry module."""
    code = (
        "import sys, clicksend_async, clicksend_async.sync\n"
        "print([m for m in sys.modules if m.startswith('opentelemetry')])"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert shown.strip() == "[]"

"""OpenTelemetry for the client (extra ``otel``): one span per operation, and counters.

Built on the event hooks only::

    from clicksend_async.otel import OpenTelemetryHooks

    cs = ClickSend(hooks=OpenTelemetryHooks())

Each call becomes one CLIENT span named after its operation (``send_sms``), a child of the
span current where the call is made; each attempt is a span event (``attempt``: number,
status, duration, error), each wait before a retry another (``retry``: wait and reason). The
counters: ``clicksend.client.requests`` (attempts, by operation and status),
``clicksend.client.retries`` (by reason), ``clicksend.client.rate_limited`` (429 answers),
``clicksend.client.throttled`` (messages answered THROTTLED, which the send helpers resend),
``clicksend.client.outcomes`` (bulk outcomes by kind and status), and the histogram
``clicksend.client.attempt.duration``.

Nothing a span or metric carries comes from a request's credentials, headers, query or body:
the attributes are the operation, method, path template, statuses, counts and timings, and any
long run of digits in them is masked besides, so no phone number can slip through.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from opentelemetry import metrics, trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from clicksend_async._version import __version__

if TYPE_CHECKING:
    from opentelemetry.metrics import MeterProvider
    from opentelemetry.trace import Span, TracerProvider
    from opentelemetry.util.types import AttributeValue

    from clicksend_async._hooks import OutcomeEvent, RequestEvent, ResponseEvent, RetryEvent

__all__ = ["OpenTelemetryHooks", "mask_digits"]

_NAME = "clicksend_async"
_DIGITS = re.compile(r"\+?\d{5,}")
_TOO_MANY_REQUESTS = 429


def mask_digits(value: str) -> str:
    """Mask every run of five or more digits (a phone number, an id) but its last two."""
    return _DIGITS.sub(lambda found: "*" * (len(found.group()) - 2) + found.group()[-2:], value)


class OpenTelemetryHooks:
    """Hooks that trace each ClickSend call and count requests, retries and outcomes.

    Args:
        tracer_provider: where spans go; the global provider by default.
        meter_provider: where metrics go; the global provider by default.

    """

    def __init__(
        self,
        *,
        tracer_provider: TracerProvider | None = None,
        meter_provider: MeterProvider | None = None,
    ) -> None:
        self._tracer = trace.get_tracer(_NAME, __version__, tracer_provider)
        meter = metrics.get_meter(_NAME, __version__, meter_provider)
        self._requests = meter.create_counter(
            "clicksend.client.requests", "{request}", "Attempts sent, by operation and status"
        )
        self._retries = meter.create_counter(
            "clicksend.client.retries", "{retry}", "Attempts retried, by reason"
        )
        self._rate_limited = meter.create_counter(
            "clicksend.client.rate_limited", "{response}", "Answers with status 429"
        )
        self._throttled = meter.create_counter(
            "clicksend.client.throttled",
            "{message}",
            "Messages answered THROTTLED; the send helpers resend them after a pause",
        )
        self._outcomes = meter.create_counter(
            "clicksend.client.outcomes", "{message}", "Bulk-run outcomes, by kind and status"
        )
        self._duration = meter.create_histogram(
            "clicksend.client.attempt.duration", "s", "How long each attempt took"
        )
        # The span of each call in flight, by the call's id; removed when the call ends.
        self._spans: dict[int, Span] = {}

    def on_request(self, event: RequestEvent) -> None:
        """Open the call's span at its first attempt."""
        if event.call_id in self._spans:
            return
        self._spans[event.call_id] = self._tracer.start_span(
            event.operation_id,
            kind=SpanKind.CLIENT,
            attributes={
                "clicksend.operation_id": event.operation_id,
                "http.request.method": event.method,
                "url.template": mask_digits(event.path),
            },
        )

    def on_response(self, event: ResponseEvent) -> None:
        """Record the attempt, count it, and end the span with the call's last attempt."""
        common: dict[str, AttributeValue] = {
            "clicksend.operation_id": event.operation_id,
            "http.request.method": event.method,
        }
        counted = dict(common)
        if event.status is not None:
            counted["http.response.status_code"] = event.status
        if event.error is not None:
            counted["error.type"] = event.error
        self._requests.add(1, counted)
        self._duration.record(event.duration, counted)
        if event.status == _TOO_MANY_REQUESTS:
            self._rate_limited.add(1, common)
        if event.throttled:
            self._throttled.add(event.throttled, common)
        span = self._spans.get(event.call_id)
        if span is None:
            return
        details: dict[str, AttributeValue] = {
            "clicksend.attempt": event.attempt,
            "clicksend.duration_s": event.duration,
        }
        details.update({k: v for k, v in counted.items() if k not in common})
        if event.throttled:
            details["clicksend.throttled"] = event.throttled
        span.add_event("attempt", details)
        if not event.final:
            return
        del self._spans[event.call_id]
        span.set_attribute("clicksend.attempts", event.attempt)
        if event.status is not None:
            span.set_attribute("http.response.status_code", event.status)
        if event.error is not None:
            span.set_attribute("error.type", event.error)
            span.set_status(Status(StatusCode.ERROR, event.error))
        span.end()

    def on_retry(self, event: RetryEvent) -> None:
        """Count the retry by reason and note the wait on the call's span."""
        self._retries.add(
            1, {"clicksend.operation_id": event.operation_id, "clicksend.reason": event.reason}
        )
        span = self._spans.get(event.call_id)
        if span is not None:
            span.add_event(
                "retry",
                {
                    "clicksend.attempt": event.attempt,
                    "clicksend.wait_s": event.wait,
                    "clicksend.reason": event.reason,
                },
            )

    def on_outcome(self, event: OutcomeEvent) -> None:
        """Count a bulk batch's outcomes by kind (accepted, rejected, unknown) and status."""
        for kind, count in event.kinds.items():
            attributes: dict[str, AttributeValue] = {"clicksend.operation_id": event.operation_id}
            if kind in {"accepted", "unknown"}:
                attributes["clicksend.outcome"] = kind
            else:
                attributes["clicksend.outcome"] = "rejected"
                attributes["clicksend.status"] = mask_digits(kind)
            self._outcomes.add(count, attributes)

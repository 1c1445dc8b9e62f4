# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged statistics.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "view_sms_statistics": Operation(
        id="view_sms_statistics",
        module=__name__ + ".view_sms_statistics",
        method="GET",
        path="/statistics/sms",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_voice_statistics": Operation(
        id="view_voice_statistics",
        module=__name__ + ".view_voice_statistics",
        method="GET",
        path="/statistics/voice",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
}

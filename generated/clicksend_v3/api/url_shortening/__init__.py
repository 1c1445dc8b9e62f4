# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged url_shortening.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "get_short_url_statistics": Operation(
        id="get_short_url_statistics",
        module=__name__ + ".get_short_url_statistics",
        method="GET",
        path="/short-url/statistics/{source}/{source_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "get_short_url_tracking": Operation(
        id="get_short_url_tracking",
        module=__name__ + ".get_short_url_tracking",
        method="GET",
        path="/short-url/tracking/{long_url_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
}

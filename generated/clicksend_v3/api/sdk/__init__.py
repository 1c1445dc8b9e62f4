# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged sdk.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "download_sdk": Operation(
        id="download_sdk",
        module=__name__ + ".download_sdk",
        method="GET",
        path="/sdk-download/{type_}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
}

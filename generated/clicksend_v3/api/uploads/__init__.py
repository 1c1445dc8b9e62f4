# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged uploads.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "upload_media_file": Operation(
        id="upload_media_file",
        module=__name__ + ".upload_media_file",
        method="POST",
        path="/uploads",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
}

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged alpha_tags.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "delete_alpha_tag": Operation(
        id="delete_alpha_tag",
        module=__name__ + ".delete_alpha_tag",
        method="DELETE",
        path="/alpha-tags/{alpha_tag_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "get_alpha_tag": Operation(
        id="get_alpha_tag",
        module=__name__ + ".get_alpha_tag",
        method="GET",
        path="/alpha-tags/{alpha_tag_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "list_alpha_tags": Operation(
        id="list_alpha_tags",
        module=__name__ + ".list_alpha_tags",
        method="GET",
        path="/alpha-tags",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "request_alpha_tag": Operation(
        id="request_alpha_tag",
        module=__name__ + ".request_alpha_tag",
        method="POST",
        path="/alpha-tags",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
}

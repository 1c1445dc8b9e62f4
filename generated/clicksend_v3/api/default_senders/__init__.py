# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged default_senders.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "create_default_sender": Operation(
        id="create_default_sender",
        module=__name__ + ".create_default_sender",
        method="POST",
        path="/senders/default-senders",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "delete_default_sender": Operation(
        id="delete_default_sender",
        module=__name__ + ".delete_default_sender",
        method="DELETE",
        path="/senders/default-senders/{default_sender_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "get_default_sender": Operation(
        id="get_default_sender",
        module=__name__ + ".get_default_sender",
        method="GET",
        path="/senders/default-senders/{default_sender_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "list_compliant_sender_types": Operation(
        id="list_compliant_sender_types",
        module=__name__ + ".list_compliant_sender_types",
        method="GET",
        path="/senders/compliant-sender-types",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "list_default_senders": Operation(
        id="list_default_senders",
        module=__name__ + ".list_default_senders",
        method="GET",
        path="/senders/default-senders",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "update_default_sender": Operation(
        id="update_default_sender",
        module=__name__ + ".update_default_sender",
        method="PATCH",
        path="/senders/default-senders/{default_sender_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
}

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged addresses.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "create_return_address": Operation(
        id="create_return_address",
        module=__name__ + ".create_return_address",
        method="POST",
        path="/post/return-addresses",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "delete_return_address": Operation(
        id="delete_return_address",
        module=__name__ + ".delete_return_address",
        method="DELETE",
        path="/post/return-addresses/{return_address_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "update_return_address": Operation(
        id="update_return_address",
        module=__name__ + ".update_return_address",
        method="PUT",
        path="/post/return-addresses/{return_address_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_return_address": Operation(
        id="view_return_address",
        module=__name__ + ".view_return_address",
        method="GET",
        path="/post/return-addresses/{return_address_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_return_addresses": Operation(
        id="view_return_addresses",
        module=__name__ + ".view_return_addresses",
        method="GET",
        path="/post/return-addresses",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
}

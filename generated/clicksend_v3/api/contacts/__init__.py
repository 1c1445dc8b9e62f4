# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged contacts.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "delete_contact": Operation(
        id="delete_contact",
        module=__name__ + ".delete_contact",
        method="DELETE",
        path="/lists/{list_id}/contacts/{contact_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "update_contact": Operation(
        id="update_contact",
        module=__name__ + ".update_contact",
        method="PUT",
        path="/lists/{list_id}/contacts/{contact_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_contact": Operation(
        id="view_contact",
        module=__name__ + ".view_contact",
        method="GET",
        path="/lists/{list_id}/contacts/{contact_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
}

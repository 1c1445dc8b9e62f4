# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged contact_suggestions.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "list_contact_suggestions": Operation(
        id="list_contact_suggestions",
        module=__name__ + ".list_contact_suggestions",
        method="GET",
        path="/contact-suggestions",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
}

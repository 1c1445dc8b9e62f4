# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged numbers.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "purchase_dedicated_number": Operation(
        id="purchase_dedicated_number",
        module=__name__ + ".purchase_dedicated_number",
        method="POST",
        path="/numbers/buy/{dedicated_number}",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "register_numbers": Operation(
        id="register_numbers",
        module=__name__ + ".register_numbers",
        method="POST",
        path="/numbers/registrations/number-types/{number_type}/country/{country_code}",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "view_available_numbers": Operation(
        id="view_available_numbers",
        module=__name__ + ".view_available_numbers",
        method="GET",
        path="/numbers/search/{country}",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
    "view_numbers": Operation(
        id="view_numbers",
        module=__name__ + ".view_numbers",
        method="GET",
        path="/numbers",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
}

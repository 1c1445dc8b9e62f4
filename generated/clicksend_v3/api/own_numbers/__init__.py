# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged own_numbers.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "delete_own_number": Operation(
        id="delete_own_number",
        module=__name__ + ".delete_own_number",
        method="DELETE",
        path="/own-numbers/{own_number_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "get_own_number": Operation(
        id="get_own_number",
        module=__name__ + ".get_own_number",
        method="GET",
        path="/own-numbers/{own_number_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "list_own_numbers": Operation(
        id="list_own_numbers",
        module=__name__ + ".list_own_numbers",
        method="GET",
        path="/own-numbers",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "request_own_number_verification_otp": Operation(
        id="request_own_number_verification_otp",
        module=__name__ + ".request_own_number_verification_otp",
        method="POST",
        path="/own-numbers/verifications",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "update_own_number": Operation(
        id="update_own_number",
        module=__name__ + ".update_own_number",
        method="PATCH",
        path="/own-numbers/{own_number_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "verify_own_number_otp": Operation(
        id="verify_own_number_otp",
        module=__name__ + ".verify_own_number_otp",
        method="POST",
        path="/own-numbers/verifications/{verification_id}/verify",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
}

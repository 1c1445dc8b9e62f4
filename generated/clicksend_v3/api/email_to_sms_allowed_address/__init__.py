# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged email_to_sms_allowed_address.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "delete_email_to_sms_address": Operation(
        id="delete_email_to_sms_address",
        module=__name__ + ".delete_email_to_sms_address",
        method="DELETE",
        path="/sms/email-sms/{email_address_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "update_email_to_sms_address": Operation(
        id="update_email_to_sms_address",
        module=__name__ + ".update_email_to_sms_address",
        method="PUT",
        path="/sms/email-sms/{email_address_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_email_to_sms_address": Operation(
        id="view_email_to_sms_address",
        module=__name__ + ".view_email_to_sms_address",
        method="GET",
        path="/sms/email-sms/{email_address_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
}

"""Operations tagged email_to_sms_allowed_address.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "delete_email_to_sms_address": (
        __name__ + ".delete_email_to_sms_address",
        "DELETE",
        "/sms/email-sms/{email_address_id}",
        False,
    ),
    "update_email_to_sms_address": (
        __name__ + ".update_email_to_sms_address",
        "PUT",
        "/sms/email-sms/{email_address_id}",
        False,
    ),
    "view_email_to_sms_address": (
        __name__ + ".view_email_to_sms_address",
        "GET",
        "/sms/email-sms/{email_address_id}",
        False,
    ),
}

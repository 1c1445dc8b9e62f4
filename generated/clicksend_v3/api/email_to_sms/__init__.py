"""Operations tagged email_to_sms.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "add_email_to_sms_address": (
        __name__ + ".add_email_to_sms_address",
        "POST",
        "/sms/email-sms",
        False,
    ),
    "create_stripped_string_rule": (
        __name__ + ".create_stripped_string_rule",
        "POST",
        "/sms/email-sms-stripped-strings",
        False,
    ),
    "delete_stripped_string_rule": (
        __name__ + ".delete_stripped_string_rule",
        "DELETE",
        "/sms/email-sms-stripped-strings/{rule_id}",
        False,
    ),
    "update_stripped_string_rule": (
        __name__ + ".update_stripped_string_rule",
        "PUT",
        "/sms/email-sms-stripped-strings/{rule_id}",
        False,
    ),
    "view_email_to_sms_addresses": (
        __name__ + ".view_email_to_sms_addresses",
        "GET",
        "/sms/email-sms",
        True,
    ),
    "view_stripped_string_rule": (
        __name__ + ".view_stripped_string_rule",
        "GET",
        "/sms/email-sms-stripped-strings/{rule_id}",
        False,
    ),
    "view_stripped_string_rules": (
        __name__ + ".view_stripped_string_rules",
        "GET",
        "/sms/email-sms-stripped-strings",
        True,
    ),
}

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged email_to_sms.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "add_email_to_sms_address": Operation(
        id="add_email_to_sms_address",
        module=__name__ + ".add_email_to_sms_address",
        method="POST",
        path="/sms/email-sms",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "create_stripped_string_rule": Operation(
        id="create_stripped_string_rule",
        module=__name__ + ".create_stripped_string_rule",
        method="POST",
        path="/sms/email-sms-stripped-strings",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "delete_stripped_string_rule": Operation(
        id="delete_stripped_string_rule",
        module=__name__ + ".delete_stripped_string_rule",
        method="DELETE",
        path="/sms/email-sms-stripped-strings/{rule_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "update_stripped_string_rule": Operation(
        id="update_stripped_string_rule",
        module=__name__ + ".update_stripped_string_rule",
        method="PUT",
        path="/sms/email-sms-stripped-strings/{rule_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_email_to_sms_addresses": Operation(
        id="view_email_to_sms_addresses",
        module=__name__ + ".view_email_to_sms_addresses",
        method="GET",
        path="/sms/email-sms",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
    "view_stripped_string_rule": Operation(
        id="view_stripped_string_rule",
        module=__name__ + ".view_stripped_string_rule",
        method="GET",
        path="/sms/email-sms-stripped-strings/{rule_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_stripped_string_rules": Operation(
        id="view_stripped_string_rules",
        module=__name__ + ".view_stripped_string_rules",
        method="GET",
        path="/sms/email-sms-stripped-strings",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
}

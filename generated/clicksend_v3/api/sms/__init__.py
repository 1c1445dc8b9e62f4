"""Operations tagged sms.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "calculate_sms_price": (__name__ + ".calculate_sms_price", "POST", "/sms/price", False),
    "cancel_all_sms": (__name__ + ".cancel_all_sms", "PUT", "/sms/cancel-all", False),
    "cancel_sms": (__name__ + ".cancel_sms", "PUT", "/sms/{message_id}/cancel", False),
    "create_sms_delivery_receipt_rule": (
        __name__ + ".create_sms_delivery_receipt_rule",
        "POST",
        "/automations/sms/receipts",
        False,
    ),
    "create_sms_inbound_automation": (
        __name__ + ".create_sms_inbound_automation",
        "POST",
        "/automations/sms/inbound",
        False,
    ),
    "create_sms_template": (__name__ + ".create_sms_template", "POST", "/sms/templates", False),
    "create_test_inbound_sms": (
        __name__ + ".create_test_inbound_sms",
        "POST",
        "/sms/inbound",
        False,
    ),
    "create_test_sms_receipt": (
        __name__ + ".create_test_sms_receipt",
        "POST",
        "/sms/receipts",
        False,
    ),
    "delete_sms_delivery_receipt_rule": (
        __name__ + ".delete_sms_delivery_receipt_rule",
        "DELETE",
        "/automations/sms/receipts/{receipt_rule_id}",
        False,
    ),
    "delete_sms_inbound_automation": (
        __name__ + ".delete_sms_inbound_automation",
        "DELETE",
        "/automations/sms/inbound/{inbound_rule_id}",
        False,
    ),
    "delete_sms_template": (
        __name__ + ".delete_sms_template",
        "DELETE",
        "/sms/templates/{template_id}",
        False,
    ),
    "export_sms_history": (__name__ + ".export_sms_history", "GET", "/sms/history/export", True),
    "mark_inbound_sms_as_read": (
        __name__ + ".mark_inbound_sms_as_read",
        "PUT",
        "/sms/inbound-read",
        False,
    ),
    "mark_inbound_sms_message_as_read": (
        __name__ + ".mark_inbound_sms_message_as_read",
        "PUT",
        "/sms/inbound-read/{message_id}",
        False,
    ),
    "mark_sms_receipts_as_read": (
        __name__ + ".mark_sms_receipts_as_read",
        "PUT",
        "/sms/receipts-read",
        False,
    ),
    "send_sms": (__name__ + ".send_sms", "POST", "/sms/send", False),
    "update_sms_delivery_receipt_rule": (
        __name__ + ".update_sms_delivery_receipt_rule",
        "PUT",
        "/automations/sms/receipts/{receipt_rule_id}",
        False,
    ),
    "update_sms_inbound_automation": (
        __name__ + ".update_sms_inbound_automation",
        "PUT",
        "/automations/sms/inbound/{inbound_rule_id}",
        False,
    ),
    "update_sms_template": (
        __name__ + ".update_sms_template",
        "PUT",
        "/sms/templates/{template_id}",
        False,
    ),
    "view_inbound_sms": (__name__ + ".view_inbound_sms", "GET", "/sms/inbound", True),
    "view_inbound_sms_message": (
        __name__ + ".view_inbound_sms_message",
        "GET",
        "/sms/inbound/{original_message_id}",
        False,
    ),
    "view_sms_delivery_receipt_rule": (
        __name__ + ".view_sms_delivery_receipt_rule",
        "GET",
        "/automations/sms/receipts/{receipt_rule_id}",
        False,
    ),
    "view_sms_delivery_receipt_rules": (
        __name__ + ".view_sms_delivery_receipt_rules",
        "GET",
        "/automations/sms/receipts",
        True,
    ),
    "view_sms_history": (__name__ + ".view_sms_history", "GET", "/sms/history", True),
    "view_sms_inbound_automation": (
        __name__ + ".view_sms_inbound_automation",
        "GET",
        "/automations/sms/inbound/{inbound_rule_id}",
        False,
    ),
    "view_sms_inbound_automations": (
        __name__ + ".view_sms_inbound_automations",
        "GET",
        "/automations/sms/inbound",
        True,
    ),
    "view_sms_receipt": (
        __name__ + ".view_sms_receipt",
        "GET",
        "/sms/receipts/{message_id}",
        False,
    ),
    "view_sms_receipts": (__name__ + ".view_sms_receipts", "GET", "/sms/receipts", True),
    "view_sms_template": (
        __name__ + ".view_sms_template",
        "GET",
        "/sms/templates/{template_id}",
        False,
    ),
    "view_sms_templates": (__name__ + ".view_sms_templates", "GET", "/sms/templates", True),
}

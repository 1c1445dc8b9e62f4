"""Operations tagged fax.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "calculate_fax_price": (__name__ + ".calculate_fax_price", "POST", "/fax/price", False),
    "create_fax_delivery_receipt_rule": (
        __name__ + ".create_fax_delivery_receipt_rule",
        "POST",
        "/automations/fax/receipts",
        False,
    ),
    "create_fax_inbound_rule": (
        __name__ + ".create_fax_inbound_rule",
        "POST",
        "/automations/fax/inbound",
        False,
    ),
    "create_test_fax_receipt": (
        __name__ + ".create_test_fax_receipt",
        "POST",
        "/fax/receipts",
        False,
    ),
    "delete_fax_delivery_receipt_rule": (
        __name__ + ".delete_fax_delivery_receipt_rule",
        "DELETE",
        "/automations/fax/receipts/{receipt_rule_id}",
        False,
    ),
    "delete_fax_inbound_rule": (
        __name__ + ".delete_fax_inbound_rule",
        "DELETE",
        "/automations/fax/inbound/{inbound_rule_id}",
        False,
    ),
    "export_fax_history": (__name__ + ".export_fax_history", "GET", "/fax/history/export", False),
    "mark_fax_receipts_as_read": (
        __name__ + ".mark_fax_receipts_as_read",
        "PUT",
        "/fax/receipts-read",
        False,
    ),
    "send_fax": (__name__ + ".send_fax", "POST", "/fax/send", False),
    "update_fax_delivery_receipt_rule": (
        __name__ + ".update_fax_delivery_receipt_rule",
        "PUT",
        "/automations/fax/receipts/{receipt_rule_id}",
        False,
    ),
    "update_fax_inbound_rule": (
        __name__ + ".update_fax_inbound_rule",
        "PUT",
        "/automations/fax/inbound/{inbound_rule_id}",
        False,
    ),
    "view_fax_delivery_receipt_rule": (
        __name__ + ".view_fax_delivery_receipt_rule",
        "GET",
        "/automations/fax/receipts/{receipt_rule_id}",
        False,
    ),
    "view_fax_delivery_receipt_rules": (
        __name__ + ".view_fax_delivery_receipt_rules",
        "GET",
        "/automations/fax/receipts",
        True,
    ),
    "view_fax_history": (__name__ + ".view_fax_history", "GET", "/fax/history", True),
    "view_fax_inbound_rule": (
        __name__ + ".view_fax_inbound_rule",
        "GET",
        "/automations/fax/inbound/{inbound_rule_id}",
        False,
    ),
    "view_fax_inbound_rules": (
        __name__ + ".view_fax_inbound_rules",
        "GET",
        "/automations/fax/inbound",
        True,
    ),
    "view_fax_receipt": (
        __name__ + ".view_fax_receipt",
        "GET",
        "/fax/receipts/{message_id}",
        False,
    ),
    "view_fax_receipts": (__name__ + ".view_fax_receipts", "GET", "/fax/receipts", True),
}

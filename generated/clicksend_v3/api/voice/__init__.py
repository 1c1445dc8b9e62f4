"""Operations tagged voice.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "create_voice_delivery_receipt_rule": (
        __name__ + ".create_voice_delivery_receipt_rule",
        "POST",
        "/automations/voice/receipts",
        False,
    ),
    "delete_voice_delivery_receipt_rule": (
        __name__ + ".delete_voice_delivery_receipt_rule",
        "DELETE",
        "/automations/voice/receipts/{receipt_rule_id}",
        False,
    ),
    "mark_voice_receipts_as_read": (
        __name__ + ".mark_voice_receipts_as_read",
        "PUT",
        "/voice/receipts-read",
        False,
    ),
    "update_voice_delivery_receipt_rule": (
        __name__ + ".update_voice_delivery_receipt_rule",
        "PUT",
        "/automations/voice/receipts/{receipt_rule_id}",
        False,
    ),
    "view_voice_delivery_receipt_rule": (
        __name__ + ".view_voice_delivery_receipt_rule",
        "GET",
        "/automations/voice/receipts/{receipt_rule_id}",
        False,
    ),
    "view_voice_delivery_receipt_rules": (
        __name__ + ".view_voice_delivery_receipt_rules",
        "GET",
        "/automations/voice/receipts",
        True,
    ),
    "view_voice_receipt": (
        __name__ + ".view_voice_receipt",
        "GET",
        "/voice/receipts/{message_id}",
        False,
    ),
}

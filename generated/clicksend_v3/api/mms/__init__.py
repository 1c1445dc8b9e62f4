"""Operations tagged mms.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "calculate_mms_price": (__name__ + ".calculate_mms_price", "POST", "/mms/price", False),
    "export_mms_history": (__name__ + ".export_mms_history", "GET", "/mms/history/export", False),
    "mark_mms_receipts_as_read": (
        __name__ + ".mark_mms_receipts_as_read",
        "PUT",
        "/mms/receipts-read",
        False,
    ),
    "send_mms": (__name__ + ".send_mms", "POST", "/mms/send", False),
    "view_mms_history": (__name__ + ".view_mms_history", "GET", "/mms/history", True),
    "view_mms_receipt": (
        __name__ + ".view_mms_receipt",
        "GET",
        "/mms/receipts/{message_id}",
        False,
    ),
    "view_mms_receipts": (__name__ + ".view_mms_receipts", "GET", "/mms/receipts", True),
}

"""Operations tagged letters.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "calculate_letter_price": (
        __name__ + ".calculate_letter_price",
        "POST",
        "/post/letters/price",
        False,
    ),
    "cancel_scheduled_letter": (
        __name__ + ".cancel_scheduled_letter",
        "PUT",
        "/post/letters/{message_id}/cancel",
        False,
    ),
    "detect_address": (__name__ + ".detect_address", "POST", "/post/letters/detect-address", False),
    "export_letter_history": (
        __name__ + ".export_letter_history",
        "GET",
        "/post/letters/history/export",
        False,
    ),
    "send_letter": (__name__ + ".send_letter", "POST", "/post/letters/send", False),
    "view_letter_history": (
        __name__ + ".view_letter_history",
        "GET",
        "/post/letters/history",
        True,
    ),
}

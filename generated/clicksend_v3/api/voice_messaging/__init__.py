"""Operations tagged voice_messaging.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "calculate_voice_price": (__name__ + ".calculate_voice_price", "POST", "/voice/price", False),
    "cancel_all_voice_messages": (
        __name__ + ".cancel_all_voice_messages",
        "PUT",
        "/voice/cancel-all",
        False,
    ),
    "cancel_voice_message": (
        __name__ + ".cancel_voice_message",
        "PUT",
        "/voice/{message_id}/cancel",
        False,
    ),
    "export_voice_history": (
        __name__ + ".export_voice_history",
        "GET",
        "/voice/history/export",
        False,
    ),
    "send_voice_message": (__name__ + ".send_voice_message", "POST", "/voice/send", False),
    "view_voice_history": (__name__ + ".view_voice_history", "GET", "/voice/history", True),
    "view_voice_languages": (__name__ + ".view_voice_languages", "GET", "/voice/lang", False),
    "view_voice_receipts": (__name__ + ".view_voice_receipts", "GET", "/voice/receipts", True),
}

"""Operations tagged postcards.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "calculate_postcard_price": (
        __name__ + ".calculate_postcard_price",
        "POST",
        "/post/postcards/price",
        False,
    ),
    "cancel_scheduled_postcard": (
        __name__ + ".cancel_scheduled_postcard",
        "PUT",
        "/post/postcards/{message_id}/cancel",
        False,
    ),
    "export_postcard_history": (
        __name__ + ".export_postcard_history",
        "GET",
        "/post/postcards/history/export",
        False,
    ),
    "send_postcard": (__name__ + ".send_postcard", "POST", "/post/postcards/send", False),
    "view_postcard_history": (
        __name__ + ".view_postcard_history",
        "GET",
        "/post/postcards/history",
        True,
    ),
}

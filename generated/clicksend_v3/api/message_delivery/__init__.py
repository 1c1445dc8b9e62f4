"""Operations tagged message_delivery.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "create_delivery_issue": (
        __name__ + ".create_delivery_issue",
        "POST",
        "/delivery-issues",
        False,
    ),
    "view_delivery_issues": (__name__ + ".view_delivery_issues", "GET", "/delivery-issues", True),
}

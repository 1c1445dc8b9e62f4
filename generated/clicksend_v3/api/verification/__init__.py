"""Operations tagged verification.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "request_password_reset": (
        __name__ + ".request_password_reset",
        "PUT",
        "/forgot-password",
        False,
    ),
    "request_username_reminder": (
        __name__ + ".request_username_reminder",
        "PUT",
        "/forgot-username",
        False,
    ),
}

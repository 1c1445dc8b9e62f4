"""Operations tagged forgot_account.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "verify_password_reset": (
        __name__ + ".verify_password_reset",
        "PUT",
        "/forgot-password/verify",
        False,
    ),
}

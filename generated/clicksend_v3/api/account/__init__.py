"""Operations tagged account.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "send_account_verification_token": (
        __name__ + ".send_account_verification_token",
        "PUT",
        "/account-verify/send",
        False,
    ),
    "update_account": (__name__ + ".update_account", "PUT", "/account", False),
    "verify_account": (
        __name__ + ".verify_account",
        "PUT",
        "/account-verify/verify/{activation_token}",
        False,
    ),
}

"""Operations tagged management.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "view_account_details": (__name__ + ".view_account_details", "GET", "/account", False),
    "view_account_usage": (
        __name__ + ".view_account_usage",
        "GET",
        "/account/usage/{year}/{month}/subaccount",
        False,
    ),
}

"""Operations tagged referrals.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "view_referral_accounts": (
        __name__ + ".view_referral_accounts",
        "GET",
        "/referral/accounts",
        True,
    ),
}

"""Operations tagged own_numbers.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "delete_own_number": (
        __name__ + ".delete_own_number",
        "DELETE",
        "/own-numbers/{own_number_id}",
        False,
    ),
    "get_own_number": (__name__ + ".get_own_number", "GET", "/own-numbers/{own_number_id}", False),
    "list_own_numbers": (__name__ + ".list_own_numbers", "GET", "/own-numbers", False),
    "request_own_number_verification_otp": (
        __name__ + ".request_own_number_verification_otp",
        "POST",
        "/own-numbers/verifications",
        False,
    ),
    "update_own_number": (
        __name__ + ".update_own_number",
        "PATCH",
        "/own-numbers/{own_number_id}",
        False,
    ),
    "verify_own_number_otp": (
        __name__ + ".verify_own_number_otp",
        "POST",
        "/own-numbers/verifications/{verification_id}/verify",
        False,
    ),
}

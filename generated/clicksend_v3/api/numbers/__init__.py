"""Operations tagged numbers.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "purchase_dedicated_number": (
        __name__ + ".purchase_dedicated_number",
        "POST",
        "/numbers/buy/{dedicated_number}",
        False,
    ),
    "register_numbers": (
        __name__ + ".register_numbers",
        "POST",
        "/numbers/registrations/number-types/{number_type}/country/{country_code}",
        False,
    ),
    "view_available_numbers": (
        __name__ + ".view_available_numbers",
        "GET",
        "/numbers/search/{country}",
        True,
    ),
    "view_numbers": (__name__ + ".view_numbers", "GET", "/numbers", True),
}

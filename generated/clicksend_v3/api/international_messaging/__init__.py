"""Operations tagged international_messaging.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "agree_to_rules_and_regulations": (
        __name__ + ".agree_to_rules_and_regulations",
        "POST",
        "/user-countries/agree",
        False,
    ),
    "get_countries_for_global_sending": (
        __name__ + ".get_countries_for_global_sending",
        "GET",
        "/user-countries",
        False,
    ),
    "list_countries": (__name__ + ".list_countries", "GET", "/country-list", False),
    "list_timezones": (__name__ + ".list_timezones", "GET", "/timezones", False),
    "select_countries_for_global_sending": (
        __name__ + ".select_countries_for_global_sending",
        "POST",
        "/user-countries",
        False,
    ),
    "view_countries": (__name__ + ".view_countries", "GET", "/countries", False),
}

"""Operations tagged url_shortening.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "get_short_url_statistics": (
        __name__ + ".get_short_url_statistics",
        "GET",
        "/short-url/statistics/{source}/{source_id}",
        False,
    ),
    "get_short_url_tracking": (
        __name__ + ".get_short_url_tracking",
        "GET",
        "/short-url/tracking/{long_url_id}",
        False,
    ),
}

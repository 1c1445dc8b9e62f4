"""Operations tagged statistics.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "view_sms_statistics": (__name__ + ".view_sms_statistics", "GET", "/statistics/sms", False),
    "view_voice_statistics": (
        __name__ + ".view_voice_statistics",
        "GET",
        "/statistics/voice",
        False,
    ),
}

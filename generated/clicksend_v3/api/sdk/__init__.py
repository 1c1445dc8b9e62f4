"""Operations tagged sdk.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "download_sdk": (__name__ + ".download_sdk", "GET", "/sdk-download/{type_}", False),
}

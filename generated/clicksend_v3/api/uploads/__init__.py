"""Operations tagged uploads.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "upload_media_file": (__name__ + ".upload_media_file", "POST", "/uploads", False),
}

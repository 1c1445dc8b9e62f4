"""Operations tagged contact_suggestions.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "list_contact_suggestions": (
        __name__ + ".list_contact_suggestions",
        "GET",
        "/contact-suggestions",
        True,
    ),
}

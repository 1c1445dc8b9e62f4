"""Operations tagged contact_lists.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "export_contact_list": (
        __name__ + ".export_contact_list",
        "GET",
        "/lists/{list_id}/export",
        False,
    ),
    "list_contact_import_fields": (
        __name__ + ".list_contact_import_fields",
        "GET",
        "/lists/{list_id}/import-fields",
        False,
    ),
    "preview_contact_import_csv": (
        __name__ + ".preview_contact_import_csv",
        "POST",
        "/lists/{list_id}/import-csv-preview",
        False,
    ),
}

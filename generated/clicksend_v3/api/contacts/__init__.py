"""Operations tagged contacts.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "delete_contact": (
        __name__ + ".delete_contact",
        "DELETE",
        "/lists/{list_id}/contacts/{contact_id}",
        False,
    ),
    "update_contact": (
        __name__ + ".update_contact",
        "PUT",
        "/lists/{list_id}/contacts/{contact_id}",
        False,
    ),
    "view_contact": (
        __name__ + ".view_contact",
        "GET",
        "/lists/{list_id}/contacts/{contact_id}",
        False,
    ),
}

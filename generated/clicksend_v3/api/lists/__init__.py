"""Operations tagged lists.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "copy_contact_to_list": (
        __name__ + ".copy_contact_to_list",
        "PUT",
        "/lists/{from_list_id}/contacts/{contact_id}/copy/{to_list_id}",
        False,
    ),
    "create_contact": (__name__ + ".create_contact", "POST", "/lists/{list_id}/contacts", False),
    "create_list": (__name__ + ".create_list", "POST", "/lists", False),
    "delete_list": (__name__ + ".delete_list", "DELETE", "/lists/{list_id}", False),
    "import_contacts": (__name__ + ".import_contacts", "POST", "/lists/{list_id}/import", False),
    "remove_duplicate_contacts": (
        __name__ + ".remove_duplicate_contacts",
        "PUT",
        "/lists/{list_id}/remove-duplicates",
        False,
    ),
    "remove_opted_out_contacts": (
        __name__ + ".remove_opted_out_contacts",
        "PUT",
        "/lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}",
        False,
    ),
    "search_contact_lists": (
        __name__ + ".search_contact_lists",
        "GET",
        "/search/contacts-lists",
        False,
    ),
    "transfer_contact_to_list": (
        __name__ + ".transfer_contact_to_list",
        "PUT",
        "/lists/{from_list_id}/contacts/{contact_id}/transfer/{to_list_id}",
        False,
    ),
    "update_list": (__name__ + ".update_list", "PUT", "/lists/{list_id}", False),
    "view_list": (__name__ + ".view_list", "GET", "/lists/{list_id}", False),
    "view_list_contacts": (
        __name__ + ".view_list_contacts",
        "GET",
        "/lists/{list_id}/contacts",
        True,
    ),
    "view_lists": (__name__ + ".view_lists", "GET", "/lists", False),
}

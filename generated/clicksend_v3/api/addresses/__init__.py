"""Operations tagged addresses.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "create_return_address": (
        __name__ + ".create_return_address",
        "POST",
        "/post/return-addresses",
        False,
    ),
    "delete_return_address": (
        __name__ + ".delete_return_address",
        "DELETE",
        "/post/return-addresses/{return_address_id}",
        False,
    ),
    "update_return_address": (
        __name__ + ".update_return_address",
        "PUT",
        "/post/return-addresses/{return_address_id}",
        False,
    ),
    "view_return_address": (
        __name__ + ".view_return_address",
        "GET",
        "/post/return-addresses/{return_address_id}",
        False,
    ),
    "view_return_addresses": (
        __name__ + ".view_return_addresses",
        "GET",
        "/post/return-addresses",
        True,
    ),
}

"""Operations tagged default_senders.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "create_default_sender": (
        __name__ + ".create_default_sender",
        "POST",
        "/senders/default-senders",
        False,
    ),
    "delete_default_sender": (
        __name__ + ".delete_default_sender",
        "DELETE",
        "/senders/default-senders/{default_sender_id}",
        False,
    ),
    "get_default_sender": (
        __name__ + ".get_default_sender",
        "GET",
        "/senders/default-senders/{default_sender_id}",
        False,
    ),
    "list_compliant_sender_types": (
        __name__ + ".list_compliant_sender_types",
        "GET",
        "/senders/compliant-sender-types",
        False,
    ),
    "list_default_senders": (
        __name__ + ".list_default_senders",
        "GET",
        "/senders/default-senders",
        False,
    ),
    "update_default_sender": (
        __name__ + ".update_default_sender",
        "PATCH",
        "/senders/default-senders/{default_sender_id}",
        False,
    ),
}

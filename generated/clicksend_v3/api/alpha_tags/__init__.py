"""Operations tagged alpha_tags.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "delete_alpha_tag": (
        __name__ + ".delete_alpha_tag",
        "DELETE",
        "/alpha-tags/{alpha_tag_id}",
        False,
    ),
    "get_alpha_tag": (__name__ + ".get_alpha_tag", "GET", "/alpha-tags/{alpha_tag_id}", False),
    "list_alpha_tags": (__name__ + ".list_alpha_tags", "GET", "/alpha-tags", False),
    "request_alpha_tag": (__name__ + ".request_alpha_tag", "POST", "/alpha-tags", False),
}

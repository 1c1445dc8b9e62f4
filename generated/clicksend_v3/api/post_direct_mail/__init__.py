"""Operations tagged post_direct_mail.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "search_direct_mail_locations": (
        __name__ + ".search_direct_mail_locations",
        "GET",
        "/post/direct-mail/locations/search/{country}",
        False,
    ),
    "send_direct_mail_campaign": (
        __name__ + ".send_direct_mail_campaign",
        "POST",
        "/post/direct-mail/campaigns/send",
        False,
    ),
    "view_direct_mail_campaigns": (
        __name__ + ".view_direct_mail_campaigns",
        "GET",
        "/post/direct-mail/campaigns",
        True,
    ),
}

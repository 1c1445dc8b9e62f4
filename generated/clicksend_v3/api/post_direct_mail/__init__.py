# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged post_direct_mail.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "search_direct_mail_locations": Operation(
        id="search_direct_mail_locations",
        module=__name__ + ".search_direct_mail_locations",
        method="GET",
        path="/post/direct-mail/locations/search/{country}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "send_direct_mail_campaign": Operation(
        id="send_direct_mail_campaign",
        module=__name__ + ".send_direct_mail_campaign",
        method="POST",
        path="/post/direct-mail/campaigns/send",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "view_direct_mail_campaigns": Operation(
        id="view_direct_mail_campaigns",
        module=__name__ + ".view_direct_mail_campaigns",
        method="GET",
        path="/post/direct-mail/campaigns",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
}

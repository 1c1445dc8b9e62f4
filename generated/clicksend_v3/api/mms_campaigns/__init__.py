# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged mms_campaigns.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "calculate_mms_campaign_price": Operation(
        id="calculate_mms_campaign_price",
        module=__name__ + ".calculate_mms_campaign_price",
        method="POST",
        path="/mms-campaigns/price",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "cancel_mms_campaign": Operation(
        id="cancel_mms_campaign",
        module=__name__ + ".cancel_mms_campaign",
        method="PUT",
        path="/mms-campaigns/{mms_campaign_id}/cancel",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "send_mms_campaign": Operation(
        id="send_mms_campaign",
        module=__name__ + ".send_mms_campaign",
        method="POST",
        path="/mms-campaigns/send",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "update_mms_campaign": Operation(
        id="update_mms_campaign",
        module=__name__ + ".update_mms_campaign",
        method="PUT",
        path="/mms-campaigns/{mms_campaign_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_mms_campaign": Operation(
        id="view_mms_campaign",
        module=__name__ + ".view_mms_campaign",
        method="GET",
        path="/mms-campaigns/{mms_campaign_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_mms_campaigns": Operation(
        id="view_mms_campaigns",
        module=__name__ + ".view_mms_campaigns",
        method="GET",
        path="/mms-campaigns",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
}

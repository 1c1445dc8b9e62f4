# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged sms_campaigns.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "calculate_sms_campaign_price": Operation(
        id="calculate_sms_campaign_price",
        module=__name__ + ".calculate_sms_campaign_price",
        method="POST",
        path="/sms-campaigns/price",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "cancel_sms_campaign": Operation(
        id="cancel_sms_campaign",
        module=__name__ + ".cancel_sms_campaign",
        method="PUT",
        path="/sms-campaigns/{sms_campaign_id}/cancel",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "export_sms_campaign_link_tracking": Operation(
        id="export_sms_campaign_link_tracking",
        module=__name__ + ".export_sms_campaign_link_tracking",
        method="GET",
        path="/sms-campaigns/{campaign_id}/link-export",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "send_sms_campaign": Operation(
        id="send_sms_campaign",
        module=__name__ + ".send_sms_campaign",
        method="POST",
        path="/sms-campaigns/send",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "update_sms_campaign": Operation(
        id="update_sms_campaign",
        module=__name__ + ".update_sms_campaign",
        method="PUT",
        path="/sms-campaigns/{sms_campaign_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_sms_campaign": Operation(
        id="view_sms_campaign",
        module=__name__ + ".view_sms_campaign",
        method="GET",
        path="/sms-campaigns/{sms_campaign_id}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_sms_campaign_link_statistics": Operation(
        id="view_sms_campaign_link_statistics",
        module=__name__ + ".view_sms_campaign_link_statistics",
        method="GET",
        path="/sms-campaigns/{campaign_id}/link-statistics",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_sms_campaign_link_tracking": Operation(
        id="view_sms_campaign_link_tracking",
        module=__name__ + ".view_sms_campaign_link_tracking",
        method="GET",
        path="/sms-campaigns/{campaign_id}/link-tracking",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "view_sms_campaigns": Operation(
        id="view_sms_campaigns",
        module=__name__ + ".view_sms_campaigns",
        method="GET",
        path="/sms-campaigns",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
}

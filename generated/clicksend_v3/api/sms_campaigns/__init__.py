"""Operations tagged sms_campaigns.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "calculate_sms_campaign_price": (
        __name__ + ".calculate_sms_campaign_price",
        "POST",
        "/sms-campaigns/price",
        False,
    ),
    "cancel_sms_campaign": (
        __name__ + ".cancel_sms_campaign",
        "PUT",
        "/sms-campaigns/{sms_campaign_id}/cancel",
        False,
    ),
    "export_sms_campaign_link_tracking": (
        __name__ + ".export_sms_campaign_link_tracking",
        "GET",
        "/sms-campaigns/{campaign_id}/link-export",
        False,
    ),
    "send_sms_campaign": (__name__ + ".send_sms_campaign", "POST", "/sms-campaigns/send", False),
    "update_sms_campaign": (
        __name__ + ".update_sms_campaign",
        "PUT",
        "/sms-campaigns/{sms_campaign_id}",
        False,
    ),
    "view_sms_campaign": (
        __name__ + ".view_sms_campaign",
        "GET",
        "/sms-campaigns/{sms_campaign_id}",
        False,
    ),
    "view_sms_campaign_link_statistics": (
        __name__ + ".view_sms_campaign_link_statistics",
        "GET",
        "/sms-campaigns/{campaign_id}/link-statistics",
        False,
    ),
    "view_sms_campaign_link_tracking": (
        __name__ + ".view_sms_campaign_link_tracking",
        "GET",
        "/sms-campaigns/{campaign_id}/link-tracking",
        False,
    ),
    "view_sms_campaigns": (__name__ + ".view_sms_campaigns", "GET", "/sms-campaigns", True),
}

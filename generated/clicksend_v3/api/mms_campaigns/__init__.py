"""Operations tagged mms_campaigns.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "calculate_mms_campaign_price": (
        __name__ + ".calculate_mms_campaign_price",
        "POST",
        "/mms-campaigns/price",
        False,
    ),
    "cancel_mms_campaign": (
        __name__ + ".cancel_mms_campaign",
        "PUT",
        "/mms-campaigns/{mms_campaign_id}/cancel",
        False,
    ),
    "send_mms_campaign": (__name__ + ".send_mms_campaign", "POST", "/mms-campaigns/send", False),
    "update_mms_campaign": (
        __name__ + ".update_mms_campaign",
        "PUT",
        "/mms-campaigns/{mms_campaign_id}",
        False,
    ),
    "view_mms_campaign": (
        __name__ + ".view_mms_campaign",
        "GET",
        "/mms-campaigns/{mms_campaign_id}",
        False,
    ),
    "view_mms_campaigns": (__name__ + ".view_mms_campaigns", "GET", "/mms-campaigns", False),
}

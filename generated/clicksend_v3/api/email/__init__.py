"""Operations tagged email.

``OPERATIONS`` maps each operation id to its module, method, path and whether it takes
``page`` and ``limit``; it lets callers find an operation without importing every module.
"""

OPERATIONS: dict[str, tuple[str, str, str, bool]] = {
    "calculate_email_campaign_price": (
        __name__ + ".calculate_email_campaign_price",
        "POST",
        "/email-campaigns/price",
        False,
    ),
    "calculate_email_price": (__name__ + ".calculate_email_price", "POST", "/email/price", True),
    "cancel_email_campaign": (
        __name__ + ".cancel_email_campaign",
        "PUT",
        "/email-campaigns/{email_campaign_id}/cancel",
        False,
    ),
    "create_allowed_email_address": (
        __name__ + ".create_allowed_email_address",
        "POST",
        "/email/addresses",
        False,
    ),
    "create_email_delivery_receipt_rule": (
        __name__ + ".create_email_delivery_receipt_rule",
        "POST",
        "/automations/email/receipts",
        False,
    ),
    "create_email_template": (
        __name__ + ".create_email_template",
        "POST",
        "/email/templates",
        False,
    ),
    "delete_allowed_email_address": (
        __name__ + ".delete_allowed_email_address",
        "DELETE",
        "/email/addresses/{email_address_id}",
        False,
    ),
    "delete_email_delivery_receipt_rule": (
        __name__ + ".delete_email_delivery_receipt_rule",
        "DELETE",
        "/automations/email/receipts/{receipt_rule_id}",
        False,
    ),
    "delete_email_template": (
        __name__ + ".delete_email_template",
        "DELETE",
        "/email/templates/{template_id}",
        False,
    ),
    "export_email_campaign_history": (
        __name__ + ".export_email_campaign_history",
        "GET",
        "/email-campaigns/{email_campaign_id}/history/export",
        False,
    ),
    "export_email_history": (
        __name__ + ".export_email_history",
        "GET",
        "/email/history/export",
        False,
    ),
    "send_email": (__name__ + ".send_email", "POST", "/email/send", False),
    "send_email_campaign": (
        __name__ + ".send_email_campaign",
        "POST",
        "/email-campaigns/send",
        False,
    ),
    "send_email_verification_token": (
        __name__ + ".send_email_verification_token",
        "PUT",
        "/email/address-verify/{email_address_id}/send",
        False,
    ),
    "update_email_campaign": (
        __name__ + ".update_email_campaign",
        "PUT",
        "/email-campaigns/{email_campaign_id}",
        False,
    ),
    "update_email_delivery_receipt_rule": (
        __name__ + ".update_email_delivery_receipt_rule",
        "PUT",
        "/automations/email/receipts/{receipt_rule_id}",
        False,
    ),
    "update_email_template": (
        __name__ + ".update_email_template",
        "PUT",
        "/email/templates/{template_id}",
        False,
    ),
    "verify_allowed_email_address": (
        __name__ + ".verify_allowed_email_address",
        "PUT",
        "/email/address-verify/{email_address_id}/verify/{activation_token}",
        False,
    ),
    "view_allowed_email_address": (
        __name__ + ".view_allowed_email_address",
        "GET",
        "/email/addresses/{email_address_id}",
        False,
    ),
    "view_allowed_email_addresses": (
        __name__ + ".view_allowed_email_addresses",
        "GET",
        "/email/addresses",
        True,
    ),
    "view_email_campaign": (
        __name__ + ".view_email_campaign",
        "GET",
        "/email-campaigns/{email_campaign_id}",
        False,
    ),
    "view_email_campaign_history": (
        __name__ + ".view_email_campaign_history",
        "GET",
        "/email-campaigns/{email_campaign_id}/history",
        True,
    ),
    "view_email_campaigns": (__name__ + ".view_email_campaigns", "GET", "/email-campaigns", True),
    "view_email_delivery_receipt_rule": (
        __name__ + ".view_email_delivery_receipt_rule",
        "GET",
        "/automations/email/receipts/{receipt_rule_id}",
        False,
    ),
    "view_email_delivery_receipt_rules": (
        __name__ + ".view_email_delivery_receipt_rules",
        "GET",
        "/automations/email/receipts",
        True,
    ),
    "view_email_history": (__name__ + ".view_email_history", "GET", "/email/history", True),
    "view_email_template": (
        __name__ + ".view_email_template",
        "GET",
        "/email/templates/{template_id}",
        False,
    ),
    "view_email_template_categories": (
        __name__ + ".view_email_template_categories",
        "GET",
        "/email/master-templates-categories",
        False,
    ),
    "view_email_template_category": (
        __name__ + ".view_email_template_category",
        "GET",
        "/email/master-templates-categories/{category_id}",
        False,
    ),
    "view_email_templates": (__name__ + ".view_email_templates", "GET", "/email/templates", False),
    "view_master_email_template": (
        __name__ + ".view_master_email_template",
        "GET",
        "/email/master-templates/{template_id}",
        False,
    ),
    "view_master_email_templates": (
        __name__ + ".view_master_email_templates",
        "GET",
        "/email/master-templates",
        False,
    ),
    "view_master_templates_in_category": (
        __name__ + ".view_master_templates_in_category",
        "GET",
        "/email/master-templates-categories/{category_id}/master-templates",
        False,
    ),
}

"""Where the generated operations are, and facts they do not carry: which are safe to repeat."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache


@cache
def operation_index() -> dict[str, tuple[str, str, str, bool]]:
    """Return every generated operation by id: (module name, METHOD, path, takes page/limit).

    Built once from the tag packages' ``OPERATIONS`` tables, which import no models.
    """
    api = importlib.import_module("clicksend_v3.api")
    index: dict[str, tuple[str, str, str, bool]] = {}
    for tag in sorted(pkgutil.iter_modules(api.__path__), key=lambda info: info.name):
        index.update(importlib.import_module(f"clicksend_v3.api.{tag.name}").OPERATIONS)
    return index


# PUT, PATCH and DELETE operations that leave the same state however often they run: updates,
# deletes, cancels, marking as read. Sending one twice is harmless, so 5xx answers and timeouts
# are retried for them as for GET. Transfers, copies, purchases, verifications and key
# regeneration are left out on purpose: a second one is a second effect.
IDEMPOTENT_OPERATIONS: frozenset[str] = frozenset(
    {
        "cancel_all_sms",
        "cancel_all_voice_messages",
        "cancel_email_campaign",
        "cancel_mms_campaign",
        "cancel_scheduled_letter",
        "cancel_scheduled_postcard",
        "cancel_sms",
        "cancel_sms_campaign",
        "cancel_voice_message",
        "delete_allowed_email_address",
        "delete_alpha_tag",
        "delete_contact",
        "delete_default_sender",
        "delete_email_delivery_receipt_rule",
        "delete_email_template",
        "delete_email_to_sms_address",
        "delete_fax_delivery_receipt_rule",
        "delete_fax_inbound_rule",
        "delete_list",
        "delete_own_number",
        "delete_return_address",
        "delete_sms_delivery_receipt_rule",
        "delete_sms_inbound_automation",
        "delete_sms_template",
        "delete_stripped_string_rule",
        "delete_subaccount",
        "delete_voice_delivery_receipt_rule",
        "mark_fax_receipts_as_read",
        "mark_inbound_sms_as_read",
        "mark_inbound_sms_message_as_read",
        "mark_mms_receipts_as_read",
        "mark_sms_receipts_as_read",
        "mark_voice_receipts_as_read",
        "remove_duplicate_contacts",
        "remove_opted_out_contacts",
        "update_account",
        "update_client_account",
        "update_contact",
        "update_default_sender",
        "update_email_campaign",
        "update_email_delivery_receipt_rule",
        "update_email_template",
        "update_email_to_sms_address",
        "update_fax_delivery_receipt_rule",
        "update_fax_inbound_rule",
        "update_list",
        "update_mms_campaign",
        "update_own_number",
        "update_payment_info",
        "update_reseller_settings",
        "update_return_address",
        "update_sms_campaign",
        "update_sms_delivery_receipt_rule",
        "update_sms_inbound_automation",
        "update_sms_template",
        "update_stripped_string_rule",
        "update_subaccount",
        "update_voice_delivery_receipt_rule",
    }
)

# Listings of unread items (receipts, inbound messages): reading a page may change the next
# one, so they are fetched one page at a time, never ahead.
UNREAD_QUEUES: frozenset[str] = frozenset(
    {
        "view_fax_receipts",
        "view_inbound_sms",
        "view_mms_receipts",
        "view_sms_receipts",
        "view_voice_receipts",
    }
)

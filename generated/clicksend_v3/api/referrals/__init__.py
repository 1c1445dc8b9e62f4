# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged referrals.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "view_referral_accounts": Operation(
        id="view_referral_accounts",
        module=__name__ + ".view_referral_accounts",
        method="GET",
        path="/referral/accounts",
        paged=True,
        idempotent=True,
        unread_queue=False,
    ),
}

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged pricing.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "view_country_pricing": Operation(
        id="view_country_pricing",
        module=__name__ + ".view_country_pricing",
        method="GET",
        path="/pricing/{country}",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
}

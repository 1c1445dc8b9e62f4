# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged international_messaging.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "agree_to_rules_and_regulations": Operation(
        id="agree_to_rules_and_regulations",
        module=__name__ + ".agree_to_rules_and_regulations",
        method="POST",
        path="/user-countries/agree",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "get_countries_for_global_sending": Operation(
        id="get_countries_for_global_sending",
        module=__name__ + ".get_countries_for_global_sending",
        method="GET",
        path="/user-countries",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "list_countries": Operation(
        id="list_countries",
        module=__name__ + ".list_countries",
        method="GET",
        path="/country-list",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "list_timezones": Operation(
        id="list_timezones",
        module=__name__ + ".list_timezones",
        method="GET",
        path="/timezones",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "select_countries_for_global_sending": Operation(
        id="select_countries_for_global_sending",
        module=__name__ + ".select_countries_for_global_sending",
        method="POST",
        path="/user-countries",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
    "view_countries": Operation(
        id="view_countries",
        module=__name__ + ".view_countries",
        method="GET",
        path="/countries",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
}

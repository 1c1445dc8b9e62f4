# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from typing import Literal

ListDefaultSendersSortDirection = Literal["asc", "desc"]

LIST_DEFAULT_SENDERS_SORT_DIRECTION_VALUES: set[ListDefaultSendersSortDirection] = {
    "asc",
    "desc",
}


def check_list_default_senders_sort_direction(value: str) -> ListDefaultSendersSortDirection:
    if value in LIST_DEFAULT_SENDERS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DEFAULT_SENDERS_SORT_DIRECTION_VALUES!r}"
    )

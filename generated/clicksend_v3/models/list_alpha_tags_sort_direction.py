# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from typing import Literal

ListAlphaTagsSortDirection = Literal["asc", "desc"]

LIST_ALPHA_TAGS_SORT_DIRECTION_VALUES: set[ListAlphaTagsSortDirection] = {
    "asc",
    "desc",
}


def check_list_alpha_tags_sort_direction(value: str) -> ListAlphaTagsSortDirection:
    if value in LIST_ALPHA_TAGS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ALPHA_TAGS_SORT_DIRECTION_VALUES!r}"
    )

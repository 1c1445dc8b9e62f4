# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from typing import Literal

ListCompliantSenderTypesFilterproductType = Literal["SMS"]

LIST_COMPLIANT_SENDER_TYPES_FILTERPRODUCT_TYPE_VALUES: set[
    ListCompliantSenderTypesFilterproductType
] = {
    "SMS",
}


def check_list_compliant_sender_types_filterproduct_type(
    value: str,
) -> ListCompliantSenderTypesFilterproductType:
    if value in LIST_COMPLIANT_SENDER_TYPES_FILTERPRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_COMPLIANT_SENDER_TYPES_FILTERPRODUCT_TYPE_VALUES!r}"
    )

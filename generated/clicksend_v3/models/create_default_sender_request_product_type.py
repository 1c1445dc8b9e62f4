# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from typing import Literal

CreateDefaultSenderRequestProductType = Literal["SMS"]

CREATE_DEFAULT_SENDER_REQUEST_PRODUCT_TYPE_VALUES: set[CreateDefaultSenderRequestProductType] = {
    "SMS",
}


def check_create_default_sender_request_product_type(
    value: str,
) -> CreateDefaultSenderRequestProductType:
    if value in CREATE_DEFAULT_SENDER_REQUEST_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_DEFAULT_SENDER_REQUEST_PRODUCT_TYPE_VALUES!r}"
    )

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from typing import Literal

BuyNumberRequestType = Literal["mms", "sms"]

BUY_NUMBER_REQUEST_TYPE_VALUES: set[BuyNumberRequestType] = {
    "mms",
    "sms",
}


def check_buy_number_request_type(value: str) -> BuyNumberRequestType:
    if value in BUY_NUMBER_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUY_NUMBER_REQUEST_TYPE_VALUES!r}"
    )

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from typing import Literal

RequestAlphaTagRequestCountriesItem = Literal["AU"]

REQUEST_ALPHA_TAG_REQUEST_COUNTRIES_ITEM_VALUES: set[RequestAlphaTagRequestCountriesItem] = {
    "AU",
}


def check_request_alpha_tag_request_countries_item(
    value: str,
) -> RequestAlphaTagRequestCountriesItem:
    if value in REQUEST_ALPHA_TAG_REQUEST_COUNTRIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_ALPHA_TAG_REQUEST_COUNTRIES_ITEM_VALUES!r}"
    )

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from typing import Literal

RequestAlphaTagRequestBusinessesInnerCountry = Literal["AU"]

REQUEST_ALPHA_TAG_REQUEST_BUSINESSES_INNER_COUNTRY_VALUES: set[
    RequestAlphaTagRequestBusinessesInnerCountry
] = {
    "AU",
}


def check_request_alpha_tag_request_businesses_inner_country(
    value: str,
) -> RequestAlphaTagRequestBusinessesInnerCountry:
    if value in REQUEST_ALPHA_TAG_REQUEST_BUSINESSES_INNER_COUNTRY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_ALPHA_TAG_REQUEST_BUSINESSES_INNER_COUNTRY_VALUES!r}"
    )

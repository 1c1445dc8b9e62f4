# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from typing import Literal

GetShortUrlStatisticsSource = Literal["quick_sms"]

GET_SHORT_URL_STATISTICS_SOURCE_VALUES: set[GetShortUrlStatisticsSource] = {
    "quick_sms",
}


def check_get_short_url_statistics_source(value: str) -> GetShortUrlStatisticsSource:
    if value in GET_SHORT_URL_STATISTICS_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SHORT_URL_STATISTICS_SOURCE_VALUES!r}"
    )

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from typing import Literal

RequestAlphaTagRequestBusinessesInnerBusinessRelationship = Literal["ENTITY_ASSOCIATE", "PRIMARY"]

REQUEST_ALPHA_TAG_REQUEST_BUSINESSES_INNER_BUSINESS_RELATIONSHIP_VALUES: set[
    RequestAlphaTagRequestBusinessesInnerBusinessRelationship
] = {
    "ENTITY_ASSOCIATE",
    "PRIMARY",
}


def check_request_alpha_tag_request_businesses_inner_business_relationship(
    value: str,
) -> RequestAlphaTagRequestBusinessesInnerBusinessRelationship:
    if value in REQUEST_ALPHA_TAG_REQUEST_BUSINESSES_INNER_BUSINESS_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_ALPHA_TAG_REQUEST_BUSINESSES_INNER_BUSINESS_RELATIONSHIP_VALUES!r}"
    )

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from typing import Literal

CreateDefaultSenderRequestDefaultSenderStrategiesInnerSenderType = Literal[
    "10DLC", "alpha_tag", "longcode", "own_number", "shared_longcode", "shortcode", "tollfree"
]

CREATE_DEFAULT_SENDER_REQUEST_DEFAULT_SENDER_STRATEGIES_INNER_SENDER_TYPE_VALUES: set[
    CreateDefaultSenderRequestDefaultSenderStrategiesInnerSenderType
] = {
    "10DLC",
    "alpha_tag",
    "longcode",
    "own_number",
    "shared_longcode",
    "shortcode",
    "tollfree",
}


def check_create_default_sender_request_default_sender_strategies_inner_sender_type(
    value: str,
) -> CreateDefaultSenderRequestDefaultSenderStrategiesInnerSenderType:
    if value in CREATE_DEFAULT_SENDER_REQUEST_DEFAULT_SENDER_STRATEGIES_INNER_SENDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_DEFAULT_SENDER_REQUEST_DEFAULT_SENDER_STRATEGIES_INNER_SENDER_TYPE_VALUES!r}"
    )

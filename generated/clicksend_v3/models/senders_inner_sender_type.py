# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from typing import Literal

SendersInnerSenderType = Literal["shared_longcode"]

SENDERS_INNER_SENDER_TYPE_VALUES: set[SendersInnerSenderType] = {
    "shared_longcode",
}


def check_senders_inner_sender_type(value: str) -> SendersInnerSenderType:
    if value in SENDERS_INNER_SENDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SENDERS_INNER_SENDER_TYPE_VALUES!r}"
    )

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_default_sender_request_product_type import (
    CreateDefaultSenderRequestProductType,
    check_create_default_sender_request_product_type,
)

T = TypeVar("T", bound="CreateDefaultSenderRequest")


@_attrs_define
class CreateDefaultSenderRequest:
    """
    Attributes:
        country_code (str):
        product_type (CreateDefaultSenderRequestProductType):
        default_sender_strategies (list[CreateDefaultSenderRequestDefaultSenderStrategiesInner]):
    """

    country_code: str
    product_type: CreateDefaultSenderRequestProductType
    default_sender_strategies: list[CreateDefaultSenderRequestDefaultSenderStrategiesInner]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        product_type: str = self.product_type

        default_sender_strategies = []
        for default_sender_strategies_item_data in self.default_sender_strategies:
            default_sender_strategies_item = default_sender_strategies_item_data.to_dict()
            default_sender_strategies.append(default_sender_strategies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country_code": country_code,
                "product_type": product_type,
                "default_sender_strategies": default_sender_strategies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_code = d.pop("country_code")

        product_type = check_create_default_sender_request_product_type(d.pop("product_type"))

        default_sender_strategies = []
        _default_sender_strategies = d.pop("default_sender_strategies")
        for default_sender_strategies_item_data in _default_sender_strategies:
            default_sender_strategies_item = (
                CreateDefaultSenderRequestDefaultSenderStrategiesInner.from_dict(
                    default_sender_strategies_item_data
                )
            )

            default_sender_strategies.append(default_sender_strategies_item)

        create_default_sender_request = cls(
            country_code,
            product_type,
            default_sender_strategies,
        )

        create_default_sender_request.additional_properties = d
        return create_default_sender_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.create_default_sender_request_default_sender_strategies_inner import (
    CreateDefaultSenderRequestDefaultSenderStrategiesInner,  # noqa: E402
)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.buy_number_request_type import (
    BuyNumberRequestType,
    check_buy_number_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BuyNumberRequest")


@_attrs_define
class BuyNumberRequest:
    """
    Attributes:
        dedicated_number (str):
        type_ (BuyNumberRequestType):
        registration_data (BuyNumberRequestRegistrationData | Unset):
    """

    dedicated_number: str
    type_: BuyNumberRequestType
    registration_data: BuyNumberRequestRegistrationData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dedicated_number = self.dedicated_number

        type_: str = self.type_

        registration_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registration_data, Unset):
            registration_data = self.registration_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dedicated_number": dedicated_number,
                "type": type_,
            }
        )
        if registration_data is not UNSET:
            field_dict["registration_data"] = registration_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dedicated_number = d.pop("dedicated_number")

        type_ = check_buy_number_request_type(d.pop("type"))

        _registration_data = d.pop("registration_data", UNSET)
        registration_data: BuyNumberRequestRegistrationData | Unset
        if isinstance(_registration_data, Unset):
            registration_data = UNSET
        else:
            registration_data = BuyNumberRequestRegistrationData.from_dict(_registration_data)

        buy_number_request = cls(
            dedicated_number,
            type_,
            registration_data,
        )

        buy_number_request.additional_properties = d
        return buy_number_request

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
from ..models.buy_number_request_registration_data import (
    BuyNumberRequestRegistrationData,  # noqa: E402
)

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
        # Each field's value at its place among the class's arguments; what the class does not
        # name is kept aside. One pass over the keys the answer has, not one lookup per field.
        values: list[Any] = list(_NO_VALUES)
        d: dict[str, Any] = {}
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)
        at = _FIELD_AT.get
        for key, value in src_dict.items():
            i = at(key)
            if i is None:
                d[key] = value
            else:
                values[i] = value
        if values[0] is _MISSING:
            raise KeyError("dedicated_number")
        if values[1] is _MISSING:
            raise KeyError("type")
        type_ = check_buy_number_request_type(values[1])

        values[1] = type_
        _registration_data = values[2]
        registration_data: BuyNumberRequestRegistrationData | Unset
        if isinstance(_registration_data, Unset):
            registration_data = UNSET
        else:
            registration_data = BuyNumberRequestRegistrationData.from_dict(_registration_data)

        values[2] = registration_data
        buy_number_request = cls(*values)

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


# Stands for a required field the answer does not have.
_MISSING: Any = object()
# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "dedicated_number": 0,
    "type": 1,
    "registration_data": 2,
}
_NO_VALUES: tuple[Any, ...] = (
    _MISSING,
    _MISSING,
    UNSET,
)


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.buy_number_request_registration_data import (
    BuyNumberRequestRegistrationData,  # noqa: E402
)

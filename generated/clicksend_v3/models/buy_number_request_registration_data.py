# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BuyNumberRequestRegistrationData")


@_attrs_define
class BuyNumberRequestRegistrationData:
    """
    Attributes:
        business_name (str):
        business_address (str):
        suburb (str):
        postcode (str):
        state (str):
        contact_name (str):
        contact_number (str):
        country (str):
    """

    business_name: str
    business_address: str
    suburb: str
    postcode: str
    state: str
    contact_name: str
    contact_number: str
    country: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_name = self.business_name

        business_address = self.business_address

        suburb = self.suburb

        postcode = self.postcode

        state = self.state

        contact_name = self.contact_name

        contact_number = self.contact_number

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "business_name": business_name,
                "business_address": business_address,
                "suburb": suburb,
                "postcode": postcode,
                "state": state,
                "contact_name": contact_name,
                "contact_number": contact_number,
                "country": country,
            }
        )

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
            raise KeyError("business_name")
        if values[1] is _MISSING:
            raise KeyError("business_address")
        if values[2] is _MISSING:
            raise KeyError("suburb")
        if values[3] is _MISSING:
            raise KeyError("postcode")
        if values[4] is _MISSING:
            raise KeyError("state")
        if values[5] is _MISSING:
            raise KeyError("contact_name")
        if values[6] is _MISSING:
            raise KeyError("contact_number")
        if values[7] is _MISSING:
            raise KeyError("country")
        buy_number_request_registration_data = cls(*values)

        buy_number_request_registration_data.additional_properties = d
        return buy_number_request_registration_data

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
    "business_name": 0,
    "business_address": 1,
    "suburb": 2,
    "postcode": 3,
    "state": 4,
    "contact_name": 5,
    "contact_number": 6,
    "country": 7,
}
_NO_VALUES: tuple[Any, ...] = (
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendPostcardRequestRecipientsInner")


@_attrs_define
class SendPostcardRequestRecipientsInner:
    """
    Attributes:
        address_name (str | Unset):
        address_city (str | Unset):
        address_state (str | Unset):
        address_postal_code (str | Unset):
        address_country (str | Unset):
        address_line_1 (str | Unset):
        return_address_id (str | Unset):
    """

    address_name: str | Unset = UNSET
    address_city: str | Unset = UNSET
    address_state: str | Unset = UNSET
    address_postal_code: str | Unset = UNSET
    address_country: str | Unset = UNSET
    address_line_1: str | Unset = UNSET
    return_address_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_name = self.address_name

        address_city = self.address_city

        address_state = self.address_state

        address_postal_code = self.address_postal_code

        address_country = self.address_country

        address_line_1 = self.address_line_1

        return_address_id = self.return_address_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_name is not UNSET:
            field_dict["address_name"] = address_name
        if address_city is not UNSET:
            field_dict["address_city"] = address_city
        if address_state is not UNSET:
            field_dict["address_state"] = address_state
        if address_postal_code is not UNSET:
            field_dict["address_postal_code"] = address_postal_code
        if address_country is not UNSET:
            field_dict["address_country"] = address_country
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if return_address_id is not UNSET:
            field_dict["return_address_id"] = return_address_id

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
        send_postcard_request_recipients_inner = cls(*values)

        send_postcard_request_recipients_inner.additional_properties = d
        return send_postcard_request_recipients_inner

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


# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "address_name": 0,
    "address_city": 1,
    "address_state": 2,
    "address_postal_code": 3,
    "address_country": 4,
    "address_line_1": 5,
    "return_address_id": 6,
}
_NO_VALUES: tuple[Any, ...] = (
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
)

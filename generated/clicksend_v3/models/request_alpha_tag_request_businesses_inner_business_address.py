# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestAlphaTagRequestBusinessesInnerBusinessAddress")


@_attrs_define
class RequestAlphaTagRequestBusinessesInnerBusinessAddress:
    """
    Attributes:
        addr_line1 (str):
        city (str):
        state (str):
        postal (str):
        addr_line2 (str | Unset):
    """

    addr_line1: str
    city: str
    state: str
    postal: str
    addr_line2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addr_line1 = self.addr_line1

        city = self.city

        state = self.state

        postal = self.postal

        addr_line2 = self.addr_line2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addr_line1": addr_line1,
                "city": city,
                "state": state,
                "postal": postal,
            }
        )
        if addr_line2 is not UNSET:
            field_dict["addr_line2"] = addr_line2

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
            raise KeyError("addr_line1")
        if values[1] is _MISSING:
            raise KeyError("city")
        if values[2] is _MISSING:
            raise KeyError("state")
        if values[3] is _MISSING:
            raise KeyError("postal")
        request_alpha_tag_request_businesses_inner_business_address = cls(*values)

        request_alpha_tag_request_businesses_inner_business_address.additional_properties = d
        return request_alpha_tag_request_businesses_inner_business_address

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
    "addr_line1": 0,
    "city": 1,
    "state": 2,
    "postal": 3,
    "addr_line2": 4,
}
_NO_VALUES: tuple[Any, ...] = (
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    UNSET,
)

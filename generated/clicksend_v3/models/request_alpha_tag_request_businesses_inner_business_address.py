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
        d = dict(src_dict)
        addr_line1 = d.pop("addr_line1")

        city = d.pop("city")

        state = d.pop("state")

        postal = d.pop("postal")

        addr_line2 = d.pop("addr_line2", UNSET)

        request_alpha_tag_request_businesses_inner_business_address = cls(
            addr_line1,
            city,
            state,
            postal,
            addr_line2,
        )

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

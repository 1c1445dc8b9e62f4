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
        d = dict(src_dict)
        address_name = d.pop("address_name", UNSET)

        address_city = d.pop("address_city", UNSET)

        address_state = d.pop("address_state", UNSET)

        address_postal_code = d.pop("address_postal_code", UNSET)

        address_country = d.pop("address_country", UNSET)

        address_line_1 = d.pop("address_line_1", UNSET)

        return_address_id = d.pop("return_address_id", UNSET)

        send_postcard_request_recipients_inner = cls(
            address_name,
            address_city,
            address_state,
            address_postal_code,
            address_country,
            address_line_1,
            return_address_id,
        )

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

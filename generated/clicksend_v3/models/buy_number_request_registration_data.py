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
        d = dict(src_dict)
        business_name = d.pop("business_name")

        business_address = d.pop("business_address")

        suburb = d.pop("suburb")

        postcode = d.pop("postcode")

        state = d.pop("state")

        contact_name = d.pop("contact_name")

        contact_number = d.pop("contact_number")

        country = d.pop("country")

        buy_number_request_registration_data = cls(
            business_name,
            business_address,
            suburb,
            postcode,
            state,
            contact_name,
            contact_number,
            country,
        )

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

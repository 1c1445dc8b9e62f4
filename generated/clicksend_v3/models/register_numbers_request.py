# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegisterNumbersRequest")


@_attrs_define
class RegisterNumbersRequest:
    """
    Attributes:
        full_name (str):
        company_name (str):
        email (str):
        website_url (str):
        sample_message (str):
        primary_use_case (str):
        company_number (str):
        area_code (str):
    """

    full_name: str
    company_name: str
    email: str
    website_url: str
    sample_message: str
    primary_use_case: str
    company_number: str
    area_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        company_name = self.company_name

        email = self.email

        website_url = self.website_url

        sample_message = self.sample_message

        primary_use_case = self.primary_use_case

        company_number = self.company_number

        area_code = self.area_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "full_name": full_name,
                "company_name": company_name,
                "email": email,
                "website_url": website_url,
                "sample_message": sample_message,
                "primary_use_case": primary_use_case,
                "company_number": company_number,
                "area_code": area_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name")

        company_name = d.pop("company_name")

        email = d.pop("email")

        website_url = d.pop("website_url")

        sample_message = d.pop("sample_message")

        primary_use_case = d.pop("primary_use_case")

        company_number = d.pop("company_number")

        area_code = d.pop("area_code")

        register_numbers_request = cls(
            full_name,
            company_name,
            email,
            website_url,
            sample_message,
            primary_use_case,
            company_number,
            area_code,
        )

        register_numbers_request.additional_properties = d
        return register_numbers_request

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

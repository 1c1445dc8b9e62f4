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
            raise KeyError("full_name")
        if values[1] is _MISSING:
            raise KeyError("company_name")
        if values[2] is _MISSING:
            raise KeyError("email")
        if values[3] is _MISSING:
            raise KeyError("website_url")
        if values[4] is _MISSING:
            raise KeyError("sample_message")
        if values[5] is _MISSING:
            raise KeyError("primary_use_case")
        if values[6] is _MISSING:
            raise KeyError("company_number")
        if values[7] is _MISSING:
            raise KeyError("area_code")
        register_numbers_request = cls(*values)

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


# Stands for a required field the answer does not have.
_MISSING: Any = object()
# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "full_name": 0,
    "company_name": 1,
    "email": 2,
    "website_url": 3,
    "sample_message": 4,
    "primary_use_case": 5,
    "company_number": 6,
    "area_code": 7,
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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrentPaymentInfoData")


@_attrs_define
class CurrentPaymentInfoData:
    """
    Attributes:
        display_number (None | str | Unset):
        expiry_month (int | None | Unset):
        expiry_year (int | None | Unset):
        name (None | str | Unset):
    """

    display_number: None | str | Unset = UNSET
    expiry_month: int | None | Unset = UNSET
    expiry_year: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_number: None | str | Unset
        if isinstance(self.display_number, Unset):
            display_number = UNSET
        else:
            display_number = self.display_number

        expiry_month: int | None | Unset
        if isinstance(self.expiry_month, Unset):
            expiry_month = UNSET
        else:
            expiry_month = self.expiry_month

        expiry_year: int | None | Unset
        if isinstance(self.expiry_year, Unset):
            expiry_year = UNSET
        else:
            expiry_year = self.expiry_year

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_number is not UNSET:
            field_dict["display_number"] = display_number
        if expiry_month is not UNSET:
            field_dict["expiry_month"] = expiry_month
        if expiry_year is not UNSET:
            field_dict["expiry_year"] = expiry_year
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_number: None | str | Unset = d.pop("display_number", UNSET)

        expiry_month: int | None | Unset = d.pop("expiry_month", UNSET)

        expiry_year: int | None | Unset = d.pop("expiry_year", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        current_payment_info_data = cls(
            display_number,
            expiry_month,
            expiry_year,
            name,
        )

        current_payment_info_data.additional_properties = d
        return current_payment_info_data

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

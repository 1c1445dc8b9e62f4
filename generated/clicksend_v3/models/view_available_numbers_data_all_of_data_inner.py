# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewAvailableNumbersDataAllOfDataInner")


@_attrs_define
class ViewAvailableNumbersDataAllOfDataInner:
    """
    Attributes:
        country (None | str | Unset):
        country_name (None | str | Unset):
        dedicated_number (int | None | str | Unset):
        price_setup (None | str | Unset):
        price_monthly (None | str | Unset):
        price_total (None | str | Unset):
        address_requirement (None | str | Unset):
    """

    country: None | str | Unset = UNSET
    country_name: None | str | Unset = UNSET
    dedicated_number: int | None | str | Unset = UNSET
    price_setup: None | str | Unset = UNSET
    price_monthly: None | str | Unset = UNSET
    price_total: None | str | Unset = UNSET
    address_requirement: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        country_name: None | str | Unset
        if isinstance(self.country_name, Unset):
            country_name = UNSET
        else:
            country_name = self.country_name

        dedicated_number: int | None | str | Unset
        if isinstance(self.dedicated_number, Unset):
            dedicated_number = UNSET
        else:
            dedicated_number = self.dedicated_number

        price_setup: None | str | Unset
        if isinstance(self.price_setup, Unset):
            price_setup = UNSET
        else:
            price_setup = self.price_setup

        price_monthly: None | str | Unset
        if isinstance(self.price_monthly, Unset):
            price_monthly = UNSET
        else:
            price_monthly = self.price_monthly

        price_total: None | str | Unset
        if isinstance(self.price_total, Unset):
            price_total = UNSET
        else:
            price_total = self.price_total

        address_requirement: None | str | Unset
        if isinstance(self.address_requirement, Unset):
            address_requirement = UNSET
        else:
            address_requirement = self.address_requirement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if country_name is not UNSET:
            field_dict["country_name"] = country_name
        if dedicated_number is not UNSET:
            field_dict["dedicated_number"] = dedicated_number
        if price_setup is not UNSET:
            field_dict["price_setup"] = price_setup
        if price_monthly is not UNSET:
            field_dict["price_monthly"] = price_monthly
        if price_total is not UNSET:
            field_dict["price_total"] = price_total
        if address_requirement is not UNSET:
            field_dict["address_requirement"] = address_requirement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country: None | str | Unset = d.pop("country", UNSET)

        country_name: None | str | Unset = d.pop("country_name", UNSET)

        dedicated_number: int | None | str | Unset = d.pop("dedicated_number", UNSET)

        price_setup: None | str | Unset = d.pop("price_setup", UNSET)

        price_monthly: None | str | Unset = d.pop("price_monthly", UNSET)

        price_total: None | str | Unset = d.pop("price_total", UNSET)

        address_requirement: None | str | Unset = d.pop("address_requirement", UNSET)

        view_available_numbers_data_all_of_data_inner = cls(
            country,
            country_name,
            dedicated_number,
            price_setup,
            price_monthly,
            price_total,
            address_requirement,
        )

        view_available_numbers_data_all_of_data_inner.additional_properties = d
        return view_available_numbers_data_all_of_data_inner

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt")


@_attrs_define
class CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt:
    """
    Attributes:
        date (int | None | str | Unset):
        timezone_type (int | None | Unset):
        timezone (None | str | Unset):
    """

    date: int | None | str | Unset = UNSET
    timezone_type: int | None | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: int | None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        timezone_type: int | None | Unset
        if isinstance(self.timezone_type, Unset):
            timezone_type = UNSET
        else:
            timezone_type = self.timezone_type

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if timezone_type is not UNSET:
            field_dict["timezone_type"] = timezone_type
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date: int | None | str | Unset = d.pop("date", UNSET)

        timezone_type: int | None | Unset = d.pop("timezone_type", UNSET)

        timezone: None | str | Unset = d.pop("timezone", UNSET)

        calculate_sms_price_data_summary_countries_inner_country_regulation_created_at = cls(
            date,
            timezone_type,
            timezone,
        )

        calculate_sms_price_data_summary_countries_inner_country_regulation_created_at.additional_properties = d
        return calculate_sms_price_data_summary_countries_inner_country_regulation_created_at

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

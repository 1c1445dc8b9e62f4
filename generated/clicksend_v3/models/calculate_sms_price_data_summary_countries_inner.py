# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateSmsPriceDataSummaryCountriesInner")


@_attrs_define
class CalculateSmsPriceDataSummaryCountriesInner:
    """
    Attributes:
        country (CalculateSmsPriceDataSummaryCountriesInnerCountry | None | Unset):
    """

    country: CalculateSmsPriceDataSummaryCountriesInnerCountry | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country: dict[str, Any] | None | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, CalculateSmsPriceDataSummaryCountriesInnerCountry):
            country = self.country.to_dict()
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _country = d.pop("country", UNSET)
        country: CalculateSmsPriceDataSummaryCountriesInnerCountry | None | Unset
        if isinstance(_country, dict):
            try:
                country_type_0 = CalculateSmsPriceDataSummaryCountriesInnerCountry.from_dict(
                    _country
                )

                country = country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                country = cast(
                    CalculateSmsPriceDataSummaryCountriesInnerCountry | None | Unset, _country
                )
        else:
            country = _country

        calculate_sms_price_data_summary_countries_inner = cls(
            country,
        )

        calculate_sms_price_data_summary_countries_inner.additional_properties = d
        return calculate_sms_price_data_summary_countries_inner

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


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.calculate_sms_price_data_summary_countries_inner_country import (
    CalculateSmsPriceDataSummaryCountriesInnerCountry,  # noqa: E402
)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateSmsPriceDataSummary")


@_attrs_define
class CalculateSmsPriceDataSummary:
    """
    Attributes:
        test_message (None | str | Unset):
        countries (list[CalculateSmsPriceDataSummaryCountriesInner] | None | Unset):
    """

    test_message: None | str | Unset = UNSET
    countries: list[CalculateSmsPriceDataSummaryCountriesInner] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_message: None | str | Unset
        if isinstance(self.test_message, Unset):
            test_message = UNSET
        else:
            test_message = self.test_message

        countries: list[dict[str, Any]] | None | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, list):
            countries = []
            for countries_type_0_item_data in self.countries:
                countries_type_0_item = countries_type_0_item_data.to_dict()
                countries.append(countries_type_0_item)

        else:
            countries = self.countries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_message is not UNSET:
            field_dict["test_message"] = test_message
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        test_message: None | str | Unset = d.pop("test_message", UNSET)

        _countries = d.pop("countries", UNSET)
        countries: list[CalculateSmsPriceDataSummaryCountriesInner] | None | Unset
        if isinstance(_countries, list):
            try:
                countries_type_0 = []
                _countries_type_0 = _countries
                for countries_type_0_item_data in _countries_type_0:
                    countries_type_0_item = CalculateSmsPriceDataSummaryCountriesInner.from_dict(
                        countries_type_0_item_data
                    )

                    countries_type_0.append(countries_type_0_item)

                countries = countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                countries = cast(
                    list[CalculateSmsPriceDataSummaryCountriesInner] | None | Unset, _countries
                )
        else:
            countries = _countries

        calculate_sms_price_data_summary = cls(
            test_message,
            countries,
        )

        calculate_sms_price_data_summary.additional_properties = d
        return calculate_sms_price_data_summary

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
from ..models.calculate_sms_price_data_summary_countries_inner import (
    CalculateSmsPriceDataSummaryCountriesInner,  # noqa: E402
)

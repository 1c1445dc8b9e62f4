# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateSmsPriceDataSummaryCountriesInnerCountry")


@_attrs_define
class CalculateSmsPriceDataSummaryCountriesInnerCountry:
    """
    Attributes:
        registration_type (int | None | Unset):
        receipient_count (int | None | Unset):
        usable_sender_id (bool | None | Unset):
        selected (bool | None | Unset):
        name (None | str | Unset):
        regulation (CalculateSmsPriceDataSummaryCountriesInnerCountryRegulation | None | Unset):
        registration_status_id (int | None | Unset):
        registration_entity_id (int | None | Unset):
        jotform_id (int | None | Unset):
    """

    registration_type: int | None | Unset = UNSET
    receipient_count: int | None | Unset = UNSET
    usable_sender_id: bool | None | Unset = UNSET
    selected: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    regulation: CalculateSmsPriceDataSummaryCountriesInnerCountryRegulation | None | Unset = UNSET
    registration_status_id: int | None | Unset = UNSET
    registration_entity_id: int | None | Unset = UNSET
    jotform_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registration_type: int | None | Unset
        if isinstance(self.registration_type, Unset):
            registration_type = UNSET
        else:
            registration_type = self.registration_type

        receipient_count: int | None | Unset
        if isinstance(self.receipient_count, Unset):
            receipient_count = UNSET
        else:
            receipient_count = self.receipient_count

        usable_sender_id: bool | None | Unset
        if isinstance(self.usable_sender_id, Unset):
            usable_sender_id = UNSET
        else:
            usable_sender_id = self.usable_sender_id

        selected: bool | None | Unset
        if isinstance(self.selected, Unset):
            selected = UNSET
        else:
            selected = self.selected

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        regulation: dict[str, Any] | None | Unset
        if isinstance(self.regulation, Unset):
            regulation = UNSET
        elif isinstance(
            self.regulation, CalculateSmsPriceDataSummaryCountriesInnerCountryRegulation
        ):
            regulation = self.regulation.to_dict()
        else:
            regulation = self.regulation

        registration_status_id: int | None | Unset
        if isinstance(self.registration_status_id, Unset):
            registration_status_id = UNSET
        else:
            registration_status_id = self.registration_status_id

        registration_entity_id: int | None | Unset
        if isinstance(self.registration_entity_id, Unset):
            registration_entity_id = UNSET
        else:
            registration_entity_id = self.registration_entity_id

        jotform_id: int | None | Unset
        if isinstance(self.jotform_id, Unset):
            jotform_id = UNSET
        else:
            jotform_id = self.jotform_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registration_type is not UNSET:
            field_dict["registration_type"] = registration_type
        if receipient_count is not UNSET:
            field_dict["receipient_count"] = receipient_count
        if usable_sender_id is not UNSET:
            field_dict["usable_sender_id"] = usable_sender_id
        if selected is not UNSET:
            field_dict["selected"] = selected
        if name is not UNSET:
            field_dict["name"] = name
        if regulation is not UNSET:
            field_dict["regulation"] = regulation
        if registration_status_id is not UNSET:
            field_dict["registration_status_id"] = registration_status_id
        if registration_entity_id is not UNSET:
            field_dict["registration_entity_id"] = registration_entity_id
        if jotform_id is not UNSET:
            field_dict["jotform_id"] = jotform_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        registration_type: int | None | Unset = d.pop("registration_type", UNSET)

        receipient_count: int | None | Unset = d.pop("receipient_count", UNSET)

        usable_sender_id: bool | None | Unset = d.pop("usable_sender_id", UNSET)

        selected: bool | None | Unset = d.pop("selected", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        _regulation = d.pop("regulation", UNSET)
        regulation: CalculateSmsPriceDataSummaryCountriesInnerCountryRegulation | None | Unset
        if isinstance(_regulation, dict):
            try:
                regulation_type_0 = (
                    CalculateSmsPriceDataSummaryCountriesInnerCountryRegulation.from_dict(
                        _regulation
                    )
                )

                regulation = regulation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                regulation = cast(
                    CalculateSmsPriceDataSummaryCountriesInnerCountryRegulation | None | Unset,
                    _regulation,
                )
        else:
            regulation = _regulation

        registration_status_id: int | None | Unset = d.pop("registration_status_id", UNSET)

        registration_entity_id: int | None | Unset = d.pop("registration_entity_id", UNSET)

        jotform_id: int | None | Unset = d.pop("jotform_id", UNSET)

        calculate_sms_price_data_summary_countries_inner_country = cls(
            registration_type,
            receipient_count,
            usable_sender_id,
            selected,
            name,
            regulation,
            registration_status_id,
            registration_entity_id,
            jotform_id,
        )

        calculate_sms_price_data_summary_countries_inner_country.additional_properties = d
        return calculate_sms_price_data_summary_countries_inner_country

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
from ..models.calculate_sms_price_data_summary_countries_inner_country_regulation import (
    CalculateSmsPriceDataSummaryCountriesInnerCountryRegulation,  # noqa: E402
)

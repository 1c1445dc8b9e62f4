# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateSmsPriceDataSummaryCountriesInnerCountryRegulation")


@_attrs_define
class CalculateSmsPriceDataSummaryCountriesInnerCountryRegulation:
    """
    Attributes:
        country_user_id (int | None | Unset):
        sms_registration_type (int | None | Unset):
        restricted_sending (bool | None | Unset):
        trial_sending (bool | None | Unset):
        regulation_requirements_description (None | str | Unset):
        created_at (CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt | None | Unset):
        updated_at (CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt | None | Unset):
    """

    country_user_id: int | None | Unset = UNSET
    sms_registration_type: int | None | Unset = UNSET
    restricted_sending: bool | None | Unset = UNSET
    trial_sending: bool | None | Unset = UNSET
    regulation_requirements_description: None | str | Unset = UNSET
    created_at: (
        CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt | None | Unset
    ) = UNSET
    updated_at: (
        CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_user_id: int | None | Unset
        if isinstance(self.country_user_id, Unset):
            country_user_id = UNSET
        else:
            country_user_id = self.country_user_id

        sms_registration_type: int | None | Unset
        if isinstance(self.sms_registration_type, Unset):
            sms_registration_type = UNSET
        else:
            sms_registration_type = self.sms_registration_type

        restricted_sending: bool | None | Unset
        if isinstance(self.restricted_sending, Unset):
            restricted_sending = UNSET
        else:
            restricted_sending = self.restricted_sending

        trial_sending: bool | None | Unset
        if isinstance(self.trial_sending, Unset):
            trial_sending = UNSET
        else:
            trial_sending = self.trial_sending

        regulation_requirements_description: None | str | Unset
        if isinstance(self.regulation_requirements_description, Unset):
            regulation_requirements_description = UNSET
        else:
            regulation_requirements_description = self.regulation_requirements_description

        created_at: dict[str, Any] | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(
            self.created_at, CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt
        ):
            created_at = self.created_at.to_dict()
        else:
            created_at = self.created_at

        updated_at: dict[str, Any] | None | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(
            self.updated_at, CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt
        ):
            updated_at = self.updated_at.to_dict()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_user_id is not UNSET:
            field_dict["country_user_id"] = country_user_id
        if sms_registration_type is not UNSET:
            field_dict["sms_registration_type"] = sms_registration_type
        if restricted_sending is not UNSET:
            field_dict["restricted_sending"] = restricted_sending
        if trial_sending is not UNSET:
            field_dict["trial_sending"] = trial_sending
        if regulation_requirements_description is not UNSET:
            field_dict["regulation_requirements_description"] = regulation_requirements_description
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_user_id: int | None | Unset = d.pop("country_user_id", UNSET)

        sms_registration_type: int | None | Unset = d.pop("sms_registration_type", UNSET)

        restricted_sending: bool | None | Unset = d.pop("restricted_sending", UNSET)

        trial_sending: bool | None | Unset = d.pop("trial_sending", UNSET)

        regulation_requirements_description: None | str | Unset = d.pop(
            "regulation_requirements_description", UNSET
        )

        _created_at = d.pop("created_at", UNSET)
        created_at: (
            CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt | None | Unset
        )
        if isinstance(_created_at, dict):
            try:
                created_at_type_0 = (
                    CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt.from_dict(
                        _created_at
                    )
                )

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(
                    CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt
                    | None
                    | Unset,
                    _created_at,
                )
        else:
            created_at = _created_at

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: (
            CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt | None | Unset
        )
        if isinstance(_updated_at, dict):
            try:
                updated_at_type_0 = (
                    CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt.from_dict(
                        _updated_at
                    )
                )

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(
                    CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt
                    | None
                    | Unset,
                    _updated_at,
                )
        else:
            updated_at = _updated_at

        calculate_sms_price_data_summary_countries_inner_country_regulation = cls(
            country_user_id,
            sms_registration_type,
            restricted_sending,
            trial_sending,
            regulation_requirements_description,
            created_at,
            updated_at,
        )

        calculate_sms_price_data_summary_countries_inner_country_regulation.additional_properties = d
        return calculate_sms_price_data_summary_countries_inner_country_regulation

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
from ..models.calculate_sms_price_data_summary_countries_inner_country_regulation_created_at import (
    CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt,  # noqa: E402
)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInner")


@_attrs_define
class ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInner:
    """
    Attributes:
        sender_type (None | str | Unset):
        allowed_sender_countries
            (ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries | None | Unset):
    """

    sender_type: None | str | Unset = UNSET
    allowed_sender_countries: (
        ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_type: None | str | Unset
        if isinstance(self.sender_type, Unset):
            sender_type = UNSET
        else:
            sender_type = self.sender_type

        allowed_sender_countries: dict[str, Any] | None | Unset
        if isinstance(self.allowed_sender_countries, Unset):
            allowed_sender_countries = UNSET
        elif isinstance(
            self.allowed_sender_countries,
            ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries,
        ):
            allowed_sender_countries = self.allowed_sender_countries.to_dict()
        else:
            allowed_sender_countries = self.allowed_sender_countries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_type is not UNSET:
            field_dict["sender_type"] = sender_type
        if allowed_sender_countries is not UNSET:
            field_dict["allowed_sender_countries"] = allowed_sender_countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sender_type: None | str | Unset = d.pop("sender_type", UNSET)

        _allowed_sender_countries = d.pop("allowed_sender_countries", UNSET)
        allowed_sender_countries: (
            ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries
            | None
            | Unset
        )
        if isinstance(_allowed_sender_countries, dict):
            try:
                allowed_sender_countries_type_0 = ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries.from_dict(
                    _allowed_sender_countries
                )

                allowed_sender_countries = allowed_sender_countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                allowed_sender_countries = cast(
                    ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries
                    | None
                    | Unset,
                    _allowed_sender_countries,
                )
        else:
            allowed_sender_countries = _allowed_sender_countries

        list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner = cls(
            sender_type,
            allowed_sender_countries,
        )

        list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner.additional_properties = d
        return list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner

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
from ..models.list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner_allowed_sender_countries import (
    ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries,  # noqa: E402
)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries",
)


@_attrs_define
class ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries:
    """
    Attributes:
        global_ (bool | None | Unset):
        country_codes (list[str] | None | Unset):
    """

    global_: bool | None | Unset = UNSET
    country_codes: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        global_: bool | None | Unset
        if isinstance(self.global_, Unset):
            global_ = UNSET
        else:
            global_ = self.global_

        country_codes: list[str] | None | Unset
        if isinstance(self.country_codes, Unset):
            country_codes = UNSET
        elif isinstance(self.country_codes, list):
            country_codes = self.country_codes

        else:
            country_codes = self.country_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if global_ is not UNSET:
            field_dict["global"] = global_
        if country_codes is not UNSET:
            field_dict["country_codes"] = country_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        global_: bool | None | Unset = d.pop("global", UNSET)

        _country_codes = d.pop("country_codes", UNSET)
        country_codes: list[str] | None | Unset
        if isinstance(_country_codes, list):
            try:
                country_codes_type_0 = cast(list[str], _country_codes)

                country_codes = country_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                country_codes = cast(list[str] | None | Unset, _country_codes)
        else:
            country_codes = _country_codes

        list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner_allowed_sender_countries = cls(
            global_,
            country_codes,
        )

        list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner_allowed_sender_countries.additional_properties = d
        return list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner_allowed_sender_countries

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

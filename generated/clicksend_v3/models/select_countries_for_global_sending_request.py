# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelectCountriesForGlobalSendingRequest")


@_attrs_define
class SelectCountriesForGlobalSendingRequest:
    """
    Attributes:
        country_list_ids (list[int] | Unset):
    """

    country_list_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_list_ids: list[int] | Unset = UNSET
        if not isinstance(self.country_list_ids, Unset):
            country_list_ids = self.country_list_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_list_ids is not UNSET:
            field_dict["country_list_ids"] = country_list_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        country_list_ids = cast(list[int], d.pop("country_list_ids", UNSET))

        select_countries_for_global_sending_request = cls(
            country_list_ids,
        )

        select_countries_for_global_sending_request.additional_properties = d
        return select_countries_for_global_sending_request

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

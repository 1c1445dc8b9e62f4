# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_alpha_tag_request_countries_item import (
    RequestAlphaTagRequestCountriesItem,
    check_request_alpha_tag_request_countries_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestAlphaTagRequest")


@_attrs_define
class RequestAlphaTagRequest:
    """
    Attributes:
        alpha_tag (str | Unset):
        reason (str | Unset):
        countries (list[RequestAlphaTagRequestCountriesItem] | Unset):
        businesses (list[RequestAlphaTagRequestBusinessesInner] | Unset):
    """

    alpha_tag: str | Unset = UNSET
    reason: str | Unset = UNSET
    countries: list[RequestAlphaTagRequestCountriesItem] | Unset = UNSET
    businesses: list[RequestAlphaTagRequestBusinessesInner] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alpha_tag = self.alpha_tag

        reason = self.reason

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item: str = countries_item_data
                countries.append(countries_item)

        businesses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.businesses, Unset):
            businesses = []
            for businesses_item_data in self.businesses:
                businesses_item = businesses_item_data.to_dict()
                businesses.append(businesses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alpha_tag is not UNSET:
            field_dict["alpha_tag"] = alpha_tag
        if reason is not UNSET:
            field_dict["reason"] = reason
        if countries is not UNSET:
            field_dict["countries"] = countries
        if businesses is not UNSET:
            field_dict["businesses"] = businesses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alpha_tag = d.pop("alpha_tag", UNSET)

        reason = d.pop("reason", UNSET)

        _countries = d.pop("countries", UNSET)
        countries: list[RequestAlphaTagRequestCountriesItem] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                countries_item = check_request_alpha_tag_request_countries_item(countries_item_data)

                countries.append(countries_item)

        _businesses = d.pop("businesses", UNSET)
        businesses: list[RequestAlphaTagRequestBusinessesInner] | Unset = UNSET
        if _businesses is not UNSET:
            businesses = []
            for businesses_item_data in _businesses:
                businesses_item = RequestAlphaTagRequestBusinessesInner.from_dict(
                    businesses_item_data
                )

                businesses.append(businesses_item)

        request_alpha_tag_request = cls(
            alpha_tag,
            reason,
            countries,
            businesses,
        )

        request_alpha_tag_request.additional_properties = d
        return request_alpha_tag_request

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
from ..models.request_alpha_tag_request_businesses_inner import (
    RequestAlphaTagRequestBusinessesInner,  # noqa: E402
)

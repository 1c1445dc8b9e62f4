# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateSmsCampaignPriceRequest")


@_attrs_define
class CalculateSmsCampaignPriceRequest:
    """
    Attributes:
        list_id (int | str | Unset):
        name (str | Unset):
        from_ (str | Unset):
        body (str | Unset):
    """

    list_id: int | str | Unset = UNSET
    name: str | Unset = UNSET
    from_: str | Unset = UNSET
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id: int | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        name = self.name

        from_ = self.from_

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if name is not UNSET:
            field_dict["name"] = name
        if from_ is not UNSET:
            field_dict["from"] = from_
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id: int | str | Unset = d.pop("list_id", UNSET)

        name = d.pop("name", UNSET)

        from_ = d.pop("from", UNSET)

        body = d.pop("body", UNSET)

        calculate_sms_campaign_price_request = cls(
            list_id,
            name,
            from_,
            body,
        )

        calculate_sms_campaign_price_request.additional_properties = d
        return calculate_sms_campaign_price_request

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

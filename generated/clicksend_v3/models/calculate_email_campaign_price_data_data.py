# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateEmailCampaignPriceDataData")


@_attrs_define
class CalculateEmailCampaignPriceDataData:
    """
    Attributes:
        name (None | str | Unset):
        subject (None | str | Unset):
        from_email_address_id (float | None | Unset):
        from_name (None | str | Unset):
        body (None | str | Unset):
        list_id (float | None | str | Unset):
    """

    name: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    from_email_address_id: float | None | Unset = UNSET
    from_name: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    list_id: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        from_email_address_id: float | None | Unset
        if isinstance(self.from_email_address_id, Unset):
            from_email_address_id = UNSET
        else:
            from_email_address_id = self.from_email_address_id

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        list_id: float | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if from_email_address_id is not UNSET:
            field_dict["from_email_address_id"] = from_email_address_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if body is not UNSET:
            field_dict["body"] = body
        if list_id is not UNSET:
            field_dict["list_id"] = list_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        subject: None | str | Unset = d.pop("subject", UNSET)

        from_email_address_id: float | None | Unset = d.pop("from_email_address_id", UNSET)

        from_name: None | str | Unset = d.pop("from_name", UNSET)

        body: None | str | Unset = d.pop("body", UNSET)

        list_id: float | None | str | Unset = d.pop("list_id", UNSET)

        calculate_email_campaign_price_data_data = cls(
            name,
            subject,
            from_email_address_id,
            from_name,
            body,
            list_id,
        )

        calculate_email_campaign_price_data_data.additional_properties = d
        return calculate_email_campaign_price_data_data

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

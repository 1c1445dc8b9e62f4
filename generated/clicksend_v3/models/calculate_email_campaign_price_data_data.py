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
        # Each field's value at its place among the class's arguments; what the class does not
        # name is kept aside. One pass over the keys the answer has, not one lookup per field.
        values: list[Any] = list(_NO_VALUES)
        d: dict[str, Any] = {}
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)
        at = _FIELD_AT.get
        for key, value in src_dict.items():
            i = at(key)
            if i is None:
                d[key] = value
            else:
                values[i] = value
        calculate_email_campaign_price_data_data = cls(*values)

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


# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "name": 0,
    "subject": 1,
    "from_email_address_id": 2,
    "from_name": 3,
    "body": 4,
    "list_id": 5,
}
_NO_VALUES: tuple[Any, ...] = (
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
)

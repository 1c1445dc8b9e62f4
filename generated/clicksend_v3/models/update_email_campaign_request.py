# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateEmailCampaignRequest")


@_attrs_define
class UpdateEmailCampaignRequest:
    """
    Attributes:
        schedule (int | Unset):
        list_id (int | str | Unset):
        subject (str | Unset):
        from_email_address_id (int | Unset):
        name (str | Unset):
        template_id (int | Unset):
        body (str | Unset):
        from_name (str | Unset):
    """

    schedule: int | Unset = UNSET
    list_id: int | str | Unset = UNSET
    subject: str | Unset = UNSET
    from_email_address_id: int | Unset = UNSET
    name: str | Unset = UNSET
    template_id: int | Unset = UNSET
    body: str | Unset = UNSET
    from_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule = self.schedule

        list_id: int | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        subject = self.subject

        from_email_address_id = self.from_email_address_id

        name = self.name

        template_id = self.template_id

        body = self.body

        from_name = self.from_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if from_email_address_id is not UNSET:
            field_dict["from_email_address_id"] = from_email_address_id
        if name is not UNSET:
            field_dict["name"] = name
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if body is not UNSET:
            field_dict["body"] = body
        if from_name is not UNSET:
            field_dict["from_name"] = from_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schedule = d.pop("schedule", UNSET)

        list_id: int | str | Unset = d.pop("list_id", UNSET)

        subject = d.pop("subject", UNSET)

        from_email_address_id = d.pop("from_email_address_id", UNSET)

        name = d.pop("name", UNSET)

        template_id = d.pop("template_id", UNSET)

        body = d.pop("body", UNSET)

        from_name = d.pop("from_name", UNSET)

        update_email_campaign_request = cls(
            schedule,
            list_id,
            subject,
            from_email_address_id,
            name,
            template_id,
            body,
            from_name,
        )

        update_email_campaign_request.additional_properties = d
        return update_email_campaign_request

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

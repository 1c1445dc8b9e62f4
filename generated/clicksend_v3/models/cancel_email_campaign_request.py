# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelEmailCampaignRequest")


@_attrs_define
class CancelEmailCampaignRequest:
    """
    Attributes:
        name (str | Unset):
        subject (str | Unset):
        from_email_address_id (int | Unset):
        template_id (int | Unset):
        list_id (int | str | Unset):
        from_name (str | Unset):
        draft (int | Unset):
        schedule (str | Unset):
        custom_string (str | Unset):
        body (str | Unset):
    """

    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    from_email_address_id: int | Unset = UNSET
    template_id: int | Unset = UNSET
    list_id: int | str | Unset = UNSET
    from_name: str | Unset = UNSET
    draft: int | Unset = UNSET
    schedule: str | Unset = UNSET
    custom_string: str | Unset = UNSET
    body: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        subject = self.subject

        from_email_address_id = self.from_email_address_id

        template_id = self.template_id

        list_id: int | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        from_name = self.from_name

        draft = self.draft

        schedule = self.schedule

        custom_string = self.custom_string

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if from_email_address_id is not UNSET:
            field_dict["from_email_address_id"] = from_email_address_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if draft is not UNSET:
            field_dict["draft"] = draft
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        subject = d.pop("subject", UNSET)

        from_email_address_id = d.pop("from_email_address_id", UNSET)

        template_id = d.pop("template_id", UNSET)

        list_id: int | str | Unset = d.pop("list_id", UNSET)

        from_name = d.pop("from_name", UNSET)

        draft = d.pop("draft", UNSET)

        schedule = d.pop("schedule", UNSET)

        custom_string = d.pop("custom_string", UNSET)

        body = d.pop("body", UNSET)

        cancel_email_campaign_request = cls(
            name,
            subject,
            from_email_address_id,
            template_id,
            list_id,
            from_name,
            draft,
            schedule,
            custom_string,
            body,
        )

        cancel_email_campaign_request.additional_properties = d
        return cancel_email_campaign_request

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

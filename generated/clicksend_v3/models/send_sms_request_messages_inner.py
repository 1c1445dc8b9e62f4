# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsRequestMessagesInner")


@_attrs_define
class SendSmsRequestMessagesInner:
    """
    Attributes:
        body (str):
        to (str | Unset):
        from_ (str | Unset):
        source (str | Unset):
        schedule (int | Unset):
        custom_string (str | Unset):
        list_id (int | str | Unset):
        contact_id (int | Unset):
        country (str | Unset):
        from_email (str | Unset):
        exclude_no_sender_id_recipients (bool | Unset):
    """

    body: str
    to: str | Unset = UNSET
    from_: str | Unset = UNSET
    source: str | Unset = UNSET
    schedule: int | Unset = UNSET
    custom_string: str | Unset = UNSET
    list_id: int | str | Unset = UNSET
    contact_id: int | Unset = UNSET
    country: str | Unset = UNSET
    from_email: str | Unset = UNSET
    exclude_no_sender_id_recipients: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        to = self.to

        from_ = self.from_

        source = self.source

        schedule = self.schedule

        custom_string = self.custom_string

        list_id: int | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        contact_id = self.contact_id

        country = self.country

        from_email = self.from_email

        exclude_no_sender_id_recipients = self.exclude_no_sender_id_recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if source is not UNSET:
            field_dict["source"] = source
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if contact_id is not UNSET:
            field_dict["contact_id"] = contact_id
        if country is not UNSET:
            field_dict["country"] = country
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if exclude_no_sender_id_recipients is not UNSET:
            field_dict["exclude_no_sender_id_recipients"] = exclude_no_sender_id_recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        to = d.pop("to", UNSET)

        from_ = d.pop("from", UNSET)

        source = d.pop("source", UNSET)

        schedule = d.pop("schedule", UNSET)

        custom_string = d.pop("custom_string", UNSET)

        list_id: int | str | Unset = d.pop("list_id", UNSET)

        contact_id = d.pop("contact_id", UNSET)

        country = d.pop("country", UNSET)

        from_email = d.pop("from_email", UNSET)

        exclude_no_sender_id_recipients = d.pop("exclude_no_sender_id_recipients", UNSET)

        send_sms_request_messages_inner = cls(
            body,
            to,
            from_,
            source,
            schedule,
            custom_string,
            list_id,
            contact_id,
            country,
            from_email,
            exclude_no_sender_id_recipients,
        )

        send_sms_request_messages_inner.additional_properties = d
        return send_sms_request_messages_inner

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMmsRequestMessagesInner")


@_attrs_define
class SendMmsRequestMessagesInner:
    """
    Attributes:
        source (str | Unset):
        to (str | Unset):
        from_ (str | Unset):
        subject (str | Unset):
        body (str | Unset):
        schedule (int | Unset):
    """

    source: str | Unset = UNSET
    to: str | Unset = UNSET
    from_: str | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    schedule: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        to = self.to

        from_ = self.from_

        subject = self.subject

        body = self.body

        schedule = self.schedule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if to is not UNSET:
            field_dict["to"] = to
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source", UNSET)

        to = d.pop("to", UNSET)

        from_ = d.pop("from", UNSET)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        schedule = d.pop("schedule", UNSET)

        send_mms_request_messages_inner = cls(
            source,
            to,
            from_,
            subject,
            body,
            schedule,
        )

        send_mms_request_messages_inner.additional_properties = d
        return send_mms_request_messages_inner

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

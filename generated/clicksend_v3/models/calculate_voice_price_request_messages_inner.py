# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateVoicePriceRequestMessagesInner")


@_attrs_define
class CalculateVoicePriceRequestMessagesInner:
    """
    Attributes:
        source (str | Unset):
        from_ (str | Unset):
        body (str | Unset):
        to (str | Unset):
        voice (str | Unset):
        lang (str | Unset):
        schedule (str | Unset):
        custom_string (str | Unset):
        asdasd (str | Unset):
        machine_detection (int | Unset):
    """

    source: str | Unset = UNSET
    from_: str | Unset = UNSET
    body: str | Unset = UNSET
    to: str | Unset = UNSET
    voice: str | Unset = UNSET
    lang: str | Unset = UNSET
    schedule: str | Unset = UNSET
    custom_string: str | Unset = UNSET
    asdasd: str | Unset = UNSET
    machine_detection: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        from_ = self.from_

        body = self.body

        to = self.to

        voice = self.voice

        lang = self.lang

        schedule = self.schedule

        custom_string = self.custom_string

        asdasd = self.asdasd

        machine_detection = self.machine_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if from_ is not UNSET:
            field_dict["from"] = from_
        if body is not UNSET:
            field_dict["body"] = body
        if to is not UNSET:
            field_dict["to"] = to
        if voice is not UNSET:
            field_dict["voice"] = voice
        if lang is not UNSET:
            field_dict["lang"] = lang
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string
        if asdasd is not UNSET:
            field_dict["asdasd"] = asdasd
        if machine_detection is not UNSET:
            field_dict["machine_detection"] = machine_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source", UNSET)

        from_ = d.pop("from", UNSET)

        body = d.pop("body", UNSET)

        to = d.pop("to", UNSET)

        voice = d.pop("voice", UNSET)

        lang = d.pop("lang", UNSET)

        schedule = d.pop("schedule", UNSET)

        custom_string = d.pop("custom_string", UNSET)

        asdasd = d.pop("asdasd", UNSET)

        machine_detection = d.pop("machine_detection", UNSET)

        calculate_voice_price_request_messages_inner = cls(
            source,
            from_,
            body,
            to,
            voice,
            lang,
            schedule,
            custom_string,
            asdasd,
            machine_detection,
        )

        calculate_voice_price_request_messages_inner.additional_properties = d
        return calculate_voice_price_request_messages_inner

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    """
    Attributes:
        senders (list[SendersInner] | Unset):
        shorten_urls (bool | Unset):
        messages (list[SendSmsRequestMessagesInner] | Unset):
    """

    senders: list[SendersInner] | Unset = UNSET
    shorten_urls: bool | Unset = UNSET
    messages: list[SendSmsRequestMessagesInner] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        senders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.senders, Unset):
            senders = []
            for senders_item_data in self.senders:
                senders_item = senders_item_data.to_dict()
                senders.append(senders_item)

        shorten_urls = self.shorten_urls

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if senders is not UNSET:
            field_dict["senders"] = senders
        if shorten_urls is not UNSET:
            field_dict["shorten_urls"] = shorten_urls
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _senders = d.pop("senders", UNSET)
        senders: list[SendersInner] | Unset = UNSET
        if _senders is not UNSET:
            senders = []
            for senders_item_data in _senders:
                senders_item = SendersInner.from_dict(senders_item_data)

                senders.append(senders_item)

        shorten_urls = d.pop("shorten_urls", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[SendSmsRequestMessagesInner] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = SendSmsRequestMessagesInner.from_dict(messages_item_data)

                messages.append(messages_item)

        send_sms_request = cls(
            senders,
            shorten_urls,
            messages,
        )

        send_sms_request.additional_properties = d
        return send_sms_request

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
from ..models.send_sms_request_messages_inner import SendSmsRequestMessagesInner  # noqa: E402
from ..models.senders_inner import SendersInner  # noqa: E402

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendPostcardRequest")


@_attrs_define
class SendPostcardRequest:
    """
    Attributes:
        file_urls (list[str] | Unset):
        recipients (list[SendPostcardRequestRecipientsInner] | Unset):
    """

    file_urls: list[str] | Unset = UNSET
    recipients: list[SendPostcardRequestRecipientsInner] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_urls: list[str] | Unset = UNSET
        if not isinstance(self.file_urls, Unset):
            file_urls = self.file_urls

        recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_urls is not UNSET:
            field_dict["file_urls"] = file_urls
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_urls = cast(list[str], d.pop("file_urls", UNSET))

        _recipients = d.pop("recipients", UNSET)
        recipients: list[SendPostcardRequestRecipientsInner] | Unset = UNSET
        if _recipients is not UNSET:
            recipients = []
            for recipients_item_data in _recipients:
                recipients_item = SendPostcardRequestRecipientsInner.from_dict(recipients_item_data)

                recipients.append(recipients_item)

        send_postcard_request = cls(
            file_urls,
            recipients,
        )

        send_postcard_request.additional_properties = d
        return send_postcard_request

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
from ..models.send_postcard_request_recipients_inner import (
    SendPostcardRequestRecipientsInner,  # noqa: E402
)

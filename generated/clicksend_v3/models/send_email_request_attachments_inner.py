# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendEmailRequestAttachmentsInner")


@_attrs_define
class SendEmailRequestAttachmentsInner:
    """
    Attributes:
        content (str | Unset):
        type_ (str | Unset):
        filename (str | Unset):
        disposition (str | Unset):
        content_id (str | Unset):
    """

    content: str | Unset = UNSET
    type_: str | Unset = UNSET
    filename: str | Unset = UNSET
    disposition: str | Unset = UNSET
    content_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        type_ = self.type_

        filename = self.filename

        disposition = self.disposition

        content_id = self.content_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if type_ is not UNSET:
            field_dict["type"] = type_
        if filename is not UNSET:
            field_dict["filename"] = filename
        if disposition is not UNSET:
            field_dict["disposition"] = disposition
        if content_id is not UNSET:
            field_dict["content_id"] = content_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content", UNSET)

        type_ = d.pop("type", UNSET)

        filename = d.pop("filename", UNSET)

        disposition = d.pop("disposition", UNSET)

        content_id = d.pop("content_id", UNSET)

        send_email_request_attachments_inner = cls(
            content,
            type_,
            filename,
            disposition,
            content_id,
        )

        send_email_request_attachments_inner.additional_properties = d
        return send_email_request_attachments_inner

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

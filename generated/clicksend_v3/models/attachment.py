# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """
    Attributes:
        file_name (None | str | Unset):
        content_type (None | str | Unset):
        content_disposition (None | str | Unset):
        content_id (None | str | Unset):
        field_attachment_file_url (None | str | Unset):
    """

    file_name: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    content_disposition: None | str | Unset = UNSET
    content_id: None | str | Unset = UNSET
    field_attachment_file_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        content_disposition: None | str | Unset
        if isinstance(self.content_disposition, Unset):
            content_disposition = UNSET
        else:
            content_disposition = self.content_disposition

        content_id: None | str | Unset
        if isinstance(self.content_id, Unset):
            content_id = UNSET
        else:
            content_id = self.content_id

        field_attachment_file_url: None | str | Unset
        if isinstance(self.field_attachment_file_url, Unset):
            field_attachment_file_url = UNSET
        else:
            field_attachment_file_url = self.field_attachment_file_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if content_disposition is not UNSET:
            field_dict["content_disposition"] = content_disposition
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if field_attachment_file_url is not UNSET:
            field_dict["_attachment_file_url"] = field_attachment_file_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name: None | str | Unset = d.pop("file_name", UNSET)

        content_type: None | str | Unset = d.pop("content_type", UNSET)

        content_disposition: None | str | Unset = d.pop("content_disposition", UNSET)

        content_id: None | str | Unset = d.pop("content_id", UNSET)

        field_attachment_file_url: None | str | Unset = d.pop("_attachment_file_url", UNSET)

        attachment = cls(
            file_name,
            content_type,
            content_disposition,
            content_id,
            field_attachment_file_url,
        )

        attachment.additional_properties = d
        return attachment

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

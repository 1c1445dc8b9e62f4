# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMmsCampaignRequest")


@_attrs_define
class SendMmsCampaignRequest:
    """
    Attributes:
        list_id (int | str | Unset):
        name (str | Unset):
        from_ (str | Unset):
        body (str | Unset):
        url_to_shorten (str | Unset):
        subject (str | Unset):
        media_file (str | Unset):
    """

    list_id: int | str | Unset = UNSET
    name: str | Unset = UNSET
    from_: str | Unset = UNSET
    body: str | Unset = UNSET
    url_to_shorten: str | Unset = UNSET
    subject: str | Unset = UNSET
    media_file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id: int | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        name = self.name

        from_ = self.from_

        body = self.body

        url_to_shorten = self.url_to_shorten

        subject = self.subject

        media_file = self.media_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if name is not UNSET:
            field_dict["name"] = name
        if from_ is not UNSET:
            field_dict["from"] = from_
        if body is not UNSET:
            field_dict["body"] = body
        if url_to_shorten is not UNSET:
            field_dict["url_to_shorten"] = url_to_shorten
        if subject is not UNSET:
            field_dict["subject"] = subject
        if media_file is not UNSET:
            field_dict["media_file"] = media_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id: int | str | Unset = d.pop("list_id", UNSET)

        name = d.pop("name", UNSET)

        from_ = d.pop("from", UNSET)

        body = d.pop("body", UNSET)

        url_to_shorten = d.pop("url_to_shorten", UNSET)

        subject = d.pop("subject", UNSET)

        media_file = d.pop("media_file", UNSET)

        send_mms_campaign_request = cls(
            list_id,
            name,
            from_,
            body,
            url_to_shorten,
            subject,
            media_file,
        )

        send_mms_campaign_request.additional_properties = d
        return send_mms_campaign_request

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

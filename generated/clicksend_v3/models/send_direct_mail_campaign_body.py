# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendDirectMailCampaignBody")


@_attrs_define
class SendDirectMailCampaignBody:
    """
    Attributes:
        file_urls (list[Any]):
        name (str):
        size (str):
        areas (list[Any] | Unset):
        schedule (float | Unset):
        source (str | Unset):
    """

    file_urls: list[Any]
    name: str
    size: str
    areas: list[Any] | Unset = UNSET
    schedule: float | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_urls = self.file_urls

        name = self.name

        size = self.size

        areas: list[Any] | Unset = UNSET
        if not isinstance(self.areas, Unset):
            areas = self.areas

        schedule = self.schedule

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_urls": file_urls,
                "name": name,
                "size": size,
            }
        )
        if areas is not UNSET:
            field_dict["areas"] = areas
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _file_urls = d.pop("file_urls")
        file_urls = list(_file_urls) if isinstance(_file_urls, list) else _file_urls

        name = d.pop("name")

        size = d.pop("size")

        _areas = d.pop("areas", UNSET)
        areas = list(_areas) if isinstance(_areas, list) else _areas

        schedule = d.pop("schedule", UNSET)

        source = d.pop("source", UNSET)

        send_direct_mail_campaign_body = cls(
            file_urls,
            name,
            size,
            areas,
            schedule,
            source,
        )

        send_direct_mail_campaign_body.additional_properties = d
        return send_direct_mail_campaign_body

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

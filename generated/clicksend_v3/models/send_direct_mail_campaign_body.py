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
        # Each field's value at its place among the class's arguments; what the class does not
        # name is kept aside. One pass over the keys the answer has, not one lookup per field.
        values: list[Any] = list(_NO_VALUES)
        d: dict[str, Any] = {}
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)
        at = _FIELD_AT.get
        for key, value in src_dict.items():
            i = at(key)
            if i is None:
                d[key] = value
            else:
                values[i] = value
        if values[0] is _MISSING:
            raise KeyError("file_urls")
        _file_urls = values[0]
        file_urls = list(_file_urls) if isinstance(_file_urls, list) else _file_urls

        values[0] = file_urls
        if values[1] is _MISSING:
            raise KeyError("name")
        if values[2] is _MISSING:
            raise KeyError("size")
        _areas = values[3]
        areas = list(_areas) if isinstance(_areas, list) else _areas

        values[3] = areas
        send_direct_mail_campaign_body = cls(*values)

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


# Stands for a required field the answer does not have.
_MISSING: Any = object()
# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "file_urls": 0,
    "name": 1,
    "size": 2,
    "areas": 3,
    "schedule": 4,
    "source": 5,
}
_NO_VALUES: tuple[Any, ...] = (
    _MISSING,
    _MISSING,
    _MISSING,
    UNSET,
    UNSET,
    UNSET,
)

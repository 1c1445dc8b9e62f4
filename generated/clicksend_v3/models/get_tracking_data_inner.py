# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTrackingDataInner")


@_attrs_define
class GetTrackingDataInner:
    """
    Attributes:
        open_count (float | None | Unset):
        date_opened (float | None | Unset):
        user_geo_country (None | str | Unset):
        user_geo_region (None | str | Unset):
        user_device (None | str | Unset):
        user_browser (None | str | Unset):
        user_os (None | str | Unset):
        contact (GetTrackingDataInnerContact | None | Unset):
    """

    open_count: float | None | Unset = UNSET
    date_opened: float | None | Unset = UNSET
    user_geo_country: None | str | Unset = UNSET
    user_geo_region: None | str | Unset = UNSET
    user_device: None | str | Unset = UNSET
    user_browser: None | str | Unset = UNSET
    user_os: None | str | Unset = UNSET
    contact: GetTrackingDataInnerContact | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_count: float | None | Unset
        if isinstance(self.open_count, Unset):
            open_count = UNSET
        else:
            open_count = self.open_count

        date_opened: float | None | Unset
        if isinstance(self.date_opened, Unset):
            date_opened = UNSET
        else:
            date_opened = self.date_opened

        user_geo_country: None | str | Unset
        if isinstance(self.user_geo_country, Unset):
            user_geo_country = UNSET
        else:
            user_geo_country = self.user_geo_country

        user_geo_region: None | str | Unset
        if isinstance(self.user_geo_region, Unset):
            user_geo_region = UNSET
        else:
            user_geo_region = self.user_geo_region

        user_device: None | str | Unset
        if isinstance(self.user_device, Unset):
            user_device = UNSET
        else:
            user_device = self.user_device

        user_browser: None | str | Unset
        if isinstance(self.user_browser, Unset):
            user_browser = UNSET
        else:
            user_browser = self.user_browser

        user_os: None | str | Unset
        if isinstance(self.user_os, Unset):
            user_os = UNSET
        else:
            user_os = self.user_os

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, GetTrackingDataInnerContact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_count is not UNSET:
            field_dict["open_count"] = open_count
        if date_opened is not UNSET:
            field_dict["date_opened"] = date_opened
        if user_geo_country is not UNSET:
            field_dict["user_geo_country"] = user_geo_country
        if user_geo_region is not UNSET:
            field_dict["user_geo_region"] = user_geo_region
        if user_device is not UNSET:
            field_dict["user_device"] = user_device
        if user_browser is not UNSET:
            field_dict["user_browser"] = user_browser
        if user_os is not UNSET:
            field_dict["user_os"] = user_os
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        open_count: float | None | Unset = d.pop("open_count", UNSET)

        date_opened: float | None | Unset = d.pop("date_opened", UNSET)

        user_geo_country: None | str | Unset = d.pop("user_geo_country", UNSET)

        user_geo_region: None | str | Unset = d.pop("user_geo_region", UNSET)

        user_device: None | str | Unset = d.pop("user_device", UNSET)

        user_browser: None | str | Unset = d.pop("user_browser", UNSET)

        user_os: None | str | Unset = d.pop("user_os", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: GetTrackingDataInnerContact | None | Unset
        if isinstance(_contact, dict):
            try:
                contact_type_0 = GetTrackingDataInnerContact.from_dict(_contact)

                contact = contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                contact = cast(GetTrackingDataInnerContact | None | Unset, _contact)
        else:
            contact = _contact

        get_tracking_data_inner = cls(
            open_count,
            date_opened,
            user_geo_country,
            user_geo_region,
            user_device,
            user_browser,
            user_os,
            contact,
        )

        get_tracking_data_inner.additional_properties = d
        return get_tracking_data_inner

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
from ..models.get_tracking_data_inner_contact import GetTrackingDataInnerContact  # noqa: E402

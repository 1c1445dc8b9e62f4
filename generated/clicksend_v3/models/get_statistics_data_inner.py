# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetStatisticsDataInner")


@_attrs_define
class GetStatisticsDataInner:
    """
    Attributes:
        long_url_id (None | str | Unset):
        links (GetStatisticsDataInnerLinks | None | Unset):
        device (list[GetStatisticsDataInnerDeviceInner] | None | Unset):
        os (list[GetStatisticsDataInnerDeviceInner] | None | Unset):
        browser (list[GetStatisticsDataInnerDeviceInner] | None | Unset):
        country (list[GetStatisticsDataInnerDeviceInner] | None | Unset):
        region (list[GetStatisticsDataInnerDeviceInner] | None | Unset):
    """

    long_url_id: None | str | Unset = UNSET
    links: GetStatisticsDataInnerLinks | None | Unset = UNSET
    device: list[GetStatisticsDataInnerDeviceInner] | None | Unset = UNSET
    os: list[GetStatisticsDataInnerDeviceInner] | None | Unset = UNSET
    browser: list[GetStatisticsDataInnerDeviceInner] | None | Unset = UNSET
    country: list[GetStatisticsDataInnerDeviceInner] | None | Unset = UNSET
    region: list[GetStatisticsDataInnerDeviceInner] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        long_url_id: None | str | Unset
        if isinstance(self.long_url_id, Unset):
            long_url_id = UNSET
        else:
            long_url_id = self.long_url_id

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, GetStatisticsDataInnerLinks):
            links = self.links.to_dict()
        else:
            links = self.links

        device: list[dict[str, Any]] | None | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        elif isinstance(self.device, list):
            device = []
            for device_type_0_item_data in self.device:
                device_type_0_item = device_type_0_item_data.to_dict()
                device.append(device_type_0_item)

        else:
            device = self.device

        os: list[dict[str, Any]] | None | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        elif isinstance(self.os, list):
            os = []
            for os_type_0_item_data in self.os:
                os_type_0_item = os_type_0_item_data.to_dict()
                os.append(os_type_0_item)

        else:
            os = self.os

        browser: list[dict[str, Any]] | None | Unset
        if isinstance(self.browser, Unset):
            browser = UNSET
        elif isinstance(self.browser, list):
            browser = []
            for browser_type_0_item_data in self.browser:
                browser_type_0_item = browser_type_0_item_data.to_dict()
                browser.append(browser_type_0_item)

        else:
            browser = self.browser

        country: list[dict[str, Any]] | None | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, list):
            country = []
            for country_type_0_item_data in self.country:
                country_type_0_item = country_type_0_item_data.to_dict()
                country.append(country_type_0_item)

        else:
            country = self.country

        region: list[dict[str, Any]] | None | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        elif isinstance(self.region, list):
            region = []
            for region_type_0_item_data in self.region:
                region_type_0_item = region_type_0_item_data.to_dict()
                region.append(region_type_0_item)

        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if long_url_id is not UNSET:
            field_dict["long_url_id"] = long_url_id
        if links is not UNSET:
            field_dict["links"] = links
        if device is not UNSET:
            field_dict["device"] = device
        if os is not UNSET:
            field_dict["os"] = os
        if browser is not UNSET:
            field_dict["browser"] = browser
        if country is not UNSET:
            field_dict["country"] = country
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        long_url_id: None | str | Unset = d.pop("long_url_id", UNSET)

        _links = d.pop("links", UNSET)
        links: GetStatisticsDataInnerLinks | None | Unset
        if isinstance(_links, dict):
            try:
                links_type_0 = GetStatisticsDataInnerLinks.from_dict(_links)

                links = links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                links = cast(GetStatisticsDataInnerLinks | None | Unset, _links)
        else:
            links = _links

        _device = d.pop("device", UNSET)
        device: list[GetStatisticsDataInnerDeviceInner] | None | Unset
        if isinstance(_device, list):
            try:
                device_type_0 = []
                _device_type_0 = _device
                for device_type_0_item_data in _device_type_0:
                    device_type_0_item = GetStatisticsDataInnerDeviceInner.from_dict(
                        device_type_0_item_data
                    )

                    device_type_0.append(device_type_0_item)

                device = device_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                device = cast(list[GetStatisticsDataInnerDeviceInner] | None | Unset, _device)
        else:
            device = _device

        _os = d.pop("os", UNSET)
        os: list[GetStatisticsDataInnerDeviceInner] | None | Unset
        if isinstance(_os, list):
            try:
                os_type_0 = []
                _os_type_0 = _os
                for os_type_0_item_data in _os_type_0:
                    os_type_0_item = GetStatisticsDataInnerDeviceInner.from_dict(
                        os_type_0_item_data
                    )

                    os_type_0.append(os_type_0_item)

                os = os_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                os = cast(list[GetStatisticsDataInnerDeviceInner] | None | Unset, _os)
        else:
            os = _os

        _browser = d.pop("browser", UNSET)
        browser: list[GetStatisticsDataInnerDeviceInner] | None | Unset
        if isinstance(_browser, list):
            try:
                browser_type_0 = []
                _browser_type_0 = _browser
                for browser_type_0_item_data in _browser_type_0:
                    browser_type_0_item = GetStatisticsDataInnerDeviceInner.from_dict(
                        browser_type_0_item_data
                    )

                    browser_type_0.append(browser_type_0_item)

                browser = browser_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                browser = cast(list[GetStatisticsDataInnerDeviceInner] | None | Unset, _browser)
        else:
            browser = _browser

        _country = d.pop("country", UNSET)
        country: list[GetStatisticsDataInnerDeviceInner] | None | Unset
        if isinstance(_country, list):
            try:
                country_type_0 = []
                _country_type_0 = _country
                for country_type_0_item_data in _country_type_0:
                    country_type_0_item = GetStatisticsDataInnerDeviceInner.from_dict(
                        country_type_0_item_data
                    )

                    country_type_0.append(country_type_0_item)

                country = country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                country = cast(list[GetStatisticsDataInnerDeviceInner] | None | Unset, _country)
        else:
            country = _country

        _region = d.pop("region", UNSET)
        region: list[GetStatisticsDataInnerDeviceInner] | None | Unset
        if isinstance(_region, list):
            try:
                region_type_0 = []
                _region_type_0 = _region
                for region_type_0_item_data in _region_type_0:
                    region_type_0_item = GetStatisticsDataInnerDeviceInner.from_dict(
                        region_type_0_item_data
                    )

                    region_type_0.append(region_type_0_item)

                region = region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                region = cast(list[GetStatisticsDataInnerDeviceInner] | None | Unset, _region)
        else:
            region = _region

        get_statistics_data_inner = cls(
            long_url_id,
            links,
            device,
            os,
            browser,
            country,
            region,
        )

        get_statistics_data_inner.additional_properties = d
        return get_statistics_data_inner

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
from ..models.get_statistics_data_inner_device_inner import (
    GetStatisticsDataInnerDeviceInner,  # noqa: E402
)
from ..models.get_statistics_data_inner_links import GetStatisticsDataInnerLinks  # noqa: E402

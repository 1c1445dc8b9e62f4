# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTracking")


@_attrs_define
class GetTracking:
    """
    Attributes:
        total (float | None | Unset):
        per_page (float | None | Unset):
        current_page_size (float | None | Unset):
        prev_page_url (None | str | Unset):
        next_page_url (None | str | Unset):
        data (list[GetTrackingDataInner] | None | Unset):
    """

    total: float | None | Unset = UNSET
    per_page: float | None | Unset = UNSET
    current_page_size: float | None | Unset = UNSET
    prev_page_url: None | str | Unset = UNSET
    next_page_url: None | str | Unset = UNSET
    data: list[GetTrackingDataInner] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        per_page: float | None | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        current_page_size: float | None | Unset
        if isinstance(self.current_page_size, Unset):
            current_page_size = UNSET
        else:
            current_page_size = self.current_page_size

        prev_page_url: None | str | Unset
        if isinstance(self.prev_page_url, Unset):
            prev_page_url = UNSET
        else:
            prev_page_url = self.prev_page_url

        next_page_url: None | str | Unset
        if isinstance(self.next_page_url, Unset):
            next_page_url = UNSET
        else:
            next_page_url = self.next_page_url

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if current_page_size is not UNSET:
            field_dict["current_page_size"] = current_page_size
        if prev_page_url is not UNSET:
            field_dict["prev_page_url"] = prev_page_url
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total: float | None | Unset = d.pop("total", UNSET)

        per_page: float | None | Unset = d.pop("per_page", UNSET)

        current_page_size: float | None | Unset = d.pop("current_page_size", UNSET)

        prev_page_url: None | str | Unset = d.pop("prev_page_url", UNSET)

        next_page_url: None | str | Unset = d.pop("next_page_url", UNSET)

        _data = d.pop("data", UNSET)
        data: list[GetTrackingDataInner] | None | Unset
        if isinstance(_data, list):
            try:
                data_type_0 = []
                _data_type_0 = _data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = GetTrackingDataInner.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data = cast(list[GetTrackingDataInner] | None | Unset, _data)
        else:
            data = _data

        get_tracking = cls(
            total,
            per_page,
            current_page_size,
            prev_page_url,
            next_page_url,
            data,
        )

        get_tracking.additional_properties = d
        return get_tracking

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
from ..models.get_tracking_data_inner import GetTrackingDataInner  # noqa: E402

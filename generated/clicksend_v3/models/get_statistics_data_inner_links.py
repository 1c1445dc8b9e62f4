# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetStatisticsDataInnerLinks")


@_attrs_define
class GetStatisticsDataInnerLinks:
    """
    Attributes:
        total (float | None | Unset):
        opened_unique (float | None | Unset):
        opened_total (float | None | Unset):
        unopened (float | None | Unset):
    """

    total: float | None | Unset = UNSET
    opened_unique: float | None | Unset = UNSET
    opened_total: float | None | Unset = UNSET
    unopened: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        opened_unique: float | None | Unset
        if isinstance(self.opened_unique, Unset):
            opened_unique = UNSET
        else:
            opened_unique = self.opened_unique

        opened_total: float | None | Unset
        if isinstance(self.opened_total, Unset):
            opened_total = UNSET
        else:
            opened_total = self.opened_total

        unopened: float | None | Unset
        if isinstance(self.unopened, Unset):
            unopened = UNSET
        else:
            unopened = self.unopened

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if opened_unique is not UNSET:
            field_dict["opened_unique"] = opened_unique
        if opened_total is not UNSET:
            field_dict["opened_total"] = opened_total
        if unopened is not UNSET:
            field_dict["unopened"] = unopened

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total: float | None | Unset = d.pop("total", UNSET)

        opened_unique: float | None | Unset = d.pop("opened_unique", UNSET)

        opened_total: float | None | Unset = d.pop("opened_total", UNSET)

        unopened: float | None | Unset = d.pop("unopened", UNSET)

        get_statistics_data_inner_links = cls(
            total,
            opened_unique,
            opened_total,
            unopened,
        )

        get_statistics_data_inner_links.additional_properties = d
        return get_statistics_data_inner_links

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

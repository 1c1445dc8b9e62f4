# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListOwnNumbersMetadata")


@_attrs_define
class ListOwnNumbersMetadata:
    """
    Attributes:
        pagination (ListOwnNumbersMetadataPagination | None | Unset):
    """

    pagination: ListOwnNumbersMetadataPagination | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, ListOwnNumbersMetadataPagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _pagination = d.pop("pagination", UNSET)
        pagination: ListOwnNumbersMetadataPagination | None | Unset
        if isinstance(_pagination, dict):
            try:
                pagination_type_0 = ListOwnNumbersMetadataPagination.from_dict(_pagination)

                pagination = pagination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pagination = cast(ListOwnNumbersMetadataPagination | None | Unset, _pagination)
        else:
            pagination = _pagination

        list_own_numbers_metadata = cls(
            pagination,
        )

        list_own_numbers_metadata.additional_properties = d
        return list_own_numbers_metadata

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
from ..models.list_own_numbers_metadata_pagination import (
    ListOwnNumbersMetadataPagination,  # noqa: E402
)

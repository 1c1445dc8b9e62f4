# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListOwnNumbers")


@_attrs_define
class ListOwnNumbers:
    """
    Attributes:
        own_numbers (list[OwnNumber] | None | Unset):
        field_metadata (ListOwnNumbersMetadata | None | Unset):
    """

    own_numbers: list[OwnNumber] | None | Unset = UNSET
    field_metadata: ListOwnNumbersMetadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        own_numbers: list[dict[str, Any]] | None | Unset
        if isinstance(self.own_numbers, Unset):
            own_numbers = UNSET
        elif isinstance(self.own_numbers, list):
            own_numbers = []
            for own_numbers_type_0_item_data in self.own_numbers:
                own_numbers_type_0_item = own_numbers_type_0_item_data.to_dict()
                own_numbers.append(own_numbers_type_0_item)

        else:
            own_numbers = self.own_numbers

        field_metadata: dict[str, Any] | None | Unset
        if isinstance(self.field_metadata, Unset):
            field_metadata = UNSET
        elif isinstance(self.field_metadata, ListOwnNumbersMetadata):
            field_metadata = self.field_metadata.to_dict()
        else:
            field_metadata = self.field_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if own_numbers is not UNSET:
            field_dict["own_numbers"] = own_numbers
        if field_metadata is not UNSET:
            field_dict["_metadata"] = field_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _own_numbers = d.pop("own_numbers", UNSET)
        own_numbers: list[OwnNumber] | None | Unset
        if isinstance(_own_numbers, list):
            try:
                own_numbers_type_0 = []
                _own_numbers_type_0 = _own_numbers
                for own_numbers_type_0_item_data in _own_numbers_type_0:
                    own_numbers_type_0_item = OwnNumber.from_dict(own_numbers_type_0_item_data)

                    own_numbers_type_0.append(own_numbers_type_0_item)

                own_numbers = own_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                own_numbers = cast(list[OwnNumber] | None | Unset, _own_numbers)
        else:
            own_numbers = _own_numbers

        _field_metadata = d.pop("_metadata", UNSET)
        field_metadata: ListOwnNumbersMetadata | None | Unset
        if isinstance(_field_metadata, dict):
            try:
                field_metadata_type_0 = ListOwnNumbersMetadata.from_dict(_field_metadata)

                field_metadata = field_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                field_metadata = cast(ListOwnNumbersMetadata | None | Unset, _field_metadata)
        else:
            field_metadata = _field_metadata

        list_own_numbers = cls(
            own_numbers,
            field_metadata,
        )

        list_own_numbers.additional_properties = d
        return list_own_numbers

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
from ..models.list_own_numbers_metadata import ListOwnNumbersMetadata  # noqa: E402
from ..models.own_number import OwnNumber  # noqa: E402

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_own_numbers_metadata import ListOwnNumbersMetadata
    from ..models.own_number import OwnNumber


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
        from ..models.list_own_numbers_metadata import ListOwnNumbersMetadata  # noqa: PLC0415

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
        from ..models.list_own_numbers_metadata import ListOwnNumbersMetadata  # noqa: PLC0415
        from ..models.own_number import OwnNumber  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_own_numbers(data: object) -> list[OwnNumber] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                own_numbers_type_0 = []
                _own_numbers_type_0 = data
                for own_numbers_type_0_item_data in _own_numbers_type_0:
                    own_numbers_type_0_item = OwnNumber.from_dict(own_numbers_type_0_item_data)

                    own_numbers_type_0.append(own_numbers_type_0_item)

                return own_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OwnNumber] | None | Unset, data)

        own_numbers = _parse_own_numbers(d.pop("own_numbers", UNSET))

        def _parse_field_metadata(data: object) -> ListOwnNumbersMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_metadata_type_0 = ListOwnNumbersMetadata.from_dict(data)

                return field_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListOwnNumbersMetadata | None | Unset, data)

        field_metadata = _parse_field_metadata(d.pop("_metadata", UNSET))

        list_own_numbers = cls(
            own_numbers=own_numbers,
            field_metadata=field_metadata,
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

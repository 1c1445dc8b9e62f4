# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListAlphaTags")


@_attrs_define
class ListAlphaTags:
    """
    Attributes:
        alpha_tags (list[AlphaTag] | None | Unset):
        field_metadata (ListOwnNumbersMetadata | None | Unset):
    """

    alpha_tags: list[AlphaTag] | None | Unset = UNSET
    field_metadata: ListOwnNumbersMetadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alpha_tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.alpha_tags, Unset):
            alpha_tags = UNSET
        elif isinstance(self.alpha_tags, list):
            alpha_tags = []
            for alpha_tags_type_0_item_data in self.alpha_tags:
                alpha_tags_type_0_item = alpha_tags_type_0_item_data.to_dict()
                alpha_tags.append(alpha_tags_type_0_item)

        else:
            alpha_tags = self.alpha_tags

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
        if alpha_tags is not UNSET:
            field_dict["alpha_tags"] = alpha_tags
        if field_metadata is not UNSET:
            field_dict["_metadata"] = field_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _alpha_tags = d.pop("alpha_tags", UNSET)
        alpha_tags: list[AlphaTag] | None | Unset
        if isinstance(_alpha_tags, list):
            try:
                alpha_tags_type_0 = []
                _alpha_tags_type_0 = _alpha_tags
                for alpha_tags_type_0_item_data in _alpha_tags_type_0:
                    alpha_tags_type_0_item = AlphaTag.from_dict(alpha_tags_type_0_item_data)

                    alpha_tags_type_0.append(alpha_tags_type_0_item)

                alpha_tags = alpha_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                alpha_tags = cast(list[AlphaTag] | None | Unset, _alpha_tags)
        else:
            alpha_tags = _alpha_tags

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

        list_alpha_tags = cls(
            alpha_tags,
            field_metadata,
        )

        list_alpha_tags.additional_properties = d
        return list_alpha_tags

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
from ..models.alpha_tag_model import AlphaTag  # noqa: E402
from ..models.list_own_numbers_metadata import ListOwnNumbersMetadata  # noqa: E402

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCompliantSenderTypes200ResponseData")


@_attrs_define
class ListCompliantSenderTypes200ResponseData:
    """
    Attributes:
        data (list[ListCompliantSenderTypes200ResponseDataDataInner] | None | Unset):
    """

    data: list[ListCompliantSenderTypes200ResponseDataDataInner] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[ListCompliantSenderTypes200ResponseDataDataInner] | None | Unset
        if isinstance(_data, list):
            try:
                data_type_0 = []
                _data_type_0 = _data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = ListCompliantSenderTypes200ResponseDataDataInner.from_dict(
                        data_type_0_item_data
                    )

                    data_type_0.append(data_type_0_item)

                data = data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                data = cast(
                    list[ListCompliantSenderTypes200ResponseDataDataInner] | None | Unset, _data
                )
        else:
            data = _data

        list_compliant_sender_types_200_response_data = cls(
            data,
        )

        list_compliant_sender_types_200_response_data.additional_properties = d
        return list_compliant_sender_types_200_response_data

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
from ..models.list_compliant_sender_types_200_response_data_data_inner import (
    ListCompliantSenderTypes200ResponseDataDataInner,  # noqa: E402
)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCompliantSenderTypes200ResponseDataDataInner")


@_attrs_define
class ListCompliantSenderTypes200ResponseDataDataInner:
    """
    Attributes:
        recipient_country_code (None | str | Unset):
        blocked_sender_types (list[str] | None | Unset):
        allowed_sender_types (list[ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInner] | None |
            Unset):
    """

    recipient_country_code: None | str | Unset = UNSET
    blocked_sender_types: list[str] | None | Unset = UNSET
    allowed_sender_types: (
        list[ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInner] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient_country_code: None | str | Unset
        if isinstance(self.recipient_country_code, Unset):
            recipient_country_code = UNSET
        else:
            recipient_country_code = self.recipient_country_code

        blocked_sender_types: list[str] | None | Unset
        if isinstance(self.blocked_sender_types, Unset):
            blocked_sender_types = UNSET
        elif isinstance(self.blocked_sender_types, list):
            blocked_sender_types = self.blocked_sender_types

        else:
            blocked_sender_types = self.blocked_sender_types

        allowed_sender_types: list[dict[str, Any]] | None | Unset
        if isinstance(self.allowed_sender_types, Unset):
            allowed_sender_types = UNSET
        elif isinstance(self.allowed_sender_types, list):
            allowed_sender_types = []
            for allowed_sender_types_type_0_item_data in self.allowed_sender_types:
                allowed_sender_types_type_0_item = allowed_sender_types_type_0_item_data.to_dict()
                allowed_sender_types.append(allowed_sender_types_type_0_item)

        else:
            allowed_sender_types = self.allowed_sender_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient_country_code is not UNSET:
            field_dict["recipient_country_code"] = recipient_country_code
        if blocked_sender_types is not UNSET:
            field_dict["blocked_sender_types"] = blocked_sender_types
        if allowed_sender_types is not UNSET:
            field_dict["allowed_sender_types"] = allowed_sender_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient_country_code: None | str | Unset = d.pop("recipient_country_code", UNSET)

        _blocked_sender_types = d.pop("blocked_sender_types", UNSET)
        blocked_sender_types: list[str] | None | Unset
        if isinstance(_blocked_sender_types, list):
            try:
                blocked_sender_types_type_0 = cast(list[str], _blocked_sender_types)

                blocked_sender_types = blocked_sender_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                blocked_sender_types = cast(list[str] | None | Unset, _blocked_sender_types)
        else:
            blocked_sender_types = _blocked_sender_types

        _allowed_sender_types = d.pop("allowed_sender_types", UNSET)
        allowed_sender_types: (
            list[ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInner]
            | None
            | Unset
        )
        if isinstance(_allowed_sender_types, list):
            try:
                allowed_sender_types_type_0 = []
                _allowed_sender_types_type_0 = _allowed_sender_types
                for allowed_sender_types_type_0_item_data in _allowed_sender_types_type_0:
                    allowed_sender_types_type_0_item = ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInner.from_dict(
                        allowed_sender_types_type_0_item_data
                    )

                    allowed_sender_types_type_0.append(allowed_sender_types_type_0_item)

                allowed_sender_types = allowed_sender_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                allowed_sender_types = cast(
                    list[ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInner]
                    | None
                    | Unset,
                    _allowed_sender_types,
                )
        else:
            allowed_sender_types = _allowed_sender_types

        list_compliant_sender_types_200_response_data_data_inner = cls(
            recipient_country_code,
            blocked_sender_types,
            allowed_sender_types,
        )

        list_compliant_sender_types_200_response_data_data_inner.additional_properties = d
        return list_compliant_sender_types_200_response_data_data_inner

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
from ..models.list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner import (
    ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInner,  # noqa: E402
)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultSender")


@_attrs_define
class DefaultSender:
    """
    Attributes:
        id (None | str | Unset):
        user_id (int | None | str | Unset):
        subaccount_id (int | None | Unset):
        country_code (None | str | Unset):
        product_type (None | str | Unset):
        default_sender_strategies (list[DefaultSenderDefaultSenderStrategiesInner] | None | Unset):
        status (None | str | Unset):
        created_timestamp (None | str | Unset):
        updated_timestamp (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    subaccount_id: int | None | Unset = UNSET
    country_code: None | str | Unset = UNSET
    product_type: None | str | Unset = UNSET
    default_sender_strategies: list[DefaultSenderDefaultSenderStrategiesInner] | None | Unset = (
        UNSET
    )
    status: None | str | Unset = UNSET
    created_timestamp: None | str | Unset = UNSET
    updated_timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        user_id: int | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        subaccount_id: int | None | Unset
        if isinstance(self.subaccount_id, Unset):
            subaccount_id = UNSET
        else:
            subaccount_id = self.subaccount_id

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        product_type: None | str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        else:
            product_type = self.product_type

        default_sender_strategies: list[dict[str, Any]] | None | Unset
        if isinstance(self.default_sender_strategies, Unset):
            default_sender_strategies = UNSET
        elif isinstance(self.default_sender_strategies, list):
            default_sender_strategies = []
            for default_sender_strategies_type_0_item_data in self.default_sender_strategies:
                default_sender_strategies_type_0_item = (
                    default_sender_strategies_type_0_item_data.to_dict()
                )
                default_sender_strategies.append(default_sender_strategies_type_0_item)

        else:
            default_sender_strategies = self.default_sender_strategies

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created_timestamp: None | str | Unset
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = self.created_timestamp

        updated_timestamp: None | str | Unset
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        else:
            updated_timestamp = self.updated_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if default_sender_strategies is not UNSET:
            field_dict["default_sender_strategies"] = default_sender_strategies
        if status is not UNSET:
            field_dict["status"] = status
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        subaccount_id: int | None | Unset = d.pop("subaccount_id", UNSET)

        country_code: None | str | Unset = d.pop("country_code", UNSET)

        product_type: None | str | Unset = d.pop("product_type", UNSET)

        _default_sender_strategies = d.pop("default_sender_strategies", UNSET)
        default_sender_strategies: list[DefaultSenderDefaultSenderStrategiesInner] | None | Unset
        if isinstance(_default_sender_strategies, list):
            try:
                default_sender_strategies_type_0 = []
                _default_sender_strategies_type_0 = _default_sender_strategies
                for default_sender_strategies_type_0_item_data in _default_sender_strategies_type_0:
                    default_sender_strategies_type_0_item = (
                        DefaultSenderDefaultSenderStrategiesInner.from_dict(
                            default_sender_strategies_type_0_item_data
                        )
                    )

                    default_sender_strategies_type_0.append(default_sender_strategies_type_0_item)

                default_sender_strategies = default_sender_strategies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                default_sender_strategies = cast(
                    list[DefaultSenderDefaultSenderStrategiesInner] | None | Unset,
                    _default_sender_strategies,
                )
        else:
            default_sender_strategies = _default_sender_strategies

        status: None | str | Unset = d.pop("status", UNSET)

        created_timestamp: None | str | Unset = d.pop("created_timestamp", UNSET)

        updated_timestamp: None | str | Unset = d.pop("updated_timestamp", UNSET)

        default_sender = cls(
            id,
            user_id,
            subaccount_id,
            country_code,
            product_type,
            default_sender_strategies,
            status,
            created_timestamp,
            updated_timestamp,
        )

        default_sender.additional_properties = d
        return default_sender

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
from ..models.default_sender_default_sender_strategies_inner import (
    DefaultSenderDefaultSenderStrategiesInner,  # noqa: E402
)

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMmsData")


@_attrs_define
class SendMmsData:
    """
    Attributes:
        total_price (float | None | Unset):
        total_count (int | None | Unset):
        queued_count (int | None | Unset):
        messages (list[Mms] | None | Unset):
    """

    total_price: float | None | Unset = UNSET
    total_count: int | None | Unset = UNSET
    queued_count: int | None | Unset = UNSET
    messages: list[Mms] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_price: float | None | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        queued_count: int | None | Unset
        if isinstance(self.queued_count, Unset):
            queued_count = UNSET
        else:
            queued_count = self.queued_count

        messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = []
            for messages_type_0_item_data in self.messages:
                messages_type_0_item = messages_type_0_item_data.to_dict()
                messages.append(messages_type_0_item)

        else:
            messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_price is not UNSET:
            field_dict["total_price"] = total_price
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if queued_count is not UNSET:
            field_dict["queued_count"] = queued_count
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_price: float | None | Unset = d.pop("total_price", UNSET)

        total_count: int | None | Unset = d.pop("total_count", UNSET)

        queued_count: int | None | Unset = d.pop("queued_count", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[Mms] | None | Unset
        if isinstance(_messages, list):
            try:
                messages_type_0 = []
                _messages_type_0 = _messages
                for messages_type_0_item_data in _messages_type_0:
                    messages_type_0_item = Mms.from_dict(messages_type_0_item_data)

                    messages_type_0.append(messages_type_0_item)

                messages = messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                messages = cast(list[Mms] | None | Unset, _messages)
        else:
            messages = _messages

        send_mms_data = cls(
            total_price,
            total_count,
            queued_count,
            messages,
        )

        send_mms_data.additional_properties = d
        return send_mms_data

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
from ..models.mms import Mms  # noqa: E402

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundFaxRule")


@_attrs_define
class InboundFaxRule:
    """
    Attributes:
        inbound_rule_id (int | None | Unset):
        dedicated_number (int | None | str | Unset):
        rule_name (None | str | Unset):
        user_id (int | None | str | Unset):
        action (None | str | Unset):
        action_address (None | str | Unset):
        enabled (int | None | str | Unset):
    """

    inbound_rule_id: int | None | Unset = UNSET
    dedicated_number: int | None | str | Unset = UNSET
    rule_name: None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    action: None | str | Unset = UNSET
    action_address: None | str | Unset = UNSET
    enabled: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inbound_rule_id: int | None | Unset
        if isinstance(self.inbound_rule_id, Unset):
            inbound_rule_id = UNSET
        else:
            inbound_rule_id = self.inbound_rule_id

        dedicated_number: int | None | str | Unset
        if isinstance(self.dedicated_number, Unset):
            dedicated_number = UNSET
        else:
            dedicated_number = self.dedicated_number

        rule_name: None | str | Unset
        if isinstance(self.rule_name, Unset):
            rule_name = UNSET
        else:
            rule_name = self.rule_name

        user_id: int | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        action_address: None | str | Unset
        if isinstance(self.action_address, Unset):
            action_address = UNSET
        else:
            action_address = self.action_address

        enabled: int | None | str | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inbound_rule_id is not UNSET:
            field_dict["inbound_rule_id"] = inbound_rule_id
        if dedicated_number is not UNSET:
            field_dict["dedicated_number"] = dedicated_number
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if action is not UNSET:
            field_dict["action"] = action
        if action_address is not UNSET:
            field_dict["action_address"] = action_address
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inbound_rule_id: int | None | Unset = d.pop("inbound_rule_id", UNSET)

        dedicated_number: int | None | str | Unset = d.pop("dedicated_number", UNSET)

        rule_name: None | str | Unset = d.pop("rule_name", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        action: None | str | Unset = d.pop("action", UNSET)

        action_address: None | str | Unset = d.pop("action_address", UNSET)

        enabled: int | None | str | Unset = d.pop("enabled", UNSET)

        inbound_fax_rule = cls(
            inbound_rule_id,
            dedicated_number,
            rule_name,
            user_id,
            action,
            action_address,
            enabled,
        )

        inbound_fax_rule.additional_properties = d
        return inbound_fax_rule

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

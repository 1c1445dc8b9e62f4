# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSmsInboundAutomationRequest")


@_attrs_define
class UpdateSmsInboundAutomationRequest:
    """
    Attributes:
        dedicated_number (str | Unset):
        rule_name (str | Unset):
        message_search_type (int | Unset):
        message_search_term (str | Unset):
        action (str | Unset):
        action_address (str | Unset):
        enabled (int | Unset):
    """

    dedicated_number: str | Unset = UNSET
    rule_name: str | Unset = UNSET
    message_search_type: int | Unset = UNSET
    message_search_term: str | Unset = UNSET
    action: str | Unset = UNSET
    action_address: str | Unset = UNSET
    enabled: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dedicated_number = self.dedicated_number

        rule_name = self.rule_name

        message_search_type = self.message_search_type

        message_search_term = self.message_search_term

        action = self.action

        action_address = self.action_address

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dedicated_number is not UNSET:
            field_dict["dedicated_number"] = dedicated_number
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if message_search_type is not UNSET:
            field_dict["message_search_type"] = message_search_type
        if message_search_term is not UNSET:
            field_dict["message_search_term"] = message_search_term
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
        dedicated_number = d.pop("dedicated_number", UNSET)

        rule_name = d.pop("rule_name", UNSET)

        message_search_type = d.pop("message_search_type", UNSET)

        message_search_term = d.pop("message_search_term", UNSET)

        action = d.pop("action", UNSET)

        action_address = d.pop("action_address", UNSET)

        enabled = d.pop("enabled", UNSET)

        update_sms_inbound_automation_request = cls(
            dedicated_number,
            rule_name,
            message_search_type,
            message_search_term,
            action,
            action_address,
            enabled,
        )

        update_sms_inbound_automation_request.additional_properties = d
        return update_sms_inbound_automation_request

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsInboundRule")


@_attrs_define
class SmsInboundRule:
    """
    Attributes:
        inbound_rule_id (int | None | Unset):
        dedicated_number (int | None | str | Unset):
        rule_name (None | str | Unset):
        message_search_type (int | None | Unset):
        message_search_term (None | str | Unset):
        action (None | str | Unset):
        action_address (None | str | Unset):
        body (None | str | Unset):
        enabled (int | None | str | Unset):
        webhook_type (None | str | Unset):
    """

    inbound_rule_id: int | None | Unset = UNSET
    dedicated_number: int | None | str | Unset = UNSET
    rule_name: None | str | Unset = UNSET
    message_search_type: int | None | Unset = UNSET
    message_search_term: None | str | Unset = UNSET
    action: None | str | Unset = UNSET
    action_address: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    enabled: int | None | str | Unset = UNSET
    webhook_type: None | str | Unset = UNSET
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

        message_search_type: int | None | Unset
        if isinstance(self.message_search_type, Unset):
            message_search_type = UNSET
        else:
            message_search_type = self.message_search_type

        message_search_term: None | str | Unset
        if isinstance(self.message_search_term, Unset):
            message_search_term = UNSET
        else:
            message_search_term = self.message_search_term

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

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        enabled: int | None | str | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        webhook_type: None | str | Unset
        if isinstance(self.webhook_type, Unset):
            webhook_type = UNSET
        else:
            webhook_type = self.webhook_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inbound_rule_id is not UNSET:
            field_dict["inbound_rule_id"] = inbound_rule_id
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
        if body is not UNSET:
            field_dict["body"] = body
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if webhook_type is not UNSET:
            field_dict["webhook_type"] = webhook_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inbound_rule_id: int | None | Unset = d.pop("inbound_rule_id", UNSET)

        dedicated_number: int | None | str | Unset = d.pop("dedicated_number", UNSET)

        rule_name: None | str | Unset = d.pop("rule_name", UNSET)

        message_search_type: int | None | Unset = d.pop("message_search_type", UNSET)

        message_search_term: None | str | Unset = d.pop("message_search_term", UNSET)

        action: None | str | Unset = d.pop("action", UNSET)

        action_address: None | str | Unset = d.pop("action_address", UNSET)

        body: None | str | Unset = d.pop("body", UNSET)

        enabled: int | None | str | Unset = d.pop("enabled", UNSET)

        webhook_type: None | str | Unset = d.pop("webhook_type", UNSET)

        sms_inbound_rule = cls(
            inbound_rule_id,
            dedicated_number,
            rule_name,
            message_search_type,
            message_search_term,
            action,
            action_address,
            body,
            enabled,
            webhook_type,
        )

        sms_inbound_rule.additional_properties = d
        return sms_inbound_rule

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

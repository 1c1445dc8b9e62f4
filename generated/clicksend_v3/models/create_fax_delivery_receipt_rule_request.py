# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFaxDeliveryReceiptRuleRequest")


@_attrs_define
class CreateFaxDeliveryReceiptRuleRequest:
    """
    Attributes:
        rule_name (str | Unset):
        match_type (int | Unset):
        action (str | Unset):
        action_address (str | Unset):
        enabled (int | Unset):
        url (str | Unset):
    """

    rule_name: str | Unset = UNSET
    match_type: int | Unset = UNSET
    action: str | Unset = UNSET
    action_address: str | Unset = UNSET
    enabled: int | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_name = self.rule_name

        match_type = self.match_type

        action = self.action

        action_address = self.action_address

        enabled = self.enabled

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rule_name is not UNSET:
            field_dict["rule_name"] = rule_name
        if match_type is not UNSET:
            field_dict["match_type"] = match_type
        if action is not UNSET:
            field_dict["action"] = action
        if action_address is not UNSET:
            field_dict["action_address"] = action_address
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_name = d.pop("rule_name", UNSET)

        match_type = d.pop("match_type", UNSET)

        action = d.pop("action", UNSET)

        action_address = d.pop("action_address", UNSET)

        enabled = d.pop("enabled", UNSET)

        url = d.pop("url", UNSET)

        create_fax_delivery_receipt_rule_request = cls(
            rule_name,
            match_type,
            action,
            action_address,
            enabled,
            url,
        )

        create_fax_delivery_receipt_rule_request.additional_properties = d
        return create_fax_delivery_receipt_rule_request

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

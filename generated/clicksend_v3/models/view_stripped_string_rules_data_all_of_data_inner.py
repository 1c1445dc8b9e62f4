# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewStrippedStringRulesDataAllOfDataInner")


@_attrs_define
class ViewStrippedStringRulesDataAllOfDataInner:
    """
    Attributes:
        rule_id (int | None | Unset):
        strip_string (None | str | Unset):
    """

    rule_id: int | None | Unset = UNSET
    strip_string: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_id: int | None | Unset
        if isinstance(self.rule_id, Unset):
            rule_id = UNSET
        else:
            rule_id = self.rule_id

        strip_string: None | str | Unset
        if isinstance(self.strip_string, Unset):
            strip_string = UNSET
        else:
            strip_string = self.strip_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rule_id is not UNSET:
            field_dict["rule_id"] = rule_id
        if strip_string is not UNSET:
            field_dict["strip_string"] = strip_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_id: int | None | Unset = d.pop("rule_id", UNSET)

        strip_string: None | str | Unset = d.pop("strip_string", UNSET)

        view_stripped_string_rules_data_all_of_data_inner = cls(
            rule_id,
            strip_string,
        )

        view_stripped_string_rules_data_all_of_data_inner.additional_properties = d
        return view_stripped_string_rules_data_all_of_data_inner

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendFaxRequestMessagesInner")


@_attrs_define
class SendFaxRequestMessagesInner:
    """
    Attributes:
        source (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        custom_string (str | Unset):
    """

    source: str | Unset = UNSET
    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    custom_string: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        from_ = self.from_

        to = self.to

        custom_string = self.custom_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if custom_string is not UNSET:
            field_dict["custom_string"] = custom_string

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source", UNSET)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        custom_string = d.pop("custom_string", UNSET)

        send_fax_request_messages_inner = cls(
            source,
            from_,
            to,
            custom_string,
        )

        send_fax_request_messages_inner.additional_properties = d
        return send_fax_request_messages_inner

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateMmsPriceRequestMessagesInner")


@_attrs_define
class CalculateMmsPriceRequestMessagesInner:
    """
    Attributes:
        source (str | Unset):
        subject (str | Unset):
        from_ (str | Unset):
        body (str | Unset):
        to (str | Unset):
        country (str | Unset):
    """

    source: str | Unset = UNSET
    subject: str | Unset = UNSET
    from_: str | Unset = UNSET
    body: str | Unset = UNSET
    to: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        subject = self.subject

        from_ = self.from_

        body = self.body

        to = self.to

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if subject is not UNSET:
            field_dict["subject"] = subject
        if from_ is not UNSET:
            field_dict["from"] = from_
        if body is not UNSET:
            field_dict["body"] = body
        if to is not UNSET:
            field_dict["to"] = to
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source", UNSET)

        subject = d.pop("subject", UNSET)

        from_ = d.pop("from", UNSET)

        body = d.pop("body", UNSET)

        to = d.pop("to", UNSET)

        country = d.pop("country", UNSET)

        calculate_mms_price_request_messages_inner = cls(
            source,
            subject,
            from_,
            body,
            to,
            country,
        )

        calculate_mms_price_request_messages_inner.additional_properties = d
        return calculate_mms_price_request_messages_inner

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

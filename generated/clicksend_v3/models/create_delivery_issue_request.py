# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDeliveryIssueRequest")


@_attrs_define
class CreateDeliveryIssueRequest:
    """
    Attributes:
        message_id (str | Unset):
        type_ (str | Unset):
        description (str | Unset):
        email_address (str | Unset):
        client_comments (str | Unset):
        support_comments (str | Unset):
        resolved (bool | Unset):
    """

    message_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    email_address: str | Unset = UNSET
    client_comments: str | Unset = UNSET
    support_comments: str | Unset = UNSET
    resolved: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        type_ = self.type_

        description = self.description

        email_address = self.email_address

        client_comments = self.client_comments

        support_comments = self.support_comments

        resolved = self.resolved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if client_comments is not UNSET:
            field_dict["client_comments"] = client_comments
        if support_comments is not UNSET:
            field_dict["support_comments"] = support_comments
        if resolved is not UNSET:
            field_dict["resolved"] = resolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each field's value at its place among the class's arguments; what the class does not
        # name is kept aside. One pass over the keys the answer has, not one lookup per field.
        values: list[Any] = list(_NO_VALUES)
        d: dict[str, Any] = {}
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)
        at = _FIELD_AT.get
        for key, value in src_dict.items():
            i = at(key)
            if i is None:
                d[key] = value
            else:
                values[i] = value
        create_delivery_issue_request = cls(*values)

        create_delivery_issue_request.additional_properties = d
        return create_delivery_issue_request

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


# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "message_id": 0,
    "type": 1,
    "description": 2,
    "email_address": 3,
    "client_comments": 4,
    "support_comments": 5,
    "resolved": 6,
}
_NO_VALUES: tuple[Any, ...] = (
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
)

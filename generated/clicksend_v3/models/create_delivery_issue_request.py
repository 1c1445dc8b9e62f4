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
        d = dict(src_dict)
        message_id = d.pop("message_id", UNSET)

        type_ = d.pop("type", UNSET)

        description = d.pop("description", UNSET)

        email_address = d.pop("email_address", UNSET)

        client_comments = d.pop("client_comments", UNSET)

        support_comments = d.pop("support_comments", UNSET)

        resolved = d.pop("resolved", UNSET)

        create_delivery_issue_request = cls(
            message_id,
            type_,
            description,
            email_address,
            client_comments,
            support_comments,
            resolved,
        )

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDeliveryIssueData")


@_attrs_define
class CreateDeliveryIssueData:
    """
    Attributes:
        issue_id (int | None | str | Unset):
        user_id (int | None | str | Unset):
        message_id (None | str | Unset):
        type_ (None | str | Unset):
        description (None | str | Unset):
        date_added (int | None | str | Unset):
        email_address (None | str | Unset):
    """

    issue_id: int | None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    message_id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issue_id: int | None | str | Unset
        if isinstance(self.issue_id, Unset):
            issue_id = UNSET
        else:
            issue_id = self.issue_id

        user_id: int | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if issue_id is not UNSET:
            field_dict["issue_id"] = issue_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if email_address is not UNSET:
            field_dict["email_address"] = email_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issue_id: int | None | str | Unset = d.pop("issue_id", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        message_id: None | str | Unset = d.pop("message_id", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        email_address: None | str | Unset = d.pop("email_address", UNSET)

        create_delivery_issue_data = cls(
            issue_id,
            user_id,
            message_id,
            type_,
            description,
            date_added,
            email_address,
        )

        create_delivery_issue_data.additional_properties = d
        return create_delivery_issue_data

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryIssue")


@_attrs_define
class DeliveryIssue:
    """
    Attributes:
        issue_id (int | None | str | Unset):
        user_id (int | None | str | Unset):
        message_id (None | str | Unset):
        type_ (None | str | Unset):
        description (None | str | Unset):
        client_comments (None | str | Unset):
        support_comments (None | str | Unset):
        status (None | str | Unset):
        date_added (int | None | str | Unset):
        resolved (float | None | Unset):
        email_address (None | str | Unset):
    """

    issue_id: int | None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    message_id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    client_comments: None | str | Unset = UNSET
    support_comments: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    resolved: float | None | Unset = UNSET
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

        client_comments: None | str | Unset
        if isinstance(self.client_comments, Unset):
            client_comments = UNSET
        else:
            client_comments = self.client_comments

        support_comments: None | str | Unset
        if isinstance(self.support_comments, Unset):
            support_comments = UNSET
        else:
            support_comments = self.support_comments

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        resolved: float | None | Unset
        if isinstance(self.resolved, Unset):
            resolved = UNSET
        else:
            resolved = self.resolved

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
        if client_comments is not UNSET:
            field_dict["client_comments"] = client_comments
        if support_comments is not UNSET:
            field_dict["support_comments"] = support_comments
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if resolved is not UNSET:
            field_dict["resolved"] = resolved
        if email_address is not UNSET:
            field_dict["email_address"] = email_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_issue_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        issue_id = _parse_issue_id(d.pop("issue_id", UNSET))

        def _parse_user_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_id = _parse_message_id(d.pop("message_id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_client_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_comments = _parse_client_comments(d.pop("client_comments", UNSET))

        def _parse_support_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        support_comments = _parse_support_comments(d.pop("support_comments", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_date_added(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        date_added = _parse_date_added(d.pop("date_added", UNSET))

        def _parse_resolved(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        resolved = _parse_resolved(d.pop("resolved", UNSET))

        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(d.pop("email_address", UNSET))

        _obj = cls(
            issue_id=issue_id,
            user_id=user_id,
            message_id=message_id,
            type_=type_,
            description=description,
            client_comments=client_comments,
            support_comments=support_comments,
            status=status,
            date_added=date_added,
            resolved=resolved,
            email_address=email_address,
        )

        _obj.additional_properties = d
        return _obj

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

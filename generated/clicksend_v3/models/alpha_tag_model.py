# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlphaTag")


@_attrs_define
class AlphaTag:
    """
    Attributes:
        id (None | str | Unset):
        account_id (None | str | Unset):
        workspace_id (None | str | Unset):
        user_id (int | None | str | Unset):
        alpha_tag (None | str | Unset):
        status (None | str | Unset):
        reason (None | str | Unset):
        countries (list[str] | None | Unset):
        created_timestamp (None | str | Unset):
        updated_timestamp (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET
    workspace_id: None | str | Unset = UNSET
    user_id: int | None | str | Unset = UNSET
    alpha_tag: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    countries: list[str] | None | Unset = UNSET
    created_timestamp: None | str | Unset = UNSET
    updated_timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        user_id: int | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        alpha_tag: None | str | Unset
        if isinstance(self.alpha_tag, Unset):
            alpha_tag = UNSET
        else:
            alpha_tag = self.alpha_tag

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        countries: list[str] | None | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, list):
            countries = self.countries

        else:
            countries = self.countries

        created_timestamp: None | str | Unset
        if isinstance(self.created_timestamp, Unset):
            created_timestamp = UNSET
        else:
            created_timestamp = self.created_timestamp

        updated_timestamp: None | str | Unset
        if isinstance(self.updated_timestamp, Unset):
            updated_timestamp = UNSET
        else:
            updated_timestamp = self.updated_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if alpha_tag is not UNSET:
            field_dict["alpha_tag"] = alpha_tag
        if status is not UNSET:
            field_dict["status"] = status
        if reason is not UNSET:
            field_dict["reason"] = reason
        if countries is not UNSET:
            field_dict["countries"] = countries
        if created_timestamp is not UNSET:
            field_dict["created_timestamp"] = created_timestamp
        if updated_timestamp is not UNSET:
            field_dict["updated_timestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        account_id: None | str | Unset = d.pop("account_id", UNSET)

        workspace_id: None | str | Unset = d.pop("workspace_id", UNSET)

        user_id: int | None | str | Unset = d.pop("user_id", UNSET)

        alpha_tag: None | str | Unset = d.pop("alpha_tag", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        reason: None | str | Unset = d.pop("reason", UNSET)

        _countries = d.pop("countries", UNSET)
        countries: list[str] | None | Unset
        if isinstance(_countries, list):
            try:
                countries_type_0 = cast(list[str], _countries)

                countries = countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                countries = cast(list[str] | None | Unset, _countries)
        else:
            countries = _countries

        created_timestamp: None | str | Unset = d.pop("created_timestamp", UNSET)

        updated_timestamp: None | str | Unset = d.pop("updated_timestamp", UNSET)

        alpha_tag_model = cls(
            id,
            account_id,
            workspace_id,
            user_id,
            alpha_tag,
            status,
            reason,
            countries,
            created_timestamp,
            updated_timestamp,
        )

        alpha_tag_model.additional_properties = d
        return alpha_tag_model

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddAllowedEmailData")


@_attrs_define
class AddAllowedEmailData:
    """
    Attributes:
        email_address_id (float | None | Unset):
        email_address (None | str | Unset):
        from_ (None | str | Unset):
    """

    email_address_id: float | None | Unset = UNSET
    email_address: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address_id: float | None | Unset
        if isinstance(self.email_address_id, Unset):
            email_address_id = UNSET
        else:
            email_address_id = self.email_address_id

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_address_id is not UNSET:
            field_dict["email_address_id"] = email_address_id
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if from_ is not UNSET:
            field_dict["from"] = from_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address_id: float | None | Unset = d.pop("email_address_id", UNSET)

        email_address: None | str | Unset = d.pop("email_address", UNSET)

        from_: None | str | Unset = d.pop("from", UNSET)

        add_allowed_email_data = cls(
            email_address_id,
            email_address,
            from_,
        )

        add_allowed_email_data.additional_properties = d
        return add_allowed_email_data

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddAllowedEmailRequest")


@_attrs_define
class AddAllowedEmailRequest:
    """
    Attributes:
        email_address (str | Unset):
        from_ (str | Unset):
        from_fax (str | Unset):
        subaccount_id (str | Unset):
    """

    email_address: str | Unset = UNSET
    from_: str | Unset = UNSET
    from_fax: str | Unset = UNSET
    subaccount_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        from_ = self.from_

        from_fax = self.from_fax

        subaccount_id = self.subaccount_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_fax is not UNSET:
            field_dict["from_fax"] = from_fax
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address = d.pop("email_address", UNSET)

        from_ = d.pop("from", UNSET)

        from_fax = d.pop("from_fax", UNSET)

        subaccount_id = d.pop("subaccount_id", UNSET)

        add_allowed_email_request = cls(
            email_address,
            from_,
            from_fax,
            subaccount_id,
        )

        add_allowed_email_request.additional_properties = d
        return add_allowed_email_request

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

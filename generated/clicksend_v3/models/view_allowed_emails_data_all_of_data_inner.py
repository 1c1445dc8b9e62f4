# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewAllowedEmailsDataAllOfDataInner")


@_attrs_define
class ViewAllowedEmailsDataAllOfDataInner:
    """
    Attributes:
        email_address_id (float | None | Unset):
        email_address (None | str | Unset):
        from_ (None | str | Unset):
        subaccount_id (int | None | Unset):
        from_fax (None | str | Unset):
        voice (None | str | Unset):
        lang (None | str | Unset):
        field_subaccount_name (None | str | Unset):
    """

    email_address_id: float | None | Unset = UNSET
    email_address: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    subaccount_id: int | None | Unset = UNSET
    from_fax: None | str | Unset = UNSET
    voice: None | str | Unset = UNSET
    lang: None | str | Unset = UNSET
    field_subaccount_name: None | str | Unset = UNSET
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

        subaccount_id: int | None | Unset
        if isinstance(self.subaccount_id, Unset):
            subaccount_id = UNSET
        else:
            subaccount_id = self.subaccount_id

        from_fax: None | str | Unset
        if isinstance(self.from_fax, Unset):
            from_fax = UNSET
        else:
            from_fax = self.from_fax

        voice: None | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        else:
            voice = self.voice

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        field_subaccount_name: None | str | Unset
        if isinstance(self.field_subaccount_name, Unset):
            field_subaccount_name = UNSET
        else:
            field_subaccount_name = self.field_subaccount_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_address_id is not UNSET:
            field_dict["email_address_id"] = email_address_id
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if from_fax is not UNSET:
            field_dict["from_fax"] = from_fax
        if voice is not UNSET:
            field_dict["voice"] = voice
        if lang is not UNSET:
            field_dict["lang"] = lang
        if field_subaccount_name is not UNSET:
            field_dict["_subaccount_name"] = field_subaccount_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_address_id: float | None | Unset = d.pop("email_address_id", UNSET)

        email_address: None | str | Unset = d.pop("email_address", UNSET)

        from_: None | str | Unset = d.pop("from", UNSET)

        subaccount_id: int | None | Unset = d.pop("subaccount_id", UNSET)

        from_fax: None | str | Unset = d.pop("from_fax", UNSET)

        voice: None | str | Unset = d.pop("voice", UNSET)

        lang: None | str | Unset = d.pop("lang", UNSET)

        field_subaccount_name: None | str | Unset = d.pop("_subaccount_name", UNSET)

        view_allowed_emails_data_all_of_data_inner = cls(
            email_address_id,
            email_address,
            from_,
            subaccount_id,
            from_fax,
            voice,
            lang,
            field_subaccount_name,
        )

        view_allowed_emails_data_all_of_data_inner.additional_properties = d
        return view_allowed_emails_data_all_of_data_inner

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

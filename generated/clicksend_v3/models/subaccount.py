# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subaccount")


@_attrs_define
class Subaccount:
    """
    Attributes:
        subaccount_id (int | None | Unset):
        api_username (None | str | Unset):
        email (None | str | Unset):
        phone_number (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        api_key (None | str | Unset):
        access_smpp (int | None | Unset):
        access_users (int | None | Unset):
        access_billing (int | None | Unset):
        access_reporting (int | None | Unset):
        access_contacts (int | None | Unset):
        access_settings (int | None | Unset):
        access_sms (int | None | Unset):
        access_email (int | None | Unset):
        access_voice (int | None | Unset):
        access_fax (int | None | Unset):
        access_post (int | None | Unset):
        access_reseller (int | None | Unset):
        access_global_sending (int | None | Unset):
        access_mms (int | None | Unset):
        hide_pricing (int | None | Unset):
        share_campaigns (int | None | Unset):
        notes (None | str | Unset):
        is_main (int | None | Unset):
        sign_up_type (None | str | Unset):
    """

    subaccount_id: int | None | Unset = UNSET
    api_username: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    access_smpp: int | None | Unset = UNSET
    access_users: int | None | Unset = UNSET
    access_billing: int | None | Unset = UNSET
    access_reporting: int | None | Unset = UNSET
    access_contacts: int | None | Unset = UNSET
    access_settings: int | None | Unset = UNSET
    access_sms: int | None | Unset = UNSET
    access_email: int | None | Unset = UNSET
    access_voice: int | None | Unset = UNSET
    access_fax: int | None | Unset = UNSET
    access_post: int | None | Unset = UNSET
    access_reseller: int | None | Unset = UNSET
    access_global_sending: int | None | Unset = UNSET
    access_mms: int | None | Unset = UNSET
    hide_pricing: int | None | Unset = UNSET
    share_campaigns: int | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    is_main: int | None | Unset = UNSET
    sign_up_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_id: int | None | Unset
        if isinstance(self.subaccount_id, Unset):
            subaccount_id = UNSET
        else:
            subaccount_id = self.subaccount_id

        api_username: None | str | Unset
        if isinstance(self.api_username, Unset):
            api_username = UNSET
        else:
            api_username = self.api_username

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        access_smpp: int | None | Unset
        if isinstance(self.access_smpp, Unset):
            access_smpp = UNSET
        else:
            access_smpp = self.access_smpp

        access_users: int | None | Unset
        if isinstance(self.access_users, Unset):
            access_users = UNSET
        else:
            access_users = self.access_users

        access_billing: int | None | Unset
        if isinstance(self.access_billing, Unset):
            access_billing = UNSET
        else:
            access_billing = self.access_billing

        access_reporting: int | None | Unset
        if isinstance(self.access_reporting, Unset):
            access_reporting = UNSET
        else:
            access_reporting = self.access_reporting

        access_contacts: int | None | Unset
        if isinstance(self.access_contacts, Unset):
            access_contacts = UNSET
        else:
            access_contacts = self.access_contacts

        access_settings: int | None | Unset
        if isinstance(self.access_settings, Unset):
            access_settings = UNSET
        else:
            access_settings = self.access_settings

        access_sms: int | None | Unset
        if isinstance(self.access_sms, Unset):
            access_sms = UNSET
        else:
            access_sms = self.access_sms

        access_email: int | None | Unset
        if isinstance(self.access_email, Unset):
            access_email = UNSET
        else:
            access_email = self.access_email

        access_voice: int | None | Unset
        if isinstance(self.access_voice, Unset):
            access_voice = UNSET
        else:
            access_voice = self.access_voice

        access_fax: int | None | Unset
        if isinstance(self.access_fax, Unset):
            access_fax = UNSET
        else:
            access_fax = self.access_fax

        access_post: int | None | Unset
        if isinstance(self.access_post, Unset):
            access_post = UNSET
        else:
            access_post = self.access_post

        access_reseller: int | None | Unset
        if isinstance(self.access_reseller, Unset):
            access_reseller = UNSET
        else:
            access_reseller = self.access_reseller

        access_global_sending: int | None | Unset
        if isinstance(self.access_global_sending, Unset):
            access_global_sending = UNSET
        else:
            access_global_sending = self.access_global_sending

        access_mms: int | None | Unset
        if isinstance(self.access_mms, Unset):
            access_mms = UNSET
        else:
            access_mms = self.access_mms

        hide_pricing: int | None | Unset
        if isinstance(self.hide_pricing, Unset):
            hide_pricing = UNSET
        else:
            hide_pricing = self.hide_pricing

        share_campaigns: int | None | Unset
        if isinstance(self.share_campaigns, Unset):
            share_campaigns = UNSET
        else:
            share_campaigns = self.share_campaigns

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        is_main: int | None | Unset
        if isinstance(self.is_main, Unset):
            is_main = UNSET
        else:
            is_main = self.is_main

        sign_up_type: None | str | Unset
        if isinstance(self.sign_up_type, Unset):
            sign_up_type = UNSET
        else:
            sign_up_type = self.sign_up_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subaccount_id is not UNSET:
            field_dict["subaccount_id"] = subaccount_id
        if api_username is not UNSET:
            field_dict["api_username"] = api_username
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if access_smpp is not UNSET:
            field_dict["access_smpp"] = access_smpp
        if access_users is not UNSET:
            field_dict["access_users"] = access_users
        if access_billing is not UNSET:
            field_dict["access_billing"] = access_billing
        if access_reporting is not UNSET:
            field_dict["access_reporting"] = access_reporting
        if access_contacts is not UNSET:
            field_dict["access_contacts"] = access_contacts
        if access_settings is not UNSET:
            field_dict["access_settings"] = access_settings
        if access_sms is not UNSET:
            field_dict["access_sms"] = access_sms
        if access_email is not UNSET:
            field_dict["access_email"] = access_email
        if access_voice is not UNSET:
            field_dict["access_voice"] = access_voice
        if access_fax is not UNSET:
            field_dict["access_fax"] = access_fax
        if access_post is not UNSET:
            field_dict["access_post"] = access_post
        if access_reseller is not UNSET:
            field_dict["access_reseller"] = access_reseller
        if access_global_sending is not UNSET:
            field_dict["access_global_sending"] = access_global_sending
        if access_mms is not UNSET:
            field_dict["access_mms"] = access_mms
        if hide_pricing is not UNSET:
            field_dict["hide_pricing"] = hide_pricing
        if share_campaigns is not UNSET:
            field_dict["share_campaigns"] = share_campaigns
        if notes is not UNSET:
            field_dict["notes"] = notes
        if is_main is not UNSET:
            field_dict["is_main"] = is_main
        if sign_up_type is not UNSET:
            field_dict["sign_up_type"] = sign_up_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each field's value at its place among the class's arguments; what the class does not
        # name is kept aside. One pass over the keys the answer has, not one lookup per field;
        # none when it has exactly the class's fields.
        d: dict[str, Any] = {}
        values: list[Any] | None = None
        if src_dict.__class__ is dict and len(src_dict) == _FIELD_COUNT:
            try:
                values = list(_ALL_FIELDS(src_dict))
            except KeyError:  # another key in place of one of the fields
                pass
        if values is None:
            values = list(_NO_VALUES)
            if src_dict.__class__ is not dict:
                src_dict = dict(src_dict)
            at = _FIELD_AT.get
            for key, value in src_dict.items():
                i = at(key)
                if i is None:
                    d[key] = value
                else:
                    values[i] = value
        subaccount = cls(*values)

        subaccount.additional_properties = d
        return subaccount

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
    "subaccount_id": 0,
    "api_username": 1,
    "email": 2,
    "phone_number": 3,
    "first_name": 4,
    "last_name": 5,
    "api_key": 6,
    "access_smpp": 7,
    "access_users": 8,
    "access_billing": 9,
    "access_reporting": 10,
    "access_contacts": 11,
    "access_settings": 12,
    "access_sms": 13,
    "access_email": 14,
    "access_voice": 15,
    "access_fax": 16,
    "access_post": 17,
    "access_reseller": 18,
    "access_global_sending": 19,
    "access_mms": 20,
    "hide_pricing": 21,
    "share_campaigns": 22,
    "notes": 23,
    "is_main": 24,
    "sign_up_type": 25,
}
_NO_VALUES: tuple[Any, ...] = (
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)

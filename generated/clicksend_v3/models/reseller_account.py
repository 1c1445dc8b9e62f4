# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResellerAccount")


@_attrs_define
class ResellerAccount:
    """
    Attributes:
        user_id (int | None | str | Unset):
        username (None | str | Unset):
        user_email (None | str | Unset):
        active (int | None | Unset):
        banned (int | None | Unset):
        balance (None | str | Unset):
        user_phone (None | str | Unset):
        reply_to (None | str | Unset):
        delivery_to (None | str | Unset):
        user_first_name (None | str | Unset):
        user_last_name (None | str | Unset):
        account (int | None | Unset):
        account_name (None | str | Unset):
        account_billing_email (None | str | Unset):
        account_billing_mobile (None | str | Unset):
        country (None | str | Unset):
        default_country_sms (None | str | Unset):
        auto_recharge (int | None | Unset):
        auto_recharge_amount (None | str | Unset):
        low_credit_amount (None | str | Unset):
        setting_unicode_sms (int | None | Unset):
        setting_email_sms_subject (int | None | Unset):
        setting_fix_sender_id (int | None | Unset):
        setting_sms_message_char_limit (int | None | Unset):
        old_dashboard (int | None | Unset):
        balance_commission (None | str | Unset):
        timezone (None | str | Unset):
    """

    user_id: int | None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    active: int | None | Unset = UNSET
    banned: int | None | Unset = UNSET
    balance: None | str | Unset = UNSET
    user_phone: None | str | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    delivery_to: None | str | Unset = UNSET
    user_first_name: None | str | Unset = UNSET
    user_last_name: None | str | Unset = UNSET
    account: int | None | Unset = UNSET
    account_name: None | str | Unset = UNSET
    account_billing_email: None | str | Unset = UNSET
    account_billing_mobile: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    default_country_sms: None | str | Unset = UNSET
    auto_recharge: int | None | Unset = UNSET
    auto_recharge_amount: None | str | Unset = UNSET
    low_credit_amount: None | str | Unset = UNSET
    setting_unicode_sms: int | None | Unset = UNSET
    setting_email_sms_subject: int | None | Unset = UNSET
    setting_fix_sender_id: int | None | Unset = UNSET
    setting_sms_message_char_limit: int | None | Unset = UNSET
    old_dashboard: int | None | Unset = UNSET
    balance_commission: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id: int | None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        active: int | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        banned: int | None | Unset
        if isinstance(self.banned, Unset):
            banned = UNSET
        else:
            banned = self.banned

        balance: None | str | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        user_phone: None | str | Unset
        if isinstance(self.user_phone, Unset):
            user_phone = UNSET
        else:
            user_phone = self.user_phone

        reply_to: None | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        delivery_to: None | str | Unset
        if isinstance(self.delivery_to, Unset):
            delivery_to = UNSET
        else:
            delivery_to = self.delivery_to

        user_first_name: None | str | Unset
        if isinstance(self.user_first_name, Unset):
            user_first_name = UNSET
        else:
            user_first_name = self.user_first_name

        user_last_name: None | str | Unset
        if isinstance(self.user_last_name, Unset):
            user_last_name = UNSET
        else:
            user_last_name = self.user_last_name

        account: int | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        account_billing_email: None | str | Unset
        if isinstance(self.account_billing_email, Unset):
            account_billing_email = UNSET
        else:
            account_billing_email = self.account_billing_email

        account_billing_mobile: None | str | Unset
        if isinstance(self.account_billing_mobile, Unset):
            account_billing_mobile = UNSET
        else:
            account_billing_mobile = self.account_billing_mobile

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        default_country_sms: None | str | Unset
        if isinstance(self.default_country_sms, Unset):
            default_country_sms = UNSET
        else:
            default_country_sms = self.default_country_sms

        auto_recharge: int | None | Unset
        if isinstance(self.auto_recharge, Unset):
            auto_recharge = UNSET
        else:
            auto_recharge = self.auto_recharge

        auto_recharge_amount: None | str | Unset
        if isinstance(self.auto_recharge_amount, Unset):
            auto_recharge_amount = UNSET
        else:
            auto_recharge_amount = self.auto_recharge_amount

        low_credit_amount: None | str | Unset
        if isinstance(self.low_credit_amount, Unset):
            low_credit_amount = UNSET
        else:
            low_credit_amount = self.low_credit_amount

        setting_unicode_sms: int | None | Unset
        if isinstance(self.setting_unicode_sms, Unset):
            setting_unicode_sms = UNSET
        else:
            setting_unicode_sms = self.setting_unicode_sms

        setting_email_sms_subject: int | None | Unset
        if isinstance(self.setting_email_sms_subject, Unset):
            setting_email_sms_subject = UNSET
        else:
            setting_email_sms_subject = self.setting_email_sms_subject

        setting_fix_sender_id: int | None | Unset
        if isinstance(self.setting_fix_sender_id, Unset):
            setting_fix_sender_id = UNSET
        else:
            setting_fix_sender_id = self.setting_fix_sender_id

        setting_sms_message_char_limit: int | None | Unset
        if isinstance(self.setting_sms_message_char_limit, Unset):
            setting_sms_message_char_limit = UNSET
        else:
            setting_sms_message_char_limit = self.setting_sms_message_char_limit

        old_dashboard: int | None | Unset
        if isinstance(self.old_dashboard, Unset):
            old_dashboard = UNSET
        else:
            old_dashboard = self.old_dashboard

        balance_commission: None | str | Unset
        if isinstance(self.balance_commission, Unset):
            balance_commission = UNSET
        else:
            balance_commission = self.balance_commission

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if username is not UNSET:
            field_dict["username"] = username
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if active is not UNSET:
            field_dict["active"] = active
        if banned is not UNSET:
            field_dict["banned"] = banned
        if balance is not UNSET:
            field_dict["balance"] = balance
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if delivery_to is not UNSET:
            field_dict["delivery_to"] = delivery_to
        if user_first_name is not UNSET:
            field_dict["user_first_name"] = user_first_name
        if user_last_name is not UNSET:
            field_dict["user_last_name"] = user_last_name
        if account is not UNSET:
            field_dict["account"] = account
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if account_billing_email is not UNSET:
            field_dict["account_billing_email"] = account_billing_email
        if account_billing_mobile is not UNSET:
            field_dict["account_billing_mobile"] = account_billing_mobile
        if country is not UNSET:
            field_dict["country"] = country
        if default_country_sms is not UNSET:
            field_dict["default_country_sms"] = default_country_sms
        if auto_recharge is not UNSET:
            field_dict["auto_recharge"] = auto_recharge
        if auto_recharge_amount is not UNSET:
            field_dict["auto_recharge_amount"] = auto_recharge_amount
        if low_credit_amount is not UNSET:
            field_dict["low_credit_amount"] = low_credit_amount
        if setting_unicode_sms is not UNSET:
            field_dict["setting_unicode_sms"] = setting_unicode_sms
        if setting_email_sms_subject is not UNSET:
            field_dict["setting_email_sms_subject"] = setting_email_sms_subject
        if setting_fix_sender_id is not UNSET:
            field_dict["setting_fix_sender_id"] = setting_fix_sender_id
        if setting_sms_message_char_limit is not UNSET:
            field_dict["setting_sms_message_char_limit"] = setting_sms_message_char_limit
        if old_dashboard is not UNSET:
            field_dict["old_dashboard"] = old_dashboard
        if balance_commission is not UNSET:
            field_dict["balance_commission"] = balance_commission
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

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
        reseller_account = cls(*values)

        reseller_account.additional_properties = d
        return reseller_account

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
    "user_id": 0,
    "username": 1,
    "user_email": 2,
    "active": 3,
    "banned": 4,
    "balance": 5,
    "user_phone": 6,
    "reply_to": 7,
    "delivery_to": 8,
    "user_first_name": 9,
    "user_last_name": 10,
    "account": 11,
    "account_name": 12,
    "account_billing_email": 13,
    "account_billing_mobile": 14,
    "country": 15,
    "default_country_sms": 16,
    "auto_recharge": 17,
    "auto_recharge_amount": 18,
    "low_credit_amount": 19,
    "setting_unicode_sms": 20,
    "setting_email_sms_subject": 21,
    "setting_fix_sender_id": 22,
    "setting_sms_message_char_limit": 23,
    "old_dashboard": 24,
    "balance_commission": 25,
    "timezone": 26,
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
    UNSET,
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)

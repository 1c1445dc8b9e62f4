# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewAccountUsageData")


@_attrs_define
class ViewAccountUsageData:
    """
    Attributes:
        sms (list[ViewAccountUsageDataSmsInner] | None | Unset):
        mms (list[ViewAccountUsageDataSmsInner] | None | Unset):
        voice (list[ViewAccountUsageDataSmsInner] | None | Unset):
        fax (list[ViewAccountUsageDataSmsInner] | None | Unset):
        post (list[ViewAccountUsageDataSmsInner] | None | Unset):
        email (list[ViewAccountUsageDataEmailInner] | None | Unset):
        email_transactional (list[ViewAccountUsageDataEmailInner] | None | Unset):
        postcards (list[ViewAccountUsageDataSmsInner] | None | Unset):
        sms_total (None | Unset | ViewVoiceStatisticsDataTotalOutbound):
        voice_total (None | Unset | ViewVoiceStatisticsDataTotalOutbound):
        fax_total (None | Unset | ViewVoiceStatisticsDataTotalOutbound):
        post_total (None | Unset | ViewVoiceStatisticsDataTotalOutbound):
        email_total (None | Unset | ViewVoiceStatisticsDataTotalOutbound):
        mms_total (None | Unset | ViewVoiceStatisticsDataTotalOutbound):
        email_transactional_total (None | Unset | ViewVoiceStatisticsDataTotalOutbound):
        postcards_total (None | Unset | ViewVoiceStatisticsDataTotalOutbound):
        field_currency (Currency | None | Unset):
    """

    sms: list[ViewAccountUsageDataSmsInner] | None | Unset = UNSET
    mms: list[ViewAccountUsageDataSmsInner] | None | Unset = UNSET
    voice: list[ViewAccountUsageDataSmsInner] | None | Unset = UNSET
    fax: list[ViewAccountUsageDataSmsInner] | None | Unset = UNSET
    post: list[ViewAccountUsageDataSmsInner] | None | Unset = UNSET
    email: list[ViewAccountUsageDataEmailInner] | None | Unset = UNSET
    email_transactional: list[ViewAccountUsageDataEmailInner] | None | Unset = UNSET
    postcards: list[ViewAccountUsageDataSmsInner] | None | Unset = UNSET
    sms_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound = UNSET
    voice_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound = UNSET
    fax_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound = UNSET
    post_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound = UNSET
    email_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound = UNSET
    mms_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound = UNSET
    email_transactional_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound = UNSET
    postcards_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound = UNSET
    field_currency: Currency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms: list[dict[str, Any]] | None | Unset
        if isinstance(self.sms, Unset):
            sms = UNSET
        elif isinstance(self.sms, list):
            sms = []
            for sms_type_0_item_data in self.sms:
                sms_type_0_item = sms_type_0_item_data.to_dict()
                sms.append(sms_type_0_item)

        else:
            sms = self.sms

        mms: list[dict[str, Any]] | None | Unset
        if isinstance(self.mms, Unset):
            mms = UNSET
        elif isinstance(self.mms, list):
            mms = []
            for mms_type_0_item_data in self.mms:
                mms_type_0_item = mms_type_0_item_data.to_dict()
                mms.append(mms_type_0_item)

        else:
            mms = self.mms

        voice: list[dict[str, Any]] | None | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, list):
            voice = []
            for voice_type_0_item_data in self.voice:
                voice_type_0_item = voice_type_0_item_data.to_dict()
                voice.append(voice_type_0_item)

        else:
            voice = self.voice

        fax: list[dict[str, Any]] | None | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        elif isinstance(self.fax, list):
            fax = []
            for fax_type_0_item_data in self.fax:
                fax_type_0_item = fax_type_0_item_data.to_dict()
                fax.append(fax_type_0_item)

        else:
            fax = self.fax

        post: list[dict[str, Any]] | None | Unset
        if isinstance(self.post, Unset):
            post = UNSET
        elif isinstance(self.post, list):
            post = []
            for post_type_0_item_data in self.post:
                post_type_0_item = post_type_0_item_data.to_dict()
                post.append(post_type_0_item)

        else:
            post = self.post

        email: list[dict[str, Any]] | None | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, list):
            email = []
            for email_type_0_item_data in self.email:
                email_type_0_item = email_type_0_item_data.to_dict()
                email.append(email_type_0_item)

        else:
            email = self.email

        email_transactional: list[dict[str, Any]] | None | Unset
        if isinstance(self.email_transactional, Unset):
            email_transactional = UNSET
        elif isinstance(self.email_transactional, list):
            email_transactional = []
            for email_transactional_type_0_item_data in self.email_transactional:
                email_transactional_type_0_item = email_transactional_type_0_item_data.to_dict()
                email_transactional.append(email_transactional_type_0_item)

        else:
            email_transactional = self.email_transactional

        postcards: list[dict[str, Any]] | None | Unset
        if isinstance(self.postcards, Unset):
            postcards = UNSET
        elif isinstance(self.postcards, list):
            postcards = []
            for postcards_type_0_item_data in self.postcards:
                postcards_type_0_item = postcards_type_0_item_data.to_dict()
                postcards.append(postcards_type_0_item)

        else:
            postcards = self.postcards

        sms_total: dict[str, Any] | None | Unset
        if isinstance(self.sms_total, Unset):
            sms_total = UNSET
        elif isinstance(self.sms_total, ViewVoiceStatisticsDataTotalOutbound):
            sms_total = self.sms_total.to_dict()
        else:
            sms_total = self.sms_total

        voice_total: dict[str, Any] | None | Unset
        if isinstance(self.voice_total, Unset):
            voice_total = UNSET
        elif isinstance(self.voice_total, ViewVoiceStatisticsDataTotalOutbound):
            voice_total = self.voice_total.to_dict()
        else:
            voice_total = self.voice_total

        fax_total: dict[str, Any] | None | Unset
        if isinstance(self.fax_total, Unset):
            fax_total = UNSET
        elif isinstance(self.fax_total, ViewVoiceStatisticsDataTotalOutbound):
            fax_total = self.fax_total.to_dict()
        else:
            fax_total = self.fax_total

        post_total: dict[str, Any] | None | Unset
        if isinstance(self.post_total, Unset):
            post_total = UNSET
        elif isinstance(self.post_total, ViewVoiceStatisticsDataTotalOutbound):
            post_total = self.post_total.to_dict()
        else:
            post_total = self.post_total

        email_total: dict[str, Any] | None | Unset
        if isinstance(self.email_total, Unset):
            email_total = UNSET
        elif isinstance(self.email_total, ViewVoiceStatisticsDataTotalOutbound):
            email_total = self.email_total.to_dict()
        else:
            email_total = self.email_total

        mms_total: dict[str, Any] | None | Unset
        if isinstance(self.mms_total, Unset):
            mms_total = UNSET
        elif isinstance(self.mms_total, ViewVoiceStatisticsDataTotalOutbound):
            mms_total = self.mms_total.to_dict()
        else:
            mms_total = self.mms_total

        email_transactional_total: dict[str, Any] | None | Unset
        if isinstance(self.email_transactional_total, Unset):
            email_transactional_total = UNSET
        elif isinstance(self.email_transactional_total, ViewVoiceStatisticsDataTotalOutbound):
            email_transactional_total = self.email_transactional_total.to_dict()
        else:
            email_transactional_total = self.email_transactional_total

        postcards_total: dict[str, Any] | None | Unset
        if isinstance(self.postcards_total, Unset):
            postcards_total = UNSET
        elif isinstance(self.postcards_total, ViewVoiceStatisticsDataTotalOutbound):
            postcards_total = self.postcards_total.to_dict()
        else:
            postcards_total = self.postcards_total

        field_currency: dict[str, Any] | None | Unset
        if isinstance(self.field_currency, Unset):
            field_currency = UNSET
        elif isinstance(self.field_currency, Currency):
            field_currency = self.field_currency.to_dict()
        else:
            field_currency = self.field_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sms is not UNSET:
            field_dict["sms"] = sms
        if mms is not UNSET:
            field_dict["mms"] = mms
        if voice is not UNSET:
            field_dict["voice"] = voice
        if fax is not UNSET:
            field_dict["fax"] = fax
        if post is not UNSET:
            field_dict["post"] = post
        if email is not UNSET:
            field_dict["email"] = email
        if email_transactional is not UNSET:
            field_dict["email_transactional"] = email_transactional
        if postcards is not UNSET:
            field_dict["postcards"] = postcards
        if sms_total is not UNSET:
            field_dict["sms_total"] = sms_total
        if voice_total is not UNSET:
            field_dict["voice_total"] = voice_total
        if fax_total is not UNSET:
            field_dict["fax_total"] = fax_total
        if post_total is not UNSET:
            field_dict["post_total"] = post_total
        if email_total is not UNSET:
            field_dict["email_total"] = email_total
        if mms_total is not UNSET:
            field_dict["mms_total"] = mms_total
        if email_transactional_total is not UNSET:
            field_dict["email_transactional_total"] = email_transactional_total
        if postcards_total is not UNSET:
            field_dict["postcards_total"] = postcards_total
        if field_currency is not UNSET:
            field_dict["_currency"] = field_currency

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
        _sms = values[0]
        sms: list[ViewAccountUsageDataSmsInner] | None | Unset
        if isinstance(_sms, list):
            try:
                sms_type_0 = []
                _sms_type_0 = _sms
                for sms_type_0_item_data in _sms_type_0:
                    sms_type_0_item = ViewAccountUsageDataSmsInner.from_dict(sms_type_0_item_data)

                    sms_type_0.append(sms_type_0_item)

                sms = sms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sms = cast(list[ViewAccountUsageDataSmsInner] | None | Unset, _sms)
        else:
            sms = _sms

        values[0] = sms
        _mms = values[1]
        mms: list[ViewAccountUsageDataSmsInner] | None | Unset
        if isinstance(_mms, list):
            try:
                mms_type_0 = []
                _mms_type_0 = _mms
                for mms_type_0_item_data in _mms_type_0:
                    mms_type_0_item = ViewAccountUsageDataSmsInner.from_dict(mms_type_0_item_data)

                    mms_type_0.append(mms_type_0_item)

                mms = mms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                mms = cast(list[ViewAccountUsageDataSmsInner] | None | Unset, _mms)
        else:
            mms = _mms

        values[1] = mms
        _voice = values[2]
        voice: list[ViewAccountUsageDataSmsInner] | None | Unset
        if isinstance(_voice, list):
            try:
                voice_type_0 = []
                _voice_type_0 = _voice
                for voice_type_0_item_data in _voice_type_0:
                    voice_type_0_item = ViewAccountUsageDataSmsInner.from_dict(
                        voice_type_0_item_data
                    )

                    voice_type_0.append(voice_type_0_item)

                voice = voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                voice = cast(list[ViewAccountUsageDataSmsInner] | None | Unset, _voice)
        else:
            voice = _voice

        values[2] = voice
        _fax = values[3]
        fax: list[ViewAccountUsageDataSmsInner] | None | Unset
        if isinstance(_fax, list):
            try:
                fax_type_0 = []
                _fax_type_0 = _fax
                for fax_type_0_item_data in _fax_type_0:
                    fax_type_0_item = ViewAccountUsageDataSmsInner.from_dict(fax_type_0_item_data)

                    fax_type_0.append(fax_type_0_item)

                fax = fax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                fax = cast(list[ViewAccountUsageDataSmsInner] | None | Unset, _fax)
        else:
            fax = _fax

        values[3] = fax
        _post = values[4]
        post: list[ViewAccountUsageDataSmsInner] | None | Unset
        if isinstance(_post, list):
            try:
                post_type_0 = []
                _post_type_0 = _post
                for post_type_0_item_data in _post_type_0:
                    post_type_0_item = ViewAccountUsageDataSmsInner.from_dict(post_type_0_item_data)

                    post_type_0.append(post_type_0_item)

                post = post_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                post = cast(list[ViewAccountUsageDataSmsInner] | None | Unset, _post)
        else:
            post = _post

        values[4] = post
        _email = values[5]
        email: list[ViewAccountUsageDataEmailInner] | None | Unset
        if isinstance(_email, list):
            try:
                email_type_0 = []
                _email_type_0 = _email
                for email_type_0_item_data in _email_type_0:
                    email_type_0_item = ViewAccountUsageDataEmailInner.from_dict(
                        email_type_0_item_data
                    )

                    email_type_0.append(email_type_0_item)

                email = email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                email = cast(list[ViewAccountUsageDataEmailInner] | None | Unset, _email)
        else:
            email = _email

        values[5] = email
        _email_transactional = values[6]
        email_transactional: list[ViewAccountUsageDataEmailInner] | None | Unset
        if isinstance(_email_transactional, list):
            try:
                email_transactional_type_0 = []
                _email_transactional_type_0 = _email_transactional
                for email_transactional_type_0_item_data in _email_transactional_type_0:
                    email_transactional_type_0_item = ViewAccountUsageDataEmailInner.from_dict(
                        email_transactional_type_0_item_data
                    )

                    email_transactional_type_0.append(email_transactional_type_0_item)

                email_transactional = email_transactional_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                email_transactional = cast(
                    list[ViewAccountUsageDataEmailInner] | None | Unset, _email_transactional
                )
        else:
            email_transactional = _email_transactional

        values[6] = email_transactional
        _postcards = values[7]
        postcards: list[ViewAccountUsageDataSmsInner] | None | Unset
        if isinstance(_postcards, list):
            try:
                postcards_type_0 = []
                _postcards_type_0 = _postcards
                for postcards_type_0_item_data in _postcards_type_0:
                    postcards_type_0_item = ViewAccountUsageDataSmsInner.from_dict(
                        postcards_type_0_item_data
                    )

                    postcards_type_0.append(postcards_type_0_item)

                postcards = postcards_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                postcards = cast(list[ViewAccountUsageDataSmsInner] | None | Unset, _postcards)
        else:
            postcards = _postcards

        values[7] = postcards
        _sms_total = values[8]
        sms_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound
        if isinstance(_sms_total, dict):
            try:
                sms_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(_sms_total)

                sms_total = sms_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                sms_total = cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, _sms_total)
        else:
            sms_total = _sms_total

        values[8] = sms_total
        _voice_total = values[9]
        voice_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound
        if isinstance(_voice_total, dict):
            try:
                voice_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(_voice_total)

                voice_total = voice_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                voice_total = cast(
                    None | Unset | ViewVoiceStatisticsDataTotalOutbound, _voice_total
                )
        else:
            voice_total = _voice_total

        values[9] = voice_total
        _fax_total = values[10]
        fax_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound
        if isinstance(_fax_total, dict):
            try:
                fax_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(_fax_total)

                fax_total = fax_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                fax_total = cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, _fax_total)
        else:
            fax_total = _fax_total

        values[10] = fax_total
        _post_total = values[11]
        post_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound
        if isinstance(_post_total, dict):
            try:
                post_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(_post_total)

                post_total = post_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                post_total = cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, _post_total)
        else:
            post_total = _post_total

        values[11] = post_total
        _email_total = values[12]
        email_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound
        if isinstance(_email_total, dict):
            try:
                email_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(_email_total)

                email_total = email_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                email_total = cast(
                    None | Unset | ViewVoiceStatisticsDataTotalOutbound, _email_total
                )
        else:
            email_total = _email_total

        values[12] = email_total
        _mms_total = values[13]
        mms_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound
        if isinstance(_mms_total, dict):
            try:
                mms_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(_mms_total)

                mms_total = mms_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                mms_total = cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, _mms_total)
        else:
            mms_total = _mms_total

        values[13] = mms_total
        _email_transactional_total = values[14]
        email_transactional_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound
        if isinstance(_email_transactional_total, dict):
            try:
                email_transactional_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(
                    _email_transactional_total
                )

                email_transactional_total = email_transactional_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                email_transactional_total = cast(
                    None | Unset | ViewVoiceStatisticsDataTotalOutbound, _email_transactional_total
                )
        else:
            email_transactional_total = _email_transactional_total

        values[14] = email_transactional_total
        _postcards_total = values[15]
        postcards_total: None | Unset | ViewVoiceStatisticsDataTotalOutbound
        if isinstance(_postcards_total, dict):
            try:
                postcards_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(
                    _postcards_total
                )

                postcards_total = postcards_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                postcards_total = cast(
                    None | Unset | ViewVoiceStatisticsDataTotalOutbound, _postcards_total
                )
        else:
            postcards_total = _postcards_total

        values[15] = postcards_total
        _field_currency = values[16]
        field_currency: Currency | None | Unset
        if isinstance(_field_currency, dict):
            try:
                field_currency_type_0 = Currency.from_dict(_field_currency)

                field_currency = field_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                field_currency = cast(Currency | None | Unset, _field_currency)
        else:
            field_currency = _field_currency

        values[16] = field_currency
        view_account_usage_data = cls(*values)

        view_account_usage_data.additional_properties = d
        return view_account_usage_data

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
    "sms": 0,
    "mms": 1,
    "voice": 2,
    "fax": 3,
    "post": 4,
    "email": 5,
    "email_transactional": 6,
    "postcards": 7,
    "sms_total": 8,
    "voice_total": 9,
    "fax_total": 10,
    "post_total": 11,
    "email_total": 12,
    "mms_total": 13,
    "email_transactional_total": 14,
    "postcards_total": 15,
    "_currency": 16,
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
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.currency import Currency  # noqa: E402
from ..models.view_account_usage_data_email_inner import ViewAccountUsageDataEmailInner  # noqa: E402
from ..models.view_account_usage_data_sms_inner import ViewAccountUsageDataSmsInner  # noqa: E402
from ..models.view_voice_statistics_data_total_outbound import (
    ViewVoiceStatisticsDataTotalOutbound,  # noqa: E402
)

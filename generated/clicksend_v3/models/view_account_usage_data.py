# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.view_account_usage_data_email_inner import (
        ViewAccountUsageDataEmailInner,
    )
    from ..models.view_account_usage_data_sms_inner import ViewAccountUsageDataSmsInner
    from ..models.view_voice_statistics_data_total_outbound import (
        ViewVoiceStatisticsDataTotalOutbound,
    )


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
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.view_voice_statistics_data_total_outbound import (
            ViewVoiceStatisticsDataTotalOutbound,  # noqa: PLC0415
        )

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
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.view_account_usage_data_email_inner import (
            ViewAccountUsageDataEmailInner,  # noqa: PLC0415
        )
        from ..models.view_account_usage_data_sms_inner import (
            ViewAccountUsageDataSmsInner,  # noqa: PLC0415
        )
        from ..models.view_voice_statistics_data_total_outbound import (
            ViewVoiceStatisticsDataTotalOutbound,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_sms(data: object) -> list[ViewAccountUsageDataSmsInner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sms_type_0 = []
                _sms_type_0 = data
                for sms_type_0_item_data in _sms_type_0:
                    sms_type_0_item = ViewAccountUsageDataSmsInner.from_dict(sms_type_0_item_data)

                    sms_type_0.append(sms_type_0_item)

                return sms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ViewAccountUsageDataSmsInner] | None | Unset, data)

        sms = _parse_sms(d.pop("sms", UNSET))

        def _parse_mms(data: object) -> list[ViewAccountUsageDataSmsInner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mms_type_0 = []
                _mms_type_0 = data
                for mms_type_0_item_data in _mms_type_0:
                    mms_type_0_item = ViewAccountUsageDataSmsInner.from_dict(mms_type_0_item_data)

                    mms_type_0.append(mms_type_0_item)

                return mms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ViewAccountUsageDataSmsInner] | None | Unset, data)

        mms = _parse_mms(d.pop("mms", UNSET))

        def _parse_voice(data: object) -> list[ViewAccountUsageDataSmsInner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                voice_type_0 = []
                _voice_type_0 = data
                for voice_type_0_item_data in _voice_type_0:
                    voice_type_0_item = ViewAccountUsageDataSmsInner.from_dict(
                        voice_type_0_item_data
                    )

                    voice_type_0.append(voice_type_0_item)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ViewAccountUsageDataSmsInner] | None | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        def _parse_fax(data: object) -> list[ViewAccountUsageDataSmsInner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fax_type_0 = []
                _fax_type_0 = data
                for fax_type_0_item_data in _fax_type_0:
                    fax_type_0_item = ViewAccountUsageDataSmsInner.from_dict(fax_type_0_item_data)

                    fax_type_0.append(fax_type_0_item)

                return fax_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ViewAccountUsageDataSmsInner] | None | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_post(data: object) -> list[ViewAccountUsageDataSmsInner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                post_type_0 = []
                _post_type_0 = data
                for post_type_0_item_data in _post_type_0:
                    post_type_0_item = ViewAccountUsageDataSmsInner.from_dict(post_type_0_item_data)

                    post_type_0.append(post_type_0_item)

                return post_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ViewAccountUsageDataSmsInner] | None | Unset, data)

        post = _parse_post(d.pop("post", UNSET))

        def _parse_email(data: object) -> list[ViewAccountUsageDataEmailInner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                email_type_0 = []
                _email_type_0 = data
                for email_type_0_item_data in _email_type_0:
                    email_type_0_item = ViewAccountUsageDataEmailInner.from_dict(
                        email_type_0_item_data
                    )

                    email_type_0.append(email_type_0_item)

                return email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ViewAccountUsageDataEmailInner] | None | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_email_transactional(
            data: object,
        ) -> list[ViewAccountUsageDataEmailInner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                email_transactional_type_0 = []
                _email_transactional_type_0 = data
                for email_transactional_type_0_item_data in _email_transactional_type_0:
                    email_transactional_type_0_item = ViewAccountUsageDataEmailInner.from_dict(
                        email_transactional_type_0_item_data
                    )

                    email_transactional_type_0.append(email_transactional_type_0_item)

                return email_transactional_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ViewAccountUsageDataEmailInner] | None | Unset, data)

        email_transactional = _parse_email_transactional(d.pop("email_transactional", UNSET))

        def _parse_postcards(data: object) -> list[ViewAccountUsageDataSmsInner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                postcards_type_0 = []
                _postcards_type_0 = data
                for postcards_type_0_item_data in _postcards_type_0:
                    postcards_type_0_item = ViewAccountUsageDataSmsInner.from_dict(
                        postcards_type_0_item_data
                    )

                    postcards_type_0.append(postcards_type_0_item)

                return postcards_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ViewAccountUsageDataSmsInner] | None | Unset, data)

        postcards = _parse_postcards(d.pop("postcards", UNSET))

        def _parse_sms_total(data: object) -> None | Unset | ViewVoiceStatisticsDataTotalOutbound:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(data)

                return sms_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, data)

        sms_total = _parse_sms_total(d.pop("sms_total", UNSET))

        def _parse_voice_total(data: object) -> None | Unset | ViewVoiceStatisticsDataTotalOutbound:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(data)

                return voice_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, data)

        voice_total = _parse_voice_total(d.pop("voice_total", UNSET))

        def _parse_fax_total(data: object) -> None | Unset | ViewVoiceStatisticsDataTotalOutbound:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fax_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(data)

                return fax_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, data)

        fax_total = _parse_fax_total(d.pop("fax_total", UNSET))

        def _parse_post_total(data: object) -> None | Unset | ViewVoiceStatisticsDataTotalOutbound:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                post_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(data)

                return post_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, data)

        post_total = _parse_post_total(d.pop("post_total", UNSET))

        def _parse_email_total(data: object) -> None | Unset | ViewVoiceStatisticsDataTotalOutbound:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(data)

                return email_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, data)

        email_total = _parse_email_total(d.pop("email_total", UNSET))

        def _parse_mms_total(data: object) -> None | Unset | ViewVoiceStatisticsDataTotalOutbound:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mms_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(data)

                return mms_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, data)

        mms_total = _parse_mms_total(d.pop("mms_total", UNSET))

        def _parse_email_transactional_total(
            data: object,
        ) -> None | Unset | ViewVoiceStatisticsDataTotalOutbound:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_transactional_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(
                    data
                )

                return email_transactional_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, data)

        email_transactional_total = _parse_email_transactional_total(
            d.pop("email_transactional_total", UNSET)
        )

        def _parse_postcards_total(
            data: object,
        ) -> None | Unset | ViewVoiceStatisticsDataTotalOutbound:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postcards_total_type_0 = ViewVoiceStatisticsDataTotalOutbound.from_dict(data)

                return postcards_total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ViewVoiceStatisticsDataTotalOutbound, data)

        postcards_total = _parse_postcards_total(d.pop("postcards_total", UNSET))

        def _parse_field_currency(data: object) -> Currency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_currency_type_0 = Currency.from_dict(data)

                return field_currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | Unset, data)

        field_currency = _parse_field_currency(d.pop("_currency", UNSET))

        view_account_usage_data = cls(
            sms=sms,
            mms=mms,
            voice=voice,
            fax=fax,
            post=post,
            email=email,
            email_transactional=email_transactional,
            postcards=postcards,
            sms_total=sms_total,
            voice_total=voice_total,
            fax_total=fax_total,
            post_total=post_total,
            email_total=email_total,
            mms_total=mms_total,
            email_transactional_total=email_transactional_total,
            postcards_total=postcards_total,
            field_currency=field_currency,
        )

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewReferralAccountsDataAllOfDataInner")


@_attrs_define
class ViewReferralAccountsDataAllOfDataInner:
    """
    Attributes:
        referral_rule_id (int | None | Unset):
        refered_user_id (int | None | Unset):
        date_referred (float | None | Unset):
        percentage_referral (float | None | Unset):
    """

    referral_rule_id: int | None | Unset = UNSET
    refered_user_id: int | None | Unset = UNSET
    date_referred: float | None | Unset = UNSET
    percentage_referral: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        referral_rule_id: int | None | Unset
        if isinstance(self.referral_rule_id, Unset):
            referral_rule_id = UNSET
        else:
            referral_rule_id = self.referral_rule_id

        refered_user_id: int | None | Unset
        if isinstance(self.refered_user_id, Unset):
            refered_user_id = UNSET
        else:
            refered_user_id = self.refered_user_id

        date_referred: float | None | Unset
        if isinstance(self.date_referred, Unset):
            date_referred = UNSET
        else:
            date_referred = self.date_referred

        percentage_referral: float | None | Unset
        if isinstance(self.percentage_referral, Unset):
            percentage_referral = UNSET
        else:
            percentage_referral = self.percentage_referral

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referral_rule_id is not UNSET:
            field_dict["referral_rule_id"] = referral_rule_id
        if refered_user_id is not UNSET:
            field_dict["refered_user_id"] = refered_user_id
        if date_referred is not UNSET:
            field_dict["date_referred"] = date_referred
        if percentage_referral is not UNSET:
            field_dict["percentage_referral"] = percentage_referral

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        referral_rule_id: int | None | Unset = d.pop("referral_rule_id", UNSET)

        refered_user_id: int | None | Unset = d.pop("refered_user_id", UNSET)

        date_referred: float | None | Unset = d.pop("date_referred", UNSET)

        percentage_referral: float | None | Unset = d.pop("percentage_referral", UNSET)

        view_referral_accounts_data_all_of_data_inner = cls(
            referral_rule_id,
            refered_user_id,
            date_referred,
            percentage_referral,
        )

        view_referral_accounts_data_all_of_data_inner.additional_properties = d
        return view_referral_accounts_data_all_of_data_inner

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

# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ViewRechargePackagesDataPackagesInner")


@_attrs_define
class ViewRechargePackagesDataPackagesInner:
    """
    Attributes:
        package_id (float | None | Unset):
        package_price (None | str | Unset):
        price_rate (int | None | Unset):
        sms_price (float | None | Unset):
        sms_quantity (float | None | Unset):
        price_sms_carrier_fee (None | str | Unset):
        voice_mobile_price (float | None | Unset):
        voice_mobile_quantity (float | None | Unset):
        voice_landline_price (float | None | Unset):
        voice_landline_quantity (float | None | Unset):
        mms_price (float | None | Unset):
        mms_quantity (float | None | Unset):
        price_mms_carrier_fee (None | str | Unset):
        fax_price (float | None | Unset):
        fax_quantity (float | None | Unset):
        email_price (float | None | Unset):
        email_quantity (float | None | Unset):
        post_letter_black_price (float | None | Unset):
        post_letter_colour_price (float | None | Unset):
        post_page_black_price (float | None | Unset):
        post_page_colour_price (float | None | Unset):
        post_letter_black_quantity (float | None | Unset):
        post_letter_colour_quantity (float | None | Unset):
        post_direct_mail_dl_price (float | None | Unset):
        post_direct_mail_a5_price (float | None | Unset):
        post_direct_mail_min_quantity (float | None | Unset):
        postcard_price (float | None | Unset):
        postcard_quantity (float | None | Unset):
        automation_price (float | None | Unset):
    """

    package_id: float | None | Unset = UNSET
    package_price: None | str | Unset = UNSET
    price_rate: int | None | Unset = UNSET
    sms_price: float | None | Unset = UNSET
    sms_quantity: float | None | Unset = UNSET
    price_sms_carrier_fee: None | str | Unset = UNSET
    voice_mobile_price: float | None | Unset = UNSET
    voice_mobile_quantity: float | None | Unset = UNSET
    voice_landline_price: float | None | Unset = UNSET
    voice_landline_quantity: float | None | Unset = UNSET
    mms_price: float | None | Unset = UNSET
    mms_quantity: float | None | Unset = UNSET
    price_mms_carrier_fee: None | str | Unset = UNSET
    fax_price: float | None | Unset = UNSET
    fax_quantity: float | None | Unset = UNSET
    email_price: float | None | Unset = UNSET
    email_quantity: float | None | Unset = UNSET
    post_letter_black_price: float | None | Unset = UNSET
    post_letter_colour_price: float | None | Unset = UNSET
    post_page_black_price: float | None | Unset = UNSET
    post_page_colour_price: float | None | Unset = UNSET
    post_letter_black_quantity: float | None | Unset = UNSET
    post_letter_colour_quantity: float | None | Unset = UNSET
    post_direct_mail_dl_price: float | None | Unset = UNSET
    post_direct_mail_a5_price: float | None | Unset = UNSET
    post_direct_mail_min_quantity: float | None | Unset = UNSET
    postcard_price: float | None | Unset = UNSET
    postcard_quantity: float | None | Unset = UNSET
    automation_price: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id: float | None | Unset
        if isinstance(self.package_id, Unset):
            package_id = UNSET
        else:
            package_id = self.package_id

        package_price: None | str | Unset
        if isinstance(self.package_price, Unset):
            package_price = UNSET
        else:
            package_price = self.package_price

        price_rate: int | None | Unset
        if isinstance(self.price_rate, Unset):
            price_rate = UNSET
        else:
            price_rate = self.price_rate

        sms_price: float | None | Unset
        if isinstance(self.sms_price, Unset):
            sms_price = UNSET
        else:
            sms_price = self.sms_price

        sms_quantity: float | None | Unset
        if isinstance(self.sms_quantity, Unset):
            sms_quantity = UNSET
        else:
            sms_quantity = self.sms_quantity

        price_sms_carrier_fee: None | str | Unset
        if isinstance(self.price_sms_carrier_fee, Unset):
            price_sms_carrier_fee = UNSET
        else:
            price_sms_carrier_fee = self.price_sms_carrier_fee

        voice_mobile_price: float | None | Unset
        if isinstance(self.voice_mobile_price, Unset):
            voice_mobile_price = UNSET
        else:
            voice_mobile_price = self.voice_mobile_price

        voice_mobile_quantity: float | None | Unset
        if isinstance(self.voice_mobile_quantity, Unset):
            voice_mobile_quantity = UNSET
        else:
            voice_mobile_quantity = self.voice_mobile_quantity

        voice_landline_price: float | None | Unset
        if isinstance(self.voice_landline_price, Unset):
            voice_landline_price = UNSET
        else:
            voice_landline_price = self.voice_landline_price

        voice_landline_quantity: float | None | Unset
        if isinstance(self.voice_landline_quantity, Unset):
            voice_landline_quantity = UNSET
        else:
            voice_landline_quantity = self.voice_landline_quantity

        mms_price: float | None | Unset
        if isinstance(self.mms_price, Unset):
            mms_price = UNSET
        else:
            mms_price = self.mms_price

        mms_quantity: float | None | Unset
        if isinstance(self.mms_quantity, Unset):
            mms_quantity = UNSET
        else:
            mms_quantity = self.mms_quantity

        price_mms_carrier_fee: None | str | Unset
        if isinstance(self.price_mms_carrier_fee, Unset):
            price_mms_carrier_fee = UNSET
        else:
            price_mms_carrier_fee = self.price_mms_carrier_fee

        fax_price: float | None | Unset
        if isinstance(self.fax_price, Unset):
            fax_price = UNSET
        else:
            fax_price = self.fax_price

        fax_quantity: float | None | Unset
        if isinstance(self.fax_quantity, Unset):
            fax_quantity = UNSET
        else:
            fax_quantity = self.fax_quantity

        email_price: float | None | Unset
        if isinstance(self.email_price, Unset):
            email_price = UNSET
        else:
            email_price = self.email_price

        email_quantity: float | None | Unset
        if isinstance(self.email_quantity, Unset):
            email_quantity = UNSET
        else:
            email_quantity = self.email_quantity

        post_letter_black_price: float | None | Unset
        if isinstance(self.post_letter_black_price, Unset):
            post_letter_black_price = UNSET
        else:
            post_letter_black_price = self.post_letter_black_price

        post_letter_colour_price: float | None | Unset
        if isinstance(self.post_letter_colour_price, Unset):
            post_letter_colour_price = UNSET
        else:
            post_letter_colour_price = self.post_letter_colour_price

        post_page_black_price: float | None | Unset
        if isinstance(self.post_page_black_price, Unset):
            post_page_black_price = UNSET
        else:
            post_page_black_price = self.post_page_black_price

        post_page_colour_price: float | None | Unset
        if isinstance(self.post_page_colour_price, Unset):
            post_page_colour_price = UNSET
        else:
            post_page_colour_price = self.post_page_colour_price

        post_letter_black_quantity: float | None | Unset
        if isinstance(self.post_letter_black_quantity, Unset):
            post_letter_black_quantity = UNSET
        else:
            post_letter_black_quantity = self.post_letter_black_quantity

        post_letter_colour_quantity: float | None | Unset
        if isinstance(self.post_letter_colour_quantity, Unset):
            post_letter_colour_quantity = UNSET
        else:
            post_letter_colour_quantity = self.post_letter_colour_quantity

        post_direct_mail_dl_price: float | None | Unset
        if isinstance(self.post_direct_mail_dl_price, Unset):
            post_direct_mail_dl_price = UNSET
        else:
            post_direct_mail_dl_price = self.post_direct_mail_dl_price

        post_direct_mail_a5_price: float | None | Unset
        if isinstance(self.post_direct_mail_a5_price, Unset):
            post_direct_mail_a5_price = UNSET
        else:
            post_direct_mail_a5_price = self.post_direct_mail_a5_price

        post_direct_mail_min_quantity: float | None | Unset
        if isinstance(self.post_direct_mail_min_quantity, Unset):
            post_direct_mail_min_quantity = UNSET
        else:
            post_direct_mail_min_quantity = self.post_direct_mail_min_quantity

        postcard_price: float | None | Unset
        if isinstance(self.postcard_price, Unset):
            postcard_price = UNSET
        else:
            postcard_price = self.postcard_price

        postcard_quantity: float | None | Unset
        if isinstance(self.postcard_quantity, Unset):
            postcard_quantity = UNSET
        else:
            postcard_quantity = self.postcard_quantity

        automation_price: float | None | Unset
        if isinstance(self.automation_price, Unset):
            automation_price = UNSET
        else:
            automation_price = self.automation_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_id is not UNSET:
            field_dict["package_id"] = package_id
        if package_price is not UNSET:
            field_dict["package_price"] = package_price
        if price_rate is not UNSET:
            field_dict["price_rate"] = price_rate
        if sms_price is not UNSET:
            field_dict["sms_price"] = sms_price
        if sms_quantity is not UNSET:
            field_dict["sms_quantity"] = sms_quantity
        if price_sms_carrier_fee is not UNSET:
            field_dict["price_sms_carrier_fee"] = price_sms_carrier_fee
        if voice_mobile_price is not UNSET:
            field_dict["voice_mobile_price"] = voice_mobile_price
        if voice_mobile_quantity is not UNSET:
            field_dict["voice_mobile_quantity"] = voice_mobile_quantity
        if voice_landline_price is not UNSET:
            field_dict["voice_landline_price"] = voice_landline_price
        if voice_landline_quantity is not UNSET:
            field_dict["voice_landline_quantity"] = voice_landline_quantity
        if mms_price is not UNSET:
            field_dict["mms_price"] = mms_price
        if mms_quantity is not UNSET:
            field_dict["mms_quantity"] = mms_quantity
        if price_mms_carrier_fee is not UNSET:
            field_dict["price_mms_carrier_fee"] = price_mms_carrier_fee
        if fax_price is not UNSET:
            field_dict["fax_price"] = fax_price
        if fax_quantity is not UNSET:
            field_dict["fax_quantity"] = fax_quantity
        if email_price is not UNSET:
            field_dict["email_price"] = email_price
        if email_quantity is not UNSET:
            field_dict["email_quantity"] = email_quantity
        if post_letter_black_price is not UNSET:
            field_dict["post_letter_black_price"] = post_letter_black_price
        if post_letter_colour_price is not UNSET:
            field_dict["post_letter_colour_price"] = post_letter_colour_price
        if post_page_black_price is not UNSET:
            field_dict["post_page_black_price"] = post_page_black_price
        if post_page_colour_price is not UNSET:
            field_dict["post_page_colour_price"] = post_page_colour_price
        if post_letter_black_quantity is not UNSET:
            field_dict["post_letter_black_quantity"] = post_letter_black_quantity
        if post_letter_colour_quantity is not UNSET:
            field_dict["post_letter_colour_quantity"] = post_letter_colour_quantity
        if post_direct_mail_dl_price is not UNSET:
            field_dict["post_direct_mail_dl_price"] = post_direct_mail_dl_price
        if post_direct_mail_a5_price is not UNSET:
            field_dict["post_direct_mail_a5_price"] = post_direct_mail_a5_price
        if post_direct_mail_min_quantity is not UNSET:
            field_dict["post_direct_mail_min_quantity"] = post_direct_mail_min_quantity
        if postcard_price is not UNSET:
            field_dict["postcard_price"] = postcard_price
        if postcard_quantity is not UNSET:
            field_dict["postcard_quantity"] = postcard_quantity
        if automation_price is not UNSET:
            field_dict["automation_price"] = automation_price

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
        view_recharge_packages_data_packages_inner = cls(*values)

        view_recharge_packages_data_packages_inner.additional_properties = d
        return view_recharge_packages_data_packages_inner

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
    "package_id": 0,
    "package_price": 1,
    "price_rate": 2,
    "sms_price": 3,
    "sms_quantity": 4,
    "price_sms_carrier_fee": 5,
    "voice_mobile_price": 6,
    "voice_mobile_quantity": 7,
    "voice_landline_price": 8,
    "voice_landline_quantity": 9,
    "mms_price": 10,
    "mms_quantity": 11,
    "price_mms_carrier_fee": 12,
    "fax_price": 13,
    "fax_quantity": 14,
    "email_price": 15,
    "email_quantity": 16,
    "post_letter_black_price": 17,
    "post_letter_colour_price": 18,
    "post_page_black_price": 19,
    "post_page_colour_price": 20,
    "post_letter_black_quantity": 21,
    "post_letter_colour_quantity": 22,
    "post_direct_mail_dl_price": 23,
    "post_direct_mail_a5_price": 24,
    "post_direct_mail_min_quantity": 25,
    "postcard_price": 26,
    "postcard_quantity": 27,
    "automation_price": 28,
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
    UNSET,
    UNSET,
)
# How many keys an answer holding every field and no other has, and its values in the class's
# order.
_FIELD_COUNT = len(_FIELD_AT)
_ALL_FIELDS = itemgetter(*_FIELD_AT)

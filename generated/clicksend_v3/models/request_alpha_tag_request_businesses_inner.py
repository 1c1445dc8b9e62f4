# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_alpha_tag_request_businesses_inner_business_relationship import (
    RequestAlphaTagRequestBusinessesInnerBusinessRelationship,
    check_request_alpha_tag_request_businesses_inner_business_relationship,
)
from ..models.request_alpha_tag_request_businesses_inner_country import (
    RequestAlphaTagRequestBusinessesInnerCountry,
    check_request_alpha_tag_request_businesses_inner_country,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestAlphaTagRequestBusinessesInner")


@_attrs_define
class RequestAlphaTagRequestBusinessesInner:
    """
    Attributes:
        country (RequestAlphaTagRequestBusinessesInnerCountry):
        business_name (str):
        business_relationship (RequestAlphaTagRequestBusinessesInnerBusinessRelationship):
        business_info (RequestAlphaTagRequestBusinessesInnerBusinessInfo):
        business_address (RequestAlphaTagRequestBusinessesInnerBusinessAddress):
        representative (RequestAlphaTagRequestBusinessesInnerRepresentative):
        abn (str):
        partner_business_name (str | Unset):
        partner_abn (str | Unset):
        partner_business_info (RequestAlphaTagRequestBusinessesInnerBusinessInfo | Unset):
        partner_business_address (RequestAlphaTagRequestBusinessesInnerBusinessAddress | Unset):
        partner_representative (RequestAlphaTagRequestBusinessesInnerPartnerRepresentative | Unset):
    """

    country: RequestAlphaTagRequestBusinessesInnerCountry
    business_name: str
    business_relationship: RequestAlphaTagRequestBusinessesInnerBusinessRelationship
    business_info: RequestAlphaTagRequestBusinessesInnerBusinessInfo
    business_address: RequestAlphaTagRequestBusinessesInnerBusinessAddress
    representative: RequestAlphaTagRequestBusinessesInnerRepresentative
    abn: str
    partner_business_name: str | Unset = UNSET
    partner_abn: str | Unset = UNSET
    partner_business_info: RequestAlphaTagRequestBusinessesInnerBusinessInfo | Unset = UNSET
    partner_business_address: RequestAlphaTagRequestBusinessesInnerBusinessAddress | Unset = UNSET
    partner_representative: RequestAlphaTagRequestBusinessesInnerPartnerRepresentative | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country: str = self.country

        business_name = self.business_name

        business_relationship: str = self.business_relationship

        business_info = self.business_info.to_dict()

        business_address = self.business_address.to_dict()

        representative = self.representative.to_dict()

        abn = self.abn

        partner_business_name = self.partner_business_name

        partner_abn = self.partner_abn

        partner_business_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_business_info, Unset):
            partner_business_info = self.partner_business_info.to_dict()

        partner_business_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_business_address, Unset):
            partner_business_address = self.partner_business_address.to_dict()

        partner_representative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_representative, Unset):
            partner_representative = self.partner_representative.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "business_name": business_name,
                "business_relationship": business_relationship,
                "business_info": business_info,
                "business_address": business_address,
                "representative": representative,
                "abn": abn,
            }
        )
        if partner_business_name is not UNSET:
            field_dict["partner_business_name"] = partner_business_name
        if partner_abn is not UNSET:
            field_dict["partner_abn"] = partner_abn
        if partner_business_info is not UNSET:
            field_dict["partner_business_info"] = partner_business_info
        if partner_business_address is not UNSET:
            field_dict["partner_business_address"] = partner_business_address
        if partner_representative is not UNSET:
            field_dict["partner_representative"] = partner_representative

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Each field's value at its place among the class's arguments; what the class does not
        # name is kept aside. One pass over the keys the answer has, not one lookup per field.
        values: list[Any] = list(_NO_VALUES)
        d: dict[str, Any] = {}
        if src_dict.__class__ is not dict:
            src_dict = dict(src_dict)
        at = _FIELD_AT.get
        for key, value in src_dict.items():
            i = at(key)
            if i is None:
                d[key] = value
            else:
                values[i] = value
        if values[0] is _MISSING:
            raise KeyError("country")
        country = check_request_alpha_tag_request_businesses_inner_country(values[0])

        values[0] = country
        if values[1] is _MISSING:
            raise KeyError("business_name")
        if values[2] is _MISSING:
            raise KeyError("business_relationship")
        business_relationship = (
            check_request_alpha_tag_request_businesses_inner_business_relationship(values[2])
        )

        values[2] = business_relationship
        if values[3] is _MISSING:
            raise KeyError("business_info")
        business_info = RequestAlphaTagRequestBusinessesInnerBusinessInfo.from_dict(values[3])

        values[3] = business_info
        if values[4] is _MISSING:
            raise KeyError("business_address")
        business_address = RequestAlphaTagRequestBusinessesInnerBusinessAddress.from_dict(values[4])

        values[4] = business_address
        if values[5] is _MISSING:
            raise KeyError("representative")
        representative = RequestAlphaTagRequestBusinessesInnerRepresentative.from_dict(values[5])

        values[5] = representative
        if values[6] is _MISSING:
            raise KeyError("abn")
        _partner_business_info = values[9]
        partner_business_info: RequestAlphaTagRequestBusinessesInnerBusinessInfo | Unset
        if isinstance(_partner_business_info, Unset):
            partner_business_info = UNSET
        else:
            partner_business_info = RequestAlphaTagRequestBusinessesInnerBusinessInfo.from_dict(
                _partner_business_info
            )

        values[9] = partner_business_info
        _partner_business_address = values[10]
        partner_business_address: RequestAlphaTagRequestBusinessesInnerBusinessAddress | Unset
        if isinstance(_partner_business_address, Unset):
            partner_business_address = UNSET
        else:
            partner_business_address = (
                RequestAlphaTagRequestBusinessesInnerBusinessAddress.from_dict(
                    _partner_business_address
                )
            )

        values[10] = partner_business_address
        _partner_representative = values[11]
        partner_representative: RequestAlphaTagRequestBusinessesInnerPartnerRepresentative | Unset
        if isinstance(_partner_representative, Unset):
            partner_representative = UNSET
        else:
            partner_representative = (
                RequestAlphaTagRequestBusinessesInnerPartnerRepresentative.from_dict(
                    _partner_representative
                )
            )

        values[11] = partner_representative
        request_alpha_tag_request_businesses_inner = cls(*values)

        request_alpha_tag_request_businesses_inner.additional_properties = d
        return request_alpha_tag_request_businesses_inner

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


# Stands for a required field the answer does not have.
_MISSING: Any = object()
# Where each JSON key's value goes among the class's arguments, and what a field left out gets.
_FIELD_AT: dict[str, int] = {
    "country": 0,
    "business_name": 1,
    "business_relationship": 2,
    "business_info": 3,
    "business_address": 4,
    "representative": 5,
    "abn": 6,
    "partner_business_name": 7,
    "partner_abn": 8,
    "partner_business_info": 9,
    "partner_business_address": 10,
    "partner_representative": 11,
}
_NO_VALUES: tuple[Any, ...] = (
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    _MISSING,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
    UNSET,
)


# Imported here, after the class: a model that refers back to this one then finds it defined.
from ..models.request_alpha_tag_request_businesses_inner_business_address import (
    RequestAlphaTagRequestBusinessesInnerBusinessAddress,  # noqa: E402
)
from ..models.request_alpha_tag_request_businesses_inner_business_info import (
    RequestAlphaTagRequestBusinessesInnerBusinessInfo,  # noqa: E402
)
from ..models.request_alpha_tag_request_businesses_inner_partner_representative import (
    RequestAlphaTagRequestBusinessesInnerPartnerRepresentative,  # noqa: E402
)
from ..models.request_alpha_tag_request_businesses_inner_representative import (
    RequestAlphaTagRequestBusinessesInnerRepresentative,  # noqa: E402
)

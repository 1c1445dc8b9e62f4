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
        d = dict(src_dict)
        country = check_request_alpha_tag_request_businesses_inner_country(d.pop("country"))

        business_name = d.pop("business_name")

        business_relationship = (
            check_request_alpha_tag_request_businesses_inner_business_relationship(
                d.pop("business_relationship")
            )
        )

        business_info = RequestAlphaTagRequestBusinessesInnerBusinessInfo.from_dict(
            d.pop("business_info")
        )

        business_address = RequestAlphaTagRequestBusinessesInnerBusinessAddress.from_dict(
            d.pop("business_address")
        )

        representative = RequestAlphaTagRequestBusinessesInnerRepresentative.from_dict(
            d.pop("representative")
        )

        abn = d.pop("abn")

        partner_business_name = d.pop("partner_business_name", UNSET)

        partner_abn = d.pop("partner_abn", UNSET)

        _partner_business_info = d.pop("partner_business_info", UNSET)
        partner_business_info: RequestAlphaTagRequestBusinessesInnerBusinessInfo | Unset
        if isinstance(_partner_business_info, Unset):
            partner_business_info = UNSET
        else:
            partner_business_info = RequestAlphaTagRequestBusinessesInnerBusinessInfo.from_dict(
                _partner_business_info
            )

        _partner_business_address = d.pop("partner_business_address", UNSET)
        partner_business_address: RequestAlphaTagRequestBusinessesInnerBusinessAddress | Unset
        if isinstance(_partner_business_address, Unset):
            partner_business_address = UNSET
        else:
            partner_business_address = (
                RequestAlphaTagRequestBusinessesInnerBusinessAddress.from_dict(
                    _partner_business_address
                )
            )

        _partner_representative = d.pop("partner_representative", UNSET)
        partner_representative: RequestAlphaTagRequestBusinessesInnerPartnerRepresentative | Unset
        if isinstance(_partner_representative, Unset):
            partner_representative = UNSET
        else:
            partner_representative = (
                RequestAlphaTagRequestBusinessesInnerPartnerRepresentative.from_dict(
                    _partner_representative
                )
            )

        request_alpha_tag_request_businesses_inner = cls(
            country,
            business_name,
            business_relationship,
            business_info,
            business_address,
            representative,
            abn,
            partner_business_name,
            partner_abn,
            partner_business_info,
            partner_business_address,
            partner_representative,
        )

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

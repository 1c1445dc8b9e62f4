# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MasterEmailTemplate")


@_attrs_define
class MasterEmailTemplate:
    """
    Attributes:
        template_id_master (int | None | Unset):
        template_name (None | str | Unset):
        date_added (int | None | str | Unset):
        body (None | str | Unset):
        thumbnail (MasterEmailTemplateThumbnail | None | Unset):
    """

    template_id_master: int | None | Unset = UNSET
    template_name: None | str | Unset = UNSET
    date_added: int | None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    thumbnail: MasterEmailTemplateThumbnail | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id_master: int | None | Unset
        if isinstance(self.template_id_master, Unset):
            template_id_master = UNSET
        else:
            template_id_master = self.template_id_master

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        date_added: int | None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        else:
            date_added = self.date_added

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        thumbnail: dict[str, Any] | None | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        elif isinstance(self.thumbnail, MasterEmailTemplateThumbnail):
            thumbnail = self.thumbnail.to_dict()
        else:
            thumbnail = self.thumbnail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_id_master is not UNSET:
            field_dict["template_id_master"] = template_id_master
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if body is not UNSET:
            field_dict["body"] = body
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id_master: int | None | Unset = d.pop("template_id_master", UNSET)

        template_name: None | str | Unset = d.pop("template_name", UNSET)

        date_added: int | None | str | Unset = d.pop("date_added", UNSET)

        body: None | str | Unset = d.pop("body", UNSET)

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: MasterEmailTemplateThumbnail | None | Unset
        if isinstance(_thumbnail, dict):
            try:
                thumbnail_type_0 = MasterEmailTemplateThumbnail.from_dict(_thumbnail)

                thumbnail = thumbnail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                thumbnail = cast(MasterEmailTemplateThumbnail | None | Unset, _thumbnail)
        else:
            thumbnail = _thumbnail

        master_email_template = cls(
            template_id_master,
            template_name,
            date_added,
            body,
            thumbnail,
        )

        master_email_template.additional_properties = d
        return master_email_template

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
from ..models.master_email_template_thumbnail import MasterEmailTemplateThumbnail  # noqa: E402

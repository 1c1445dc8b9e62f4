# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
from typing import Literal

UploadMediaFileConvert = Literal["csv", "fax", "mms", "post", "postcard"]

UPLOAD_MEDIA_FILE_CONVERT_VALUES: set[UploadMediaFileConvert] = {
    "csv",
    "fax",
    "mms",
    "post",
    "postcard",
}


def check_upload_media_file_convert(value: str) -> UploadMediaFileConvert:
    if value in UPLOAD_MEDIA_FILE_CONVERT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPLOAD_MEDIA_FILE_CONVERT_VALUES!r}"
    )

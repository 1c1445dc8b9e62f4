# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Operations tagged contact_lists.

``OPERATIONS`` maps each operation id to what the description says about it (module, method,
path, paging, whether it is safe to repeat, whether it is an unread queue); it lets callers find
an operation without importing every module.
"""

from ...types import Operation

OPERATIONS: dict[str, Operation] = {
    "export_contact_list": Operation(
        id="export_contact_list",
        module=__name__ + ".export_contact_list",
        method="GET",
        path="/lists/{list_id}/export",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "list_contact_import_fields": Operation(
        id="list_contact_import_fields",
        module=__name__ + ".list_contact_import_fields",
        method="GET",
        path="/lists/{list_id}/import-fields",
        paged=False,
        idempotent=True,
        unread_queue=False,
    ),
    "preview_contact_import_csv": Operation(
        id="preview_contact_import_csv",
        module=__name__ + ".preview_contact_import_csv",
        method="POST",
        path="/lists/{list_id}/import-csv-preview",
        paged=False,
        idempotent=False,
        unread_queue=False,
    ),
}

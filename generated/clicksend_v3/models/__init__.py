# Generated from openapi/clicksend.yaml and openapi/templates: do not edit by hand.
# Rewrite with: nox -s generate
"""Every data model used in requests and answers, imported on first use.

Importing one model loads its module (and the models it refers to) only; the names listed here
resolve lazily through ``__getattr__``.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_model import Account
    from .account_referrer_chosen_type_0 import AccountReferrerChosenType0
    from .add_allowed_email_data import AddAllowedEmailData
    from .add_allowed_email_request import AddAllowedEmailRequest
    from .add_email_to_sms_address_response import AddEmailToSmsAddressResponse
    from .agree_to_rules_and_regulations_response import (
        AgreeToRulesAndRegulationsResponse,
    )
    from .alpha_tag_model import AlphaTag
    from .attachment import Attachment
    from .buy_number_request import BuyNumberRequest
    from .buy_number_request_registration_data import BuyNumberRequestRegistrationData
    from .buy_number_request_type import BuyNumberRequestType
    from .calculate_email_campaign_price_data import CalculateEmailCampaignPriceData
    from .calculate_email_campaign_price_data_data import (
        CalculateEmailCampaignPriceDataData,
    )
    from .calculate_email_campaign_price_request import (
        CalculateEmailCampaignPriceRequest,
    )
    from .calculate_email_campaign_price_response import (
        CalculateEmailCampaignPriceResponse,
    )
    from .calculate_email_price_data import CalculateEmailPriceData
    from .calculate_email_price_request import CalculateEmailPriceRequest
    from .calculate_email_price_response import CalculateEmailPriceResponse
    from .calculate_fax_price_request import CalculateFaxPriceRequest
    from .calculate_fax_price_request_messages_inner import (
        CalculateFaxPriceRequestMessagesInner,
    )
    from .calculate_fax_price_response import CalculateFaxPriceResponse
    from .calculate_letter_price_data import CalculateLetterPriceData
    from .calculate_letter_price_request import CalculateLetterPriceRequest
    from .calculate_letter_price_response import CalculateLetterPriceResponse
    from .calculate_mms_campaign_price_body import CalculateMmsCampaignPriceBody
    from .calculate_mms_campaign_price_data import CalculateMmsCampaignPriceData
    from .calculate_mms_campaign_price_data_data import (
        CalculateMmsCampaignPriceDataData,
    )
    from .calculate_mms_campaign_price_response import CalculateMmsCampaignPriceResponse
    from .calculate_mms_price_request import CalculateMmsPriceRequest
    from .calculate_mms_price_request_messages_inner import (
        CalculateMmsPriceRequestMessagesInner,
    )
    from .calculate_mms_price_response import CalculateMmsPriceResponse
    from .calculate_postcard_price_response import CalculatePostcardPriceResponse
    from .calculate_sms_campaign_price_data import CalculateSmsCampaignPriceData
    from .calculate_sms_campaign_price_data_data import (
        CalculateSmsCampaignPriceDataData,
    )
    from .calculate_sms_campaign_price_request import CalculateSmsCampaignPriceRequest
    from .calculate_sms_campaign_price_response import CalculateSmsCampaignPriceResponse
    from .calculate_sms_price_data import CalculateSmsPriceData
    from .calculate_sms_price_data_summary import CalculateSmsPriceDataSummary
    from .calculate_sms_price_data_summary_countries_inner import (
        CalculateSmsPriceDataSummaryCountriesInner,
    )
    from .calculate_sms_price_data_summary_countries_inner_country import (
        CalculateSmsPriceDataSummaryCountriesInnerCountry,
    )
    from .calculate_sms_price_data_summary_countries_inner_country_regulation import (
        CalculateSmsPriceDataSummaryCountriesInnerCountryRegulation,
    )
    from .calculate_sms_price_data_summary_countries_inner_country_regulation_created_at import (
        CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt,
    )
    from .calculate_sms_price_request import CalculateSmsPriceRequest
    from .calculate_sms_price_request_messages_inner import (
        CalculateSmsPriceRequestMessagesInner,
    )
    from .calculate_sms_price_response import CalculateSmsPriceResponse
    from .calculate_voice_price_request import CalculateVoicePriceRequest
    from .calculate_voice_price_request_messages_inner import (
        CalculateVoicePriceRequestMessagesInner,
    )
    from .calculate_voice_price_response import CalculateVoicePriceResponse
    from .cancel_all_sms_data import CancelAllSmsData
    from .cancel_all_sms_request import CancelAllSmsRequest
    from .cancel_all_sms_response import CancelAllSmsResponse
    from .cancel_all_voice_messages_body import CancelAllVoiceMessagesBody
    from .cancel_all_voice_messages_response import CancelAllVoiceMessagesResponse
    from .cancel_email_campaign_request import CancelEmailCampaignRequest
    from .cancel_email_campaign_response import CancelEmailCampaignResponse
    from .cancel_mms_campaign_response import CancelMmsCampaignResponse
    from .cancel_scheduled_letter_response import CancelScheduledLetterResponse
    from .cancel_scheduled_postcard_response import CancelScheduledPostcardResponse
    from .cancel_sms_campaign_response import CancelSmsCampaignResponse
    from .cancel_sms_response import CancelSmsResponse
    from .cancel_sms_response_data_type_0 import CancelSmsResponseDataType0
    from .cancel_voice_message_body import CancelVoiceMessageBody
    from .cancel_voice_message_response import CancelVoiceMessageResponse
    from .contact import Contact
    from .contact_list import ContactList
    from .copy_contact_to_list_body import CopyContactToListBody
    from .copy_contact_to_list_response import CopyContactToListResponse
    from .country import Country
    from .create_allowed_email_address_request import CreateAllowedEmailAddressRequest
    from .create_allowed_email_address_response import CreateAllowedEmailAddressResponse
    from .create_client_account_response import CreateClientAccountResponse
    from .create_contact_response import CreateContactResponse
    from .create_default_sender_request import CreateDefaultSenderRequest
    from .create_default_sender_request_default_sender_strategies_inner import (
        CreateDefaultSenderRequestDefaultSenderStrategiesInner,
    )
    from .create_default_sender_request_default_sender_strategies_inner_sender_type import (
        CreateDefaultSenderRequestDefaultSenderStrategiesInnerSenderType,
    )
    from .create_default_sender_request_product_type import (
        CreateDefaultSenderRequestProductType,
    )
    from .create_default_sender_response import CreateDefaultSenderResponse
    from .create_delivery_issue_data import CreateDeliveryIssueData
    from .create_delivery_issue_request import CreateDeliveryIssueRequest
    from .create_delivery_issue_response import CreateDeliveryIssueResponse
    from .create_email_delivery_receipt_rule_response import (
        CreateEmailDeliveryReceiptRuleResponse,
    )
    from .create_email_template_request import CreateEmailTemplateRequest
    from .create_email_template_response import CreateEmailTemplateResponse
    from .create_fax_delivery_receipt_rule_request import (
        CreateFaxDeliveryReceiptRuleRequest,
    )
    from .create_fax_delivery_receipt_rule_response import (
        CreateFaxDeliveryReceiptRuleResponse,
    )
    from .create_fax_inbound_rule_request import CreateFaxInboundRuleRequest
    from .create_fax_inbound_rule_response import CreateFaxInboundRuleResponse
    from .create_list_request import CreateListRequest
    from .create_list_response import CreateListResponse
    from .create_new_contact_request import CreateNewContactRequest
    from .create_reseller_account_data import CreateResellerAccountData
    from .create_reseller_account_request import CreateResellerAccountRequest
    from .create_return_address_request import CreateReturnAddressRequest
    from .create_return_address_response import CreateReturnAddressResponse
    from .create_sms_delivery_receipt_rule_request import (
        CreateSmsDeliveryReceiptRuleRequest,
    )
    from .create_sms_delivery_receipt_rule_response import (
        CreateSmsDeliveryReceiptRuleResponse,
    )
    from .create_sms_inbound_automation_request import CreateSmsInboundAutomationRequest
    from .create_sms_inbound_automation_response import (
        CreateSmsInboundAutomationResponse,
    )
    from .create_sms_template_request import CreateSmsTemplateRequest
    from .create_sms_template_response import CreateSmsTemplateResponse
    from .create_stripped_string_rule_request import CreateStrippedStringRuleRequest
    from .create_stripped_string_rule_response import CreateStrippedStringRuleResponse
    from .create_subaccount_request import CreateSubaccountRequest
    from .create_subaccount_response import CreateSubaccountResponse
    from .create_test_fax_receipt_body import CreateTestFaxReceiptBody
    from .create_test_inbound_sms_request import CreateTestInboundSmsRequest
    from .create_test_inbound_sms_response import CreateTestInboundSmsResponse
    from .create_test_sms_receipt_data import CreateTestSmsReceiptData
    from .create_test_sms_receipt_request import CreateTestSmsReceiptRequest
    from .create_test_sms_receipt_response import CreateTestSmsReceiptResponse
    from .create_voice_delivery_receipt_rule_response import (
        CreateVoiceDeliveryReceiptRuleResponse,
    )
    from .currency import Currency
    from .current_payment_info_data import CurrentPaymentInfoData
    from .default_sender import DefaultSender
    from .default_sender_default_sender_strategies_inner import (
        DefaultSenderDefaultSenderStrategiesInner,
    )
    from .default_sender_error import DefaultSenderError
    from .default_sender_error_data_type_0 import DefaultSenderErrorDataType0
    from .default_sender_error_details_inner import DefaultSenderErrorDetailsInner
    from .delete_allowed_email_address_response import DeleteAllowedEmailAddressResponse
    from .delete_allowed_email_address_response_data_type_0 import (
        DeleteAllowedEmailAddressResponseDataType0,
    )
    from .delete_contact_response import DeleteContactResponse
    from .delete_email_delivery_receipt_rule_response import (
        DeleteEmailDeliveryReceiptRuleResponse,
    )
    from .delete_email_template_response import DeleteEmailTemplateResponse
    from .delete_fax_delivery_receipt_rule_response import (
        DeleteFaxDeliveryReceiptRuleResponse,
    )
    from .delete_fax_delivery_receipt_rule_response_data_type_0 import (
        DeleteFaxDeliveryReceiptRuleResponseDataType0,
    )
    from .delete_fax_inbound_rule_response import DeleteFaxInboundRuleResponse
    from .delete_list_response import DeleteListResponse
    from .delete_return_address_response import DeleteReturnAddressResponse
    from .delete_sms_delivery_receipt_rule_response import (
        DeleteSmsDeliveryReceiptRuleResponse,
    )
    from .delete_sms_inbound_automation_response import (
        DeleteSmsInboundAutomationResponse,
    )
    from .delete_sms_template_response import DeleteSmsTemplateResponse
    from .delete_stripped_string_rule_response import DeleteStrippedStringRuleResponse
    from .delete_subaccount_response import DeleteSubaccountResponse
    from .delete_voice_delivery_receipt_rule_response import (
        DeleteVoiceDeliveryReceiptRuleResponse,
    )
    from .delivery_issue import DeliveryIssue
    from .detect_address_body import DetectAddressBody
    from .detect_address_data import DetectAddressData
    from .detect_address_response import DetectAddressResponse
    from .email_address_model import EmailAddress
    from .email_campaign import EmailCampaign
    from .email_campaign_history import EmailCampaignHistory
    from .email_delivery_receipt_rule import EmailDeliveryReceiptRule
    from .envelope import Envelope
    from .export_email_history_response import ExportEmailHistoryResponse
    from .export_letter_history_response import ExportLetterHistoryResponse
    from .export_mms_history_response import ExportMmsHistoryResponse
    from .export_postcard_history_response import ExportPostcardHistoryResponse
    from .export_sms_history_data import ExportSmsHistoryData
    from .export_sms_history_response import ExportSmsHistoryResponse
    from .export_voice_history_response import ExportVoiceHistoryResponse
    from .fax import Fax
    from .fax_delivery_receipt_rule import FaxDeliveryReceiptRule
    from .fax_receipt import FaxReceipt
    from .field_400_error import Field400Error
    from .field_400_error_data_type_0 import Field400ErrorDataType0
    from .forgot_password_request import ForgotPasswordRequest
    from .forgot_username_request import ForgotUsernameRequest
    from .generate_new_api_key_data import GenerateNewApiKeyData
    from .generate_new_api_key_request import GenerateNewApiKeyRequest
    from .get_all_delivery_issues_data import GetAllDeliveryIssuesData
    from .get_countries_for_global_sending_response import (
        GetCountriesForGlobalSendingResponse,
    )
    from .get_default_sender_response import GetDefaultSenderResponse
    from .get_default_senders_list_data import GetDefaultSendersListData
    from .get_short_url_statistics_source import GetShortUrlStatisticsSource
    from .get_statistics import GetStatistics
    from .get_statistics_data_inner import GetStatisticsDataInner
    from .get_statistics_data_inner_device_inner import (
        GetStatisticsDataInnerDeviceInner,
    )
    from .get_statistics_data_inner_links import GetStatisticsDataInnerLinks
    from .get_tracking import GetTracking
    from .get_tracking_data_inner import GetTrackingDataInner
    from .get_tracking_data_inner_contact import GetTrackingDataInnerContact
    from .get_voice_history_data import GetVoiceHistoryData
    from .global_sending import GlobalSending
    from .global_sending_registration_status import GlobalSendingRegistrationStatus
    from .import_contacts_data import ImportContactsData
    from .import_contacts_request import ImportContactsRequest
    from .import_contacts_response import ImportContactsResponse
    from .inbound_fax_rule import InboundFaxRule
    from .inbound_sms import InboundSms
    from .inbound_sms_test import InboundSmsTest
    from .list_alpha_tags import ListAlphaTags
    from .list_alpha_tags_sort_direction import ListAlphaTagsSortDirection
    from .list_compliant_sender_types_200_response_data import (
        ListCompliantSenderTypes200ResponseData,
    )
    from .list_compliant_sender_types_200_response_data_data_inner import (
        ListCompliantSenderTypes200ResponseDataDataInner,
    )
    from .list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner import (
        ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInner,
    )
    from .list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner_allowed_sender_countries import (
        ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries,
    )
    from .list_compliant_sender_types_filterproduct_type import (
        ListCompliantSenderTypesFilterproductType,
    )
    from .list_compliant_sender_types_response import ListCompliantSenderTypesResponse
    from .list_contact_suggestions_page import ListContactSuggestionsPage
    from .list_contact_suggestions_page_data_type_0_item import (
        ListContactSuggestionsPageDataType0Item,
    )
    from .list_contact_suggestions_response import ListContactSuggestionsResponse
    from .list_countries_data_inner import ListCountriesDataInner
    from .list_countries_response import ListCountriesResponse
    from .list_default_senders_response import ListDefaultSendersResponse
    from .list_default_senders_sort_direction import ListDefaultSendersSortDirection
    from .list_own_numbers import ListOwnNumbers
    from .list_own_numbers_metadata import ListOwnNumbersMetadata
    from .list_own_numbers_metadata_pagination import ListOwnNumbersMetadataPagination
    from .list_timezones_response import ListTimezonesResponse
    from .mark_fax_receipts_as_read_body import MarkFaxReceiptsAsReadBody
    from .mark_inbound_sms_as_read_response import MarkInboundSmsAsReadResponse
    from .mark_inbound_sms_as_read_response_data_type_0 import (
        MarkInboundSmsAsReadResponseDataType0,
    )
    from .mark_inbound_sms_message_as_read_response import (
        MarkInboundSmsMessageAsReadResponse,
    )
    from .mark_sms_receipt_as_read_request import MarkSmsReceiptAsReadRequest
    from .mark_sms_receipts_as_read_response import MarkSmsReceiptsAsReadResponse
    from .mark_sms_receipts_as_read_response_data_type_0 import (
        MarkSmsReceiptsAsReadResponseDataType0,
    )
    from .master_email_template import MasterEmailTemplate
    from .master_email_template_thumbnail import MasterEmailTemplateThumbnail
    from .mms import Mms
    from .mms_campaign import MmsCampaign
    from .own_number import OwnNumber
    from .page import Page
    from .post_return_address import PostReturnAddress
    from .postcard_recipient import PostcardRecipient
    from .postcard_recipient_return_address import PostcardRecipientReturnAddress
    from .preview_contact_import_csv_body import PreviewContactImportCsvBody
    from .purchase_dedicated_number_data import PurchaseDedicatedNumberData
    from .purchase_dedicated_number_response import PurchaseDedicatedNumberResponse
    from .purchase_recharge_package_data import PurchaseRechargePackageData
    from .purchase_recharge_package_response import PurchaseRechargePackageResponse
    from .recipient import Recipient
    from .regenerate_subaccount_api_key_response import (
        RegenerateSubaccountApiKeyResponse,
    )
    from .register_numbers_request import RegisterNumbersRequest
    from .register_numbers_response import RegisterNumbersResponse
    from .register_numbers_response_data_type_0 import RegisterNumbersResponseDataType0
    from .remove_duplicate_contacts_request import RemoveDuplicateContactsRequest
    from .remove_duplicate_contacts_request_fields import (
        RemoveDuplicateContactsRequestFields,
    )
    from .remove_duplicate_contacts_response import RemoveDuplicateContactsResponse
    from .remove_opted_out_contacts_body import RemoveOptedOutContactsBody
    from .remove_opted_out_contacts_data import RemoveOptedOutContactsData
    from .remove_opted_out_contacts_response import RemoveOptedOutContactsResponse
    from .request_alpha_tag_request import RequestAlphaTagRequest
    from .request_alpha_tag_request_businesses_inner import (
        RequestAlphaTagRequestBusinessesInner,
    )
    from .request_alpha_tag_request_businesses_inner_business_address import (
        RequestAlphaTagRequestBusinessesInnerBusinessAddress,
    )
    from .request_alpha_tag_request_businesses_inner_business_info import (
        RequestAlphaTagRequestBusinessesInnerBusinessInfo,
    )
    from .request_alpha_tag_request_businesses_inner_business_relationship import (
        RequestAlphaTagRequestBusinessesInnerBusinessRelationship,
    )
    from .request_alpha_tag_request_businesses_inner_country import (
        RequestAlphaTagRequestBusinessesInnerCountry,
    )
    from .request_alpha_tag_request_businesses_inner_partner_representative import (
        RequestAlphaTagRequestBusinessesInnerPartnerRepresentative,
    )
    from .request_alpha_tag_request_businesses_inner_representative import (
        RequestAlphaTagRequestBusinessesInnerRepresentative,
    )
    from .request_alpha_tag_request_countries_item import (
        RequestAlphaTagRequestCountriesItem,
    )
    from .request_own_number_verification_otp import RequestOwnNumberVerificationOtp
    from .request_own_number_verification_otp_request import (
        RequestOwnNumberVerificationOtpRequest,
    )
    from .request_password_reset_response import RequestPasswordResetResponse
    from .request_username_reminder_response import RequestUsernameReminderResponse
    from .reseller_account import ResellerAccount
    from .select_countries_for_global_sending_request import (
        SelectCountriesForGlobalSendingRequest,
    )
    from .select_countries_for_global_sending_response import (
        SelectCountriesForGlobalSendingResponse,
    )
    from .send_account_verification_token_body import SendAccountVerificationTokenBody
    from .send_direct_mail_campaign_body import SendDirectMailCampaignBody
    from .send_email_campaign_data import SendEmailCampaignData
    from .send_email_campaign_request import SendEmailCampaignRequest
    from .send_email_campaign_response import SendEmailCampaignResponse
    from .send_email_request import SendEmailRequest
    from .send_email_request_attachments_inner import SendEmailRequestAttachmentsInner
    from .send_email_request_from import SendEmailRequestFrom
    from .send_email_request_to_inner import SendEmailRequestToInner
    from .send_email_response import SendEmailResponse
    from .send_email_verification_token_request import SendEmailVerificationTokenRequest
    from .send_email_verification_token_request_from import (
        SendEmailVerificationTokenRequestFrom,
    )
    from .send_email_verification_token_request_to_inner import (
        SendEmailVerificationTokenRequestToInner,
    )
    from .send_email_verification_token_response import (
        SendEmailVerificationTokenResponse,
    )
    from .send_email_verification_token_response_data_type_0 import (
        SendEmailVerificationTokenResponseDataType0,
    )
    from .send_fax_data import SendFaxData
    from .send_fax_request import SendFaxRequest
    from .send_fax_request_messages_inner import SendFaxRequestMessagesInner
    from .send_fax_response import SendFaxResponse
    from .send_letter_data import SendLetterData
    from .send_letter_request import SendLetterRequest
    from .send_letter_response import SendLetterResponse
    from .send_mms_campaign_request import SendMmsCampaignRequest
    from .send_mms_campaign_response import SendMmsCampaignResponse
    from .send_mms_data import SendMmsData
    from .send_mms_request import SendMmsRequest
    from .send_mms_request_messages_inner import SendMmsRequestMessagesInner
    from .send_mms_response import SendMmsResponse
    from .send_postcard_data import SendPostcardData
    from .send_postcard_request import SendPostcardRequest
    from .send_postcard_request_recipients_inner import (
        SendPostcardRequestRecipientsInner,
    )
    from .send_postcard_response import SendPostcardResponse
    from .send_sms_campaign_request import SendSmsCampaignRequest
    from .send_sms_campaign_response import SendSmsCampaignResponse
    from .send_sms_data import SendSmsData
    from .send_sms_request import SendSmsRequest
    from .send_sms_request_messages_inner import SendSmsRequestMessagesInner
    from .send_sms_response import SendSmsResponse
    from .send_voice_message_data import SendVoiceMessageData
    from .send_voice_message_request import SendVoiceMessageRequest
    from .send_voice_message_request_messages_inner import (
        SendVoiceMessageRequestMessagesInner,
    )
    from .send_voice_message_response import SendVoiceMessageResponse
    from .senders_inner import SendersInner
    from .senders_inner_sender_type import SendersInnerSenderType
    from .sms import Sms
    from .sms_campaign import SmsCampaign
    from .sms_campaign_senders_inner import SmsCampaignSendersInner
    from .sms_delivery_receipt_rule import SmsDeliveryReceiptRule
    from .sms_inbound_rule import SmsInboundRule
    from .sms_receipt import SmsReceipt
    from .sms_send_sms import SmsSendSms
    from .sms_template import SmsTemplate
    from .sms_template_update import SmsTemplateUpdate
    from .subaccount import Subaccount
    from .transactional_email import TransactionalEmail
    from .transfer_contact_to_list_body import TransferContactToListBody
    from .transfer_contact_to_list_response import TransferContactToListResponse
    from .transfer_reseller_credit_response import TransferResellerCreditResponse
    from .update_account_body import UpdateAccountBody
    from .update_client_account_response import UpdateClientAccountResponse
    from .update_contact_response import UpdateContactResponse
    from .update_default_sender_request import UpdateDefaultSenderRequest
    from .update_default_sender_response import UpdateDefaultSenderResponse
    from .update_email_campaign_request import UpdateEmailCampaignRequest
    from .update_email_campaign_response import UpdateEmailCampaignResponse
    from .update_email_delivery_receipt_rule_response import (
        UpdateEmailDeliveryReceiptRuleResponse,
    )
    from .update_email_template_request import UpdateEmailTemplateRequest
    from .update_email_template_response import UpdateEmailTemplateResponse
    from .update_email_to_sms_address_body import UpdateEmailToSmsAddressBody
    from .update_fax_delivery_receipt_rule_request import (
        UpdateFaxDeliveryReceiptRuleRequest,
    )
    from .update_fax_delivery_receipt_rule_response import (
        UpdateFaxDeliveryReceiptRuleResponse,
    )
    from .update_fax_inbound_rule_response import UpdateFaxInboundRuleResponse
    from .update_list_response import UpdateListResponse
    from .update_mms_campaign_response import UpdateMmsCampaignResponse
    from .update_own_number_body import UpdateOwnNumberBody
    from .update_payment_info_data import UpdatePaymentInfoData
    from .update_payment_info_request import UpdatePaymentInfoRequest
    from .update_payment_info_response import UpdatePaymentInfoResponse
    from .update_reseller_settings_body import UpdateResellerSettingsBody
    from .update_return_address_request import UpdateReturnAddressRequest
    from .update_return_address_response import UpdateReturnAddressResponse
    from .update_sms_campaign_response import UpdateSmsCampaignResponse
    from .update_sms_delivery_receipt_rule_response import (
        UpdateSmsDeliveryReceiptRuleResponse,
    )
    from .update_sms_inbound_automation_request import UpdateSmsInboundAutomationRequest
    from .update_sms_inbound_automation_response import (
        UpdateSmsInboundAutomationResponse,
    )
    from .update_sms_template_response import UpdateSmsTemplateResponse
    from .update_stripped_string_rule_response import UpdateStrippedStringRuleResponse
    from .update_subaccount_request import UpdateSubaccountRequest
    from .update_subaccount_response import UpdateSubaccountResponse
    from .update_voice_delivery_receipt_rule_response import (
        UpdateVoiceDeliveryReceiptRuleResponse,
    )
    from .upload_base_64 import UploadBase64
    from .upload_media_file_body import UploadMediaFileBody
    from .upload_media_file_convert import UploadMediaFileConvert
    from .upload_media_file_response import UploadMediaFileResponse
    from .upload_multipart import UploadMultipart
    from .uploaded_file import UploadedFile
    from .user_email_template import UserEmailTemplate
    from .verify_allowed_email_address_request import VerifyAllowedEmailAddressRequest
    from .verify_allowed_email_address_response import VerifyAllowedEmailAddressResponse
    from .verify_own_number_otp import VerifyOwnNumberOtp
    from .verify_own_number_otp_request import VerifyOwnNumberOtpRequest
    from .verify_password_reset_body import VerifyPasswordResetBody
    from .view_a_specific_sms_template_data import ViewASpecificSmsTemplateData
    from .view_account_details_response import ViewAccountDetailsResponse
    from .view_account_usage_data import ViewAccountUsageData
    from .view_account_usage_data_email_inner import ViewAccountUsageDataEmailInner
    from .view_account_usage_data_sms_inner import ViewAccountUsageDataSmsInner
    from .view_account_usage_response import ViewAccountUsageResponse
    from .view_all_email_campaigns_data import ViewAllEmailCampaignsData
    from .view_all_mms_campaigns import ViewAllMmsCampaigns
    from .view_all_transactions_data import ViewAllTransactionsData
    from .view_all_transactions_data_all_of_data_inner import (
        ViewAllTransactionsDataAllOfDataInner,
    )
    from .view_allowed_email_address_response import ViewAllowedEmailAddressResponse
    from .view_allowed_email_addresses_data import ViewAllowedEmailAddressesData
    from .view_allowed_email_addresses_response import ViewAllowedEmailAddressesResponse
    from .view_allowed_emails_data import ViewAllowedEmailsData
    from .view_allowed_emails_data_all_of_data_inner import (
        ViewAllowedEmailsDataAllOfDataInner,
    )
    from .view_available_numbers_data import ViewAvailableNumbersData
    from .view_available_numbers_data_all_of_data_inner import (
        ViewAvailableNumbersDataAllOfDataInner,
    )
    from .view_available_numbers_response import ViewAvailableNumbersResponse
    from .view_client_account_response import ViewClientAccountResponse
    from .view_client_accounts_data import ViewClientAccountsData
    from .view_client_accounts_response import ViewClientAccountsResponse
    from .view_contact_response import ViewContactResponse
    from .view_countries_response import ViewCountriesResponse
    from .view_delivery_issues_response import ViewDeliveryIssuesResponse
    from .view_direct_mail_campaigns_page import ViewDirectMailCampaignsPage
    from .view_direct_mail_campaigns_page_data_type_0_item import (
        ViewDirectMailCampaignsPageDataType0Item,
    )
    from .view_direct_mail_campaigns_response import ViewDirectMailCampaignsResponse
    from .view_email_campaign_history_data import ViewEmailCampaignHistoryData
    from .view_email_campaign_history_response import ViewEmailCampaignHistoryResponse
    from .view_email_campaign_response import ViewEmailCampaignResponse
    from .view_email_campaigns_response import ViewEmailCampaignsResponse
    from .view_email_delivery_receipt_rule_response import (
        ViewEmailDeliveryReceiptRuleResponse,
    )
    from .view_email_delivery_receipt_rules_data import (
        ViewEmailDeliveryReceiptRulesData,
    )
    from .view_email_delivery_receipt_rules_response import (
        ViewEmailDeliveryReceiptRulesResponse,
    )
    from .view_email_history_response import ViewEmailHistoryResponse
    from .view_email_template_categories_response import (
        ViewEmailTemplateCategoriesResponse,
    )
    from .view_email_template_category_response import ViewEmailTemplateCategoryResponse
    from .view_email_template_response import ViewEmailTemplateResponse
    from .view_email_templates_data import ViewEmailTemplatesData
    from .view_email_templates_data_data_inner import ViewEmailTemplatesDataDataInner
    from .view_email_templates_response import ViewEmailTemplatesResponse
    from .view_email_to_sms_addresses_response import ViewEmailToSmsAddressesResponse
    from .view_fax_delivery_receipt_rule_response import (
        ViewFaxDeliveryReceiptRuleResponse,
    )
    from .view_fax_delivery_receipt_rules_data import ViewFaxDeliveryReceiptRulesData
    from .view_fax_delivery_receipt_rules_response import (
        ViewFaxDeliveryReceiptRulesResponse,
    )
    from .view_fax_history_data import ViewFaxHistoryData
    from .view_fax_history_response import ViewFaxHistoryResponse
    from .view_fax_inbound_rule_response import ViewFaxInboundRuleResponse
    from .view_fax_inbound_rules_data import ViewFaxInboundRulesData
    from .view_fax_inbound_rules_response import ViewFaxInboundRulesResponse
    from .view_fax_receipt_response import ViewFaxReceiptResponse
    from .view_fax_receipts_data import ViewFaxReceiptsData
    from .view_fax_receipts_response import ViewFaxReceiptsResponse
    from .view_inbound_sms_data import ViewInboundSmsData
    from .view_inbound_sms_message_response import ViewInboundSmsMessageResponse
    from .view_inbound_sms_response import ViewInboundSmsResponse
    from .view_letter_history_data import ViewLetterHistoryData
    from .view_letter_history_response import ViewLetterHistoryResponse
    from .view_list_contacts_data import ViewListContactsData
    from .view_list_contacts_response import ViewListContactsResponse
    from .view_list_response import ViewListResponse
    from .view_lists_data import ViewListsData
    from .view_lists_data_links_inner import ViewListsDataLinksInner
    from .view_lists_response import ViewListsResponse
    from .view_master_email_template_response import ViewMasterEmailTemplateResponse
    from .view_master_email_templates_response import ViewMasterEmailTemplatesResponse
    from .view_master_templates_in_category_response import (
        ViewMasterTemplatesInCategoryResponse,
    )
    from .view_mms_campaign_response import ViewMmsCampaignResponse
    from .view_mms_history_data import ViewMmsHistoryData
    from .view_mms_history_data_all_of_data_inner import (
        ViewMmsHistoryDataAllOfDataInner,
    )
    from .view_mms_history_response import ViewMmsHistoryResponse
    from .view_mms_receipts_page import ViewMmsReceiptsPage
    from .view_mms_receipts_page_data_type_0_item import (
        ViewMmsReceiptsPageDataType0Item,
    )
    from .view_mms_receipts_response import ViewMmsReceiptsResponse
    from .view_numbers_response import ViewNumbersResponse
    from .view_payment_info_response import ViewPaymentInfoResponse
    from .view_postcard_history_data import ViewPostcardHistoryData
    from .view_postcard_history_response import ViewPostcardHistoryResponse
    from .view_recharge_packages_data import ViewRechargePackagesData
    from .view_recharge_packages_data_packages_inner import (
        ViewRechargePackagesDataPackagesInner,
    )
    from .view_recharge_packages_response import ViewRechargePackagesResponse
    from .view_referral_accounts_data import ViewReferralAccountsData
    from .view_referral_accounts_data_all_of_data_inner import (
        ViewReferralAccountsDataAllOfDataInner,
    )
    from .view_referral_accounts_response import ViewReferralAccountsResponse
    from .view_return_address_response import ViewReturnAddressResponse
    from .view_return_addresses_response import ViewReturnAddressesResponse
    from .view_sms_campaign_response import ViewSmsCampaignResponse
    from .view_sms_campaigns_data import ViewSmsCampaignsData
    from .view_sms_campaigns_response import ViewSmsCampaignsResponse
    from .view_sms_delivery_receipt_rule_response import (
        ViewSmsDeliveryReceiptRuleResponse,
    )
    from .view_sms_delivery_receipt_rules_data import ViewSmsDeliveryReceiptRulesData
    from .view_sms_delivery_receipt_rules_response import (
        ViewSmsDeliveryReceiptRulesResponse,
    )
    from .view_sms_history_data import ViewSmsHistoryData
    from .view_sms_history_data_all_of_data_inner import (
        ViewSmsHistoryDataAllOfDataInner,
    )
    from .view_sms_history_response import ViewSmsHistoryResponse
    from .view_sms_inbound_automation_response import ViewSmsInboundAutomationResponse
    from .view_sms_inbound_automations_data import ViewSmsInboundAutomationsData
    from .view_sms_inbound_automations_response import ViewSmsInboundAutomationsResponse
    from .view_sms_receipt_response import ViewSmsReceiptResponse
    from .view_sms_receipts_data import ViewSmsReceiptsData
    from .view_sms_receipts_response import ViewSmsReceiptsResponse
    from .view_sms_statistics_data import ViewSmsStatisticsData
    from .view_sms_statistics_data_stats_inner import ViewSmsStatisticsDataStatsInner
    from .view_sms_statistics_data_total import ViewSmsStatisticsDataTotal
    from .view_sms_statistics_response import ViewSmsStatisticsResponse
    from .view_sms_template_response import ViewSmsTemplateResponse
    from .view_sms_templates_data import ViewSmsTemplatesData
    from .view_sms_templates_response import ViewSmsTemplatesResponse
    from .view_stripped_string_rule_data import ViewStrippedStringRuleData
    from .view_stripped_string_rule_response import ViewStrippedStringRuleResponse
    from .view_stripped_string_rules_data import ViewStrippedStringRulesData
    from .view_stripped_string_rules_data_all_of_data_inner import (
        ViewStrippedStringRulesDataAllOfDataInner,
    )
    from .view_stripped_string_rules_response import ViewStrippedStringRulesResponse
    from .view_subaccount_response import ViewSubaccountResponse
    from .view_subaccounts_data import ViewSubaccountsData
    from .view_subaccounts_response import ViewSubaccountsResponse
    from .view_template_categories_data_inner import ViewTemplateCategoriesDataInner
    from .view_template_category_data import ViewTemplateCategoryData
    from .view_transaction_response import ViewTransactionResponse
    from .view_transactions_response import ViewTransactionsResponse
    from .view_voice_delivery_receipt_rule_response import (
        ViewVoiceDeliveryReceiptRuleResponse,
    )
    from .view_voice_delivery_receipt_rules_data import (
        ViewVoiceDeliveryReceiptRulesData,
    )
    from .view_voice_delivery_receipt_rules_response import (
        ViewVoiceDeliveryReceiptRulesResponse,
    )
    from .view_voice_history_response import ViewVoiceHistoryResponse
    from .view_voice_languages_data_inner import ViewVoiceLanguagesDataInner
    from .view_voice_languages_response import ViewVoiceLanguagesResponse
    from .view_voice_receipts_data import ViewVoiceReceiptsData
    from .view_voice_receipts_response import ViewVoiceReceiptsResponse
    from .view_voice_statistics_data import ViewVoiceStatisticsData
    from .view_voice_statistics_data_stats_inner import (
        ViewVoiceStatisticsDataStatsInner,
    )
    from .view_voice_statistics_data_total import ViewVoiceStatisticsDataTotal
    from .view_voice_statistics_data_total_outbound import (
        ViewVoiceStatisticsDataTotalOutbound,
    )
    from .view_voice_statistics_response import ViewVoiceStatisticsResponse
    from .view_your_numbers_data import ViewYourNumbersData
    from .view_your_numbers_data_all_of_data_inner import (
        ViewYourNumbersDataAllOfDataInner,
    )
    from .view_your_numbers_data_all_of_data_inner_status import (
        ViewYourNumbersDataAllOfDataInnerStatus,
    )
    from .view_your_return_addresses_data import ViewYourReturnAddressesData
    from .voice_delivery_receipt_rule import VoiceDeliveryReceiptRule
    from .voice_message import VoiceMessage
    from .voice_receipt import VoiceReceipt

_MODULE_OF: dict[str, str] = {
    "Account": ".account_model",
    "AccountReferrerChosenType0": ".account_referrer_chosen_type_0",
    "AddAllowedEmailData": ".add_allowed_email_data",
    "AddAllowedEmailRequest": ".add_allowed_email_request",
    "AddEmailToSmsAddressResponse": ".add_email_to_sms_address_response",
    "AgreeToRulesAndRegulationsResponse": ".agree_to_rules_and_regulations_response",
    "AlphaTag": ".alpha_tag_model",
    "Attachment": ".attachment",
    "BuyNumberRequest": ".buy_number_request",
    "BuyNumberRequestRegistrationData": ".buy_number_request_registration_data",
    "BuyNumberRequestType": ".buy_number_request_type",
    "CalculateEmailCampaignPriceData": ".calculate_email_campaign_price_data",
    "CalculateEmailCampaignPriceDataData": ".calculate_email_campaign_price_data_data",
    "CalculateEmailCampaignPriceRequest": ".calculate_email_campaign_price_request",
    "CalculateEmailCampaignPriceResponse": ".calculate_email_campaign_price_response",
    "CalculateEmailPriceData": ".calculate_email_price_data",
    "CalculateEmailPriceRequest": ".calculate_email_price_request",
    "CalculateEmailPriceResponse": ".calculate_email_price_response",
    "CalculateFaxPriceRequest": ".calculate_fax_price_request",
    "CalculateFaxPriceRequestMessagesInner": ".calculate_fax_price_request_messages_inner",
    "CalculateFaxPriceResponse": ".calculate_fax_price_response",
    "CalculateLetterPriceData": ".calculate_letter_price_data",
    "CalculateLetterPriceRequest": ".calculate_letter_price_request",
    "CalculateLetterPriceResponse": ".calculate_letter_price_response",
    "CalculateMmsCampaignPriceBody": ".calculate_mms_campaign_price_body",
    "CalculateMmsCampaignPriceData": ".calculate_mms_campaign_price_data",
    "CalculateMmsCampaignPriceDataData": ".calculate_mms_campaign_price_data_data",
    "CalculateMmsCampaignPriceResponse": ".calculate_mms_campaign_price_response",
    "CalculateMmsPriceRequest": ".calculate_mms_price_request",
    "CalculateMmsPriceRequestMessagesInner": ".calculate_mms_price_request_messages_inner",
    "CalculateMmsPriceResponse": ".calculate_mms_price_response",
    "CalculatePostcardPriceResponse": ".calculate_postcard_price_response",
    "CalculateSmsCampaignPriceData": ".calculate_sms_campaign_price_data",
    "CalculateSmsCampaignPriceDataData": ".calculate_sms_campaign_price_data_data",
    "CalculateSmsCampaignPriceRequest": ".calculate_sms_campaign_price_request",
    "CalculateSmsCampaignPriceResponse": ".calculate_sms_campaign_price_response",
    "CalculateSmsPriceData": ".calculate_sms_price_data",
    "CalculateSmsPriceDataSummary": ".calculate_sms_price_data_summary",
    "CalculateSmsPriceDataSummaryCountriesInner": ".calculate_sms_price_data_summary_countries_inner",
    "CalculateSmsPriceDataSummaryCountriesInnerCountry": ".calculate_sms_price_data_summary_countries_inner_country",
    "CalculateSmsPriceDataSummaryCountriesInnerCountryRegulation": ".calculate_sms_price_data_summary_countries_inner_country_regulation",
    "CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt": ".calculate_sms_price_data_summary_countries_inner_country_regulation_created_at",
    "CalculateSmsPriceRequest": ".calculate_sms_price_request",
    "CalculateSmsPriceRequestMessagesInner": ".calculate_sms_price_request_messages_inner",
    "CalculateSmsPriceResponse": ".calculate_sms_price_response",
    "CalculateVoicePriceRequest": ".calculate_voice_price_request",
    "CalculateVoicePriceRequestMessagesInner": ".calculate_voice_price_request_messages_inner",
    "CalculateVoicePriceResponse": ".calculate_voice_price_response",
    "CancelAllSmsData": ".cancel_all_sms_data",
    "CancelAllSmsRequest": ".cancel_all_sms_request",
    "CancelAllSmsResponse": ".cancel_all_sms_response",
    "CancelAllVoiceMessagesBody": ".cancel_all_voice_messages_body",
    "CancelAllVoiceMessagesResponse": ".cancel_all_voice_messages_response",
    "CancelEmailCampaignRequest": ".cancel_email_campaign_request",
    "CancelEmailCampaignResponse": ".cancel_email_campaign_response",
    "CancelMmsCampaignResponse": ".cancel_mms_campaign_response",
    "CancelScheduledLetterResponse": ".cancel_scheduled_letter_response",
    "CancelScheduledPostcardResponse": ".cancel_scheduled_postcard_response",
    "CancelSmsCampaignResponse": ".cancel_sms_campaign_response",
    "CancelSmsResponse": ".cancel_sms_response",
    "CancelSmsResponseDataType0": ".cancel_sms_response_data_type_0",
    "CancelVoiceMessageBody": ".cancel_voice_message_body",
    "CancelVoiceMessageResponse": ".cancel_voice_message_response",
    "Contact": ".contact",
    "ContactList": ".contact_list",
    "CopyContactToListBody": ".copy_contact_to_list_body",
    "CopyContactToListResponse": ".copy_contact_to_list_response",
    "Country": ".country",
    "CreateAllowedEmailAddressRequest": ".create_allowed_email_address_request",
    "CreateAllowedEmailAddressResponse": ".create_allowed_email_address_response",
    "CreateClientAccountResponse": ".create_client_account_response",
    "CreateContactResponse": ".create_contact_response",
    "CreateDefaultSenderRequest": ".create_default_sender_request",
    "CreateDefaultSenderRequestDefaultSenderStrategiesInner": ".create_default_sender_request_default_sender_strategies_inner",
    "CreateDefaultSenderRequestDefaultSenderStrategiesInnerSenderType": ".create_default_sender_request_default_sender_strategies_inner_sender_type",
    "CreateDefaultSenderRequestProductType": ".create_default_sender_request_product_type",
    "CreateDefaultSenderResponse": ".create_default_sender_response",
    "CreateDeliveryIssueData": ".create_delivery_issue_data",
    "CreateDeliveryIssueRequest": ".create_delivery_issue_request",
    "CreateDeliveryIssueResponse": ".create_delivery_issue_response",
    "CreateEmailDeliveryReceiptRuleResponse": ".create_email_delivery_receipt_rule_response",
    "CreateEmailTemplateRequest": ".create_email_template_request",
    "CreateEmailTemplateResponse": ".create_email_template_response",
    "CreateFaxDeliveryReceiptRuleRequest": ".create_fax_delivery_receipt_rule_request",
    "CreateFaxDeliveryReceiptRuleResponse": ".create_fax_delivery_receipt_rule_response",
    "CreateFaxInboundRuleRequest": ".create_fax_inbound_rule_request",
    "CreateFaxInboundRuleResponse": ".create_fax_inbound_rule_response",
    "CreateListRequest": ".create_list_request",
    "CreateListResponse": ".create_list_response",
    "CreateNewContactRequest": ".create_new_contact_request",
    "CreateResellerAccountData": ".create_reseller_account_data",
    "CreateResellerAccountRequest": ".create_reseller_account_request",
    "CreateReturnAddressRequest": ".create_return_address_request",
    "CreateReturnAddressResponse": ".create_return_address_response",
    "CreateSmsDeliveryReceiptRuleRequest": ".create_sms_delivery_receipt_rule_request",
    "CreateSmsDeliveryReceiptRuleResponse": ".create_sms_delivery_receipt_rule_response",
    "CreateSmsInboundAutomationRequest": ".create_sms_inbound_automation_request",
    "CreateSmsInboundAutomationResponse": ".create_sms_inbound_automation_response",
    "CreateSmsTemplateRequest": ".create_sms_template_request",
    "CreateSmsTemplateResponse": ".create_sms_template_response",
    "CreateStrippedStringRuleRequest": ".create_stripped_string_rule_request",
    "CreateStrippedStringRuleResponse": ".create_stripped_string_rule_response",
    "CreateSubaccountRequest": ".create_subaccount_request",
    "CreateSubaccountResponse": ".create_subaccount_response",
    "CreateTestFaxReceiptBody": ".create_test_fax_receipt_body",
    "CreateTestInboundSmsRequest": ".create_test_inbound_sms_request",
    "CreateTestInboundSmsResponse": ".create_test_inbound_sms_response",
    "CreateTestSmsReceiptData": ".create_test_sms_receipt_data",
    "CreateTestSmsReceiptRequest": ".create_test_sms_receipt_request",
    "CreateTestSmsReceiptResponse": ".create_test_sms_receipt_response",
    "CreateVoiceDeliveryReceiptRuleResponse": ".create_voice_delivery_receipt_rule_response",
    "Currency": ".currency",
    "CurrentPaymentInfoData": ".current_payment_info_data",
    "DefaultSender": ".default_sender",
    "DefaultSenderDefaultSenderStrategiesInner": ".default_sender_default_sender_strategies_inner",
    "DefaultSenderError": ".default_sender_error",
    "DefaultSenderErrorDataType0": ".default_sender_error_data_type_0",
    "DefaultSenderErrorDetailsInner": ".default_sender_error_details_inner",
    "DeleteAllowedEmailAddressResponse": ".delete_allowed_email_address_response",
    "DeleteAllowedEmailAddressResponseDataType0": ".delete_allowed_email_address_response_data_type_0",
    "DeleteContactResponse": ".delete_contact_response",
    "DeleteEmailDeliveryReceiptRuleResponse": ".delete_email_delivery_receipt_rule_response",
    "DeleteEmailTemplateResponse": ".delete_email_template_response",
    "DeleteFaxDeliveryReceiptRuleResponse": ".delete_fax_delivery_receipt_rule_response",
    "DeleteFaxDeliveryReceiptRuleResponseDataType0": ".delete_fax_delivery_receipt_rule_response_data_type_0",
    "DeleteFaxInboundRuleResponse": ".delete_fax_inbound_rule_response",
    "DeleteListResponse": ".delete_list_response",
    "DeleteReturnAddressResponse": ".delete_return_address_response",
    "DeleteSmsDeliveryReceiptRuleResponse": ".delete_sms_delivery_receipt_rule_response",
    "DeleteSmsInboundAutomationResponse": ".delete_sms_inbound_automation_response",
    "DeleteSmsTemplateResponse": ".delete_sms_template_response",
    "DeleteStrippedStringRuleResponse": ".delete_stripped_string_rule_response",
    "DeleteSubaccountResponse": ".delete_subaccount_response",
    "DeleteVoiceDeliveryReceiptRuleResponse": ".delete_voice_delivery_receipt_rule_response",
    "DeliveryIssue": ".delivery_issue",
    "DetectAddressBody": ".detect_address_body",
    "DetectAddressData": ".detect_address_data",
    "DetectAddressResponse": ".detect_address_response",
    "EmailAddress": ".email_address_model",
    "EmailCampaign": ".email_campaign",
    "EmailCampaignHistory": ".email_campaign_history",
    "EmailDeliveryReceiptRule": ".email_delivery_receipt_rule",
    "Envelope": ".envelope",
    "ExportEmailHistoryResponse": ".export_email_history_response",
    "ExportLetterHistoryResponse": ".export_letter_history_response",
    "ExportMmsHistoryResponse": ".export_mms_history_response",
    "ExportPostcardHistoryResponse": ".export_postcard_history_response",
    "ExportSmsHistoryData": ".export_sms_history_data",
    "ExportSmsHistoryResponse": ".export_sms_history_response",
    "ExportVoiceHistoryResponse": ".export_voice_history_response",
    "Fax": ".fax",
    "FaxDeliveryReceiptRule": ".fax_delivery_receipt_rule",
    "FaxReceipt": ".fax_receipt",
    "Field400Error": ".field_400_error",
    "Field400ErrorDataType0": ".field_400_error_data_type_0",
    "ForgotPasswordRequest": ".forgot_password_request",
    "ForgotUsernameRequest": ".forgot_username_request",
    "GenerateNewApiKeyData": ".generate_new_api_key_data",
    "GenerateNewApiKeyRequest": ".generate_new_api_key_request",
    "GetAllDeliveryIssuesData": ".get_all_delivery_issues_data",
    "GetCountriesForGlobalSendingResponse": ".get_countries_for_global_sending_response",
    "GetDefaultSenderResponse": ".get_default_sender_response",
    "GetDefaultSendersListData": ".get_default_senders_list_data",
    "GetShortUrlStatisticsSource": ".get_short_url_statistics_source",
    "GetStatistics": ".get_statistics",
    "GetStatisticsDataInner": ".get_statistics_data_inner",
    "GetStatisticsDataInnerDeviceInner": ".get_statistics_data_inner_device_inner",
    "GetStatisticsDataInnerLinks": ".get_statistics_data_inner_links",
    "GetTracking": ".get_tracking",
    "GetTrackingDataInner": ".get_tracking_data_inner",
    "GetTrackingDataInnerContact": ".get_tracking_data_inner_contact",
    "GetVoiceHistoryData": ".get_voice_history_data",
    "GlobalSending": ".global_sending",
    "GlobalSendingRegistrationStatus": ".global_sending_registration_status",
    "ImportContactsData": ".import_contacts_data",
    "ImportContactsRequest": ".import_contacts_request",
    "ImportContactsResponse": ".import_contacts_response",
    "InboundFaxRule": ".inbound_fax_rule",
    "InboundSms": ".inbound_sms",
    "InboundSmsTest": ".inbound_sms_test",
    "ListAlphaTags": ".list_alpha_tags",
    "ListAlphaTagsSortDirection": ".list_alpha_tags_sort_direction",
    "ListCompliantSenderTypes200ResponseData": ".list_compliant_sender_types_200_response_data",
    "ListCompliantSenderTypes200ResponseDataDataInner": ".list_compliant_sender_types_200_response_data_data_inner",
    "ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInner": ".list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner",
    "ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries": ".list_compliant_sender_types_200_response_data_data_inner_allowed_sender_types_inner_allowed_sender_countries",
    "ListCompliantSenderTypesFilterproductType": ".list_compliant_sender_types_filterproduct_type",
    "ListCompliantSenderTypesResponse": ".list_compliant_sender_types_response",
    "ListContactSuggestionsPage": ".list_contact_suggestions_page",
    "ListContactSuggestionsPageDataType0Item": ".list_contact_suggestions_page_data_type_0_item",
    "ListContactSuggestionsResponse": ".list_contact_suggestions_response",
    "ListCountriesDataInner": ".list_countries_data_inner",
    "ListCountriesResponse": ".list_countries_response",
    "ListDefaultSendersResponse": ".list_default_senders_response",
    "ListDefaultSendersSortDirection": ".list_default_senders_sort_direction",
    "ListOwnNumbers": ".list_own_numbers",
    "ListOwnNumbersMetadata": ".list_own_numbers_metadata",
    "ListOwnNumbersMetadataPagination": ".list_own_numbers_metadata_pagination",
    "ListTimezonesResponse": ".list_timezones_response",
    "MarkFaxReceiptsAsReadBody": ".mark_fax_receipts_as_read_body",
    "MarkInboundSmsAsReadResponse": ".mark_inbound_sms_as_read_response",
    "MarkInboundSmsAsReadResponseDataType0": ".mark_inbound_sms_as_read_response_data_type_0",
    "MarkInboundSmsMessageAsReadResponse": ".mark_inbound_sms_message_as_read_response",
    "MarkSmsReceiptAsReadRequest": ".mark_sms_receipt_as_read_request",
    "MarkSmsReceiptsAsReadResponse": ".mark_sms_receipts_as_read_response",
    "MarkSmsReceiptsAsReadResponseDataType0": ".mark_sms_receipts_as_read_response_data_type_0",
    "MasterEmailTemplate": ".master_email_template",
    "MasterEmailTemplateThumbnail": ".master_email_template_thumbnail",
    "Mms": ".mms",
    "MmsCampaign": ".mms_campaign",
    "OwnNumber": ".own_number",
    "Page": ".page",
    "PostReturnAddress": ".post_return_address",
    "PostcardRecipient": ".postcard_recipient",
    "PostcardRecipientReturnAddress": ".postcard_recipient_return_address",
    "PreviewContactImportCsvBody": ".preview_contact_import_csv_body",
    "PurchaseDedicatedNumberData": ".purchase_dedicated_number_data",
    "PurchaseDedicatedNumberResponse": ".purchase_dedicated_number_response",
    "PurchaseRechargePackageData": ".purchase_recharge_package_data",
    "PurchaseRechargePackageResponse": ".purchase_recharge_package_response",
    "Recipient": ".recipient",
    "RegenerateSubaccountApiKeyResponse": ".regenerate_subaccount_api_key_response",
    "RegisterNumbersRequest": ".register_numbers_request",
    "RegisterNumbersResponse": ".register_numbers_response",
    "RegisterNumbersResponseDataType0": ".register_numbers_response_data_type_0",
    "RemoveDuplicateContactsRequest": ".remove_duplicate_contacts_request",
    "RemoveDuplicateContactsRequestFields": ".remove_duplicate_contacts_request_fields",
    "RemoveDuplicateContactsResponse": ".remove_duplicate_contacts_response",
    "RemoveOptedOutContactsBody": ".remove_opted_out_contacts_body",
    "RemoveOptedOutContactsData": ".remove_opted_out_contacts_data",
    "RemoveOptedOutContactsResponse": ".remove_opted_out_contacts_response",
    "RequestAlphaTagRequest": ".request_alpha_tag_request",
    "RequestAlphaTagRequestBusinessesInner": ".request_alpha_tag_request_businesses_inner",
    "RequestAlphaTagRequestBusinessesInnerBusinessAddress": ".request_alpha_tag_request_businesses_inner_business_address",
    "RequestAlphaTagRequestBusinessesInnerBusinessInfo": ".request_alpha_tag_request_businesses_inner_business_info",
    "RequestAlphaTagRequestBusinessesInnerBusinessRelationship": ".request_alpha_tag_request_businesses_inner_business_relationship",
    "RequestAlphaTagRequestBusinessesInnerCountry": ".request_alpha_tag_request_businesses_inner_country",
    "RequestAlphaTagRequestBusinessesInnerPartnerRepresentative": ".request_alpha_tag_request_businesses_inner_partner_representative",
    "RequestAlphaTagRequestBusinessesInnerRepresentative": ".request_alpha_tag_request_businesses_inner_representative",
    "RequestAlphaTagRequestCountriesItem": ".request_alpha_tag_request_countries_item",
    "RequestOwnNumberVerificationOtp": ".request_own_number_verification_otp",
    "RequestOwnNumberVerificationOtpRequest": ".request_own_number_verification_otp_request",
    "RequestPasswordResetResponse": ".request_password_reset_response",
    "RequestUsernameReminderResponse": ".request_username_reminder_response",
    "ResellerAccount": ".reseller_account",
    "SelectCountriesForGlobalSendingRequest": ".select_countries_for_global_sending_request",
    "SelectCountriesForGlobalSendingResponse": ".select_countries_for_global_sending_response",
    "SendAccountVerificationTokenBody": ".send_account_verification_token_body",
    "SendDirectMailCampaignBody": ".send_direct_mail_campaign_body",
    "SendEmailCampaignData": ".send_email_campaign_data",
    "SendEmailCampaignRequest": ".send_email_campaign_request",
    "SendEmailCampaignResponse": ".send_email_campaign_response",
    "SendEmailRequest": ".send_email_request",
    "SendEmailRequestAttachmentsInner": ".send_email_request_attachments_inner",
    "SendEmailRequestFrom": ".send_email_request_from",
    "SendEmailRequestToInner": ".send_email_request_to_inner",
    "SendEmailResponse": ".send_email_response",
    "SendEmailVerificationTokenRequest": ".send_email_verification_token_request",
    "SendEmailVerificationTokenRequestFrom": ".send_email_verification_token_request_from",
    "SendEmailVerificationTokenRequestToInner": ".send_email_verification_token_request_to_inner",
    "SendEmailVerificationTokenResponse": ".send_email_verification_token_response",
    "SendEmailVerificationTokenResponseDataType0": ".send_email_verification_token_response_data_type_0",
    "SendFaxData": ".send_fax_data",
    "SendFaxRequest": ".send_fax_request",
    "SendFaxRequestMessagesInner": ".send_fax_request_messages_inner",
    "SendFaxResponse": ".send_fax_response",
    "SendLetterData": ".send_letter_data",
    "SendLetterRequest": ".send_letter_request",
    "SendLetterResponse": ".send_letter_response",
    "SendMmsCampaignRequest": ".send_mms_campaign_request",
    "SendMmsCampaignResponse": ".send_mms_campaign_response",
    "SendMmsData": ".send_mms_data",
    "SendMmsRequest": ".send_mms_request",
    "SendMmsRequestMessagesInner": ".send_mms_request_messages_inner",
    "SendMmsResponse": ".send_mms_response",
    "SendPostcardData": ".send_postcard_data",
    "SendPostcardRequest": ".send_postcard_request",
    "SendPostcardRequestRecipientsInner": ".send_postcard_request_recipients_inner",
    "SendPostcardResponse": ".send_postcard_response",
    "SendSmsCampaignRequest": ".send_sms_campaign_request",
    "SendSmsCampaignResponse": ".send_sms_campaign_response",
    "SendSmsData": ".send_sms_data",
    "SendSmsRequest": ".send_sms_request",
    "SendSmsRequestMessagesInner": ".send_sms_request_messages_inner",
    "SendSmsResponse": ".send_sms_response",
    "SendVoiceMessageData": ".send_voice_message_data",
    "SendVoiceMessageRequest": ".send_voice_message_request",
    "SendVoiceMessageRequestMessagesInner": ".send_voice_message_request_messages_inner",
    "SendVoiceMessageResponse": ".send_voice_message_response",
    "SendersInner": ".senders_inner",
    "SendersInnerSenderType": ".senders_inner_sender_type",
    "Sms": ".sms",
    "SmsCampaign": ".sms_campaign",
    "SmsCampaignSendersInner": ".sms_campaign_senders_inner",
    "SmsDeliveryReceiptRule": ".sms_delivery_receipt_rule",
    "SmsInboundRule": ".sms_inbound_rule",
    "SmsReceipt": ".sms_receipt",
    "SmsSendSms": ".sms_send_sms",
    "SmsTemplate": ".sms_template",
    "SmsTemplateUpdate": ".sms_template_update",
    "Subaccount": ".subaccount",
    "TransactionalEmail": ".transactional_email",
    "TransferContactToListBody": ".transfer_contact_to_list_body",
    "TransferContactToListResponse": ".transfer_contact_to_list_response",
    "TransferResellerCreditResponse": ".transfer_reseller_credit_response",
    "UpdateAccountBody": ".update_account_body",
    "UpdateClientAccountResponse": ".update_client_account_response",
    "UpdateContactResponse": ".update_contact_response",
    "UpdateDefaultSenderRequest": ".update_default_sender_request",
    "UpdateDefaultSenderResponse": ".update_default_sender_response",
    "UpdateEmailCampaignRequest": ".update_email_campaign_request",
    "UpdateEmailCampaignResponse": ".update_email_campaign_response",
    "UpdateEmailDeliveryReceiptRuleResponse": ".update_email_delivery_receipt_rule_response",
    "UpdateEmailTemplateRequest": ".update_email_template_request",
    "UpdateEmailTemplateResponse": ".update_email_template_response",
    "UpdateEmailToSmsAddressBody": ".update_email_to_sms_address_body",
    "UpdateFaxDeliveryReceiptRuleRequest": ".update_fax_delivery_receipt_rule_request",
    "UpdateFaxDeliveryReceiptRuleResponse": ".update_fax_delivery_receipt_rule_response",
    "UpdateFaxInboundRuleResponse": ".update_fax_inbound_rule_response",
    "UpdateListResponse": ".update_list_response",
    "UpdateMmsCampaignResponse": ".update_mms_campaign_response",
    "UpdateOwnNumberBody": ".update_own_number_body",
    "UpdatePaymentInfoData": ".update_payment_info_data",
    "UpdatePaymentInfoRequest": ".update_payment_info_request",
    "UpdatePaymentInfoResponse": ".update_payment_info_response",
    "UpdateResellerSettingsBody": ".update_reseller_settings_body",
    "UpdateReturnAddressRequest": ".update_return_address_request",
    "UpdateReturnAddressResponse": ".update_return_address_response",
    "UpdateSmsCampaignResponse": ".update_sms_campaign_response",
    "UpdateSmsDeliveryReceiptRuleResponse": ".update_sms_delivery_receipt_rule_response",
    "UpdateSmsInboundAutomationRequest": ".update_sms_inbound_automation_request",
    "UpdateSmsInboundAutomationResponse": ".update_sms_inbound_automation_response",
    "UpdateSmsTemplateResponse": ".update_sms_template_response",
    "UpdateStrippedStringRuleResponse": ".update_stripped_string_rule_response",
    "UpdateSubaccountRequest": ".update_subaccount_request",
    "UpdateSubaccountResponse": ".update_subaccount_response",
    "UpdateVoiceDeliveryReceiptRuleResponse": ".update_voice_delivery_receipt_rule_response",
    "UploadBase64": ".upload_base_64",
    "UploadMediaFileBody": ".upload_media_file_body",
    "UploadMediaFileConvert": ".upload_media_file_convert",
    "UploadMediaFileResponse": ".upload_media_file_response",
    "UploadMultipart": ".upload_multipart",
    "UploadedFile": ".uploaded_file",
    "UserEmailTemplate": ".user_email_template",
    "VerifyAllowedEmailAddressRequest": ".verify_allowed_email_address_request",
    "VerifyAllowedEmailAddressResponse": ".verify_allowed_email_address_response",
    "VerifyOwnNumberOtp": ".verify_own_number_otp",
    "VerifyOwnNumberOtpRequest": ".verify_own_number_otp_request",
    "VerifyPasswordResetBody": ".verify_password_reset_body",
    "ViewASpecificSmsTemplateData": ".view_a_specific_sms_template_data",
    "ViewAccountDetailsResponse": ".view_account_details_response",
    "ViewAccountUsageData": ".view_account_usage_data",
    "ViewAccountUsageDataEmailInner": ".view_account_usage_data_email_inner",
    "ViewAccountUsageDataSmsInner": ".view_account_usage_data_sms_inner",
    "ViewAccountUsageResponse": ".view_account_usage_response",
    "ViewAllEmailCampaignsData": ".view_all_email_campaigns_data",
    "ViewAllMmsCampaigns": ".view_all_mms_campaigns",
    "ViewAllTransactionsData": ".view_all_transactions_data",
    "ViewAllTransactionsDataAllOfDataInner": ".view_all_transactions_data_all_of_data_inner",
    "ViewAllowedEmailAddressResponse": ".view_allowed_email_address_response",
    "ViewAllowedEmailAddressesData": ".view_allowed_email_addresses_data",
    "ViewAllowedEmailAddressesResponse": ".view_allowed_email_addresses_response",
    "ViewAllowedEmailsData": ".view_allowed_emails_data",
    "ViewAllowedEmailsDataAllOfDataInner": ".view_allowed_emails_data_all_of_data_inner",
    "ViewAvailableNumbersData": ".view_available_numbers_data",
    "ViewAvailableNumbersDataAllOfDataInner": ".view_available_numbers_data_all_of_data_inner",
    "ViewAvailableNumbersResponse": ".view_available_numbers_response",
    "ViewClientAccountResponse": ".view_client_account_response",
    "ViewClientAccountsData": ".view_client_accounts_data",
    "ViewClientAccountsResponse": ".view_client_accounts_response",
    "ViewContactResponse": ".view_contact_response",
    "ViewCountriesResponse": ".view_countries_response",
    "ViewDeliveryIssuesResponse": ".view_delivery_issues_response",
    "ViewDirectMailCampaignsPage": ".view_direct_mail_campaigns_page",
    "ViewDirectMailCampaignsPageDataType0Item": ".view_direct_mail_campaigns_page_data_type_0_item",
    "ViewDirectMailCampaignsResponse": ".view_direct_mail_campaigns_response",
    "ViewEmailCampaignHistoryData": ".view_email_campaign_history_data",
    "ViewEmailCampaignHistoryResponse": ".view_email_campaign_history_response",
    "ViewEmailCampaignResponse": ".view_email_campaign_response",
    "ViewEmailCampaignsResponse": ".view_email_campaigns_response",
    "ViewEmailDeliveryReceiptRuleResponse": ".view_email_delivery_receipt_rule_response",
    "ViewEmailDeliveryReceiptRulesData": ".view_email_delivery_receipt_rules_data",
    "ViewEmailDeliveryReceiptRulesResponse": ".view_email_delivery_receipt_rules_response",
    "ViewEmailHistoryResponse": ".view_email_history_response",
    "ViewEmailTemplateCategoriesResponse": ".view_email_template_categories_response",
    "ViewEmailTemplateCategoryResponse": ".view_email_template_category_response",
    "ViewEmailTemplateResponse": ".view_email_template_response",
    "ViewEmailTemplatesData": ".view_email_templates_data",
    "ViewEmailTemplatesDataDataInner": ".view_email_templates_data_data_inner",
    "ViewEmailTemplatesResponse": ".view_email_templates_response",
    "ViewEmailToSmsAddressesResponse": ".view_email_to_sms_addresses_response",
    "ViewFaxDeliveryReceiptRuleResponse": ".view_fax_delivery_receipt_rule_response",
    "ViewFaxDeliveryReceiptRulesData": ".view_fax_delivery_receipt_rules_data",
    "ViewFaxDeliveryReceiptRulesResponse": ".view_fax_delivery_receipt_rules_response",
    "ViewFaxHistoryData": ".view_fax_history_data",
    "ViewFaxHistoryResponse": ".view_fax_history_response",
    "ViewFaxInboundRuleResponse": ".view_fax_inbound_rule_response",
    "ViewFaxInboundRulesData": ".view_fax_inbound_rules_data",
    "ViewFaxInboundRulesResponse": ".view_fax_inbound_rules_response",
    "ViewFaxReceiptResponse": ".view_fax_receipt_response",
    "ViewFaxReceiptsData": ".view_fax_receipts_data",
    "ViewFaxReceiptsResponse": ".view_fax_receipts_response",
    "ViewInboundSmsData": ".view_inbound_sms_data",
    "ViewInboundSmsMessageResponse": ".view_inbound_sms_message_response",
    "ViewInboundSmsResponse": ".view_inbound_sms_response",
    "ViewLetterHistoryData": ".view_letter_history_data",
    "ViewLetterHistoryResponse": ".view_letter_history_response",
    "ViewListContactsData": ".view_list_contacts_data",
    "ViewListContactsResponse": ".view_list_contacts_response",
    "ViewListResponse": ".view_list_response",
    "ViewListsData": ".view_lists_data",
    "ViewListsDataLinksInner": ".view_lists_data_links_inner",
    "ViewListsResponse": ".view_lists_response",
    "ViewMasterEmailTemplateResponse": ".view_master_email_template_response",
    "ViewMasterEmailTemplatesResponse": ".view_master_email_templates_response",
    "ViewMasterTemplatesInCategoryResponse": ".view_master_templates_in_category_response",
    "ViewMmsCampaignResponse": ".view_mms_campaign_response",
    "ViewMmsHistoryData": ".view_mms_history_data",
    "ViewMmsHistoryDataAllOfDataInner": ".view_mms_history_data_all_of_data_inner",
    "ViewMmsHistoryResponse": ".view_mms_history_response",
    "ViewMmsReceiptsPage": ".view_mms_receipts_page",
    "ViewMmsReceiptsPageDataType0Item": ".view_mms_receipts_page_data_type_0_item",
    "ViewMmsReceiptsResponse": ".view_mms_receipts_response",
    "ViewNumbersResponse": ".view_numbers_response",
    "ViewPaymentInfoResponse": ".view_payment_info_response",
    "ViewPostcardHistoryData": ".view_postcard_history_data",
    "ViewPostcardHistoryResponse": ".view_postcard_history_response",
    "ViewRechargePackagesData": ".view_recharge_packages_data",
    "ViewRechargePackagesDataPackagesInner": ".view_recharge_packages_data_packages_inner",
    "ViewRechargePackagesResponse": ".view_recharge_packages_response",
    "ViewReferralAccountsData": ".view_referral_accounts_data",
    "ViewReferralAccountsDataAllOfDataInner": ".view_referral_accounts_data_all_of_data_inner",
    "ViewReferralAccountsResponse": ".view_referral_accounts_response",
    "ViewReturnAddressResponse": ".view_return_address_response",
    "ViewReturnAddressesResponse": ".view_return_addresses_response",
    "ViewSmsCampaignResponse": ".view_sms_campaign_response",
    "ViewSmsCampaignsData": ".view_sms_campaigns_data",
    "ViewSmsCampaignsResponse": ".view_sms_campaigns_response",
    "ViewSmsDeliveryReceiptRuleResponse": ".view_sms_delivery_receipt_rule_response",
    "ViewSmsDeliveryReceiptRulesData": ".view_sms_delivery_receipt_rules_data",
    "ViewSmsDeliveryReceiptRulesResponse": ".view_sms_delivery_receipt_rules_response",
    "ViewSmsHistoryData": ".view_sms_history_data",
    "ViewSmsHistoryDataAllOfDataInner": ".view_sms_history_data_all_of_data_inner",
    "ViewSmsHistoryResponse": ".view_sms_history_response",
    "ViewSmsInboundAutomationResponse": ".view_sms_inbound_automation_response",
    "ViewSmsInboundAutomationsData": ".view_sms_inbound_automations_data",
    "ViewSmsInboundAutomationsResponse": ".view_sms_inbound_automations_response",
    "ViewSmsReceiptResponse": ".view_sms_receipt_response",
    "ViewSmsReceiptsData": ".view_sms_receipts_data",
    "ViewSmsReceiptsResponse": ".view_sms_receipts_response",
    "ViewSmsStatisticsData": ".view_sms_statistics_data",
    "ViewSmsStatisticsDataStatsInner": ".view_sms_statistics_data_stats_inner",
    "ViewSmsStatisticsDataTotal": ".view_sms_statistics_data_total",
    "ViewSmsStatisticsResponse": ".view_sms_statistics_response",
    "ViewSmsTemplateResponse": ".view_sms_template_response",
    "ViewSmsTemplatesData": ".view_sms_templates_data",
    "ViewSmsTemplatesResponse": ".view_sms_templates_response",
    "ViewStrippedStringRuleData": ".view_stripped_string_rule_data",
    "ViewStrippedStringRuleResponse": ".view_stripped_string_rule_response",
    "ViewStrippedStringRulesData": ".view_stripped_string_rules_data",
    "ViewStrippedStringRulesDataAllOfDataInner": ".view_stripped_string_rules_data_all_of_data_inner",
    "ViewStrippedStringRulesResponse": ".view_stripped_string_rules_response",
    "ViewSubaccountResponse": ".view_subaccount_response",
    "ViewSubaccountsData": ".view_subaccounts_data",
    "ViewSubaccountsResponse": ".view_subaccounts_response",
    "ViewTemplateCategoriesDataInner": ".view_template_categories_data_inner",
    "ViewTemplateCategoryData": ".view_template_category_data",
    "ViewTransactionResponse": ".view_transaction_response",
    "ViewTransactionsResponse": ".view_transactions_response",
    "ViewVoiceDeliveryReceiptRuleResponse": ".view_voice_delivery_receipt_rule_response",
    "ViewVoiceDeliveryReceiptRulesData": ".view_voice_delivery_receipt_rules_data",
    "ViewVoiceDeliveryReceiptRulesResponse": ".view_voice_delivery_receipt_rules_response",
    "ViewVoiceHistoryResponse": ".view_voice_history_response",
    "ViewVoiceLanguagesDataInner": ".view_voice_languages_data_inner",
    "ViewVoiceLanguagesResponse": ".view_voice_languages_response",
    "ViewVoiceReceiptsData": ".view_voice_receipts_data",
    "ViewVoiceReceiptsResponse": ".view_voice_receipts_response",
    "ViewVoiceStatisticsData": ".view_voice_statistics_data",
    "ViewVoiceStatisticsDataStatsInner": ".view_voice_statistics_data_stats_inner",
    "ViewVoiceStatisticsDataTotal": ".view_voice_statistics_data_total",
    "ViewVoiceStatisticsDataTotalOutbound": ".view_voice_statistics_data_total_outbound",
    "ViewVoiceStatisticsResponse": ".view_voice_statistics_response",
    "ViewYourNumbersData": ".view_your_numbers_data",
    "ViewYourNumbersDataAllOfDataInner": ".view_your_numbers_data_all_of_data_inner",
    "ViewYourNumbersDataAllOfDataInnerStatus": ".view_your_numbers_data_all_of_data_inner_status",
    "ViewYourReturnAddressesData": ".view_your_return_addresses_data",
    "VoiceDeliveryReceiptRule": ".voice_delivery_receipt_rule",
    "VoiceMessage": ".voice_message",
    "VoiceReceipt": ".voice_receipt",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "Account",
    "AccountReferrerChosenType0",
    "AddAllowedEmailData",
    "AddAllowedEmailRequest",
    "AddEmailToSmsAddressResponse",
    "AgreeToRulesAndRegulationsResponse",
    "AlphaTag",
    "Attachment",
    "BuyNumberRequest",
    "BuyNumberRequestRegistrationData",
    "BuyNumberRequestType",
    "CalculateEmailCampaignPriceData",
    "CalculateEmailCampaignPriceDataData",
    "CalculateEmailCampaignPriceRequest",
    "CalculateEmailCampaignPriceResponse",
    "CalculateEmailPriceData",
    "CalculateEmailPriceRequest",
    "CalculateEmailPriceResponse",
    "CalculateFaxPriceRequest",
    "CalculateFaxPriceRequestMessagesInner",
    "CalculateFaxPriceResponse",
    "CalculateLetterPriceData",
    "CalculateLetterPriceRequest",
    "CalculateLetterPriceResponse",
    "CalculateMmsCampaignPriceBody",
    "CalculateMmsCampaignPriceData",
    "CalculateMmsCampaignPriceDataData",
    "CalculateMmsCampaignPriceResponse",
    "CalculateMmsPriceRequest",
    "CalculateMmsPriceRequestMessagesInner",
    "CalculateMmsPriceResponse",
    "CalculatePostcardPriceResponse",
    "CalculateSmsCampaignPriceData",
    "CalculateSmsCampaignPriceDataData",
    "CalculateSmsCampaignPriceRequest",
    "CalculateSmsCampaignPriceResponse",
    "CalculateSmsPriceData",
    "CalculateSmsPriceDataSummary",
    "CalculateSmsPriceDataSummaryCountriesInner",
    "CalculateSmsPriceDataSummaryCountriesInnerCountry",
    "CalculateSmsPriceDataSummaryCountriesInnerCountryRegulation",
    "CalculateSmsPriceDataSummaryCountriesInnerCountryRegulationCreatedAt",
    "CalculateSmsPriceRequest",
    "CalculateSmsPriceRequestMessagesInner",
    "CalculateSmsPriceResponse",
    "CalculateVoicePriceRequest",
    "CalculateVoicePriceRequestMessagesInner",
    "CalculateVoicePriceResponse",
    "CancelAllSmsData",
    "CancelAllSmsRequest",
    "CancelAllSmsResponse",
    "CancelAllVoiceMessagesBody",
    "CancelAllVoiceMessagesResponse",
    "CancelEmailCampaignRequest",
    "CancelEmailCampaignResponse",
    "CancelMmsCampaignResponse",
    "CancelScheduledLetterResponse",
    "CancelScheduledPostcardResponse",
    "CancelSmsCampaignResponse",
    "CancelSmsResponse",
    "CancelSmsResponseDataType0",
    "CancelVoiceMessageBody",
    "CancelVoiceMessageResponse",
    "Contact",
    "ContactList",
    "CopyContactToListBody",
    "CopyContactToListResponse",
    "Country",
    "CreateAllowedEmailAddressRequest",
    "CreateAllowedEmailAddressResponse",
    "CreateClientAccountResponse",
    "CreateContactResponse",
    "CreateDefaultSenderRequest",
    "CreateDefaultSenderRequestDefaultSenderStrategiesInner",
    "CreateDefaultSenderRequestDefaultSenderStrategiesInnerSenderType",
    "CreateDefaultSenderRequestProductType",
    "CreateDefaultSenderResponse",
    "CreateDeliveryIssueData",
    "CreateDeliveryIssueRequest",
    "CreateDeliveryIssueResponse",
    "CreateEmailDeliveryReceiptRuleResponse",
    "CreateEmailTemplateRequest",
    "CreateEmailTemplateResponse",
    "CreateFaxDeliveryReceiptRuleRequest",
    "CreateFaxDeliveryReceiptRuleResponse",
    "CreateFaxInboundRuleRequest",
    "CreateFaxInboundRuleResponse",
    "CreateListRequest",
    "CreateListResponse",
    "CreateNewContactRequest",
    "CreateResellerAccountData",
    "CreateResellerAccountRequest",
    "CreateReturnAddressRequest",
    "CreateReturnAddressResponse",
    "CreateSmsDeliveryReceiptRuleRequest",
    "CreateSmsDeliveryReceiptRuleResponse",
    "CreateSmsInboundAutomationRequest",
    "CreateSmsInboundAutomationResponse",
    "CreateSmsTemplateRequest",
    "CreateSmsTemplateResponse",
    "CreateStrippedStringRuleRequest",
    "CreateStrippedStringRuleResponse",
    "CreateSubaccountRequest",
    "CreateSubaccountResponse",
    "CreateTestFaxReceiptBody",
    "CreateTestInboundSmsRequest",
    "CreateTestInboundSmsResponse",
    "CreateTestSmsReceiptData",
    "CreateTestSmsReceiptRequest",
    "CreateTestSmsReceiptResponse",
    "CreateVoiceDeliveryReceiptRuleResponse",
    "Currency",
    "CurrentPaymentInfoData",
    "DefaultSender",
    "DefaultSenderDefaultSenderStrategiesInner",
    "DefaultSenderError",
    "DefaultSenderErrorDataType0",
    "DefaultSenderErrorDetailsInner",
    "DeleteAllowedEmailAddressResponse",
    "DeleteAllowedEmailAddressResponseDataType0",
    "DeleteContactResponse",
    "DeleteEmailDeliveryReceiptRuleResponse",
    "DeleteEmailTemplateResponse",
    "DeleteFaxDeliveryReceiptRuleResponse",
    "DeleteFaxDeliveryReceiptRuleResponseDataType0",
    "DeleteFaxInboundRuleResponse",
    "DeleteListResponse",
    "DeleteReturnAddressResponse",
    "DeleteSmsDeliveryReceiptRuleResponse",
    "DeleteSmsInboundAutomationResponse",
    "DeleteSmsTemplateResponse",
    "DeleteStrippedStringRuleResponse",
    "DeleteSubaccountResponse",
    "DeleteVoiceDeliveryReceiptRuleResponse",
    "DeliveryIssue",
    "DetectAddressBody",
    "DetectAddressData",
    "DetectAddressResponse",
    "EmailAddress",
    "EmailCampaign",
    "EmailCampaignHistory",
    "EmailDeliveryReceiptRule",
    "Envelope",
    "ExportEmailHistoryResponse",
    "ExportLetterHistoryResponse",
    "ExportMmsHistoryResponse",
    "ExportPostcardHistoryResponse",
    "ExportSmsHistoryData",
    "ExportSmsHistoryResponse",
    "ExportVoiceHistoryResponse",
    "Fax",
    "FaxDeliveryReceiptRule",
    "FaxReceipt",
    "Field400Error",
    "Field400ErrorDataType0",
    "ForgotPasswordRequest",
    "ForgotUsernameRequest",
    "GenerateNewApiKeyData",
    "GenerateNewApiKeyRequest",
    "GetAllDeliveryIssuesData",
    "GetCountriesForGlobalSendingResponse",
    "GetDefaultSenderResponse",
    "GetDefaultSendersListData",
    "GetShortUrlStatisticsSource",
    "GetStatistics",
    "GetStatisticsDataInner",
    "GetStatisticsDataInnerDeviceInner",
    "GetStatisticsDataInnerLinks",
    "GetTracking",
    "GetTrackingDataInner",
    "GetTrackingDataInnerContact",
    "GetVoiceHistoryData",
    "GlobalSending",
    "GlobalSendingRegistrationStatus",
    "ImportContactsData",
    "ImportContactsRequest",
    "ImportContactsResponse",
    "InboundFaxRule",
    "InboundSms",
    "InboundSmsTest",
    "ListAlphaTags",
    "ListAlphaTagsSortDirection",
    "ListCompliantSenderTypes200ResponseData",
    "ListCompliantSenderTypes200ResponseDataDataInner",
    "ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInner",
    "ListCompliantSenderTypes200ResponseDataDataInnerAllowedSenderTypesInnerAllowedSenderCountries",
    "ListCompliantSenderTypesFilterproductType",
    "ListCompliantSenderTypesResponse",
    "ListContactSuggestionsPage",
    "ListContactSuggestionsPageDataType0Item",
    "ListContactSuggestionsResponse",
    "ListCountriesDataInner",
    "ListCountriesResponse",
    "ListDefaultSendersResponse",
    "ListDefaultSendersSortDirection",
    "ListOwnNumbers",
    "ListOwnNumbersMetadata",
    "ListOwnNumbersMetadataPagination",
    "ListTimezonesResponse",
    "MarkFaxReceiptsAsReadBody",
    "MarkInboundSmsAsReadResponse",
    "MarkInboundSmsAsReadResponseDataType0",
    "MarkInboundSmsMessageAsReadResponse",
    "MarkSmsReceiptAsReadRequest",
    "MarkSmsReceiptsAsReadResponse",
    "MarkSmsReceiptsAsReadResponseDataType0",
    "MasterEmailTemplate",
    "MasterEmailTemplateThumbnail",
    "Mms",
    "MmsCampaign",
    "OwnNumber",
    "Page",
    "PostcardRecipient",
    "PostcardRecipientReturnAddress",
    "PostReturnAddress",
    "PreviewContactImportCsvBody",
    "PurchaseDedicatedNumberData",
    "PurchaseDedicatedNumberResponse",
    "PurchaseRechargePackageData",
    "PurchaseRechargePackageResponse",
    "Recipient",
    "RegenerateSubaccountApiKeyResponse",
    "RegisterNumbersRequest",
    "RegisterNumbersResponse",
    "RegisterNumbersResponseDataType0",
    "RemoveDuplicateContactsRequest",
    "RemoveDuplicateContactsRequestFields",
    "RemoveDuplicateContactsResponse",
    "RemoveOptedOutContactsBody",
    "RemoveOptedOutContactsData",
    "RemoveOptedOutContactsResponse",
    "RequestAlphaTagRequest",
    "RequestAlphaTagRequestBusinessesInner",
    "RequestAlphaTagRequestBusinessesInnerBusinessAddress",
    "RequestAlphaTagRequestBusinessesInnerBusinessInfo",
    "RequestAlphaTagRequestBusinessesInnerBusinessRelationship",
    "RequestAlphaTagRequestBusinessesInnerCountry",
    "RequestAlphaTagRequestBusinessesInnerPartnerRepresentative",
    "RequestAlphaTagRequestBusinessesInnerRepresentative",
    "RequestAlphaTagRequestCountriesItem",
    "RequestOwnNumberVerificationOtp",
    "RequestOwnNumberVerificationOtpRequest",
    "RequestPasswordResetResponse",
    "RequestUsernameReminderResponse",
    "ResellerAccount",
    "SelectCountriesForGlobalSendingRequest",
    "SelectCountriesForGlobalSendingResponse",
    "SendAccountVerificationTokenBody",
    "SendDirectMailCampaignBody",
    "SendEmailCampaignData",
    "SendEmailCampaignRequest",
    "SendEmailCampaignResponse",
    "SendEmailRequest",
    "SendEmailRequestAttachmentsInner",
    "SendEmailRequestFrom",
    "SendEmailRequestToInner",
    "SendEmailResponse",
    "SendEmailVerificationTokenRequest",
    "SendEmailVerificationTokenRequestFrom",
    "SendEmailVerificationTokenRequestToInner",
    "SendEmailVerificationTokenResponse",
    "SendEmailVerificationTokenResponseDataType0",
    "SendersInner",
    "SendersInnerSenderType",
    "SendFaxData",
    "SendFaxRequest",
    "SendFaxRequestMessagesInner",
    "SendFaxResponse",
    "SendLetterData",
    "SendLetterRequest",
    "SendLetterResponse",
    "SendMmsCampaignRequest",
    "SendMmsCampaignResponse",
    "SendMmsData",
    "SendMmsRequest",
    "SendMmsRequestMessagesInner",
    "SendMmsResponse",
    "SendPostcardData",
    "SendPostcardRequest",
    "SendPostcardRequestRecipientsInner",
    "SendPostcardResponse",
    "SendSmsCampaignRequest",
    "SendSmsCampaignResponse",
    "SendSmsData",
    "SendSmsRequest",
    "SendSmsRequestMessagesInner",
    "SendSmsResponse",
    "SendVoiceMessageData",
    "SendVoiceMessageRequest",
    "SendVoiceMessageRequestMessagesInner",
    "SendVoiceMessageResponse",
    "Sms",
    "SmsCampaign",
    "SmsCampaignSendersInner",
    "SmsDeliveryReceiptRule",
    "SmsInboundRule",
    "SmsReceipt",
    "SmsSendSms",
    "SmsTemplate",
    "SmsTemplateUpdate",
    "Subaccount",
    "TransactionalEmail",
    "TransferContactToListBody",
    "TransferContactToListResponse",
    "TransferResellerCreditResponse",
    "UpdateAccountBody",
    "UpdateClientAccountResponse",
    "UpdateContactResponse",
    "UpdateDefaultSenderRequest",
    "UpdateDefaultSenderResponse",
    "UpdateEmailCampaignRequest",
    "UpdateEmailCampaignResponse",
    "UpdateEmailDeliveryReceiptRuleResponse",
    "UpdateEmailTemplateRequest",
    "UpdateEmailTemplateResponse",
    "UpdateEmailToSmsAddressBody",
    "UpdateFaxDeliveryReceiptRuleRequest",
    "UpdateFaxDeliveryReceiptRuleResponse",
    "UpdateFaxInboundRuleResponse",
    "UpdateListResponse",
    "UpdateMmsCampaignResponse",
    "UpdateOwnNumberBody",
    "UpdatePaymentInfoData",
    "UpdatePaymentInfoRequest",
    "UpdatePaymentInfoResponse",
    "UpdateResellerSettingsBody",
    "UpdateReturnAddressRequest",
    "UpdateReturnAddressResponse",
    "UpdateSmsCampaignResponse",
    "UpdateSmsDeliveryReceiptRuleResponse",
    "UpdateSmsInboundAutomationRequest",
    "UpdateSmsInboundAutomationResponse",
    "UpdateSmsTemplateResponse",
    "UpdateStrippedStringRuleResponse",
    "UpdateSubaccountRequest",
    "UpdateSubaccountResponse",
    "UpdateVoiceDeliveryReceiptRuleResponse",
    "UploadBase64",
    "UploadedFile",
    "UploadMediaFileBody",
    "UploadMediaFileConvert",
    "UploadMediaFileResponse",
    "UploadMultipart",
    "UserEmailTemplate",
    "VerifyAllowedEmailAddressRequest",
    "VerifyAllowedEmailAddressResponse",
    "VerifyOwnNumberOtp",
    "VerifyOwnNumberOtpRequest",
    "VerifyPasswordResetBody",
    "ViewAccountDetailsResponse",
    "ViewAccountUsageData",
    "ViewAccountUsageDataEmailInner",
    "ViewAccountUsageDataSmsInner",
    "ViewAccountUsageResponse",
    "ViewAllEmailCampaignsData",
    "ViewAllMmsCampaigns",
    "ViewAllowedEmailAddressesData",
    "ViewAllowedEmailAddressesResponse",
    "ViewAllowedEmailAddressResponse",
    "ViewAllowedEmailsData",
    "ViewAllowedEmailsDataAllOfDataInner",
    "ViewAllTransactionsData",
    "ViewAllTransactionsDataAllOfDataInner",
    "ViewASpecificSmsTemplateData",
    "ViewAvailableNumbersData",
    "ViewAvailableNumbersDataAllOfDataInner",
    "ViewAvailableNumbersResponse",
    "ViewClientAccountResponse",
    "ViewClientAccountsData",
    "ViewClientAccountsResponse",
    "ViewContactResponse",
    "ViewCountriesResponse",
    "ViewDeliveryIssuesResponse",
    "ViewDirectMailCampaignsPage",
    "ViewDirectMailCampaignsPageDataType0Item",
    "ViewDirectMailCampaignsResponse",
    "ViewEmailCampaignHistoryData",
    "ViewEmailCampaignHistoryResponse",
    "ViewEmailCampaignResponse",
    "ViewEmailCampaignsResponse",
    "ViewEmailDeliveryReceiptRuleResponse",
    "ViewEmailDeliveryReceiptRulesData",
    "ViewEmailDeliveryReceiptRulesResponse",
    "ViewEmailHistoryResponse",
    "ViewEmailTemplateCategoriesResponse",
    "ViewEmailTemplateCategoryResponse",
    "ViewEmailTemplateResponse",
    "ViewEmailTemplatesData",
    "ViewEmailTemplatesDataDataInner",
    "ViewEmailTemplatesResponse",
    "ViewEmailToSmsAddressesResponse",
    "ViewFaxDeliveryReceiptRuleResponse",
    "ViewFaxDeliveryReceiptRulesData",
    "ViewFaxDeliveryReceiptRulesResponse",
    "ViewFaxHistoryData",
    "ViewFaxHistoryResponse",
    "ViewFaxInboundRuleResponse",
    "ViewFaxInboundRulesData",
    "ViewFaxInboundRulesResponse",
    "ViewFaxReceiptResponse",
    "ViewFaxReceiptsData",
    "ViewFaxReceiptsResponse",
    "ViewInboundSmsData",
    "ViewInboundSmsMessageResponse",
    "ViewInboundSmsResponse",
    "ViewLetterHistoryData",
    "ViewLetterHistoryResponse",
    "ViewListContactsData",
    "ViewListContactsResponse",
    "ViewListResponse",
    "ViewListsData",
    "ViewListsDataLinksInner",
    "ViewListsResponse",
    "ViewMasterEmailTemplateResponse",
    "ViewMasterEmailTemplatesResponse",
    "ViewMasterTemplatesInCategoryResponse",
    "ViewMmsCampaignResponse",
    "ViewMmsHistoryData",
    "ViewMmsHistoryDataAllOfDataInner",
    "ViewMmsHistoryResponse",
    "ViewMmsReceiptsPage",
    "ViewMmsReceiptsPageDataType0Item",
    "ViewMmsReceiptsResponse",
    "ViewNumbersResponse",
    "ViewPaymentInfoResponse",
    "ViewPostcardHistoryData",
    "ViewPostcardHistoryResponse",
    "ViewRechargePackagesData",
    "ViewRechargePackagesDataPackagesInner",
    "ViewRechargePackagesResponse",
    "ViewReferralAccountsData",
    "ViewReferralAccountsDataAllOfDataInner",
    "ViewReferralAccountsResponse",
    "ViewReturnAddressesResponse",
    "ViewReturnAddressResponse",
    "ViewSmsCampaignResponse",
    "ViewSmsCampaignsData",
    "ViewSmsCampaignsResponse",
    "ViewSmsDeliveryReceiptRuleResponse",
    "ViewSmsDeliveryReceiptRulesData",
    "ViewSmsDeliveryReceiptRulesResponse",
    "ViewSmsHistoryData",
    "ViewSmsHistoryDataAllOfDataInner",
    "ViewSmsHistoryResponse",
    "ViewSmsInboundAutomationResponse",
    "ViewSmsInboundAutomationsData",
    "ViewSmsInboundAutomationsResponse",
    "ViewSmsReceiptResponse",
    "ViewSmsReceiptsData",
    "ViewSmsReceiptsResponse",
    "ViewSmsStatisticsData",
    "ViewSmsStatisticsDataStatsInner",
    "ViewSmsStatisticsDataTotal",
    "ViewSmsStatisticsResponse",
    "ViewSmsTemplateResponse",
    "ViewSmsTemplatesData",
    "ViewSmsTemplatesResponse",
    "ViewStrippedStringRuleData",
    "ViewStrippedStringRuleResponse",
    "ViewStrippedStringRulesData",
    "ViewStrippedStringRulesDataAllOfDataInner",
    "ViewStrippedStringRulesResponse",
    "ViewSubaccountResponse",
    "ViewSubaccountsData",
    "ViewSubaccountsResponse",
    "ViewTemplateCategoriesDataInner",
    "ViewTemplateCategoryData",
    "ViewTransactionResponse",
    "ViewTransactionsResponse",
    "ViewVoiceDeliveryReceiptRuleResponse",
    "ViewVoiceDeliveryReceiptRulesData",
    "ViewVoiceDeliveryReceiptRulesResponse",
    "ViewVoiceHistoryResponse",
    "ViewVoiceLanguagesDataInner",
    "ViewVoiceLanguagesResponse",
    "ViewVoiceReceiptsData",
    "ViewVoiceReceiptsResponse",
    "ViewVoiceStatisticsData",
    "ViewVoiceStatisticsDataStatsInner",
    "ViewVoiceStatisticsDataTotal",
    "ViewVoiceStatisticsDataTotalOutbound",
    "ViewVoiceStatisticsResponse",
    "ViewYourNumbersData",
    "ViewYourNumbersDataAllOfDataInner",
    "ViewYourNumbersDataAllOfDataInnerStatus",
    "ViewYourReturnAddressesData",
    "VoiceDeliveryReceiptRule",
    "VoiceMessage",
    "VoiceReceipt",
)

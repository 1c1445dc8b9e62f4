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
    from .allowed_email_address_response import AllowedEmailAddressResponse
    from .alpha_tag_model import AlphaTag
    from .attachment import Attachment
    from .boolean_response import BooleanResponse
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
    from .calculate_fax_price_request import CalculateFaxPriceRequest
    from .calculate_fax_price_request_messages_inner import (
        CalculateFaxPriceRequestMessagesInner,
    )
    from .calculate_letter_price_data import CalculateLetterPriceData
    from .calculate_letter_price_request import CalculateLetterPriceRequest
    from .calculate_letter_price_response import CalculateLetterPriceResponse
    from .calculate_mms_campaign_price_data import CalculateMmsCampaignPriceData
    from .calculate_mms_campaign_price_data_data import (
        CalculateMmsCampaignPriceDataData,
    )
    from .calculate_mms_campaign_price_response import CalculateMmsCampaignPriceResponse
    from .calculate_mms_price_request import CalculateMmsPriceRequest
    from .calculate_mms_price_request_messages_inner import (
        CalculateMmsPriceRequestMessagesInner,
    )
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
    from .cancel_all_response import CancelAllResponse
    from .cancel_all_sms_data import CancelAllSmsData
    from .cancel_all_sms_request import CancelAllSmsRequest
    from .cancel_email_campaign_request import CancelEmailCampaignRequest
    from .cancel_sms_response import CancelSmsResponse
    from .cancel_sms_response_data_type_0 import CancelSmsResponseDataType0
    from .client_account_response import ClientAccountResponse
    from .contact import Contact
    from .contact_list import ContactList
    from .contact_response import ContactResponse
    from .country import Country
    from .create_allowed_email_address_request import CreateAllowedEmailAddressRequest
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
    from .create_delivery_issue_data import CreateDeliveryIssueData
    from .create_delivery_issue_request import CreateDeliveryIssueRequest
    from .create_delivery_issue_response import CreateDeliveryIssueResponse
    from .create_email_template_request import CreateEmailTemplateRequest
    from .create_fax_delivery_receipt_rule_request import (
        CreateFaxDeliveryReceiptRuleRequest,
    )
    from .create_fax_inbound_rule_request import CreateFaxInboundRuleRequest
    from .create_list_request import CreateListRequest
    from .create_list_response import CreateListResponse
    from .create_new_contact_request import CreateNewContactRequest
    from .create_reseller_account_data import CreateResellerAccountData
    from .create_reseller_account_request import CreateResellerAccountRequest
    from .create_return_address_request import CreateReturnAddressRequest
    from .create_sms_delivery_receipt_rule_request import (
        CreateSmsDeliveryReceiptRuleRequest,
    )
    from .create_sms_inbound_automation_request import CreateSmsInboundAutomationRequest
    from .create_sms_template_request import CreateSmsTemplateRequest
    from .create_stripped_string_rule_request import CreateStrippedStringRuleRequest
    from .create_stripped_string_rule_response import CreateStrippedStringRuleResponse
    from .create_subaccount_request import CreateSubaccountRequest
    from .create_test_inbound_sms_request import CreateTestInboundSmsRequest
    from .create_test_inbound_sms_response import CreateTestInboundSmsResponse
    from .create_test_receipt_request import CreateTestReceiptRequest
    from .currency import Currency
    from .current_payment_info_data import CurrentPaymentInfoData
    from .default_sender import DefaultSender
    from .default_sender_default_sender_strategies_inner import (
        DefaultSenderDefaultSenderStrategiesInner,
    )
    from .default_sender_error import DefaultSenderError
    from .default_sender_error_data_type_0 import DefaultSenderErrorDataType0
    from .default_sender_error_details_inner import DefaultSenderErrorDetailsInner
    from .default_sender_response import DefaultSenderResponse
    from .delete_contact_response import DeleteContactResponse
    from .delete_list_response import DeleteListResponse
    from .delivery_issue import DeliveryIssue
    from .delivery_receipt_rule import DeliveryReceiptRule
    from .delivery_receipt_rule_page import DeliveryReceiptRulePage
    from .delivery_receipt_rule_page_response import DeliveryReceiptRulePageResponse
    from .delivery_receipt_rule_response import DeliveryReceiptRuleResponse
    from .detect_address_data import DetectAddressData
    from .detect_address_response import DetectAddressResponse
    from .email_address_model import EmailAddress
    from .email_campaign import EmailCampaign
    from .email_campaign_history import EmailCampaignHistory
    from .email_campaign_response import EmailCampaignResponse
    from .email_messages_response import EmailMessagesResponse
    from .email_template_response import EmailTemplateResponse
    from .envelope import Envelope
    from .export_history_response import ExportHistoryResponse
    from .export_sms_history_data import ExportSmsHistoryData
    from .fax import Fax
    from .fax_inbound_rule_response import FaxInboundRuleResponse
    from .fax_receipt import FaxReceipt
    from .field_400_error import Field400Error
    from .field_400_error_data_type_0 import Field400ErrorDataType0
    from .forgot_password_request import ForgotPasswordRequest
    from .forgot_username_request import ForgotUsernameRequest
    from .generate_new_api_key_data import GenerateNewApiKeyData
    from .generate_new_api_key_request import GenerateNewApiKeyRequest
    from .get_all_delivery_issues_data import GetAllDeliveryIssuesData
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
    from .global_sending_list_response import GlobalSendingListResponse
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
    from .list_countries_data_inner import ListCountriesDataInner
    from .list_countries_response import ListCountriesResponse
    from .list_default_senders_response import ListDefaultSendersResponse
    from .list_default_senders_sort_direction import ListDefaultSendersSortDirection
    from .list_own_numbers import ListOwnNumbers
    from .list_own_numbers_metadata import ListOwnNumbersMetadata
    from .list_own_numbers_metadata_pagination import ListOwnNumbersMetadataPagination
    from .mark_fax_receipts_as_read_body import MarkFaxReceiptsAsReadBody
    from .mark_inbound_sms_message_as_read_response import (
        MarkInboundSmsMessageAsReadResponse,
    )
    from .mark_sms_receipt_as_read_request import MarkSmsReceiptAsReadRequest
    from .master_email_template import MasterEmailTemplate
    from .master_email_template_list_response import MasterEmailTemplateListResponse
    from .master_email_template_thumbnail import MasterEmailTemplateThumbnail
    from .mms import Mms
    from .mms_campaign import MmsCampaign
    from .mms_campaign_response import MmsCampaignResponse
    from .object_body import ObjectBody
    from .object_page import ObjectPage
    from .object_page_data_type_0_item import ObjectPageDataType0Item
    from .object_page_response import ObjectPageResponse
    from .object_response import ObjectResponse
    from .object_response_data_type_0 import ObjectResponseDataType0
    from .own_number import OwnNumber
    from .own_number_otp import OwnNumberOtp
    from .page import Page
    from .post_return_address import PostReturnAddress
    from .postcard_recipient import PostcardRecipient
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
    from .remove_contacts_response import RemoveContactsResponse
    from .remove_duplicate_contacts_request import RemoveDuplicateContactsRequest
    from .remove_duplicate_contacts_request_fields import (
        RemoveDuplicateContactsRequestFields,
    )
    from .remove_opted_out_contacts_data import RemoveOptedOutContactsData
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
    from .request_own_number_verification_otp_request import (
        RequestOwnNumberVerificationOtpRequest,
    )
    from .reseller_account import ResellerAccount
    from .return_address_response import ReturnAddressResponse
    from .select_countries_for_global_sending_request import (
        SelectCountriesForGlobalSendingRequest,
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
    from .send_fax_data import SendFaxData
    from .send_fax_request import SendFaxRequest
    from .send_fax_request_messages_inner import SendFaxRequestMessagesInner
    from .send_fax_response import SendFaxResponse
    from .send_letter_data import SendLetterData
    from .send_letter_request import SendLetterRequest
    from .send_letter_response import SendLetterResponse
    from .send_mms_campaign_request import SendMmsCampaignRequest
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
    from .sms_campaign_response import SmsCampaignResponse
    from .sms_campaign_senders_inner import SmsCampaignSendersInner
    from .sms_inbound_automation_response import SmsInboundAutomationResponse
    from .sms_inbound_rule import SmsInboundRule
    from .sms_receipt import SmsReceipt
    from .sms_receipt_response import SmsReceiptResponse
    from .sms_send_sms import SmsSendSms
    from .sms_template import SmsTemplate
    from .sms_template_response import SmsTemplateResponse
    from .string_list_response import StringListResponse
    from .stripped_string_rule_response import StrippedStringRuleResponse
    from .subaccount import Subaccount
    from .subaccount_response import SubaccountResponse
    from .transactional_email import TransactionalEmail
    from .update_account_body import UpdateAccountBody
    from .update_contact_response import UpdateContactResponse
    from .update_default_sender_request import UpdateDefaultSenderRequest
    from .update_email_campaign_request import UpdateEmailCampaignRequest
    from .update_email_template_request import UpdateEmailTemplateRequest
    from .update_email_to_sms_address_body import UpdateEmailToSmsAddressBody
    from .update_fax_delivery_receipt_rule_request import (
        UpdateFaxDeliveryReceiptRuleRequest,
    )
    from .update_list_response import UpdateListResponse
    from .update_payment_info_data import UpdatePaymentInfoData
    from .update_payment_info_request import UpdatePaymentInfoRequest
    from .update_payment_info_response import UpdatePaymentInfoResponse
    from .update_reseller_settings_body import UpdateResellerSettingsBody
    from .update_return_address_request import UpdateReturnAddressRequest
    from .update_sms_inbound_automation_request import UpdateSmsInboundAutomationRequest
    from .update_subaccount_request import UpdateSubaccountRequest
    from .upload_base_64 import UploadBase64
    from .upload_media_file_convert import UploadMediaFileConvert
    from .upload_media_file_response import UploadMediaFileResponse
    from .upload_multipart import UploadMultipart
    from .uploaded_file import UploadedFile
    from .user_email_template import UserEmailTemplate
    from .verify_allowed_email_address_request import VerifyAllowedEmailAddressRequest
    from .verify_own_number_otp_request import VerifyOwnNumberOtpRequest
    from .verify_password_reset_body import VerifyPasswordResetBody
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
    from .view_client_accounts_data import ViewClientAccountsData
    from .view_client_accounts_response import ViewClientAccountsResponse
    from .view_contact_response import ViewContactResponse
    from .view_countries_response import ViewCountriesResponse
    from .view_delivery_issues_response import ViewDeliveryIssuesResponse
    from .view_email_campaign_history_data import ViewEmailCampaignHistoryData
    from .view_email_campaign_history_response import ViewEmailCampaignHistoryResponse
    from .view_email_campaigns_response import ViewEmailCampaignsResponse
    from .view_email_template_categories_response import (
        ViewEmailTemplateCategoriesResponse,
    )
    from .view_email_template_category_response import ViewEmailTemplateCategoryResponse
    from .view_email_templates_data import ViewEmailTemplatesData
    from .view_email_templates_data_data_inner import ViewEmailTemplatesDataDataInner
    from .view_email_templates_response import ViewEmailTemplatesResponse
    from .view_email_to_sms_addresses_response import ViewEmailToSmsAddressesResponse
    from .view_fax_history_data import ViewFaxHistoryData
    from .view_fax_history_response import ViewFaxHistoryResponse
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
    from .view_mms_history_data import ViewMmsHistoryData
    from .view_mms_history_data_all_of_data_inner import (
        ViewMmsHistoryDataAllOfDataInner,
    )
    from .view_mms_history_response import ViewMmsHistoryResponse
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
    from .view_return_addresses_response import ViewReturnAddressesResponse
    from .view_sms_campaigns_data import ViewSmsCampaignsData
    from .view_sms_campaigns_response import ViewSmsCampaignsResponse
    from .view_sms_history_data import ViewSmsHistoryData
    from .view_sms_history_data_all_of_data_inner import (
        ViewSmsHistoryDataAllOfDataInner,
    )
    from .view_sms_history_response import ViewSmsHistoryResponse
    from .view_sms_inbound_automations_data import ViewSmsInboundAutomationsData
    from .view_sms_inbound_automations_response import ViewSmsInboundAutomationsResponse
    from .view_sms_receipts_data import ViewSmsReceiptsData
    from .view_sms_receipts_response import ViewSmsReceiptsResponse
    from .view_sms_statistics_data import ViewSmsStatisticsData
    from .view_sms_statistics_data_stats_inner import ViewSmsStatisticsDataStatsInner
    from .view_sms_statistics_data_total import ViewSmsStatisticsDataTotal
    from .view_sms_statistics_response import ViewSmsStatisticsResponse
    from .view_sms_templates_data import ViewSmsTemplatesData
    from .view_sms_templates_response import ViewSmsTemplatesResponse
    from .view_stripped_string_rule_data import ViewStrippedStringRuleData
    from .view_stripped_string_rules_data import ViewStrippedStringRulesData
    from .view_stripped_string_rules_data_all_of_data_inner import (
        ViewStrippedStringRulesDataAllOfDataInner,
    )
    from .view_stripped_string_rules_response import ViewStrippedStringRulesResponse
    from .view_subaccounts_data import ViewSubaccountsData
    from .view_subaccounts_response import ViewSubaccountsResponse
    from .view_template_categories_data_inner import ViewTemplateCategoriesDataInner
    from .view_template_category_data import ViewTemplateCategoryData
    from .view_transaction_response import ViewTransactionResponse
    from .view_transactions_response import ViewTransactionsResponse
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
    from .voice_message import VoiceMessage
    from .voice_receipt import VoiceReceipt

_MODULE_OF: dict[str, str] = {
    "Account": ".account_model",
    "AccountReferrerChosenType0": ".account_referrer_chosen_type_0",
    "AddAllowedEmailData": ".add_allowed_email_data",
    "AddAllowedEmailRequest": ".add_allowed_email_request",
    "AddEmailToSmsAddressResponse": ".add_email_to_sms_address_response",
    "AllowedEmailAddressResponse": ".allowed_email_address_response",
    "AlphaTag": ".alpha_tag_model",
    "Attachment": ".attachment",
    "BooleanResponse": ".boolean_response",
    "BuyNumberRequest": ".buy_number_request",
    "BuyNumberRequestRegistrationData": ".buy_number_request_registration_data",
    "BuyNumberRequestType": ".buy_number_request_type",
    "CalculateEmailCampaignPriceData": ".calculate_email_campaign_price_data",
    "CalculateEmailCampaignPriceDataData": ".calculate_email_campaign_price_data_data",
    "CalculateEmailCampaignPriceRequest": ".calculate_email_campaign_price_request",
    "CalculateEmailCampaignPriceResponse": ".calculate_email_campaign_price_response",
    "CalculateEmailPriceData": ".calculate_email_price_data",
    "CalculateEmailPriceRequest": ".calculate_email_price_request",
    "CalculateFaxPriceRequest": ".calculate_fax_price_request",
    "CalculateFaxPriceRequestMessagesInner": ".calculate_fax_price_request_messages_inner",
    "CalculateLetterPriceData": ".calculate_letter_price_data",
    "CalculateLetterPriceRequest": ".calculate_letter_price_request",
    "CalculateLetterPriceResponse": ".calculate_letter_price_response",
    "CalculateMmsCampaignPriceData": ".calculate_mms_campaign_price_data",
    "CalculateMmsCampaignPriceDataData": ".calculate_mms_campaign_price_data_data",
    "CalculateMmsCampaignPriceResponse": ".calculate_mms_campaign_price_response",
    "CalculateMmsPriceRequest": ".calculate_mms_price_request",
    "CalculateMmsPriceRequestMessagesInner": ".calculate_mms_price_request_messages_inner",
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
    "CancelAllResponse": ".cancel_all_response",
    "CancelAllSmsData": ".cancel_all_sms_data",
    "CancelAllSmsRequest": ".cancel_all_sms_request",
    "CancelEmailCampaignRequest": ".cancel_email_campaign_request",
    "CancelSmsResponse": ".cancel_sms_response",
    "CancelSmsResponseDataType0": ".cancel_sms_response_data_type_0",
    "ClientAccountResponse": ".client_account_response",
    "Contact": ".contact",
    "ContactList": ".contact_list",
    "ContactResponse": ".contact_response",
    "Country": ".country",
    "CreateAllowedEmailAddressRequest": ".create_allowed_email_address_request",
    "CreateContactResponse": ".create_contact_response",
    "CreateDefaultSenderRequest": ".create_default_sender_request",
    "CreateDefaultSenderRequestDefaultSenderStrategiesInner": ".create_default_sender_request_default_sender_strategies_inner",
    "CreateDefaultSenderRequestDefaultSenderStrategiesInnerSenderType": ".create_default_sender_request_default_sender_strategies_inner_sender_type",
    "CreateDefaultSenderRequestProductType": ".create_default_sender_request_product_type",
    "CreateDeliveryIssueData": ".create_delivery_issue_data",
    "CreateDeliveryIssueRequest": ".create_delivery_issue_request",
    "CreateDeliveryIssueResponse": ".create_delivery_issue_response",
    "CreateEmailTemplateRequest": ".create_email_template_request",
    "CreateFaxDeliveryReceiptRuleRequest": ".create_fax_delivery_receipt_rule_request",
    "CreateFaxInboundRuleRequest": ".create_fax_inbound_rule_request",
    "CreateListRequest": ".create_list_request",
    "CreateListResponse": ".create_list_response",
    "CreateNewContactRequest": ".create_new_contact_request",
    "CreateResellerAccountData": ".create_reseller_account_data",
    "CreateResellerAccountRequest": ".create_reseller_account_request",
    "CreateReturnAddressRequest": ".create_return_address_request",
    "CreateSmsDeliveryReceiptRuleRequest": ".create_sms_delivery_receipt_rule_request",
    "CreateSmsInboundAutomationRequest": ".create_sms_inbound_automation_request",
    "CreateSmsTemplateRequest": ".create_sms_template_request",
    "CreateStrippedStringRuleRequest": ".create_stripped_string_rule_request",
    "CreateStrippedStringRuleResponse": ".create_stripped_string_rule_response",
    "CreateSubaccountRequest": ".create_subaccount_request",
    "CreateTestInboundSmsRequest": ".create_test_inbound_sms_request",
    "CreateTestInboundSmsResponse": ".create_test_inbound_sms_response",
    "CreateTestReceiptRequest": ".create_test_receipt_request",
    "Currency": ".currency",
    "CurrentPaymentInfoData": ".current_payment_info_data",
    "DefaultSender": ".default_sender",
    "DefaultSenderDefaultSenderStrategiesInner": ".default_sender_default_sender_strategies_inner",
    "DefaultSenderError": ".default_sender_error",
    "DefaultSenderErrorDataType0": ".default_sender_error_data_type_0",
    "DefaultSenderErrorDetailsInner": ".default_sender_error_details_inner",
    "DefaultSenderResponse": ".default_sender_response",
    "DeleteContactResponse": ".delete_contact_response",
    "DeleteListResponse": ".delete_list_response",
    "DeliveryIssue": ".delivery_issue",
    "DeliveryReceiptRule": ".delivery_receipt_rule",
    "DeliveryReceiptRulePage": ".delivery_receipt_rule_page",
    "DeliveryReceiptRulePageResponse": ".delivery_receipt_rule_page_response",
    "DeliveryReceiptRuleResponse": ".delivery_receipt_rule_response",
    "DetectAddressData": ".detect_address_data",
    "DetectAddressResponse": ".detect_address_response",
    "EmailAddress": ".email_address_model",
    "EmailCampaign": ".email_campaign",
    "EmailCampaignHistory": ".email_campaign_history",
    "EmailCampaignResponse": ".email_campaign_response",
    "EmailMessagesResponse": ".email_messages_response",
    "EmailTemplateResponse": ".email_template_response",
    "Envelope": ".envelope",
    "ExportHistoryResponse": ".export_history_response",
    "ExportSmsHistoryData": ".export_sms_history_data",
    "Fax": ".fax",
    "FaxInboundRuleResponse": ".fax_inbound_rule_response",
    "FaxReceipt": ".fax_receipt",
    "Field400Error": ".field_400_error",
    "Field400ErrorDataType0": ".field_400_error_data_type_0",
    "ForgotPasswordRequest": ".forgot_password_request",
    "ForgotUsernameRequest": ".forgot_username_request",
    "GenerateNewApiKeyData": ".generate_new_api_key_data",
    "GenerateNewApiKeyRequest": ".generate_new_api_key_request",
    "GetAllDeliveryIssuesData": ".get_all_delivery_issues_data",
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
    "GlobalSendingListResponse": ".global_sending_list_response",
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
    "ListCountriesDataInner": ".list_countries_data_inner",
    "ListCountriesResponse": ".list_countries_response",
    "ListDefaultSendersResponse": ".list_default_senders_response",
    "ListDefaultSendersSortDirection": ".list_default_senders_sort_direction",
    "ListOwnNumbers": ".list_own_numbers",
    "ListOwnNumbersMetadata": ".list_own_numbers_metadata",
    "ListOwnNumbersMetadataPagination": ".list_own_numbers_metadata_pagination",
    "MarkFaxReceiptsAsReadBody": ".mark_fax_receipts_as_read_body",
    "MarkInboundSmsMessageAsReadResponse": ".mark_inbound_sms_message_as_read_response",
    "MarkSmsReceiptAsReadRequest": ".mark_sms_receipt_as_read_request",
    "MasterEmailTemplate": ".master_email_template",
    "MasterEmailTemplateListResponse": ".master_email_template_list_response",
    "MasterEmailTemplateThumbnail": ".master_email_template_thumbnail",
    "Mms": ".mms",
    "MmsCampaign": ".mms_campaign",
    "MmsCampaignResponse": ".mms_campaign_response",
    "ObjectBody": ".object_body",
    "ObjectPage": ".object_page",
    "ObjectPageDataType0Item": ".object_page_data_type_0_item",
    "ObjectPageResponse": ".object_page_response",
    "ObjectResponse": ".object_response",
    "ObjectResponseDataType0": ".object_response_data_type_0",
    "OwnNumber": ".own_number",
    "OwnNumberOtp": ".own_number_otp",
    "Page": ".page",
    "PostReturnAddress": ".post_return_address",
    "PostcardRecipient": ".postcard_recipient",
    "PreviewContactImportCsvBody": ".preview_contact_import_csv_body",
    "PurchaseDedicatedNumberData": ".purchase_dedicated_number_data",
    "PurchaseDedicatedNumberResponse": ".purchase_dedicated_number_response",
    "PurchaseRechargePackageData": ".purchase_recharge_package_data",
    "PurchaseRechargePackageResponse": ".purchase_recharge_package_response",
    "Recipient": ".recipient",
    "RegenerateSubaccountApiKeyResponse": ".regenerate_subaccount_api_key_response",
    "RegisterNumbersRequest": ".register_numbers_request",
    "RemoveContactsResponse": ".remove_contacts_response",
    "RemoveDuplicateContactsRequest": ".remove_duplicate_contacts_request",
    "RemoveDuplicateContactsRequestFields": ".remove_duplicate_contacts_request_fields",
    "RemoveOptedOutContactsData": ".remove_opted_out_contacts_data",
    "RequestAlphaTagRequest": ".request_alpha_tag_request",
    "RequestAlphaTagRequestBusinessesInner": ".request_alpha_tag_request_businesses_inner",
    "RequestAlphaTagRequestBusinessesInnerBusinessAddress": ".request_alpha_tag_request_businesses_inner_business_address",
    "RequestAlphaTagRequestBusinessesInnerBusinessInfo": ".request_alpha_tag_request_businesses_inner_business_info",
    "RequestAlphaTagRequestBusinessesInnerBusinessRelationship": ".request_alpha_tag_request_businesses_inner_business_relationship",
    "RequestAlphaTagRequestBusinessesInnerCountry": ".request_alpha_tag_request_businesses_inner_country",
    "RequestAlphaTagRequestBusinessesInnerPartnerRepresentative": ".request_alpha_tag_request_businesses_inner_partner_representative",
    "RequestAlphaTagRequestBusinessesInnerRepresentative": ".request_alpha_tag_request_businesses_inner_representative",
    "RequestAlphaTagRequestCountriesItem": ".request_alpha_tag_request_countries_item",
    "RequestOwnNumberVerificationOtpRequest": ".request_own_number_verification_otp_request",
    "ResellerAccount": ".reseller_account",
    "ReturnAddressResponse": ".return_address_response",
    "SelectCountriesForGlobalSendingRequest": ".select_countries_for_global_sending_request",
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
    "SendFaxData": ".send_fax_data",
    "SendFaxRequest": ".send_fax_request",
    "SendFaxRequestMessagesInner": ".send_fax_request_messages_inner",
    "SendFaxResponse": ".send_fax_response",
    "SendLetterData": ".send_letter_data",
    "SendLetterRequest": ".send_letter_request",
    "SendLetterResponse": ".send_letter_response",
    "SendMmsCampaignRequest": ".send_mms_campaign_request",
    "SendMmsData": ".send_mms_data",
    "SendMmsRequest": ".send_mms_request",
    "SendMmsRequestMessagesInner": ".send_mms_request_messages_inner",
    "SendMmsResponse": ".send_mms_response",
    "SendPostcardData": ".send_postcard_data",
    "SendPostcardRequest": ".send_postcard_request",
    "SendPostcardRequestRecipientsInner": ".send_postcard_request_recipients_inner",
    "SendPostcardResponse": ".send_postcard_response",
    "SendSmsCampaignRequest": ".send_sms_campaign_request",
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
    "SmsCampaignResponse": ".sms_campaign_response",
    "SmsCampaignSendersInner": ".sms_campaign_senders_inner",
    "SmsInboundAutomationResponse": ".sms_inbound_automation_response",
    "SmsInboundRule": ".sms_inbound_rule",
    "SmsReceipt": ".sms_receipt",
    "SmsReceiptResponse": ".sms_receipt_response",
    "SmsSendSms": ".sms_send_sms",
    "SmsTemplate": ".sms_template",
    "SmsTemplateResponse": ".sms_template_response",
    "StringListResponse": ".string_list_response",
    "StrippedStringRuleResponse": ".stripped_string_rule_response",
    "Subaccount": ".subaccount",
    "SubaccountResponse": ".subaccount_response",
    "TransactionalEmail": ".transactional_email",
    "UpdateAccountBody": ".update_account_body",
    "UpdateContactResponse": ".update_contact_response",
    "UpdateDefaultSenderRequest": ".update_default_sender_request",
    "UpdateEmailCampaignRequest": ".update_email_campaign_request",
    "UpdateEmailTemplateRequest": ".update_email_template_request",
    "UpdateEmailToSmsAddressBody": ".update_email_to_sms_address_body",
    "UpdateFaxDeliveryReceiptRuleRequest": ".update_fax_delivery_receipt_rule_request",
    "UpdateListResponse": ".update_list_response",
    "UpdatePaymentInfoData": ".update_payment_info_data",
    "UpdatePaymentInfoRequest": ".update_payment_info_request",
    "UpdatePaymentInfoResponse": ".update_payment_info_response",
    "UpdateResellerSettingsBody": ".update_reseller_settings_body",
    "UpdateReturnAddressRequest": ".update_return_address_request",
    "UpdateSmsInboundAutomationRequest": ".update_sms_inbound_automation_request",
    "UpdateSubaccountRequest": ".update_subaccount_request",
    "UploadBase64": ".upload_base_64",
    "UploadMediaFileConvert": ".upload_media_file_convert",
    "UploadMediaFileResponse": ".upload_media_file_response",
    "UploadMultipart": ".upload_multipart",
    "UploadedFile": ".uploaded_file",
    "UserEmailTemplate": ".user_email_template",
    "VerifyAllowedEmailAddressRequest": ".verify_allowed_email_address_request",
    "VerifyOwnNumberOtpRequest": ".verify_own_number_otp_request",
    "VerifyPasswordResetBody": ".verify_password_reset_body",
    "ViewAccountDetailsResponse": ".view_account_details_response",
    "ViewAccountUsageData": ".view_account_usage_data",
    "ViewAccountUsageDataEmailInner": ".view_account_usage_data_email_inner",
    "ViewAccountUsageDataSmsInner": ".view_account_usage_data_sms_inner",
    "ViewAccountUsageResponse": ".view_account_usage_response",
    "ViewAllEmailCampaignsData": ".view_all_email_campaigns_data",
    "ViewAllMmsCampaigns": ".view_all_mms_campaigns",
    "ViewAllTransactionsData": ".view_all_transactions_data",
    "ViewAllTransactionsDataAllOfDataInner": ".view_all_transactions_data_all_of_data_inner",
    "ViewAllowedEmailAddressesData": ".view_allowed_email_addresses_data",
    "ViewAllowedEmailAddressesResponse": ".view_allowed_email_addresses_response",
    "ViewAllowedEmailsData": ".view_allowed_emails_data",
    "ViewAllowedEmailsDataAllOfDataInner": ".view_allowed_emails_data_all_of_data_inner",
    "ViewAvailableNumbersData": ".view_available_numbers_data",
    "ViewAvailableNumbersDataAllOfDataInner": ".view_available_numbers_data_all_of_data_inner",
    "ViewAvailableNumbersResponse": ".view_available_numbers_response",
    "ViewClientAccountsData": ".view_client_accounts_data",
    "ViewClientAccountsResponse": ".view_client_accounts_response",
    "ViewContactResponse": ".view_contact_response",
    "ViewCountriesResponse": ".view_countries_response",
    "ViewDeliveryIssuesResponse": ".view_delivery_issues_response",
    "ViewEmailCampaignHistoryData": ".view_email_campaign_history_data",
    "ViewEmailCampaignHistoryResponse": ".view_email_campaign_history_response",
    "ViewEmailCampaignsResponse": ".view_email_campaigns_response",
    "ViewEmailTemplateCategoriesResponse": ".view_email_template_categories_response",
    "ViewEmailTemplateCategoryResponse": ".view_email_template_category_response",
    "ViewEmailTemplatesData": ".view_email_templates_data",
    "ViewEmailTemplatesDataDataInner": ".view_email_templates_data_data_inner",
    "ViewEmailTemplatesResponse": ".view_email_templates_response",
    "ViewEmailToSmsAddressesResponse": ".view_email_to_sms_addresses_response",
    "ViewFaxHistoryData": ".view_fax_history_data",
    "ViewFaxHistoryResponse": ".view_fax_history_response",
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
    "ViewMmsHistoryData": ".view_mms_history_data",
    "ViewMmsHistoryDataAllOfDataInner": ".view_mms_history_data_all_of_data_inner",
    "ViewMmsHistoryResponse": ".view_mms_history_response",
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
    "ViewReturnAddressesResponse": ".view_return_addresses_response",
    "ViewSmsCampaignsData": ".view_sms_campaigns_data",
    "ViewSmsCampaignsResponse": ".view_sms_campaigns_response",
    "ViewSmsHistoryData": ".view_sms_history_data",
    "ViewSmsHistoryDataAllOfDataInner": ".view_sms_history_data_all_of_data_inner",
    "ViewSmsHistoryResponse": ".view_sms_history_response",
    "ViewSmsInboundAutomationsData": ".view_sms_inbound_automations_data",
    "ViewSmsInboundAutomationsResponse": ".view_sms_inbound_automations_response",
    "ViewSmsReceiptsData": ".view_sms_receipts_data",
    "ViewSmsReceiptsResponse": ".view_sms_receipts_response",
    "ViewSmsStatisticsData": ".view_sms_statistics_data",
    "ViewSmsStatisticsDataStatsInner": ".view_sms_statistics_data_stats_inner",
    "ViewSmsStatisticsDataTotal": ".view_sms_statistics_data_total",
    "ViewSmsStatisticsResponse": ".view_sms_statistics_response",
    "ViewSmsTemplatesData": ".view_sms_templates_data",
    "ViewSmsTemplatesResponse": ".view_sms_templates_response",
    "ViewStrippedStringRuleData": ".view_stripped_string_rule_data",
    "ViewStrippedStringRulesData": ".view_stripped_string_rules_data",
    "ViewStrippedStringRulesDataAllOfDataInner": ".view_stripped_string_rules_data_all_of_data_inner",
    "ViewStrippedStringRulesResponse": ".view_stripped_string_rules_response",
    "ViewSubaccountsData": ".view_subaccounts_data",
    "ViewSubaccountsResponse": ".view_subaccounts_response",
    "ViewTemplateCategoriesDataInner": ".view_template_categories_data_inner",
    "ViewTemplateCategoryData": ".view_template_category_data",
    "ViewTransactionResponse": ".view_transaction_response",
    "ViewTransactionsResponse": ".view_transactions_response",
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
    "AllowedEmailAddressResponse",
    "AlphaTag",
    "Attachment",
    "BooleanResponse",
    "BuyNumberRequest",
    "BuyNumberRequestRegistrationData",
    "BuyNumberRequestType",
    "CalculateEmailCampaignPriceData",
    "CalculateEmailCampaignPriceDataData",
    "CalculateEmailCampaignPriceRequest",
    "CalculateEmailCampaignPriceResponse",
    "CalculateEmailPriceData",
    "CalculateEmailPriceRequest",
    "CalculateFaxPriceRequest",
    "CalculateFaxPriceRequestMessagesInner",
    "CalculateLetterPriceData",
    "CalculateLetterPriceRequest",
    "CalculateLetterPriceResponse",
    "CalculateMmsCampaignPriceData",
    "CalculateMmsCampaignPriceDataData",
    "CalculateMmsCampaignPriceResponse",
    "CalculateMmsPriceRequest",
    "CalculateMmsPriceRequestMessagesInner",
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
    "CancelAllResponse",
    "CancelAllSmsData",
    "CancelAllSmsRequest",
    "CancelEmailCampaignRequest",
    "CancelSmsResponse",
    "CancelSmsResponseDataType0",
    "ClientAccountResponse",
    "Contact",
    "ContactList",
    "ContactResponse",
    "Country",
    "CreateAllowedEmailAddressRequest",
    "CreateContactResponse",
    "CreateDefaultSenderRequest",
    "CreateDefaultSenderRequestDefaultSenderStrategiesInner",
    "CreateDefaultSenderRequestDefaultSenderStrategiesInnerSenderType",
    "CreateDefaultSenderRequestProductType",
    "CreateDeliveryIssueData",
    "CreateDeliveryIssueRequest",
    "CreateDeliveryIssueResponse",
    "CreateEmailTemplateRequest",
    "CreateFaxDeliveryReceiptRuleRequest",
    "CreateFaxInboundRuleRequest",
    "CreateListRequest",
    "CreateListResponse",
    "CreateNewContactRequest",
    "CreateResellerAccountData",
    "CreateResellerAccountRequest",
    "CreateReturnAddressRequest",
    "CreateSmsDeliveryReceiptRuleRequest",
    "CreateSmsInboundAutomationRequest",
    "CreateSmsTemplateRequest",
    "CreateStrippedStringRuleRequest",
    "CreateStrippedStringRuleResponse",
    "CreateSubaccountRequest",
    "CreateTestInboundSmsRequest",
    "CreateTestInboundSmsResponse",
    "CreateTestReceiptRequest",
    "Currency",
    "CurrentPaymentInfoData",
    "DefaultSender",
    "DefaultSenderDefaultSenderStrategiesInner",
    "DefaultSenderError",
    "DefaultSenderErrorDataType0",
    "DefaultSenderErrorDetailsInner",
    "DefaultSenderResponse",
    "DeleteContactResponse",
    "DeleteListResponse",
    "DeliveryIssue",
    "DeliveryReceiptRule",
    "DeliveryReceiptRulePage",
    "DeliveryReceiptRulePageResponse",
    "DeliveryReceiptRuleResponse",
    "DetectAddressData",
    "DetectAddressResponse",
    "EmailAddress",
    "EmailCampaign",
    "EmailCampaignHistory",
    "EmailCampaignResponse",
    "EmailMessagesResponse",
    "EmailTemplateResponse",
    "Envelope",
    "ExportHistoryResponse",
    "ExportSmsHistoryData",
    "Fax",
    "FaxInboundRuleResponse",
    "FaxReceipt",
    "Field400Error",
    "Field400ErrorDataType0",
    "ForgotPasswordRequest",
    "ForgotUsernameRequest",
    "GenerateNewApiKeyData",
    "GenerateNewApiKeyRequest",
    "GetAllDeliveryIssuesData",
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
    "GlobalSendingListResponse",
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
    "ListCountriesDataInner",
    "ListCountriesResponse",
    "ListDefaultSendersResponse",
    "ListDefaultSendersSortDirection",
    "ListOwnNumbers",
    "ListOwnNumbersMetadata",
    "ListOwnNumbersMetadataPagination",
    "MarkFaxReceiptsAsReadBody",
    "MarkInboundSmsMessageAsReadResponse",
    "MarkSmsReceiptAsReadRequest",
    "MasterEmailTemplate",
    "MasterEmailTemplateListResponse",
    "MasterEmailTemplateThumbnail",
    "Mms",
    "MmsCampaign",
    "MmsCampaignResponse",
    "ObjectBody",
    "ObjectPage",
    "ObjectPageDataType0Item",
    "ObjectPageResponse",
    "ObjectResponse",
    "ObjectResponseDataType0",
    "OwnNumber",
    "OwnNumberOtp",
    "Page",
    "PostcardRecipient",
    "PostReturnAddress",
    "PreviewContactImportCsvBody",
    "PurchaseDedicatedNumberData",
    "PurchaseDedicatedNumberResponse",
    "PurchaseRechargePackageData",
    "PurchaseRechargePackageResponse",
    "Recipient",
    "RegenerateSubaccountApiKeyResponse",
    "RegisterNumbersRequest",
    "RemoveContactsResponse",
    "RemoveDuplicateContactsRequest",
    "RemoveDuplicateContactsRequestFields",
    "RemoveOptedOutContactsData",
    "RequestAlphaTagRequest",
    "RequestAlphaTagRequestBusinessesInner",
    "RequestAlphaTagRequestBusinessesInnerBusinessAddress",
    "RequestAlphaTagRequestBusinessesInnerBusinessInfo",
    "RequestAlphaTagRequestBusinessesInnerBusinessRelationship",
    "RequestAlphaTagRequestBusinessesInnerCountry",
    "RequestAlphaTagRequestBusinessesInnerPartnerRepresentative",
    "RequestAlphaTagRequestBusinessesInnerRepresentative",
    "RequestAlphaTagRequestCountriesItem",
    "RequestOwnNumberVerificationOtpRequest",
    "ResellerAccount",
    "ReturnAddressResponse",
    "SelectCountriesForGlobalSendingRequest",
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
    "SendMmsData",
    "SendMmsRequest",
    "SendMmsRequestMessagesInner",
    "SendMmsResponse",
    "SendPostcardData",
    "SendPostcardRequest",
    "SendPostcardRequestRecipientsInner",
    "SendPostcardResponse",
    "SendSmsCampaignRequest",
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
    "SmsCampaignResponse",
    "SmsCampaignSendersInner",
    "SmsInboundAutomationResponse",
    "SmsInboundRule",
    "SmsReceipt",
    "SmsReceiptResponse",
    "SmsSendSms",
    "SmsTemplate",
    "SmsTemplateResponse",
    "StringListResponse",
    "StrippedStringRuleResponse",
    "Subaccount",
    "SubaccountResponse",
    "TransactionalEmail",
    "UpdateAccountBody",
    "UpdateContactResponse",
    "UpdateDefaultSenderRequest",
    "UpdateEmailCampaignRequest",
    "UpdateEmailTemplateRequest",
    "UpdateEmailToSmsAddressBody",
    "UpdateFaxDeliveryReceiptRuleRequest",
    "UpdateListResponse",
    "UpdatePaymentInfoData",
    "UpdatePaymentInfoRequest",
    "UpdatePaymentInfoResponse",
    "UpdateResellerSettingsBody",
    "UpdateReturnAddressRequest",
    "UpdateSmsInboundAutomationRequest",
    "UpdateSubaccountRequest",
    "UploadBase64",
    "UploadedFile",
    "UploadMediaFileConvert",
    "UploadMediaFileResponse",
    "UploadMultipart",
    "UserEmailTemplate",
    "VerifyAllowedEmailAddressRequest",
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
    "ViewAllowedEmailsData",
    "ViewAllowedEmailsDataAllOfDataInner",
    "ViewAllTransactionsData",
    "ViewAllTransactionsDataAllOfDataInner",
    "ViewAvailableNumbersData",
    "ViewAvailableNumbersDataAllOfDataInner",
    "ViewAvailableNumbersResponse",
    "ViewClientAccountsData",
    "ViewClientAccountsResponse",
    "ViewContactResponse",
    "ViewCountriesResponse",
    "ViewDeliveryIssuesResponse",
    "ViewEmailCampaignHistoryData",
    "ViewEmailCampaignHistoryResponse",
    "ViewEmailCampaignsResponse",
    "ViewEmailTemplateCategoriesResponse",
    "ViewEmailTemplateCategoryResponse",
    "ViewEmailTemplatesData",
    "ViewEmailTemplatesDataDataInner",
    "ViewEmailTemplatesResponse",
    "ViewEmailToSmsAddressesResponse",
    "ViewFaxHistoryData",
    "ViewFaxHistoryResponse",
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
    "ViewMmsHistoryData",
    "ViewMmsHistoryDataAllOfDataInner",
    "ViewMmsHistoryResponse",
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
    "ViewSmsCampaignsData",
    "ViewSmsCampaignsResponse",
    "ViewSmsHistoryData",
    "ViewSmsHistoryDataAllOfDataInner",
    "ViewSmsHistoryResponse",
    "ViewSmsInboundAutomationsData",
    "ViewSmsInboundAutomationsResponse",
    "ViewSmsReceiptsData",
    "ViewSmsReceiptsResponse",
    "ViewSmsStatisticsData",
    "ViewSmsStatisticsDataStatsInner",
    "ViewSmsStatisticsDataTotal",
    "ViewSmsStatisticsResponse",
    "ViewSmsTemplatesData",
    "ViewSmsTemplatesResponse",
    "ViewStrippedStringRuleData",
    "ViewStrippedStringRulesData",
    "ViewStrippedStringRulesDataAllOfDataInner",
    "ViewStrippedStringRulesResponse",
    "ViewSubaccountsData",
    "ViewSubaccountsResponse",
    "ViewTemplateCategoriesDataInner",
    "ViewTemplateCategoryData",
    "ViewTransactionResponse",
    "ViewTransactionsResponse",
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
    "VoiceMessage",
    "VoiceReceipt",
)

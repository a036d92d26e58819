// Generated from specs/provisioning/1.2.117/openapi.yaml by scripts/generate.mjs — do not edit.
// Run `pnpm generate` after changing the spec.

/** The error codes each operation's error responses document, by operation id and status. */
export interface ErrorCodes {
  listWebhooks: {
    400: "invalid_page_size" | "invalid_page_token";
    401: "unauthorized_error";
    500: "internal_error";
  };
  createWebhook: {
    400: "invalid_input" | "invalid_payload";
    401: "unauthorized_error";
    409: "webhook_exists";
    424: "webhook_limit_reached";
    500: "internal_error";
  };
  getWebhook: {
    400: "invalid_id_format";
    401: "unauthorized_error";
    404: "webhook_not_found";
    500: "internal_error";
  };
  replaceWebhook: {
    400: "invalid_input" | "invalid_payload" | "invalid_id_format";
    401: "unauthorized_error";
    404: "webhook_not_found";
    409: "webhook_exists";
    500: "internal_error";
  };
  deleteWebhook: {
    400: "invalid_id_format" | "webhook_invalid_id";
    401: "unauthorized_error";
    404: "webhook_not_found";
    500: "internal_error";
  };
  updateWebhook: {
    400: "invalid_input" | "invalid_payload" | "invalid_id_format";
    401: "unauthorized_error";
    404: "webhook_not_found";
    409: "webhook_exists";
    500: "internal_error";
  };
  getWhatsAppAccount: {
    401: "unauthorized_error";
    404: "account_not_found";
    409: "account_data_is_corrupt";
    500: "internal_error";
  };
  createWhatsAppAccount: {
    400: "invalid_input" | "invalid_business_manager_for_environment" | "invalid_payload";
    401: "unauthorized_error";
    404: "project_not_found";
    409: "account_exists" | "account_data_is_corrupt";
    500: "internal_error";
  };
  deleteWhatsAppAccount: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    409: "account_has_senders" | "account_has_sender_changes";
    500: "template_could_not_delete_drafts" | "internal_error";
  };
  updateWhatsAppAccount: {
    400: "invalid_input" | "no_fields_to_update";
    401: "unauthorized_error";
    404: "account_not_found";
    409: "account_not_updatable";
    500: "internal_error";
  };
  listWhatsAppAccountActivities: {
    400: "invalid_page_token" | "invalid_page_size";
    401: "unauthorized_error";
    404: "account_not_found";
    500: "internal_error";
  };
  createWhatsAppAccountComment: {
    400: "invalid_input" | "invalid_payload";
    401: "unauthorized_error";
    404: "account_not_found";
    409: "account_data_is_corrupt";
    500: "internal_error";
  };
  enableWhatsAppTemplateAnalytics: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    424: "template_insights_not_yet_available";
    500: "internal_error";
  };
  listWhatsAppFlows: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    404: "project_not_found";
    500: "internal_error";
  };
  listWhatsAppFlowScreens: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    404: "project_not_found" | "flow_not_found" | "flow_screens_not_found";
    500: "internal_error";
  };
  createWhatsAppLongLivedAccessToken: {
    400: "invalid_input" | "invalid_facebook_token" | "invalid_facebook_code" | "invalid_business_manager" | "invalid_business_manager_for_environment" | "invalid_payload";
    401: "unauthorized_error";
    500: "facebook_Request_limit_reached" | "log_in_facebook_required" | "internal_error";
  };
  listWhatsAppSolutions: {
    401: "unauthorized_error";
    404: "project_not_found";
    500: "internal_error";
  };
  createWhatsAppSolution: {
    401: "unauthorized_error";
    404: "project_not_found";
    500: "internal_error";
  };
  getWhatsAppSolution: {
    401: "unauthorized_error";
    404: "project_not_found" | "solution_not_found";
    500: "internal_error";
  };
  assignWhatsAppSolution: {
    401: "unauthorized_error";
    404: "project_not_found" | "solution_not_found";
    409: "solution_cannot_be_reassigned";
    500: "internal_error";
  };
  listWhatsAppWabaDetails: {
    400: "invalid_input" | "invalid_facebook_token" | "invalid_business_manager" | "invalid_business_manager_for_environment" | "invalid_payload";
    401: "unauthorized_error";
    500: "facebook_Request_limit_reached" | "log_in_facebook_required" | "internal_error";
  };
  listWhatsAppSenders: {
    400: "project_not_initialized" | "invalid_page_token" | "invalid_page_size" | "invalid_filter_states" | "invalid_filter_statuses";
    401: "unauthorized_error";
    404: "sender_not_found";
    500: "internal_error";
  };
  createWhatsAppSender: {
    400: "invalid_input" | "project_not_initialized" | "invalid_facebook_token" | "invalid_business_manager" | "invalid_business_manager_for_environment" | "file_invalid_mime_type" | "invalid_payload";
    401: "unauthorized_error";
    404: "project_not_found";
    409: "account_data_is_corrupt" | "wrong_waba_id" | "not_found_waba_id" | "too_many_waba_id" | "waba_id_used" | "wrong_business_manager" | "used_phone_number_id" | "provisioned_phone_number_id" | "all_phone_number_id_provisioned" | "invalid_waba_id_or_phone_number_id_for_region" | "file_not_found" | "file_size_too_large" | "file_has_wrong_dimensions" | "file_unexpected_error";
    500: "facebook_Request_limit_reached" | "log_in_facebook_required" | "internal_error";
  };
  getWhatsAppSender: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    404: "sender_not_found";
    500: "internal_error";
  };
  deleteWhatsAppSender: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    404: "sender_not_found";
    409: "sender_already_deleted";
    500: "internal_error";
  };
  updateWhatsAppSender: {
    400: "invalid_input" | "project_not_initialized" | "sender_username_not_available" | "sender_phone_number_not_registered_with_meta_cloud_api" | "no_fields_to_update" | "file_invalid_mime_type" | "invalid_payload";
    401: "unauthorized_error";
    404: "sender_not_found";
    409: "sender_not_updatable" | "sender_changes_not_updatable" | "sender_display_name_update_not_allowed" | "sender_username_update_not_available" | "file_not_found" | "file_size_too_large" | "file_has_wrong_dimensions" | "file_unexpected_error";
    500: "internal_error";
  };
  listWhatsAppSenderActivities: {
    400: "project_not_initialized" | "invalid_page_token" | "invalid_page_size";
    401: "unauthorized_error";
    404: "sender_not_found";
    500: "internal_error";
  };
  deleteWhatsAppSenderChanges: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    404: "sender_changes_not_found";
    409: "sender_changes_not_deletable";
    500: "internal_error";
  };
  createWhatsAppSenderComment: {
    400: "project_not_initialized" | "invalid_input" | "invalid_payload";
    401: "unauthorized_error";
    404: "sender_not_found";
    500: "internal_error";
  };
  registerWhatsAppSender: {
    400: "invalid_input" | "project_not_initialized" | "sender_request_code_failed" | "invalid_payload";
    401: "unauthorized_error";
    404: "sender_not_found";
    409: "not_allowed_register" | "sender-number-not-approved-for-enterprise";
    429: "sender-register-too-many-requests" | "sender-already-registered" | "too_many_invalid_verification_codes";
    500: "internal_error";
  };
  getWhatsAppSenderSuggestedUsernames: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    404: "sender_not_found";
    500: "internal_error";
  };
  verifyWhatsAppSender: {
    400: "invalid_input" | "project_not_initialized" | "invalid_payload";
    401: "unauthorized_error";
    404: "sender_not_found";
    409: "not_allowed_verify" | "wrong_otp";
    500: "internal_error";
  };
  listWhatsAppTemplates: {
    400: "project_not_initialized" | "invalid_page_size" | "invalid_page_token" | "invalid_filter_states" | "invalid_filter_statuses" | "invalid_fields";
    401: "unauthorized_error";
    500: "internal_error";
  };
  createWhatsAppTemplate: {
    400: "invalid_input" | "project_not_initialized" | "template_policies_violations" | "template_check_media_file_size" | "template_dynamic_pricing_not_available" | "template_invalid_category" | "template_invalid_button_example" | "template_media_file_size_exceeds_maximum_file_size_limit" | "file_invalid_mime_type" | "invalid_payload";
    401: "unauthorized_error";
    409: "resource_locked" | "template_exists" | "template_name_recently_used" | "template_incorrect_category" | "template_restricted_Domain_for_button_url" | "file_not_found" | "file_size_too_large" | "file_unexpected_error" | "object_with_whatsapp_business_account_id_does_not_exist" | "template_language_recently_deleted";
    424: "template_limit_reached" | "template_content_already_exists" | "template_submit_error";
    429: "whatsapp_business_api_request_limit_exceeded";
    500: "template_start_session_for_uploading_media" | "internal_error";
  };
  listWhatsAppTemplatesByName: {
    400: "project_not_initialized" | "invalid_page_size" | "invalid_page_token" | "invalid_fields";
    401: "unauthorized_error";
    404: "template_not_found";
    500: "internal_error";
  };
  deleteWhatsAppTemplatesByName: {
    400: "project_not_initialized" | "template_invalid_language_code";
    401: "unauthorized_error";
    404: "template_not_found";
    409: "resource_locked";
    429: "whatsapp_business_api_request_limit_exceeded";
    500: "internal_error";
  };
  getWhatsAppTemplate: {
    400: "project_not_initialized" | "template_invalid_language_code" | "invalid_fields";
    401: "unauthorized_error";
    404: "template_not_found";
    500: "internal_error";
  };
  deleteWhatsAppTemplate: {
    400: "project_not_initialized" | "template_invalid_language_code";
    401: "unauthorized_error";
    404: "template_not_found" | "template_changes_not_found";
    409: "resource_locked" | "template_not_deletable_due_to_input_config";
    500: "internal_error";
  };
  updateWhatsAppTemplate: {
    400: "project_not_initialized" | "template_invalid_language_code" | "template_policies_violations" | "template_check_media_file_size" | "template_invalid_button_example" | "template_media_file_size_exceeds_maximum_file_size_limit" | "file_invalid_mime_type" | "invalid_payload";
    401: "unauthorized_error";
    404: "template_not_found";
    409: "resource_locked" | "template_not_updatable" | "template_changes_not_updatable" | "template_category_not_updatable" | "template_allow_category_change_not_updatable" | "template_source_not_updatable" | "template_name_recently_used" | "template_restricted_Domain_for_button_url" | "file_not_found" | "file_size_too_large" | "file_unexpected_error" | "object_with_whatsapp_business_account_id_does_not_exist" | "template_language_recently_deleted";
    424: "template_limit_reached" | "template_content_already_exists" | "template_submit_error";
    429: "whatsapp_business_api_request_limit_exceeded";
    500: "template_start_session_for_uploading_media" | "internal_error";
  };
  listWhatsAppTemplateActivities: {
    400: "project_not_initialized" | "template_invalid_language_code" | "invalid_page_token" | "invalid_page_size";
    401: "unauthorized_error";
    404: "template_not_found";
    500: "internal_error";
  };
  createWhatsAppTemplateComment: {
    400: "invalid_input" | "project_not_initialized" | "template_invalid_language_code" | "invalid_payload";
    401: "unauthorized_error";
    404: "template_not_found";
    409: "resource_locked";
    500: "internal_error";
  };
  compareWhatsAppTemplates: {
    400: "invalid_input" | "project_not_initialized" | "template_invalid_language_code" | "invalid_payload";
    401: "unauthorized_error";
    404: "template_not_found" | "templates_compare_not_found";
    409: "resource_locked" | "templates_not_eligible_for_comparison" | "templates_compare_not_unique";
    500: "internal_error";
  };
  syncWhatsAppTemplates: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    409: "resource_locked";
    429: "too_many_requests";
    500: "internal_error";
  };
  listBundles: {
    400: "invalid_page_token" | "invalid_page_size" | "invalid_id_format";
    401: "unauthorized_error";
    500: "internal_error";
  };
  createBundle: {
    400: "invalid_input" | "invalid_payload" | "no_services_to_create" | "missing_name" | "invalid_webhooks" | "invalid_staging_bundles_input_region" | "parent_sms_bespoke_price" | "target_project_not_subproject" | "parent_sms_not_route_assisted" | "conversation_app_already_connected_to_sms_app";
    401: "unauthorized_error";
    403: "forbidden_payload";
    404: "conversation_app_not_found" | "sms_app_not_found" | "default_sms_app_not_found";
    409: "webhook_exists" | "conversation_app_is_already_in_bundles_process" | "default_sms_app_already_exists" | "more_than_one_sms_app" | "sms_app_is_already_linked_to_conversation_app" | "sms_app_is_already_in_bundles_process" | "allowed_only_for_default_test_sms_app" | "not_allowed_for_subproject" | "not_allowed_for_non_test_account" | "only_one_test_number_allowed";
    424: "webhook_limit_reached";
    500: "failed_to_create_subproject" | "failed_to_create_sms_service" | "failed_to_create_conversation_service" | "internal_error";
  };
  getBundle: {
    400: "invalid_id_format";
    401: "unauthorized_error";
    404: "bundle_not_found" | "conversation_app_not_found";
    500: "internal_error";
  };
  listKakaoTalkSenderCategories: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    500: "internal_error";
  };
  listKakaoTalkTemplateCategories: {
    400: "project_not_initialized" | "invalid_page_size" | "invalid_page_token";
    401: "unauthorized_error";
    404: "sender_not_found";
    500: "internal_error";
  };
  listKakaoTalkSenders: {
    400: "invalid_page_token" | "invalid_page_size" | "project_not_initialized" | "invalid_filter_states" | "invalid_filter_statuses";
    401: "unauthorized_error";
    404: "sender_not_found";
    500: "internal_error";
  };
  createKakaoTalkSender: {
    400: "file_invalid_mime_type" | "sender_invalid_category_code" | "invalid_input";
    401: "unauthorized_error";
    404: "project_not_found";
    409: "account_exists" | "account_not_updatable" | "account_data_is_corrupt" | "file_not_found" | "file_unexpected_error" | "file_size_too_large" | "plus_friend_id_used";
    412: "account_is_in_progress";
    500: "internal_error";
  };
  getKakaoTalkSender: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    404: "sender_not_found";
    500: "internal_error";
  };
  deleteKakaoTalkSender: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    404: "sender_not_found";
    409: "sender_already_deleted";
    500: "internal_error";
  };
  updateKakaoTalkSender: {
    400: "file_invalid_mime_type" | "invalid_input" | "project_not_initialized" | "no_fields_to_update" | "sender_invalid_category_code";
    401: "unauthorized_error";
    404: "project_not_found" | "sender_not_found";
    409: "file_not_found" | "file_unexpected_error" | "file_size_too_large" | "sender_changes_not_updatable" | "sender_not_updatable";
    500: "internal_error";
  };
  listKakaoTalkSenderActivities: {
    400: "project_not_initialized" | "invalid_page_token" | "invalid_page_size";
    401: "unauthorized_error";
    404: "sender_not_found";
    500: "internal_error";
  };
  deleteKakaoTalkSenderChanges: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    404: "sender_changes_not_found";
    409: "sender_changes_not_deletable";
    500: "internal_error";
  };
  createKakaoTalkSenderComment: {
    400: "invalid_input" | "project_not_initialized" | "invalid_payload";
    401: "unauthorized_error";
    404: "sender_not_found";
    500: "internal_error";
  };
  registerKakaoTalkSender: {
    400: "project_not_initialized" | "invalid_app_key";
    401: "unauthorized_error";
    404: "sender_not_found";
    409: "not_allowed_register";
    500: "internal_error";
  };
  listKakaoTalkTemplates: {
    400: "project_not_initialized" | "invalid_page_size" | "invalid_page_token";
    401: "unauthorized_error";
    404: "sender_not_found" | "template_not_found";
    500: "internal_error";
  };
  createKakaoTalkTemplate: {
    400: "project_not_initialized" | "template_invalid_category_code" | "invalid_payload";
    401: "unauthorized_error";
    404: "sender_not_found";
    409: "template_exists";
    424: "template_kakaotalk_validation_error";
    500: "internal_error";
  };
  getKakaoTalkTemplate: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    404: "sender_not_found" | "template_not_found";
    500: "internal_error";
  };
  deleteKakaoTalkTemplate: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    404: "template_not_found" | "sender_not_found";
    500: "internal_error";
  };
  updateKakaoTalkTemplate: {
    400: "project_not_initialized" | "template_invalid_category_code";
    401: "unauthorized_error";
    404: "sender_not_found" | "template_not_found";
    409: "template_exists" | "template_not_updatable" | "template_changes_not_updatable";
    424: "template_kakaotalk_validation_error";
    500: "internal_error";
  };
  listKakaoTalkTemplateActivities: {
    400: "project_not_initialized" | "invalid_page_token" | "invalid_page_size";
    401: "unauthorized_error";
    404: "sender_not_found" | "template_not_found";
    500: "internal_error";
  };
  deleteKakaoTalkTemplateDraft: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    404: "template_not_found";
    409: "template_not_deletable";
    500: "internal_error";
  };
  createKakaoTalkTemplateComment: {
    400: "invalid_input" | "project_not_initialized" | "template_invalid_language_code" | "invalid_payload";
    401: "unauthorized_error";
    404: "template_not_found";
    500: "internal_error";
  };
  verifyKakaoTalkSender: {
    400: "project_not_initialized";
    401: "unauthorized_error";
    404: "sender_not_found";
    409: "not_allowed_verify";
    500: "internal_error";
  };
  getInstagramChannel: {
    400: "conversation_app_id_invalid";
    401: "unauthorized_error";
    404: "conversation_app_not_found" | "conversation_app_no_instagram_channel";
    500: "facebook_api_error" | "internal_error";
  };
  getMessengerChannel: {
    400: "conversation_app_id_invalid";
    401: "unauthorized_error";
    404: "conversation_app_not_found" | "conversation_app_no_messenger_channel";
    500: "facebook_api_error" | "internal_error";
  };
  getTelegramChannel: {
    400: "conversation_app_id_invalid";
    401: "unauthorized_error";
    404: "conversation_app_not_found" | "conversation_app_no_telegram_channel";
    500: "telegram_api_error" | "internal_error";
  };
  getViberChannel: {
    401: "unauthorized_error";
    404: "conversation_app_not_found" | "conversation_app_no_viber_channel";
    500: "viber_api_error" | "internal_error";
  };
  listRcsAccountActivities: {
    400: "invalid_page_token" | "invalid_page_size";
    401: "unauthorized_error";
    404: "account_not_found";
    500: "internal_error";
  };
  createRcsAccountComment: {
    400: "invalid_input" | "invalid_payload";
    401: "unauthorized_error";
    404: "account_not_found";
    500: "internal_error";
  };
  getRcsQuestionnaire: {
    400: "questionnaire_invalid_use_case" | "questionnaire_invalid_country";
    401: "unauthorized_error";
    500: "internal_error";
  };
  listRcsSenders: {
    400: "invalid_page_token" | "invalid_page_size" | "invalid_filter_states";
    401: "unauthorized_error";
    403: "rbm_has_not_been_used";
    429: "rbm_too_many_requests";
    500: "internal_error";
  };
  createRcsSender: {
    400: "invalid_input" | "file_invalid_mime_type" | "invalid_payload" | "invalid_google_agent" | "add_test_number_invalid";
    401: "unauthorized_error";
    403: "rbm_has_not_been_used" | "rbm_webhook_incorrect_secret";
    404: "project_not_found" | "rbm_resources_not_found";
    409: "account_data_is_corrupt" | "file_not_found" | "file_size_too_large" | "file_has_wrong_dimensions" | "file_unexpected_error";
    429: "rbm_too_many_requests";
    500: "internal_error";
  };
  getRcsSender: {
    400: "invalid_id_format";
    401: "unauthorized_error";
    403: "rbm_has_not_been_used";
    404: "sender_not_found";
    429: "rbm_too_many_requests";
    500: "internal_error";
  };
  updateRcsSender: {
    400: "invalid_input" | "invalid_id_format" | "no_fields_to_update" | "fields_not_updatable" | "invalid_payload" | "invalid_google_agent" | "add_test_number_invalid" | "invalid_region_for_att_supplier";
    401: "unauthorized_error";
    403: "rbm_has_not_been_used";
    404: "project_not_found" | "sender_not_found" | "rbm_resources_not_found" | "blocked_because_the_recipient_declined";
    429: "rbm_too_many_requests";
    500: "internal_error";
  };
  listRcsSenderActivities: {
    400: "invalid_page_token" | "invalid_page_size" | "invalid_id_format";
    401: "unauthorized_error";
    404: "sender_not_found";
    500: "internal_error";
  };
  createRcsSenderComment: {
    400: "invalid_input" | "invalid_payload" | "invalid_id_format";
    401: "unauthorized_error";
    404: "sender_not_found";
    500: "internal_error";
  };
  launchRcsSender: {
    400: "verification_suspended_in_gmb" | "invalid_id_format" | "invalid_region_for_att_supplier";
    401: "unauthorized_error";
    403: "rbm_has_not_been_used";
    404: "sender_not_found" | "rbm_resources_not_found";
    409: "launch_invalid_agent_state" | "launch_invalid_verification_state";
    412: "launch_precondition_failed";
    429: "rbm_too_many_requests";
    500: "internal_error";
  };
  addRcsTestNumbers: {
    400: "invalid_id_format" | "invalid_input" | "no_google_supplier" | "add_test_number_invalid" | "invalid_region_for_att_supplier";
    401: "unauthorized_error";
    404: "project_not_found" | "sender_not_found" | "add_test_number_not_allowed_before_launch" | "blocked_because_the_recipient_declined" | "user_cannot_be_reached";
    429: "rbm_too_many_requests";
    500: "internal_error";
  };
  getRcsTestNumber: {
    400: "no_google_supplier";
    401: "unauthorized_error";
    404: "project_not_found" | "sender_not_found" | "user_is_not_tester_for_agent";
    429: "rbm_too_many_requests";
    500: "internal_error";
  };
  deleteRcsTestNumber: {
    400: "invalid_id_format" | "no_google_supplier" | "invalid_region_for_att_supplier";
    401: "unauthorized_error";
    404: "sender_not_found" | "user_is_not_tester_for_agent";
    429: "rbm_too_many_requests";
    500: "internal_error";
  };
  getRcsTestNumberCapabilities: {
    400: "invalid_id_format" | "no_google_supplier";
    401: "unauthorized_error";
    403: "wrong_supplier_configuration";
    404: "sender_not_found" | "user_is_not_tester_for_agent" | "looking_up_the_rbm_agent" | "blocked_because_the_recipient_declined" | "user_has_not_accepted_invite" | "user_cannot_be_reached";
    429: "rbm_too_many_requests";
    500: "internal_error";
  };
  retryRcsTestNumber: {
    400: "invalid_id_format" | "no_google_supplier" | "add_test_number_invalid" | "invalid_region_for_att_supplier";
    401: "unauthorized_error";
    404: "sender_not_found" | "user_is_not_tester_for_agent" | "add_test_number_not_allowed_before_launch" | "blocked_because_the_recipient_declined";
    429: "rbm_too_many_requests";
    500: "internal_error";
  };
  listSmsApps: {
    400: "invalid_page_token" | "invalid_page_size" | "invalid_id_format";
    401: "unauthorized_error";
    404: "sms_service_not_found";
    500: "internal_error";
  };
  createSmsApp: {
    400: "invalid_input" | "invalid_payload";
    401: "unauthorized_error";
    500: "internal_error";
  };
  getSmsApp: {
    401: "unauthorized_error";
    404: "sms_app_not_found";
    500: "internal_error";
  };
  deleteSmsApp: {
    400: "invalid_id_format";
    401: "unauthorized_error";
    404: "sms_app_not_found";
    500: "internal_error";
  };
  updateSmsApp: {
    400: "invalid_input" | "no_fields_to_update";
    401: "unauthorized_error";
    404: "sms_app_not_found";
    500: "internal_error";
  };
}

// Generated from specs/provisioning/1.2.117/openapi.yaml by scripts/generate.mjs — do not edit.
// Run `pnpm generate` after changing the spec.

// The part of the provisioning spec (1.2.117) that its callbacks use: #/components/schemas/ProvisioningCallbackEvent,
// and every component reached from there. Imported as './generated/provisioning-callbacks.cjs'; shipped once.

export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description A country as an ISO 3166-1 alpha-2 code (`XK` stands for Kosovo); `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppCountryCodesEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "UNRECOGNIZED";
    /**
     * @description Onboarding state of a WhatsApp account: `PENDING_FACEBOOK_VERIFICATION` while Meta's verification is pending, `ONBOARDED` once the account is ready, `REJECTED` when onboarding was refused (the comments say why).
     * @enum {string}
     */
    WhatsAppAccountStateEnum: "ONBOARDED" | "PENDING_FACEBOOK_VERIFICATION" | "REJECTED";
    /** @description Sender settings of an account. */
    WhatsAppAccountSenderRelatedDetails: {
      /** @description Name of the business as shown to WhatsApp users. */
      displayName: string;
      /** @description Industry of the business. */
      businessCategory: components["schemas"]["WhatsAppSenderWhatsAppVerticalEnum"];
      /** @description Sinch region that hosts the senders. */
      region: components["schemas"]["WhatsAppSenderBotRegionEnum"];
      /** @description Where Meta keeps the senders' message data at rest. */
      metaLocalStorage: components["schemas"]["WhatsAppSenderMetaLocalStoragesEnum"];
    };
    /** @description The details of a WhatsApp account. */
    WhatsAppAccountDetails: {
      /** @description Meta's id of the client's business manager (business portfolio) that owns the WhatsApp Business Account. */
      clientBusinessManagerId: string;
      /**
       * @deprecated
       * @description Legal name of the client's company. Deprecated.
       */
      companyLegalName?: string;
      /** @description Name of the WhatsApp Business Account. */
      wabaName: string;
      /** @description Sender settings of the account. */
      senderDetails?: components["schemas"]["WhatsAppAccountSenderRelatedDetails"];
    };
    /** @description Sender settings of an account as changed by an update that is not in effect yet. */
    WhatsAppAccountSenderRelatedChangesDetails: {
      /** @description Name of the business as shown to WhatsApp users, 1 to 255 characters. */
      displayName: string;
      /** @description Industry of the business. */
      businessCategory: components["schemas"]["WhatsAppSenderWhatsAppVerticalEnum"];
      /** @description Sinch region that hosts the senders. */
      region: components["schemas"]["WhatsAppSenderBotRegionEnum"];
      /** @description Where Meta keeps the senders' message data at rest. */
      metaLocalStorage: components["schemas"]["WhatsAppSenderMetaLocalStoragesEnum"];
    };
    /** @description The account details as changed by an update that is not in effect yet; fields that are not changed may be missing. */
    WhatsAppAccountChangesDetails: {
      /** @description Meta's id of the client's business manager (business portfolio). */
      clientBusinessManagerId?: string;
      /**
       * @deprecated
       * @description Legal name of the client's company. Deprecated.
       */
      companyLegalName?: string;
      /** @description Name of the WhatsApp Business Account. */
      wabaName?: string;
      /** @description Sender settings of the account. */
      senderDetails?: components["schemas"]["WhatsAppAccountSenderRelatedChangesDetails"];
    };
    /**
     * @description Status of changes to a WhatsApp account: `DRAFT` (saved, not submitted), `IN_PROGRESS` (being processed), `PENDING_FACEBOOK_VERIFICATION` (waiting for Meta's verification) or `REJECTED` (refused; the comments say why).
     * @enum {string}
     */
    WhatsAppAccountChangeStateEnum: "DRAFT" | "IN_PROGRESS" | "PENDING_FACEBOOK_VERIFICATION" | "REJECTED";
    /** @description Changes to a WhatsApp account that are not in effect yet, with their status. */
    WhatsAppAccountChanges: {
      /** @description Status of the changes. */
      status: components["schemas"]["WhatsAppAccountChangeStateEnum"];
      /** @description The account details as they will be once the changes take effect. */
      details?: components["schemas"]["WhatsAppAccountDetails"] | components["schemas"]["WhatsAppAccountChangesDetails"];
    };
    /** @description The WhatsApp Business Account (WABA) of a project, as Sinch manages it at Meta. */
    WhatsAppAccount: {
      /** @description Onboarding state of the account. */
      state?: components["schemas"]["WhatsAppAccountStateEnum"];
      /** @description Whether the account was connected through Meta's embedded signup. */
      isEmbeddedSignup: boolean;
      /** @description Sinch's business manager through which the account is managed. */
      businessManager: components["schemas"]["WhatsAppBusinessManagersEnum"];
      /** @description Meta's id of the WhatsApp Business Account; present once the account exists at Meta. */
      wabaId?: string;
      /** @description Changes that are not in effect yet; absent when there are none. */
      changes?: components["schemas"]["WhatsAppAccountChanges"];
      /** @description The account details in effect. */
      details?: components["schemas"]["WhatsAppAccountDetails"];
      /** @description Meta's enforcement state of the account; absent unless Meta took action. */
      wabaBanState?: components["schemas"]["WhatsAppWabaBanStatesEnum"];
      /** @description When Meta set the enforcement state, ISO 8601 in UTC. */
      wabaBanDate?: string;
      /** @description Whether template analytics are turned on for the account (see enableWhatsAppTemplateAnalytics). */
      wabaEnabledForInsights?: boolean;
      wabaEnabledForDirectSend?: boolean;
      wabaMaxPriceOnboarded: boolean;
      /** @description Regions of the Conversation API apps that can use the account's senders. */
      compatibleRegions: components["schemas"]["WhatsAppConversationAppRegionsEnum"][];
      /** @description Country where the business mainly operates. */
      primaryBusinessLocation?: components["schemas"]["WhatsAppCountryCodesEnum"];
      /**
       * @deprecated
       * @description Id of the access request sent to the client's business manager. Deprecated.
       */
      partnerInitiatedRequestId?: string;
      /** @description Meta's messaging limit for the business as a whole. */
      businessDailyLimit?: components["schemas"]["WhatsAppDailyLimitEnum"];
      /** @description Currency in which Meta bills the account, as an ISO 4217 code such as `EUR`. */
      currency?: string;
    };
    /**
     * @description Notification that a comment was added to the project's WhatsApp account.
     * @example {
     *       "type": "WHATSAPP_ACCOUNT_COMMENT_ADDED",
     *       "payload": {
     *         "state": "PENDING_FACEBOOK_VERIFICATION",
     *         "isEmbeddedSignup": false,
     *         "businessManager": "SINCH_UK",
     *         "changes": {
     *           "status": "PENDING_FACEBOOK_VERIFICATION",
     *           "details": {
     *             "clientBusinessManagerId": "1843902765123456",
     *             "wabaName": "Bluebird Bikes",
     *             "senderDetails": {
     *               "displayName": "Bluebird Bikes",
     *               "businessCategory": "SHOPPING_AND_RETAIL",
     *               "region": "EU",
     *               "metaLocalStorage": "UNSPECIFIED"
     *             }
     *           }
     *         },
     *         "wabaMaxPriceOnboarded": false,
     *         "compatibleRegions": [
     *           "eu"
     *         ]
     *       },
     *       "comment": "The website in the business profile does not load yet; please tell us when it is live."
     *     }
     */
    WhatsAppAccountCommentEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_ACCOUNT_COMMENT_ADDED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_ACCOUNT_COMMENT_ADDED";
      /** @description The WhatsApp account the comment is about. */
      payload: components["schemas"]["WhatsAppAccount"];
      /** @description The text of the comment. */
      comment: string;
    };
    /**
     * @description Notification that the project's WhatsApp account is onboarded.
     * @example {
     *       "type": "WHATSAPP_ACCOUNT_ONBOARDED",
     *       "payload": {
     *         "state": "ONBOARDED",
     *         "isEmbeddedSignup": false,
     *         "businessManager": "SINCH_UK",
     *         "wabaId": "104785612345678",
     *         "details": {
     *           "clientBusinessManagerId": "1843902765123456",
     *           "wabaName": "Bluebird Bikes",
     *           "senderDetails": {
     *             "displayName": "Bluebird Bikes",
     *             "businessCategory": "SHOPPING_AND_RETAIL",
     *             "region": "EU",
     *             "metaLocalStorage": "UNSPECIFIED"
     *           }
     *         },
     *         "wabaEnabledForInsights": true,
     *         "wabaEnabledForDirectSend": false,
     *         "wabaMaxPriceOnboarded": false,
     *         "compatibleRegions": [
     *           "eu"
     *         ],
     *         "primaryBusinessLocation": "SE",
     *         "businessDailyLimit": "TIER_2K",
     *         "currency": "EUR"
     *       }
     *     }
     */
    WhatsAppAccountOnboardEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_ACCOUNT_ONBOARDED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_ACCOUNT_ONBOARDED";
      /** @description The WhatsApp account as it is after the change. */
      payload: components["schemas"]["WhatsAppAccount"];
      /** @description A comment from Sinch about the change, when there is one. */
      comment?: string;
    };
    /**
     * @description Notification that the onboarding of the project's WhatsApp account, or a change to it, was rejected.
     * @example {
     *       "type": "WHATSAPP_ACCOUNT_REJECTED",
     *       "payload": {
     *         "state": "REJECTED",
     *         "isEmbeddedSignup": false,
     *         "businessManager": "SINCH_UK",
     *         "changes": {
     *           "status": "REJECTED",
     *           "details": {
     *             "clientBusinessManagerId": "1843902765123456",
     *             "wabaName": "Bluebird Bikes",
     *             "senderDetails": {
     *               "displayName": "Bluebird Bikes",
     *               "businessCategory": "SHOPPING_AND_RETAIL",
     *               "region": "EU",
     *               "metaLocalStorage": "UNSPECIFIED"
     *             }
     *           }
     *         },
     *         "wabaMaxPriceOnboarded": false,
     *         "compatibleRegions": [
     *           "eu"
     *         ]
     *       },
     *       "comment": "Meta could not verify the business; check that the legal name matches the business registration."
     *     }
     */
    WhatsAppAccountRejectedEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_ACCOUNT_REJECTED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_ACCOUNT_REJECTED";
      /** @description The WhatsApp account as it is after the change. */
      payload: components["schemas"]["WhatsAppAccount"];
      /** @description Why it was rejected, when Sinch says so. */
      comment?: string;
    };
    /**
     * @description Notification that the project's WhatsApp account is waiting for Meta's verification.
     * @example {
     *       "type": "WHATSAPP_ACCOUNT_PENDING_VERIFICATION",
     *       "payload": {
     *         "state": "PENDING_FACEBOOK_VERIFICATION",
     *         "isEmbeddedSignup": false,
     *         "businessManager": "SINCH_UK",
     *         "changes": {
     *           "status": "PENDING_FACEBOOK_VERIFICATION",
     *           "details": {
     *             "clientBusinessManagerId": "1843902765123456",
     *             "wabaName": "Bluebird Bikes",
     *             "senderDetails": {
     *               "displayName": "Bluebird Bikes",
     *               "businessCategory": "SHOPPING_AND_RETAIL",
     *               "region": "EU",
     *               "metaLocalStorage": "UNSPECIFIED"
     *             }
     *           }
     *         },
     *         "wabaMaxPriceOnboarded": false,
     *         "compatibleRegions": [
     *           "eu"
     *         ]
     *       }
     *     }
     */
    WhatsAppAccountPendingVerificationEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_ACCOUNT_PENDING_VERIFICATION`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_ACCOUNT_PENDING_VERIFICATION";
      /** @description The WhatsApp account as it is after the change. */
      payload: components["schemas"]["WhatsAppAccount"];
      /** @description A comment from Sinch about the change, when there is one. */
      comment?: string;
    };
    /**
     * @description Notification that Meta changed the messaging limit of the business (`payload.businessDailyLimit`).
     * @example {
     *       "type": "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED",
     *       "payload": {
     *         "state": "ONBOARDED",
     *         "isEmbeddedSignup": false,
     *         "businessManager": "SINCH_UK",
     *         "wabaId": "104785612345678",
     *         "details": {
     *           "clientBusinessManagerId": "1843902765123456",
     *           "wabaName": "Bluebird Bikes",
     *           "senderDetails": {
     *             "displayName": "Bluebird Bikes",
     *             "businessCategory": "SHOPPING_AND_RETAIL",
     *             "region": "EU",
     *             "metaLocalStorage": "UNSPECIFIED"
     *           }
     *         },
     *         "wabaEnabledForInsights": true,
     *         "wabaEnabledForDirectSend": false,
     *         "wabaMaxPriceOnboarded": false,
     *         "compatibleRegions": [
     *           "eu"
     *         ],
     *         "primaryBusinessLocation": "SE",
     *         "businessDailyLimit": "TIER_10K",
     *         "currency": "EUR"
     *       }
     *     }
     */
    WhatsAppAccountBusinessDailyLimitChangedEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED";
      /** @description The WhatsApp account as it is after the change. */
      payload: components["schemas"]["WhatsAppAccount"];
      /** @description A comment from Sinch about the change, when there is one. */
      comment?: string;
    };
    /**
     * @description Notification that information about the WhatsApp Business Account changed at Meta, for example its enforcement state.
     * @example {
     *       "type": "WHATSAPP_WABA_ACCOUNT_CHANGED",
     *       "payload": {
     *         "state": "ONBOARDED",
     *         "isEmbeddedSignup": false,
     *         "businessManager": "SINCH_UK",
     *         "wabaId": "104785612345678",
     *         "details": {
     *           "clientBusinessManagerId": "1843902765123456",
     *           "wabaName": "Bluebird Bikes",
     *           "senderDetails": {
     *             "displayName": "Bluebird Bikes",
     *             "businessCategory": "SHOPPING_AND_RETAIL",
     *             "region": "EU",
     *             "metaLocalStorage": "UNSPECIFIED"
     *           }
     *         },
     *         "wabaEnabledForInsights": true,
     *         "wabaEnabledForDirectSend": false,
     *         "wabaMaxPriceOnboarded": false,
     *         "compatibleRegions": [
     *           "eu"
     *         ],
     *         "primaryBusinessLocation": "SE",
     *         "businessDailyLimit": "TIER_2K",
     *         "currency": "EUR",
     *         "wabaBanState": "SCHEDULE_FOR_DISABLE",
     *         "wabaBanDate": "2024-06-03T00:00:00Z"
     *       },
     *       "comment": "Meta scheduled the WhatsApp Business Account to be disabled for policy violations."
     *     }
     */
    WhatsAppAccountWabaInformationChangedEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_WABA_ACCOUNT_CHANGED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_WABA_ACCOUNT_CHANGED";
      /** @description The WhatsApp account as it is after the change. */
      payload: components["schemas"]["WhatsAppAccount"];
      /** @description A comment from Sinch about the change, when there is one. */
      comment?: string;
    };
    /**
     * @description State of a WhatsApp sender: `IN_PROGRESS` while Sinch and Meta set it up, `PENDING_VERIFICATION` until its phone number is registered and verified, `ACTIVE` when it can send, `INACTIVE` when it can no longer send, `SUSPENDED` when it is suspended, `ERROR` when setup failed (see `changes.errorCode`).
     * @enum {string}
     */
    WhatsAppSenderStatesEnum: "ACTIVE" | "IN_PROGRESS" | "INACTIVE" | "PENDING_VERIFICATION" | "SUSPENDED" | "ERROR";
    /** @description The WhatsApp business profile of a sender. */
    WhatsAppSenderDetails: {
      /** @description Name of the business as shown to WhatsApp users; Meta reviews it. */
      displayName: string;
      /** @description Description of the business in the profile. */
      description?: string;
      /** @description Industry of the business. */
      vertical: components["schemas"]["WhatsAppSenderWhatsAppVerticalEnum"];
      /** @description Contact email address shown in the profile. */
      email?: string;
      /** @description Postal address of the business shown in the profile. */
      address?: string;
      /** @description First website shown in the profile (a URL). */
      websiteOne?: string;
      /** @description Second website shown in the profile (a URL). */
      websiteTwo?: string;
      /** @description Short "About" text of the profile. */
      about?: string;
      /** @description URL of the profile photo. */
      photoUrl?: string;
      /** @description WhatsApp username of the business, when it has one. */
      username?: string;
    };
    /** @description The business profile of a sender as changed by an update that is not in effect yet. */
    WhatsAppSenderChangesDetails: {
      /** @description Name of the business as shown to WhatsApp users; Meta reviews it. */
      displayName?: string;
      /** @description Description of the business in the profile. */
      description?: string;
      /** @description Industry of the business. */
      vertical?: components["schemas"]["WhatsAppSenderWhatsAppVerticalEnum"];
      /** @description Contact email address shown in the profile. */
      email?: string;
      /** @description Postal address of the business shown in the profile. */
      address?: string;
      /** @description First website shown in the profile (a URL). */
      websiteOne?: string;
      /** @description Second website shown in the profile (a URL). */
      websiteTwo?: string;
      /** @description Short "About" text of the profile. */
      about?: string;
      /** @description URL of the profile photo. */
      photoUrl?: string;
      /** @description WhatsApp username of the business, when it has one. */
      username?: string;
    };
    /**
     * @description Status of a sender's changes that are not in effect yet: `DRAFT` (saved, not submitted), `IN_PROGRESS` (submitted and being processed), `REJECTED` (refused; the comments say why), `ERROR` (processing failed; see `errorCode`) or `MULTIPLE_WABA_ERROR` (more than one WhatsApp Business Account was found for the project).
     * @enum {string}
     */
    WhatsAppSenderStatusesEnum: "DRAFT" | "ERROR" | "IN_PROGRESS" | "MULTIPLE_WABA_ERROR" | "REJECTED";
    /**
     * @description Why setting up a sender, or applying its changes, failed; each value names the step or check that failed. `UNKNOWN_ERROR` means the cause is not known; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppSenderErrorCodeEnum: "CANNOT_ASSIGN_CREDIT_LINE" | "CANNOT_ASSIGN_SYSTEM_USER" | "CANNOT_CREATE_NEW_WHATSAPP_SENDER" | "CANNOT_CREATE_WABA_FOR_BUSINESS" | "CANNOT_GET_DETAILS_FOR_CLOUD_API" | "CANNOT_GET_WABA_DETAILS" | "CANNOT_REGISTER_NEW_WHATSAPP_SENDER" | "CANNOT_REGISTER_TO_CLOUD_API" | "CANNOT_SUBSCRIBE_TO_CLOUD_API" | "CANNOT_SUBSCRIBE_TO_WEBHOOK" | "DUPLICATES_ON_SENDER_PHONE_NUMBER" | "FAILED_TO_FETCH_APPROVED_MESSAGE_TEMPLATES" | "MULTIPLE_WABA_FOR_PROJECT_ID" | "NO_CERTIFICATE_AVAILABLE" | "NO_NOVA_ACCOUNT_ID" | "NO_PRICING_PLAN" | "NO_PROJECT_ID" | "NO_VERIFIED_PHONE_NUMBER" | "NOT_VERIFIED_REQUESTED_PHONE_NUMBER" | "NOT_VERIFY_BUSINESS_VIA_WHATSAPP" | "NOVA_ACCOUNT_ID_CONFLICT" | "PROJECT_ID_CONFLICT" | "REQUESTED_PHONE_NUMBER_OR_COUNTRY_CODE_CONFLICT" | "SENDER_HAS_BEEN_DELETED" | "WABA_CONNECTED_TO_ANOTHER_PROJECT" | "UNKNOWN_ERROR" | "UNRECOGNIZED";
    /** @description Changes to a sender that are not in effect yet, with their status. */
    WhatsAppSenderChanges: {
      /** @description Status of the changes. */
      status: components["schemas"]["WhatsAppSenderStatusesEnum"];
      /** @description The business profile as it will be once the changes are applied. */
      details?: components["schemas"]["WhatsAppSenderDetails"] | components["schemas"]["WhatsAppSenderChangesDetails"];
      /** @description Why processing the changes failed, in English; present when `status` is `ERROR`. */
      errorReason?: string;
      /** @description Why processing the changes failed, as a code; present when `status` is `ERROR`. */
      errorCode?: components["schemas"]["WhatsAppSenderErrorCodeEnum"];
    };
    /**
     * @description Status at Meta of a sender's display name or username: `PENDING` (in review), `APPROVED`, `REJECTED`, `DEFERRED` (Meta postponed the review), `EXPIRED`, `DELETED` or `RESERVED` (a username held for the business). `UNSPECIFIED` means no status; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppSenderFieldUpdateStatusEnum: "APPROVED" | "DEFERRED" | "DELETED" | "EXPIRED" | "PENDING" | "REJECTED" | "RESERVED" | "UNRECOGNIZED" | "UNSPECIFIED";
    /** @description Meta's review of one field of a sender. */
    WhatsAppSenderMetadataField: {
      /** @description The value that Meta reviewed. */
      value?: string;
      /** @description Status of the review. */
      status: components["schemas"]["WhatsAppSenderFieldUpdateStatusEnum"];
      /** @description Why Meta rejected the value; present when it did. */
      rejectionReason?: string;
    };
    /** @description Meta's review of the display name and username of a sender. */
    WhatsAppSenderMetadata: {
      /** @description Review of the display name. */
      displayName?: components["schemas"]["WhatsAppSenderMetadataField"];
      /** @description Review of the username. */
      username?: components["schemas"]["WhatsAppSenderMetadataField"];
    };
    /**
     * @description Region of a Conversation API app: `BR`, `EU` or `US`; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppConversationApiAppRegionsEnum: "BR" | "EU" | "US" | "UNRECOGNIZED";
    /**
     * @description Status of the WhatsApp channel in a Conversation API app: `PENDING` (being set up), `ACTIVE` (working) or `FAILING` (the integration reports errors). `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppConversationAppChannelIntegrationStatusEnum: "ACTIVE" | "FAILING" | "PENDING" | "UNRECOGNIZED";
    /** @description The Conversation API app through which a sender sends and receives messages. */
    WhatsAppConversationApiApp: {
      /** @description Id of the Conversation API app. */
      id: string;
      /** @description Id of the Sinch project that the app belongs to. */
      projectId: string;
      /** @description Region of the app. */
      region: components["schemas"]["WhatsAppConversationApiAppRegionsEnum"];
      /** @description Status of the sender's WhatsApp channel in the app. */
      channelStatus?: components["schemas"]["WhatsAppConversationAppChannelIntegrationStatusEnum"];
    };
    /**
     * @description Meta's quality rating of a sender's phone number, based on how users received its recent messages: `GREEN` (high), `YELLOW` (medium) or `RED` (low). `UNKNOWN` means not rated yet; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppQualityRatingEnum: "GREEN" | "RED" | "YELLOW" | "UNKNOWN" | "UNRECOGNIZED";
    /**
     * @description Who provides the phone number of a sender: `CUSTOMER` (the business brings its own number) or `SINCH` (a number from Sinch). `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppSenderNumberProviderTypeEnum: "CUSTOMER" | "SINCH" | "UNRECOGNIZED";
    /** @description A WhatsApp sender: a phone number that the project uses to send and receive WhatsApp messages, with its business profile. */
    WhatsAppSender: {
      /** @description Id of the sender, assigned by Sinch. */
      id: string;
      /** @description State of the sender. */
      state?: components["schemas"]["WhatsAppSenderStatesEnum"];
      /** @description Changes that are not in effect yet; absent when there are none. */
      changes?: components["schemas"]["WhatsAppSenderChanges"];
      /** @description The business profile in effect. */
      details?: components["schemas"]["WhatsAppSenderDetails"];
      /** @description Meta's review of the display name and username. */
      metadata?: components["schemas"]["WhatsAppSenderMetadata"];
      /** @description Sinch region that hosts the sender. */
      region: components["schemas"]["WhatsAppSenderBotRegionEnum"];
      /** @description Where Meta keeps the sender's message data at rest. */
      metaLocalStorage: components["schemas"]["WhatsAppSenderMetaLocalStoragesEnum"];
      /**
       * @deprecated
       * @description Id of the Conversation API app of the sender. Deprecated: read `conversationApiAppDetails`.
       */
      conversationApiApp?: string;
      /** @description The Conversation API app that the sender is connected to. */
      conversationApiAppDetails?: components["schemas"]["WhatsAppConversationApiApp"];
      /** @description Maximum number of messages per second that the sender can send. */
      maxTps?: number;
      /** @description Meta's quality rating of the phone number. */
      qualityRating?: components["schemas"]["WhatsAppQualityRatingEnum"];
      /**
       * @deprecated
       * @description Meta's messaging limit of the sender. Deprecated: Meta now sets the limit for the whole business; read `businessDailyLimit` of the account.
       */
      dailyLimit?: components["schemas"]["WhatsAppDailyLimitEnum"];
      /** @description Token that authenticates calls to Sinch's standalone WhatsApp API as this sender; keep it secret. */
      bearerToken?: string;
      /**
       * @deprecated
       * @description Whether the sender runs on Meta's WhatsApp Cloud API. Deprecated.
       */
      cloudApi: boolean;
      /** @description When the sender was created, ISO 8601 in UTC. */
      created?: string;
      /** @description When the sender was last changed, ISO 8601 in UTC. */
      modified?: string;
      /** @description Country of the phone number, as an ISO 3166-1 alpha-2 code. */
      countryCode?: string;
      /** @description The phone number in digits only, with the country calling code and without `+`. */
      phoneNumber?: string;
      /** @description Who provides the phone number. */
      numberProvider?: components["schemas"]["WhatsAppSenderNumberProviderTypeEnum"];
      /** @description Sinch's business manager that manages the sender's WhatsApp Business Account. */
      businessManager: components["schemas"]["WhatsAppBusinessManagersEnum"];
      /**
       * @deprecated
       * @description Meta's enforcement state of the WhatsApp Business Account. Deprecated: read it from the account.
       */
      wabaBanState?: components["schemas"]["WhatsAppWabaBanStatesEnum"];
      /**
       * @deprecated
       * @description When Meta set the enforcement state, ISO 8601 in UTC. Deprecated: read it from the account.
       */
      wabaBanDate?: string;
      /** @description Regions of the Conversation API apps that can use the sender. */
      compatibleRegions: components["schemas"]["WhatsAppConversationAppRegionsEnum"][];
    };
    /**
     * @description Notification that a comment was added to a WhatsApp sender.
     * @example {
     *       "type": "WHATSAPP_SENDER_COMMENT_ADDED",
     *       "payload": {
     *         "id": "01HR9D4F7G2H5J8K1M3N6P9QRS",
     *         "state": "PENDING_VERIFICATION",
     *         "details": {
     *           "displayName": "Bluebird Bikes Service",
     *           "vertical": "SHOPPING_AND_RETAIL",
     *           "email": "service@bluebirdbikes.example"
     *         },
     *         "metadata": {
     *           "displayName": {
     *             "value": "Bluebird Bikes Service",
     *             "status": "APPROVED"
     *           }
     *         },
     *         "region": "EU",
     *         "metaLocalStorage": "DE",
     *         "cloudApi": true,
     *         "created": "2024-04-22T11:40:09Z",
     *         "modified": "2024-04-22T12:05:37Z",
     *         "countryCode": "SE",
     *         "phoneNumber": "46732003344",
     *         "numberProvider": "SINCH",
     *         "businessManager": "SINCH_UK",
     *         "compatibleRegions": [
     *           "eu"
     *         ]
     *       },
     *       "comment": "The number is ready; request a verification code to register it."
     *     }
     */
    WhatsAppSenderCommentEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_SENDER_COMMENT_ADDED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_SENDER_COMMENT_ADDED";
      /** @description The sender the comment is about. */
      payload: components["schemas"]["WhatsAppSender"];
      /** @description The text of the comment. */
      comment: string;
    };
    /**
     * @description Notification that a WhatsApp sender became active.
     * @example {
     *       "type": "WHATSAPP_SENDER_ACTIVE",
     *       "payload": {
     *         "id": "01HR3M8Q2V6K9T4B7N1C5X0ZPD",
     *         "state": "ACTIVE",
     *         "details": {
     *           "displayName": "Bluebird Bikes",
     *           "description": "Bikes, parts and repairs in central Stockholm.",
     *           "vertical": "SHOPPING_AND_RETAIL",
     *           "email": "support@bluebirdbikes.example",
     *           "address": "Hornsgatan 12, 118 20 Stockholm, Sweden",
     *           "websiteOne": "https://bluebirdbikes.example",
     *           "about": "Questions about your order or repair? Message us here.",
     *           "photoUrl": "https://bluebirdbikes.example/img/logo-640.png"
     *         },
     *         "metadata": {
     *           "displayName": {
     *             "value": "Bluebird Bikes",
     *             "status": "APPROVED"
     *           }
     *         },
     *         "region": "EU",
     *         "metaLocalStorage": "UNSPECIFIED",
     *         "conversationApiAppDetails": {
     *           "id": "01HQ8Y9ZC3T5W7X9A1B3D5F7H9",
     *           "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *           "region": "EU",
     *           "channelStatus": "ACTIVE"
     *         },
     *         "maxTps": 80,
     *         "qualityRating": "GREEN",
     *         "cloudApi": true,
     *         "created": "2024-03-04T09:12:45Z",
     *         "modified": "2024-03-06T14:31:02Z",
     *         "countryCode": "SE",
     *         "phoneNumber": "46732001122",
     *         "numberProvider": "CUSTOMER",
     *         "businessManager": "SINCH_UK",
     *         "compatibleRegions": [
     *           "eu"
     *         ]
     *       }
     *     }
     */
    WhatsAppSenderActiveEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_SENDER_ACTIVE`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_SENDER_ACTIVE";
      /** @description The sender as it is after the change. */
      payload: components["schemas"]["WhatsAppSender"];
      /** @description A comment from Sinch about the change, when there is one. */
      comment?: string;
    };
    /**
     * @description Notification that a WhatsApp sender became inactive.
     * @example {
     *       "type": "WHATSAPP_SENDER_INACTIVE",
     *       "payload": {
     *         "id": "01HR3M8Q2V6K9T4B7N1C5X0ZPD",
     *         "state": "INACTIVE",
     *         "details": {
     *           "displayName": "Bluebird Bikes",
     *           "description": "Bikes, parts and repairs in central Stockholm.",
     *           "vertical": "SHOPPING_AND_RETAIL",
     *           "email": "support@bluebirdbikes.example",
     *           "address": "Hornsgatan 12, 118 20 Stockholm, Sweden",
     *           "websiteOne": "https://bluebirdbikes.example",
     *           "about": "Questions about your order or repair? Message us here.",
     *           "photoUrl": "https://bluebirdbikes.example/img/logo-640.png"
     *         },
     *         "metadata": {
     *           "displayName": {
     *             "value": "Bluebird Bikes",
     *             "status": "APPROVED"
     *           }
     *         },
     *         "region": "EU",
     *         "metaLocalStorage": "UNSPECIFIED",
     *         "conversationApiAppDetails": {
     *           "id": "01HQ8Y9ZC3T5W7X9A1B3D5F7H9",
     *           "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *           "region": "EU",
     *           "channelStatus": "ACTIVE"
     *         },
     *         "maxTps": 80,
     *         "qualityRating": "GREEN",
     *         "cloudApi": true,
     *         "created": "2024-03-04T09:12:45Z",
     *         "modified": "2024-07-01T10:02:45Z",
     *         "countryCode": "SE",
     *         "phoneNumber": "46732001122",
     *         "numberProvider": "CUSTOMER",
     *         "businessManager": "SINCH_UK",
     *         "compatibleRegions": [
     *           "eu"
     *         ]
     *       },
     *       "comment": "The phone number was disconnected from WhatsApp by Meta."
     *     }
     */
    WhatsAppSenderInactiveEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_SENDER_INACTIVE`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_SENDER_INACTIVE";
      /** @description The sender as it is after the change. */
      payload: components["schemas"]["WhatsAppSender"];
      /** @description A comment from Sinch about the change, when there is one. */
      comment?: string;
    };
    /**
     * @description Notification that the phone number of a WhatsApp sender is waiting to be registered and verified.
     * @example {
     *       "type": "WHATSAPP_SENDER_PENDING_VERIFICATION",
     *       "payload": {
     *         "id": "01HR9D4F7G2H5J8K1M3N6P9QRS",
     *         "state": "PENDING_VERIFICATION",
     *         "details": {
     *           "displayName": "Bluebird Bikes Service",
     *           "vertical": "SHOPPING_AND_RETAIL",
     *           "email": "service@bluebirdbikes.example"
     *         },
     *         "metadata": {
     *           "displayName": {
     *             "value": "Bluebird Bikes Service",
     *             "status": "APPROVED"
     *           }
     *         },
     *         "region": "EU",
     *         "metaLocalStorage": "DE",
     *         "cloudApi": true,
     *         "created": "2024-04-22T11:40:09Z",
     *         "modified": "2024-04-22T12:05:37Z",
     *         "countryCode": "SE",
     *         "phoneNumber": "46732003344",
     *         "numberProvider": "SINCH",
     *         "businessManager": "SINCH_UK",
     *         "compatibleRegions": [
     *           "eu"
     *         ]
     *       }
     *     }
     */
    WhatsAppSenderPendingVerificationEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_SENDER_PENDING_VERIFICATION`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_SENDER_PENDING_VERIFICATION";
      /** @description The sender as it is after the change. */
      payload: components["schemas"]["WhatsAppSender"];
      /** @description A comment from Sinch about the change, when there is one. */
      comment?: string;
    };
    /**
     * @description Notification that a WhatsApp sender, or a change to it, was rejected.
     * @example {
     *       "type": "WHATSAPP_SENDER_REJECTED",
     *       "payload": {
     *         "id": "01HS2A6C9E3G7J1L5N8Q2T6VWX",
     *         "state": "INACTIVE",
     *         "changes": {
     *           "status": "REJECTED",
     *           "details": {
     *             "displayName": "Bluebird Bikes Rentals",
     *             "vertical": "TRAVEL_AND_TRANSPORTATION",
     *             "email": "rentals@bluebirdbikes.example",
     *             "websiteOne": "https://bluebirdbikes.example/rentals"
     *           }
     *         },
     *         "region": "EU",
     *         "metaLocalStorage": "UNSPECIFIED",
     *         "cloudApi": true,
     *         "created": "2024-05-13T08:02:11Z",
     *         "modified": "2024-05-14T09:30:00Z",
     *         "countryCode": "SE",
     *         "phoneNumber": "46732004455",
     *         "numberProvider": "CUSTOMER",
     *         "businessManager": "SINCH_UK",
     *         "compatibleRegions": [
     *           "eu"
     *         ]
     *       },
     *       "comment": "The display name does not match the business name on the website."
     *     }
     */
    WhatsAppSenderRejectedEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_SENDER_REJECTED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_SENDER_REJECTED";
      /** @description The sender as it is after the change. */
      payload: components["schemas"]["WhatsAppSender"];
      /** @description Why it was rejected, when Sinch says so. */
      comment?: string;
    };
    /**
     * @description Notification that setting up a WhatsApp sender, or applying its changes, failed.
     * @example {
     *       "type": "WHATSAPP_SENDER_ERROR",
     *       "payload": {
     *         "id": "01HS2A6C9E3G7J1L5N8Q2T6VWX",
     *         "state": "ERROR",
     *         "changes": {
     *           "status": "ERROR",
     *           "details": {
     *             "displayName": "Bluebird Bikes Rentals",
     *             "vertical": "TRAVEL_AND_TRANSPORTATION",
     *             "email": "rentals@bluebirdbikes.example",
     *             "websiteOne": "https://bluebirdbikes.example/rentals"
     *           },
     *           "errorCode": "CANNOT_REGISTER_TO_CLOUD_API",
     *           "errorReason": "Meta refused to register the phone number on the Cloud API."
     *         },
     *         "region": "EU",
     *         "metaLocalStorage": "UNSPECIFIED",
     *         "cloudApi": true,
     *         "created": "2024-05-13T08:02:11Z",
     *         "modified": "2024-05-13T08:10:54Z",
     *         "countryCode": "SE",
     *         "phoneNumber": "46732004455",
     *         "numberProvider": "CUSTOMER",
     *         "businessManager": "SINCH_UK",
     *         "compatibleRegions": [
     *           "eu"
     *         ]
     *       }
     *     }
     */
    WhatsAppSenderErrorEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_SENDER_ERROR`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_SENDER_ERROR";
      /** @description The sender as it is after the change. */
      payload: components["schemas"]["WhatsAppSender"];
      /** @description A comment from Sinch about the change, when there is one. */
      comment?: string;
    };
    /**
     * @description Notification that Meta changed the messaging limit of a WhatsApp sender.
     * @example {
     *       "type": "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED",
     *       "payload": {
     *         "id": "01HR3M8Q2V6K9T4B7N1C5X0ZPD",
     *         "state": "ACTIVE",
     *         "details": {
     *           "displayName": "Bluebird Bikes",
     *           "description": "Bikes, parts and repairs in central Stockholm.",
     *           "vertical": "SHOPPING_AND_RETAIL",
     *           "email": "support@bluebirdbikes.example",
     *           "address": "Hornsgatan 12, 118 20 Stockholm, Sweden",
     *           "websiteOne": "https://bluebirdbikes.example",
     *           "about": "Questions about your order or repair? Message us here.",
     *           "photoUrl": "https://bluebirdbikes.example/img/logo-640.png"
     *         },
     *         "metadata": {
     *           "displayName": {
     *             "value": "Bluebird Bikes",
     *             "status": "APPROVED"
     *           }
     *         },
     *         "region": "EU",
     *         "metaLocalStorage": "UNSPECIFIED",
     *         "conversationApiAppDetails": {
     *           "id": "01HQ8Y9ZC3T5W7X9A1B3D5F7H9",
     *           "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *           "region": "EU",
     *           "channelStatus": "ACTIVE"
     *         },
     *         "maxTps": 80,
     *         "qualityRating": "GREEN",
     *         "cloudApi": true,
     *         "created": "2024-03-04T09:12:45Z",
     *         "modified": "2024-06-10T16:45:00Z",
     *         "countryCode": "SE",
     *         "phoneNumber": "46732001122",
     *         "numberProvider": "CUSTOMER",
     *         "businessManager": "SINCH_UK",
     *         "compatibleRegions": [
     *           "eu"
     *         ],
     *         "dailyLimit": "TIER_10K"
     *       }
     *     }
     */
    WhatsAppSenderDailyLimitChangedEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_SENDER_DAILY_LIMIT_CHANGED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED";
      /** @description The sender as it is after the change. */
      payload: components["schemas"]["WhatsAppSender"];
      /** @description A comment from Sinch about the change, when there is one. */
      comment?: string;
    };
    /**
     * @description Notification that Meta changed the quality rating of a WhatsApp sender's phone number.
     * @example {
     *       "type": "WHATSAPP_SENDER_QUALITY_RATING_CHANGED",
     *       "payload": {
     *         "id": "01HR3M8Q2V6K9T4B7N1C5X0ZPD",
     *         "state": "ACTIVE",
     *         "details": {
     *           "displayName": "Bluebird Bikes",
     *           "description": "Bikes, parts and repairs in central Stockholm.",
     *           "vertical": "SHOPPING_AND_RETAIL",
     *           "email": "support@bluebirdbikes.example",
     *           "address": "Hornsgatan 12, 118 20 Stockholm, Sweden",
     *           "websiteOne": "https://bluebirdbikes.example",
     *           "about": "Questions about your order or repair? Message us here.",
     *           "photoUrl": "https://bluebirdbikes.example/img/logo-640.png"
     *         },
     *         "metadata": {
     *           "displayName": {
     *             "value": "Bluebird Bikes",
     *             "status": "APPROVED"
     *           }
     *         },
     *         "region": "EU",
     *         "metaLocalStorage": "UNSPECIFIED",
     *         "conversationApiAppDetails": {
     *           "id": "01HQ8Y9ZC3T5W7X9A1B3D5F7H9",
     *           "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *           "region": "EU",
     *           "channelStatus": "ACTIVE"
     *         },
     *         "maxTps": 80,
     *         "qualityRating": "YELLOW",
     *         "cloudApi": true,
     *         "created": "2024-03-04T09:12:45Z",
     *         "modified": "2024-06-18T04:12:09Z",
     *         "countryCode": "SE",
     *         "phoneNumber": "46732001122",
     *         "numberProvider": "CUSTOMER",
     *         "businessManager": "SINCH_UK",
     *         "compatibleRegions": [
     *           "eu"
     *         ]
     *       }
     *     }
     */
    WhatsAppSenderQualityRatingChangedEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_SENDER_QUALITY_RATING_CHANGED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_SENDER_QUALITY_RATING_CHANGED";
      /** @description The sender as it is after the change. */
      payload: components["schemas"]["WhatsAppSender"];
      /** @description A comment from Sinch about the change, when there is one. */
      comment?: string;
    };
    /**
     * @description Notification that a WhatsApp sender was deleted.
     * @example {
     *       "type": "WHATSAPP_SENDER_DELETED",
     *       "payload": {
     *         "id": "01HR3M8Q2V6K9T4B7N1C5X0ZPD",
     *         "state": "INACTIVE",
     *         "details": {
     *           "displayName": "Bluebird Bikes",
     *           "description": "Bikes, parts and repairs in central Stockholm.",
     *           "vertical": "SHOPPING_AND_RETAIL",
     *           "email": "support@bluebirdbikes.example",
     *           "address": "Hornsgatan 12, 118 20 Stockholm, Sweden",
     *           "websiteOne": "https://bluebirdbikes.example",
     *           "about": "Questions about your order or repair? Message us here.",
     *           "photoUrl": "https://bluebirdbikes.example/img/logo-640.png"
     *         },
     *         "metadata": {
     *           "displayName": {
     *             "value": "Bluebird Bikes",
     *             "status": "APPROVED"
     *           }
     *         },
     *         "region": "EU",
     *         "metaLocalStorage": "UNSPECIFIED",
     *         "conversationApiAppDetails": {
     *           "id": "01HQ8Y9ZC3T5W7X9A1B3D5F7H9",
     *           "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *           "region": "EU",
     *           "channelStatus": "ACTIVE"
     *         },
     *         "maxTps": 80,
     *         "qualityRating": "GREEN",
     *         "cloudApi": true,
     *         "created": "2024-03-04T09:12:45Z",
     *         "modified": "2024-09-30T13:20:00Z",
     *         "countryCode": "SE",
     *         "phoneNumber": "46732001122",
     *         "numberProvider": "CUSTOMER",
     *         "businessManager": "SINCH_UK",
     *         "compatibleRegions": [
     *           "eu"
     *         ]
     *       }
     *     }
     */
    WhatsAppSenderDeletedEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_SENDER_DELETED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_SENDER_DELETED";
      /** @description The sender as it was when it was deleted. */
      payload: components["schemas"]["WhatsAppSender"];
      /** @description A comment from Sinch about the change, when there is one. */
      comment?: string;
    };
    /**
     * @description Notification that Meta reviewed a new display name of a WhatsApp sender.
     * @example {
     *       "type": "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED",
     *       "payload": {
     *         "id": "01HR3M8Q2V6K9T4B7N1C5X0ZPD",
     *         "state": "ACTIVE",
     *         "details": {
     *           "displayName": "Bluebird Bikes & Rentals",
     *           "description": "Bikes, parts and repairs in central Stockholm.",
     *           "vertical": "SHOPPING_AND_RETAIL",
     *           "email": "support@bluebirdbikes.example",
     *           "address": "Hornsgatan 12, 118 20 Stockholm, Sweden",
     *           "websiteOne": "https://bluebirdbikes.example",
     *           "about": "Questions about your order or repair? Message us here.",
     *           "photoUrl": "https://bluebirdbikes.example/img/logo-640.png"
     *         },
     *         "metadata": {
     *           "displayName": {
     *             "value": "Bluebird Bikes & Rentals",
     *             "status": "APPROVED"
     *           }
     *         },
     *         "region": "EU",
     *         "metaLocalStorage": "UNSPECIFIED",
     *         "conversationApiAppDetails": {
     *           "id": "01HQ8Y9ZC3T5W7X9A1B3D5F7H9",
     *           "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *           "region": "EU",
     *           "channelStatus": "ACTIVE"
     *         },
     *         "maxTps": 80,
     *         "qualityRating": "GREEN",
     *         "cloudApi": true,
     *         "created": "2024-03-04T09:12:45Z",
     *         "modified": "2024-06-21T09:03:17Z",
     *         "countryCode": "SE",
     *         "phoneNumber": "46732001122",
     *         "numberProvider": "CUSTOMER",
     *         "businessManager": "SINCH_UK",
     *         "compatibleRegions": [
     *           "eu"
     *         ]
     *       }
     *     }
     */
    WhatsAppSenderDisplayNameUpdatedEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_SENDER_DISPLAY_NAME_UPDATED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED";
      /** @description The sender as it is after the change. */
      payload: components["schemas"]["WhatsAppSender"];
      /** @description A comment from Sinch about the change, when there is one. */
      comment?: string;
    };
    /**
     * @description Notification that the WhatsApp username of a sender changed or was reviewed by Meta.
     * @example {
     *       "type": "WHATSAPP_SENDER_USERNAME_UPDATED",
     *       "payload": {
     *         "id": "01HR3M8Q2V6K9T4B7N1C5X0ZPD",
     *         "state": "ACTIVE",
     *         "details": {
     *           "displayName": "Bluebird Bikes",
     *           "description": "Bikes, parts and repairs in central Stockholm.",
     *           "vertical": "SHOPPING_AND_RETAIL",
     *           "email": "support@bluebirdbikes.example",
     *           "address": "Hornsgatan 12, 118 20 Stockholm, Sweden",
     *           "websiteOne": "https://bluebirdbikes.example",
     *           "about": "Questions about your order or repair? Message us here.",
     *           "photoUrl": "https://bluebirdbikes.example/img/logo-640.png",
     *           "username": "bluebirdbikes"
     *         },
     *         "metadata": {
     *           "displayName": {
     *             "value": "Bluebird Bikes",
     *             "status": "APPROVED"
     *           },
     *           "username": {
     *             "value": "bluebirdbikes",
     *             "status": "APPROVED"
     *           }
     *         },
     *         "region": "EU",
     *         "metaLocalStorage": "UNSPECIFIED",
     *         "conversationApiAppDetails": {
     *           "id": "01HQ8Y9ZC3T5W7X9A1B3D5F7H9",
     *           "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *           "region": "EU",
     *           "channelStatus": "ACTIVE"
     *         },
     *         "maxTps": 80,
     *         "qualityRating": "GREEN",
     *         "cloudApi": true,
     *         "created": "2024-03-04T09:12:45Z",
     *         "modified": "2024-08-02T11:26:40Z",
     *         "countryCode": "SE",
     *         "phoneNumber": "46732001122",
     *         "numberProvider": "CUSTOMER",
     *         "businessManager": "SINCH_UK",
     *         "compatibleRegions": [
     *           "eu"
     *         ]
     *       }
     *     }
     */
    WhatsAppSenderUsernameUpdatedEvent: {
      /**
       * @description The trigger this notification is sent for, always `WHATSAPP_SENDER_USERNAME_UPDATED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "WHATSAPP_SENDER_USERNAME_UPDATED";
      /** @description The sender as it is after the change. */
      payload: components["schemas"]["WhatsAppSender"];
      /** @description A comment from Sinch about the change, when there is one. */
      comment?: string;
    };
    /**
     * @description Component type of a header (also of a carousel card header): `HEADER`.
     * @constant
     */
    WhatsAppComponentTypeHeaderEnum: "HEADER";
    /**
     * @description Header format of a location header: `LOCATION`.
     * @constant
     */
    WhatsAppLocationHeaderComponentFormatEnum: "LOCATION";
    /** @description A header that shows a map location; the location itself is given each time a message is sent. */
    WhatsAppLocationHeaderComponent: {
      type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
      format: components["schemas"]["WhatsAppLocationHeaderComponentFormatEnum"];
    };
    /**
     * @description Header format of a text header: `TEXT`.
     * @constant
     */
    WhatsAppTextHeaderComponentFormatEnum: "TEXT";
    /** @description A text header: a short bold title above the body, with at most one variable `{{1}}`. */
    WhatsAppTextHeaderComponent: {
      type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
      format: components["schemas"]["WhatsAppTextHeaderComponentFormatEnum"];
      /** @description The header text; it may contain one variable, `{{1}}`. */
      text?: string;
      /** @description A sample value of the `{{1}}` variable, shown to WhatsApp's reviewers. */
      example?: string;
    };
    /**
     * @description What a media header shows: a `DOCUMENT` (PDF), an `IMAGE` or a `VIDEO`.
     * @enum {string}
     */
    WhatsAppMediaHeaderComponentFormatEnum: "DOCUMENT" | "IMAGE" | "VIDEO";
    /** @description The sample media of a header, as WhatsApp reviewed it. */
    WhatsAppMediaHeaderExample: {
      /**
       * Format: url
       * @description The URL of the sample file WhatsApp reviewed.
       */
      url?: string;
    };
    /** @description A media header: a document, image or video above the body; the actual file is given each time a message is sent. */
    WhatsAppMediaHeaderComponent: {
      type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
      format: components["schemas"]["WhatsAppMediaHeaderComponentFormatEnum"];
      /** @description The sample file submitted for the review. */
      example?: components["schemas"]["WhatsAppMediaHeaderExample"];
    };
    /**
     * @description Component type of a body (also of a carousel card body): `BODY`.
     * @constant
     */
    WhatsAppComponentTypeBodyEnum: "BODY";
    /** @description The body: the main text of the template, with numbered variables `{{1}}`, `{{2}}`, … filled in when sending. */
    WhatsAppBodyComponent: {
      type: components["schemas"]["WhatsAppComponentTypeBodyEnum"];
      /** @description The body text, with numbered variables `{{1}}`, `{{2}}`, … */
      text?: string;
      /** @description Sample values for the variables, one per variable in order, shown to WhatsApp's reviewers. */
      examples?: string[];
      /** @description Authentication templates only: whether WhatsApp adds a line advising the recipient not to share the code. */
      addSecurityRecommendation?: boolean;
    };
    /**
     * @description Component type of a footer: `FOOTER`.
     * @constant
     */
    WhatsAppComponentTypeFooterEnum: "FOOTER";
    /** @description The footer: a short line of plain text below the body. */
    WhatsAppFooterComponent: {
      type: components["schemas"]["WhatsAppComponentTypeFooterEnum"];
      /** @description The footer text. */
      text?: string;
      /** @description Authentication templates only: how many minutes the code stays valid; WhatsApp shows this instead of a footer text. */
      codeExpirationMinutes?: number;
    };
    /**
     * @description Button type of a call button: `PHONE_NUMBER`.
     * @constant
     */
    WhatsAppButtonTypePhoneNumberEnum: "PHONE_NUMBER";
    /** @description A button that calls a phone number. */
    WhatsAppPhoneNumberButton: {
      type: components["schemas"]["WhatsAppButtonTypePhoneNumberEnum"];
      /** @description The button label. */
      text?: string;
      /**
       * Format: phone number
       * @description The number the button calls, in E.164 format.
       */
      phoneNumber?: string;
    };
    /**
     * @description Button type of a link button: `URL`.
     * @constant
     */
    WhatsAppButtonTypeUrlEnum: "URL";
    /** @description A button that opens a web page. */
    WhatsAppUrlButton: {
      type: components["schemas"]["WhatsAppButtonTypeUrlEnum"];
      /** @description The button label. */
      text?: string;
      /**
       * Format: url
       * @description The page the button opens; it may end with a variable `{{1}}`, completed when sending.
       */
      url?: string;
      /**
       * Format: url
       * @description A complete sample URL, for a URL that ends with a variable.
       */
      example?: string;
    };
    /**
     * @description Button type of a quick reply button: `QUICK_REPLY`.
     * @constant
     */
    WhatsAppButtonTypeQuickReplyEnum: "QUICK_REPLY";
    /** @description A button whose label comes back to you as the recipient's reply. */
    WhatsAppQuickReplyButton: {
      type: components["schemas"]["WhatsAppButtonTypeQuickReplyEnum"];
      /** @description The button label, which is also the text of the reply. */
      text?: string;
    };
    /**
     * @description Button type of a one-time password button: `OTP`.
     * @constant
     */
    WhatsAppButtonTypeOtpEnum: "OTP";
    /**
     * @description How a one-time password reaches the recipient: `COPY_CODE` copies it to the clipboard, `ONE_TAP` fills it into your Android app after a tap, `ZERO_TAP` fills it in without a tap. `UNRECOGNIZED`: a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppOtpTypeEnum: "COPY_CODE" | "ONE_TAP" | "ZERO_TAP" | "UNRECOGNIZED";
    /** @description An Android app that may receive the one-time password by autofill. */
    WhatsAppSupportedApp: {
      /** @description The app's Android package name, e.g. `com.example.shop`. */
      packageName: string;
      /** @description The 11-character hash of the app's signing key, as used by Android's SMS Retriever API. */
      signatureHash: string;
    };
    /** @description The button of an authentication template that delivers the one-time password. */
    WhatsAppOtpButton: {
      type: components["schemas"]["WhatsAppButtonTypeOtpEnum"];
      otpType: components["schemas"]["WhatsAppOtpTypeEnum"];
      /** @description The label of the copy-code button; WhatsApp uses its own label when absent. */
      text?: string;
      /** @description `ONE_TAP` only: the label of the autofill button; WhatsApp uses its own label when absent. */
      autofillText?: string;
      /**
       * @deprecated
       * @description Deprecated: use `supportedApps`. The Android package name of the single app to autofill.
       */
      packageName?: string;
      /**
       * @deprecated
       * @description Deprecated: use `supportedApps`. The signing-key hash of the single app to autofill.
       */
      signatureHash?: string;
      /** @description `ONE_TAP` and `ZERO_TAP` only: the Android apps that may receive the code by autofill. */
      supportedApps?: components["schemas"]["WhatsAppSupportedApp"][];
      /** @description `ZERO_TAP` only: that you accept WhatsApp's terms for zero-tap autofill; without it, zero-tap is not used. */
      zeroTapTermsAccepted?: boolean;
    };
    /**
     * @description Button type of a Flow button, as returned: `FLOW`.
     * @constant
     */
    WhatsAppButtonTypeEnum: "FLOW";
    /**
     * @description What a Flow button does first: `NAVIGATE` opens a screen of the Flow, `DATA_EXCHANGE` asks your Flow endpoint for the first screen. `UNKNOWN`: not stated. `UNRECOGNIZED`: a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppFlowActionEnum: "DATA_EXCHANGE" | "NAVIGATE" | "UNKNOWN" | "UNRECOGNIZED";
    /** @description A button that opens a WhatsApp Flow (a form or multi-screen interaction). */
    WhatsAppFlowButton: {
      type: components["schemas"]["WhatsAppButtonTypeEnum"];
      /** @description The button label. */
      text?: string;
      /** @description The id of the WhatsApp Flow the button opens, as assigned by Meta (digits). */
      flowId?: string;
      flowAction?: components["schemas"]["WhatsAppFlowActionEnum"];
      /** @description `NAVIGATE` only: the id of the Flow screen opened first. */
      navigateScreen?: string;
    };
    /**
     * @description Button type of a contact-information request button: `REQUEST_CONTACT_INFO`.
     * @constant
     */
    WhatsAppButtonTypeRequestContactInfoEnum: "REQUEST_CONTACT_INFO";
    /** @description A button that asks the recipient to share their contact information with you. */
    WhatsAppRequestContactInfoButton: {
      type: components["schemas"]["WhatsAppButtonTypeRequestContactInfoEnum"];
      /** @description The button label, set by WhatsApp. */
      text?: string;
    };
    /**
     * @description Button type of an order details button: `ORDER_DETAILS`.
     * @constant
     */
    WhatsAppButtonTypeOrderDetailsEnum: "ORDER_DETAILS";
    /** @description A button that shows the order sent with the message (items, total) so the recipient can review and pay it. */
    WhatsAppOrderDetailsButton: {
      type: components["schemas"]["WhatsAppButtonTypeOrderDetailsEnum"];
      /** @description The button label, set by WhatsApp. */
      text?: string;
    };
    /**
     * @description Button type of a copy-code button: `COPY_CODE`.
     * @constant
     */
    WhatsAppButtonTypeCopyCodeEnum: "COPY_CODE";
    /** @description A button of a marketing template that copies a coupon code to the recipient's clipboard. */
    WhatsAppCopyCodeButton: {
      type: components["schemas"]["WhatsAppButtonTypeCopyCodeEnum"];
      /** @description The button label, set by WhatsApp. */
      text?: string;
      /** @description The sample code submitted for the review. */
      example?: string;
    };
    /**
     * @description Component type of a set of buttons: `BUTTONS`.
     * @constant
     */
    WhatsAppComponentTypeButtonsEnum: "BUTTONS";
    /** @description The buttons of the template. */
    WhatsAppButtonsComponent: {
      type: components["schemas"]["WhatsAppComponentTypeButtonsEnum"];
      /** @description The buttons, in display order. */
      buttons: (components["schemas"]["WhatsAppPhoneNumberButton"] | components["schemas"]["WhatsAppUrlButton"] | components["schemas"]["WhatsAppQuickReplyButton"] | components["schemas"]["WhatsAppOtpButton"] | components["schemas"]["WhatsAppFlowButton"] | components["schemas"]["WhatsAppRequestContactInfoButton"] | components["schemas"]["WhatsAppOrderDetailsButton"] | components["schemas"]["WhatsAppCopyCodeButton"])[];
    };
    /**
     * @description Component type of a carousel: `CAROUSEL`.
     * @constant
     */
    WhatsAppComponentTypeCarouselEnum: "CAROUSEL";
    /**
     * @description What a carousel card header shows: an `IMAGE` or a `VIDEO`.
     * @enum {string}
     */
    WhatsAppCardHeaderComponentFormatsEnum: "IMAGE" | "VIDEO";
    /** @description The media header of a carousel card. */
    WhatsAppCardHeaderComponent: {
      type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
      format: components["schemas"]["WhatsAppCardHeaderComponentFormatsEnum"];
      /** @description The sample file submitted for the review. */
      example?: components["schemas"]["WhatsAppMediaHeaderExample"];
    };
    /** @description The text of a carousel card. */
    WhatsAppCardBodyComponent: {
      type: components["schemas"]["WhatsAppComponentTypeBodyEnum"];
      /** @description Sample values for the variables, one per variable in order, shown to WhatsApp's reviewers. */
      examples?: string[];
      /** @description The card text, with numbered variables `{{1}}`, `{{2}}`, … */
      text?: string;
    };
    /** @description The buttons of a carousel card. */
    WhatsAppCardButtonsComponent: {
      type: components["schemas"]["WhatsAppComponentTypeButtonsEnum"];
      /** @description The buttons, in display order. */
      buttons: (components["schemas"]["WhatsAppUrlButton"] | components["schemas"]["WhatsAppQuickReplyButton"] | components["schemas"]["WhatsAppPhoneNumberButton"])[];
    };
    /** @description One card of a carousel: a media header, a short text and buttons. */
    WhatsAppCard: {
      /** @description The card's header, text and buttons. */
      components: (components["schemas"]["WhatsAppCardHeaderComponent"] | components["schemas"]["WhatsAppCardBodyComponent"] | components["schemas"]["WhatsAppCardButtonsComponent"])[];
    };
    /** @description A carousel: cards the recipient scrolls through sideways, shown below the body. */
    WhatsAppCarouselComponent: {
      type: components["schemas"]["WhatsAppComponentTypeCarouselEnum"];
      /** @description The cards, in display order. */
      cards: components["schemas"]["WhatsAppCard"][];
    };
    /**
     * @description How the delivery price of a marketing message is bid: `BID_STRATEGY_LOWEST_COST_WITH_BID_CAP` pays as little as possible, never more than `bidAmount`. `BID_STRATEGY_UNSPECIFIED`: none set. `UNRECOGNIZED`: a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppBidStrategiesEnum: "BID_STRATEGY_LOWEST_COST_WITH_BID_CAP" | "BID_STRATEGY_UNSPECIFIED" | "UNRECOGNIZED";
    /** @description Bid settings for delivering the marketing messages of a template (dynamic pricing). */
    WhatsAppTemplateDetailsOptimization: {
      /** @description The bid cap: the most you are willing to pay for one delivered message. */
      bidAmount: number;
      bidStrategy: components["schemas"]["WhatsAppBidStrategiesEnum"];
      /** @description Per-country changes of the bid cap: an ISO 3166-1 alpha-2 country code mapped to a multiplier written as a decimal string, e.g. `{"BR": "0.8"}`. */
      bidCountryMultiplierOverrides?: {
        [key: string]: string;
      };
    };
    /**
     * @description Component type of a limited-time offer: `LIMITED_TIME_OFFER`.
     * @constant
     */
    WhatsAppComponentTypeLimitedTimeOfferEnum: "LIMITED_TIME_OFFER";
    /** @description A limited-time offer banner of a marketing template. */
    WhatsAppLimitedTimeOfferComponent: {
      type: components["schemas"]["WhatsAppComponentTypeLimitedTimeOfferEnum"];
      /** @description The offer headline. */
      text?: string;
      /** @description Whether the offer shows a countdown to an expiry time given when sending. */
      hasExpiration: boolean;
    };
    /** @description The content of a template: its components, plus delivery settings. */
    WhatsAppTemplateDetails: {
      /** @description The components in display order: at most one header, a body, at most one footer and one set of buttons, or a carousel or limited-time offer where the category allows it. */
      components: (components["schemas"]["WhatsAppTextHeaderComponent"] | components["schemas"]["WhatsAppMediaHeaderComponent"] | components["schemas"]["WhatsAppBodyComponent"] | components["schemas"]["WhatsAppFooterComponent"] | components["schemas"]["WhatsAppButtonsComponent"] | components["schemas"]["WhatsAppLocationHeaderComponent"] | components["schemas"]["WhatsAppCarouselComponent"] | components["schemas"]["WhatsAppLimitedTimeOfferComponent"])[];
      /** @description How long, in seconds, WhatsApp keeps trying to deliver a message sent with this template; after that the message is dropped. WhatsApp's default applies when absent. */
      messageSendTtlSeconds?: number;
      optimization?: components["schemas"]["WhatsAppTemplateDetailsOptimization"];
    };
    /**
     * @description The content held by a pending change: the fields of `WhatsAppTemplateDetails`, none of them required.
     * @example {
     *       "components": [
     *         {
     *           "type": "HEADER",
     *           "format": "TEXT",
     *           "text": "Order {{1}} is on its way",
     *           "example": "#40213"
     *         },
     *         {
     *           "type": "BODY",
     *           "text": "Hi {{1}}, your order {{2}} has shipped and should arrive on {{3}}. Track it below.",
     *           "examples": [
     *             "Maria",
     *             "#40213",
     *             "14 March"
     *           ]
     *         },
     *         {
     *           "type": "BUTTONS",
     *           "buttons": [
     *             {
     *               "type": "URL",
     *               "text": "Track parcel",
     *               "url": "https://track.example.com/{{1}}",
     *               "example": "https://track.example.com/JD014600006281234567"
     *             },
     *             {
     *               "type": "PHONE_NUMBER",
     *               "text": "Call support",
     *               "phoneNumber": "+14155550123"
     *             }
     *           ]
     *         }
     *       ]
     *     }
     */
    WhatsAppTemplateChangesDetails: {
      /** @description The components of the change, in display order. */
      components?: (components["schemas"]["WhatsAppTextHeaderComponent"] | components["schemas"]["WhatsAppMediaHeaderComponent"] | components["schemas"]["WhatsAppLocationHeaderComponent"] | components["schemas"]["WhatsAppBodyComponent"] | components["schemas"]["WhatsAppFooterComponent"] | components["schemas"]["WhatsAppButtonsComponent"] | components["schemas"]["WhatsAppCarouselComponent"] | components["schemas"]["WhatsAppLimitedTimeOfferComponent"])[];
      /** @description How long, in seconds, WhatsApp keeps trying to deliver a message sent with this template; after that the message is dropped. WhatsApp's default applies when absent. */
      messageSendTtlSeconds?: number;
      optimization?: components["schemas"]["WhatsAppTemplateDetailsOptimization"];
    };
    /**
     * @description Status of a template's pending change: `DRAFT` saved but not submitted, `IN_PROGRESS` submitted and awaiting WhatsApp's review, `REJECTED` refused by WhatsApp (the live template keeps its content).
     * @enum {string}
     */
    WhatsAppTemplateStatusesEnum: "DRAFT" | "IN_PROGRESS" | "REJECTED";
    /** @description A change to the template that is not live: a draft, a change under review, or a rejected change. */
    WhatsAppTemplateChanges: {
      /** @description Where the change stands: a draft, under review, or rejected. */
      status: components["schemas"]["WhatsAppTemplateStatusesEnum"];
      /** @description Whether WhatsApp may give the change another category instead of rejecting it. */
      allowCategoryChange?: boolean;
      /** @description The content of the change. */
      details?: components["schemas"]["WhatsAppTemplateDetails"] | components["schemas"]["WhatsAppTemplateChangesDetails"];
    };
    /**
     * @description Kind of button counted in analytics: `QUICK_REPLY`, `URL` (a fixed link) or `UNIQUE_URL` (a link ending in a variable, different for each recipient). `UNRECOGNIZED`: a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppTemplateAnalyticsButtonTypesEnum: "QUICK_REPLY" | "UNIQUE_URL" | "URL" | "UNRECOGNIZED";
    /** @description Clicks on one button of the template over the analytics period. */
    WhatsAppTemplateAnalyticsButtons: {
      type: components["schemas"]["WhatsAppTemplateAnalyticsButtonTypesEnum"];
      /** @description The button label. */
      content: string;
      /** @description How many times recipients clicked the button over the period. */
      clicks: number;
    };
    /** @description How many messages sent with the template were sent, delivered and read over one period. */
    WhatsAppTemplateAnalytics: {
      /** @description Messages sent with the template over the period. */
      sent: number;
      /** @description Of those, messages delivered to the recipient's phone. */
      delivered: number;
      /** @description Of those, messages the recipient read (for recipients with read receipts on). */
      read: number;
      /** @description Start of the period, ISO 8601 in UTC. */
      start: string;
      /** @description End of the period, ISO 8601 in UTC. */
      end: string;
      /** @description Clicks per button over the period. */
      buttons: components["schemas"]["WhatsAppTemplateAnalyticsButtons"][];
    };
    /**
     * @description WhatsApp's state of a template: `PENDING` under review, `APPROVED` usable, `REJECTED` refused, `PAUSED` stopped for a while by WhatsApp because recipients reacted badly, `DISABLED` stopped for good.
     * @enum {string}
     */
    WhatsAppTemplateStatesEnum: "APPROVED" | "DISABLED" | "PAUSED" | "PENDING" | "REJECTED";
    /**
     * @description Language (and region) of a template, in upper case with an underscore: `EN_US` English (US), `PT_BR` Portuguese (Brazil), `ZH_HK` Chinese (Hong Kong), `FIL` Filipino. `UNRECOGNIZED`: a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppTemplateLanguagesEnum: "AF" | "AR" | "AZ" | "BG" | "BN" | "CA" | "CS" | "DA" | "DE" | "EL" | "EN" | "EN_GB" | "EN_US" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "ES_UY" | "ET" | "FA" | "FI" | "FIL" | "FR" | "GA" | "GU" | "HA" | "HE" | "HI" | "HR" | "HU" | "ID" | "IT" | "JA" | "KA" | "KK" | "KN" | "KO" | "KY_KG" | "LO" | "LT" | "LV" | "MK" | "ML" | "MR" | "MS" | "NB" | "NL" | "PA" | "PL" | "PT_BR" | "PT_PT" | "RO" | "RU" | "RW_RW" | "SK" | "SL" | "SQ" | "SR" | "SV" | "SW" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "ZU" | "UNRECOGNIZED";
    /**
     * @description WhatsApp's category of a template, which sets its price and rules: `AUTHENTICATION` one-time passwords, `MARKETING` promotions and offers, `UTILITY` updates about an order or account the recipient has. `UNRECOGNIZED`: a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppTemplateCategoryEnum: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
    /**
     * @description Why WhatsApp rejected a template: `ABUSIVE_CONTENT`, `INCORRECT_CATEGORY` (the content does not fit the category), `INVALID_FORMAT` (e.g. a malformed variable), `SCAM`; `NONE` when it was not rejected. `UNRECOGNIZED`: a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppTemplateRejectionCodeEnum: "ABUSIVE_CONTENT" | "INCORRECT_CATEGORY" | "INVALID_FORMAT" | "NONE" | "SCAM" | "UNRECOGNIZED";
    /**
     * @description WhatsApp's rating of how recipients react to a template (blocks, reports, reads): `QUALITY_SCORE_GREEN` high, `QUALITY_SCORE_YELLOW` medium, `QUALITY_SCORE_RED` low, `QUALITY_SCORE_UNKNOWN` not rated yet. `UNRECOGNIZED`: a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppTemplateQualityScoreEnum: "QUALITY_SCORE_GREEN" | "QUALITY_SCORE_RED" | "QUALITY_SCORE_YELLOW" | "QUALITY_SCORE_UNKNOWN" | "UNRECOGNIZED";
    /**
     * @description A WhatsApp message template in one language, with WhatsApp's state, any pending change and analytics.
     * @example {
     *       "whatsappId": "1187203945561230",
     *       "state": "APPROVED",
     *       "name": "order_shipped",
     *       "language": "EN_US",
     *       "category": "UTILITY",
     *       "rejectionCode": "NONE",
     *       "qualityScore": "QUALITY_SCORE_GREEN",
     *       "details": {
     *         "components": [
     *           {
     *             "type": "HEADER",
     *             "format": "TEXT",
     *             "text": "Order {{1}} is on its way",
     *             "example": "#40213"
     *           },
     *           {
     *             "type": "BODY",
     *             "text": "Hi {{1}}, your order {{2}} left our warehouse and should arrive on {{3}}.",
     *             "examples": [
     *               "Maria",
     *               "#40213",
     *               "14 March"
     *             ]
     *           },
     *           {
     *             "type": "BUTTONS",
     *             "buttons": [
     *               {
     *                 "type": "URL",
     *                 "text": "Track parcel",
     *                 "url": "https://track.example.com/{{1}}",
     *                 "example": "https://track.example.com/JD014600006281234567"
     *               },
     *               {
     *                 "type": "PHONE_NUMBER",
     *                 "text": "Call support",
     *                 "phoneNumber": "+14155550123"
     *               }
     *             ]
     *           }
     *         ]
     *       },
     *       "analytics": [
     *         {
     *           "sent": 1840,
     *           "delivered": 1792,
     *           "read": 1511,
     *           "start": "2025-03-03T00:00:00Z",
     *           "end": "2025-03-10T00:00:00Z",
     *           "buttons": [
     *             {
     *               "type": "UNIQUE_URL",
     *               "content": "Track parcel",
     *               "clicks": 604
     *             }
     *           ]
     *         }
     *       ],
     *       "isMetaGenerated": false
     *     }
     */
    WhatsAppTemplate: {
      /** @description The template's id at WhatsApp (Meta), assigned when it is first submitted. */
      whatsappId?: string;
      state?: components["schemas"]["WhatsAppTemplateStatesEnum"];
      /** @description The name of the template; with `language` it identifies the template in the project. */
      name: string;
      language: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
      category: components["schemas"]["WhatsAppTemplateCategoryEnum"];
      rejectionCode?: components["schemas"]["WhatsAppTemplateRejectionCodeEnum"];
      qualityScore?: components["schemas"]["WhatsAppTemplateQualityScoreEnum"];
      /** @description The change that is not live yet (draft, under review or rejected); absent when there is none. */
      changes?: components["schemas"]["WhatsAppTemplateChanges"];
      /** @description The live content: what WhatsApp approved, or is reviewing for a new template. Absent for a template only saved as a draft. */
      details?: components["schemas"]["WhatsAppTemplateDetails"];
      /** @description Counts over the period chosen with `templateAnalyticsDateRange`; empty when template analytics are not enabled for the account. */
      analytics: components["schemas"]["WhatsAppTemplateAnalytics"][];
      /** @description Whether Meta created the template (e.g. a sample template of a new account) rather than you. */
      isMetaGenerated: boolean;
    };
    /**
     * @description Notification that Sinch's reviewers commented on a template.
     * @example {
     *       "type": "WHATSAPP_TEMPLATE_COMMENT_ADDED",
     *       "payload": {
     *         "name": "autumn_collection_carousel",
     *         "language": "EN_US",
     *         "category": "MARKETING",
     *         "changes": {
     *           "status": "DRAFT",
     *           "allowCategoryChange": false,
     *           "details": {
     *             "components": [
     *               {
     *                 "type": "BODY",
     *                 "text": "Hi {{1}}, here are this season's favourites.",
     *                 "examples": [
     *                   "Maria"
     *                 ]
     *               },
     *               {
     *                 "type": "CAROUSEL",
     *                 "cards": [
     *                   {
     *                     "components": [
     *                       {
     *                         "type": "HEADER",
     *                         "format": "IMAGE",
     *                         "example": {
     *                           "url": "https://cdn.example.com/whatsapp/cards/wool-coat.jpg"
     *                         }
     *                       },
     *                       {
     *                         "type": "BODY",
     *                         "text": "Wool coat in three colours, now 15% off."
     *                       },
     *                       {
     *                         "type": "BUTTONS",
     *                         "buttons": [
     *                           {
     *                             "type": "URL",
     *                             "text": "View coat",
     *                             "url": "https://shop.example.com/p/wool-coat"
     *                           },
     *                           {
     *                             "type": "QUICK_REPLY",
     *                             "text": "Send me sizes"
     *                           }
     *                         ]
     *                       }
     *                     ]
     *                   },
     *                   {
     *                     "components": [
     *                       {
     *                         "type": "HEADER",
     *                         "format": "IMAGE",
     *                         "example": {
     *                           "url": "https://cdn.example.com/whatsapp/cards/leather-boots.jpg"
     *                         }
     *                       },
     *                       {
     *                         "type": "BODY",
     *                         "text": "Waterproof leather boots, free returns."
     *                       },
     *                       {
     *                         "type": "BUTTONS",
     *                         "buttons": [
     *                           {
     *                             "type": "URL",
     *                             "text": "View boots",
     *                             "url": "https://shop.example.com/p/leather-boots"
     *                           },
     *                           {
     *                             "type": "QUICK_REPLY",
     *                             "text": "Send me sizes"
     *                           }
     *                         ]
     *                       }
     *                     ]
     *                   }
     *                 ]
     *               }
     *             ]
     *           }
     *         },
     *         "analytics": [],
     *         "isMetaGenerated": false
     *       },
     *       "comment": "Both cards need a sample image of at least 600 pixels wide before we submit the template."
     *     }
     */
    WhatsAppTemplateCommentEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "WHATSAPP_TEMPLATE_COMMENT_ADDED";
      /** @description The template commented on. */
      payload: components["schemas"]["WhatsAppTemplate"];
      /** @description The reviewers' comment. */
      comment?: string;
    };
    /**
     * @description Notification that WhatsApp approved a template or its pending change.
     * @example {
     *       "type": "WHATSAPP_TEMPLATE_APPROVED",
     *       "payload": {
     *         "whatsappId": "1187203945562017",
     *         "state": "APPROVED",
     *         "name": "spring_sale_2025",
     *         "language": "EN_US",
     *         "category": "MARKETING",
     *         "rejectionCode": "NONE",
     *         "qualityScore": "QUALITY_SCORE_UNKNOWN",
     *         "details": {
     *           "components": [
     *             {
     *               "type": "HEADER",
     *               "format": "IMAGE",
     *               "example": {
     *                 "url": "https://scontent.whatsapp.net/v/t61.29466-34/spring-sale-banner.jpg"
     *               }
     *             },
     *             {
     *               "type": "BODY",
     *               "text": "Hi {{1}}, our spring sale starts today: {{2}} off everything until Sunday.",
     *               "examples": [
     *                 "Maria",
     *                 "20%"
     *               ]
     *             },
     *             {
     *               "type": "FOOTER",
     *               "text": "Reply STOP to stop promotions"
     *             },
     *             {
     *               "type": "BUTTONS",
     *               "buttons": [
     *                 {
     *                   "type": "URL",
     *                   "text": "Shop the sale",
     *                   "url": "https://shop.example.com/sale?c={{1}}",
     *                   "example": "https://shop.example.com/sale?c=spring25"
     *                 },
     *                 {
     *                   "type": "QUICK_REPLY",
     *                   "text": "Not interested"
     *                 }
     *               ]
     *             }
     *           ]
     *         },
     *         "analytics": [],
     *         "isMetaGenerated": false
     *       }
     *     }
     */
    WhatsAppTemplateApprovedEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "WHATSAPP_TEMPLATE_APPROVED";
      /** @description The template, as approved. */
      payload: components["schemas"]["WhatsAppTemplate"];
      /** @description A remark about the approval, if any. */
      comment?: string;
    };
    /**
     * @description Notification that WhatsApp rejected a template or its pending change.
     * @example {
     *       "type": "WHATSAPP_TEMPLATE_REJECTED",
     *       "payload": {
     *         "whatsappId": "1187203945562205",
     *         "state": "REJECTED",
     *         "name": "flash_sale_today",
     *         "language": "EN_US",
     *         "category": "UTILITY",
     *         "rejectionCode": "INCORRECT_CATEGORY",
     *         "qualityScore": "QUALITY_SCORE_UNKNOWN",
     *         "details": {
     *           "components": [
     *             {
     *               "type": "BODY",
     *               "text": "Hi {{1}}, today only: {{2}} off all sneakers. Your order {{3}} qualifies too.",
     *               "examples": [
     *                 "Maria",
     *                 "30%",
     *                 "#40213"
     *               ]
     *             }
     *           ]
     *         },
     *         "analytics": [],
     *         "isMetaGenerated": false
     *       },
     *       "comment": "The template mixes a promotion with an order update; submit it as MARKETING without the order."
     *     }
     */
    WhatsAppTemplateRejectedEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "WHATSAPP_TEMPLATE_REJECTED";
      /** @description The template, as rejected. */
      payload: components["schemas"]["WhatsAppTemplate"];
      /** @description The reason for the rejection, when WhatsApp gave one. */
      comment?: string;
    };
    /**
     * @description Notification that WhatsApp changed the state of an approved template (paused, disabled, reinstated, …).
     * @example {
     *       "type": "WHATSAPP_TEMPLATE_STATUS_UPDATED",
     *       "payload": {
     *         "whatsappId": "1187203945562017",
     *         "state": "PAUSED",
     *         "name": "spring_sale_2025",
     *         "language": "EN_US",
     *         "category": "MARKETING",
     *         "rejectionCode": "NONE",
     *         "qualityScore": "QUALITY_SCORE_RED",
     *         "details": {
     *           "components": [
     *             {
     *               "type": "HEADER",
     *               "format": "IMAGE",
     *               "example": {
     *                 "url": "https://scontent.whatsapp.net/v/t61.29466-34/spring-sale-banner.jpg"
     *               }
     *             },
     *             {
     *               "type": "BODY",
     *               "text": "Hi {{1}}, our spring sale starts today: {{2}} off everything until Sunday.",
     *               "examples": [
     *                 "Maria",
     *                 "20%"
     *               ]
     *             },
     *             {
     *               "type": "FOOTER",
     *               "text": "Reply STOP to stop promotions"
     *             },
     *             {
     *               "type": "BUTTONS",
     *               "buttons": [
     *                 {
     *                   "type": "URL",
     *                   "text": "Shop the sale",
     *                   "url": "https://shop.example.com/sale?c={{1}}",
     *                   "example": "https://shop.example.com/sale?c=spring25"
     *                 },
     *                 {
     *                   "type": "QUICK_REPLY",
     *                   "text": "Not interested"
     *                 }
     *               ]
     *             }
     *           ]
     *         },
     *         "analytics": [],
     *         "isMetaGenerated": false
     *       },
     *       "newState": "PAUSED",
     *       "comment": "Paused for 3 hours after many recipients blocked the business."
     *     }
     */
    WhatsAppTemplateStatusUpdatedEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "WHATSAPP_TEMPLATE_STATUS_UPDATED";
      /** @description The template after the change. */
      payload: components["schemas"]["WhatsAppTemplate"];
      /**
       * @description The new state: `PAUSED` and `UNPAUSED` (WhatsApp pauses a template whose quality dropped), `FLAGGED` (quality dropped, a pause may follow), `DISABLED`, `REINSTATED` (enabled again after a review), `ARCHIVED`.
       * @enum {string}
       */
      newState: "ARCHIVED" | "DISABLED" | "FLAGGED" | "PAUSED" | "REINSTATED" | "UNPAUSED";
      /** @description The reason given by WhatsApp, if any. */
      comment?: string;
    };
    /**
     * @description Notification that a template was deleted.
     * @example {
     *       "type": "WHATSAPP_TEMPLATE_DELETED"
     *     }
     */
    WhatsAppTemplateDeletedEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "WHATSAPP_TEMPLATE_DELETED";
    };
    /**
     * @description Notification that WhatsApp changed the quality score of a template.
     * @example {
     *       "type": "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED",
     *       "payload": {
     *         "whatsappId": "1187203945562017",
     *         "state": "APPROVED",
     *         "name": "spring_sale_2025",
     *         "language": "EN_US",
     *         "category": "MARKETING",
     *         "rejectionCode": "NONE",
     *         "qualityScore": "QUALITY_SCORE_YELLOW",
     *         "details": {
     *           "components": [
     *             {
     *               "type": "HEADER",
     *               "format": "IMAGE",
     *               "example": {
     *                 "url": "https://scontent.whatsapp.net/v/t61.29466-34/spring-sale-banner.jpg"
     *               }
     *             },
     *             {
     *               "type": "BODY",
     *               "text": "Hi {{1}}, our spring sale starts today: {{2}} off everything until Sunday.",
     *               "examples": [
     *                 "Maria",
     *                 "20%"
     *               ]
     *             },
     *             {
     *               "type": "FOOTER",
     *               "text": "Reply STOP to stop promotions"
     *             },
     *             {
     *               "type": "BUTTONS",
     *               "buttons": [
     *                 {
     *                   "type": "URL",
     *                   "text": "Shop the sale",
     *                   "url": "https://shop.example.com/sale?c={{1}}",
     *                   "example": "https://shop.example.com/sale?c=spring25"
     *                 },
     *                 {
     *                   "type": "QUICK_REPLY",
     *                   "text": "Not interested"
     *                 }
     *               ]
     *             }
     *           ]
     *         },
     *         "analytics": [],
     *         "isMetaGenerated": false
     *       }
     *     }
     */
    WhatsAppTemplateQualityScoreUpdatedEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED";
      /** @description The template with its new `qualityScore`. */
      payload: components["schemas"]["WhatsAppTemplate"];
      /** @description A remark about the change, if any. */
      comment?: string;
    };
    /**
     * @description Notification that WhatsApp moved a template to another category.
     * @example {
     *       "type": "WHATSAPP_TEMPLATE_CATEGORY_UPDATED",
     *       "payload": {
     *         "whatsappId": "1187203945563991",
     *         "state": "APPROVED",
     *         "name": "order_follow_up",
     *         "language": "EN_US",
     *         "category": "MARKETING",
     *         "rejectionCode": "NONE",
     *         "qualityScore": "QUALITY_SCORE_GREEN",
     *         "details": {
     *           "components": [
     *             {
     *               "type": "HEADER",
     *               "format": "TEXT",
     *               "text": "Order {{1}} is on its way",
     *               "example": "#40213"
     *             },
     *             {
     *               "type": "BODY",
     *               "text": "Hi {{1}}, your order {{2}} left our warehouse and should arrive on {{3}}.",
     *               "examples": [
     *                 "Maria",
     *                 "#40213",
     *                 "14 March"
     *               ]
     *             },
     *             {
     *               "type": "BUTTONS",
     *               "buttons": [
     *                 {
     *                   "type": "URL",
     *                   "text": "Track parcel",
     *                   "url": "https://track.example.com/{{1}}",
     *                   "example": "https://track.example.com/JD014600006281234567"
     *                 },
     *                 {
     *                   "type": "PHONE_NUMBER",
     *                   "text": "Call support",
     *                   "phoneNumber": "+14155550123"
     *                 }
     *               ]
     *             }
     *           ]
     *         },
     *         "analytics": [],
     *         "isMetaGenerated": false
     *       },
     *       "comment": "The content promotes products, so WhatsApp classified the template as MARKETING."
     *     }
     */
    WhatsAppTemplateCategoryUpdatedEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "WHATSAPP_TEMPLATE_CATEGORY_UPDATED";
      /** @description The template with its new `category`. */
      payload: components["schemas"]["WhatsAppTemplate"];
      /** @description The reason given by WhatsApp, if any. */
      comment?: string;
    };
    /**
     * @description Notification that WhatsApp will move a template to another category.
     * @example {
     *       "type": "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE",
     *       "payload": {
     *         "whatsappId": "1187203945561230",
     *         "state": "APPROVED",
     *         "name": "order_shipped",
     *         "language": "EN_US",
     *         "category": "UTILITY",
     *         "rejectionCode": "NONE",
     *         "qualityScore": "QUALITY_SCORE_GREEN",
     *         "details": {
     *           "components": [
     *             {
     *               "type": "HEADER",
     *               "format": "TEXT",
     *               "text": "Order {{1}} is on its way",
     *               "example": "#40213"
     *             },
     *             {
     *               "type": "BODY",
     *               "text": "Hi {{1}}, your order {{2}} left our warehouse and should arrive on {{3}}.",
     *               "examples": [
     *                 "Maria",
     *                 "#40213",
     *                 "14 March"
     *               ]
     *             },
     *             {
     *               "type": "BUTTONS",
     *               "buttons": [
     *                 {
     *                   "type": "URL",
     *                   "text": "Track parcel",
     *                   "url": "https://track.example.com/{{1}}",
     *                   "example": "https://track.example.com/JD014600006281234567"
     *                 },
     *                 {
     *                   "type": "PHONE_NUMBER",
     *                   "text": "Call support",
     *                   "phoneNumber": "+14155550123"
     *                 }
     *               ]
     *             }
     *           ]
     *         },
     *         "analytics": [],
     *         "isMetaGenerated": false
     *       },
     *       "futureCategory": "MARKETING",
     *       "comment": "WhatsApp will move the template to MARKETING on 2025-04-01."
     *     }
     */
    WhatsAppTemplateFutureCategoryUpdateEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE";
      /** @description The template, still in its current category. */
      payload: components["schemas"]["WhatsAppTemplate"];
      /**
       * @description The category WhatsApp will move the template to. `UNRECOGNIZED`: a value this version of the API does not know.
       * @enum {string}
       */
      futureCategory: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
      /** @description When and why the category will change, if WhatsApp said so. */
      comment?: string;
    };
    /**
     * @description Industry of the business behind a WhatsApp sender, as shown in its WhatsApp business profile. `NOT_SET` means none was chosen; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppSenderWhatsAppVerticalEnum: "ALCOHOL" | "AUTOMOTIVE" | "BEAUTY_SPA_SALON" | "CLOTHING_AND_APPAREL" | "EDUCATION" | "ENTERTAINMENT" | "EVENT_PLANNING_AND_SERVICE" | "FINANCE_AND_BANKING" | "FOOD_AND_GROCERY" | "HOTEL_AND_LODGING" | "MEDICAL_AND_HEALTH" | "NON_PROFIT" | "NOT_SET" | "ONLINE_GAMBLING" | "OTC_DRUGS" | "OTHER" | "PHYSICAL_GAMBLING" | "PROFESSIONAL_SERVICES" | "PUBLIC_SERVICE" | "RESTAURANT" | "SHOPPING_AND_RETAIL" | "TRAVEL_AND_TRANSPORTATION" | "UNRECOGNIZED";
    /**
     * @description Sinch region that hosts a WhatsApp sender: `BR` (Brazil), `EU` (Europe) or `US` (United States); `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppSenderBotRegionEnum: "BR" | "EU" | "US" | "UNRECOGNIZED";
    /**
     * @description Country (ISO 3166-1 alpha-2) where Meta's Local Storage keeps the sender's message data at rest. `UNSPECIFIED` means Local Storage is not used; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppSenderMetaLocalStoragesEnum: "AE" | "AU" | "BH" | "BR" | "CA" | "CH" | "DE" | "GB" | "ID" | "IN" | "JP" | "KR" | "SG" | "US" | "ZA" | "UNRECOGNIZED" | "UNSPECIFIED";
    /**
     * @description Meta's messaging limit: how many different customers the business may start conversations with in a rolling 24 hours (`TIER_50` to `TIER_100K`, or `TIER_UNLIMITED`). `NOT_SET` means Meta has not assigned a tier yet; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppDailyLimitEnum: "NOT_SET" | "TIER_100K" | "TIER_10K" | "TIER_1K" | "TIER_250" | "TIER_2K" | "TIER_50" | "TIER_UNLIMITED" | "UNRECOGNIZED";
    /**
     * @description Sinch's Meta business manager (business portfolio) through which a WhatsApp Business Account is managed; each is a different Sinch entity. `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppBusinessManagersEnum: "SINCH_AMERICA" | "SINCH_BR" | "SINCH_MX" | "SINCH_SEP" | "SINCH_UK" | "UNRECOGNIZED";
    /**
     * @description Meta's enforcement state of a WhatsApp Business Account: `SCHEDULE_FOR_DISABLE` (Meta will disable it), `DISABLE` (disabled, it cannot send) or `REINSTATE` (enabled again after a ban). `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppWabaBanStatesEnum: "DISABLE" | "REINSTATE" | "SCHEDULE_FOR_DISABLE" | "UNRECOGNIZED";
    /**
     * @description Region of a Conversation API app, in lower case: `br`, `eu` or `us`.
     * @enum {string}
     */
    WhatsAppConversationAppRegionsEnum: "br" | "eu" | "us";
    /**
     * @description A Provisioning event that a webhook registered by a bundle can listen to; the same values as for any Provisioning webhook. `ALL` subscribes to every trigger; `BUNDLE_DONE` fires when a bundle is finished.
     * @enum {string}
     */
    BundlesWebhookTriggersEnum: "ALL" | "BUNDLE_DONE" | "KAKAOTALK_SENDER_ACTIVE" | "KAKAOTALK_SENDER_COMMENT_ADDED" | "KAKAOTALK_SENDER_INACTIVE" | "KAKAOTALK_SENDER_REJECTED" | "KAKAOTALK_TEMPLATE_APPROVED" | "KAKAOTALK_TEMPLATE_COMMENT_ADDED" | "KAKAOTALK_TEMPLATE_REJECTED" | "RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED" | "RCS_SENDER_COMMENT_ADDED" | "RCS_SENDER_OPERATOR_STATUS_UPDATED" | "RCS_SENDER_STATUS_UPDATED" | "RCS_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED" | "WHATSAPP_ACCOUNT_ONBOARDED" | "WHATSAPP_ACCOUNT_PENDING_VERIFICATION" | "WHATSAPP_ACCOUNT_REJECTED" | "WHATSAPP_WABA_ACCOUNT_CHANGED" | "WHATSAPP_SENDER_ACTIVE" | "WHATSAPP_SENDER_COMMENT_ADDED" | "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED" | "WHATSAPP_SENDER_DELETED" | "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED" | "WHATSAPP_SENDER_ERROR" | "WHATSAPP_SENDER_INACTIVE" | "WHATSAPP_SENDER_PENDING_VERIFICATION" | "WHATSAPP_SENDER_QUALITY_RATING_CHANGED" | "WHATSAPP_SENDER_REJECTED" | "WHATSAPP_SENDER_USERNAME_UPDATED" | "WHATSAPP_TEMPLATE_APPROVED" | "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE" | "WHATSAPP_TEMPLATE_CATEGORY_UPDATED" | "WHATSAPP_TEMPLATE_COMMENT_ADDED" | "WHATSAPP_TEMPLATE_DELETED" | "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED" | "WHATSAPP_TEMPLATE_REJECTED" | "WHATSAPP_TEMPLATE_STATUS_UPDATED";
    /**
     * @description Progress of a bundle: `IN_PROGRESS` (its resources are being created), `DONE` (all were created) or `FAILED` (the creation failed).
     * @enum {string}
     */
    BundlesBundleServicesStateEnum: "DONE" | "FAILED" | "IN_PROGRESS";
    /**
     * @description HTTP status code that a webhook target answered a notification with.
     * @enum {number}
     */
    BundlesHttpStatusCodeEnum: 100 | 101 | 102 | 103 | 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226 | 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 421 | 422 | 423 | 424 | 425 | 426 | 428 | 429 | 431 | 451 | 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 510 | 511;
    /** @description How the delivery of a bundle's notification to one Provisioning webhook went. */
    BundlesWebhookDeliveryStatus: {
      /** @description ID of the Provisioning webhook that was notified. */
      webhookId: string;
      /** @description HTTP status code the webhook target answered with. */
      httpStatusCode: components["schemas"]["BundlesHttpStatusCodeEnum"];
      /** @description Why the delivery failed, when it did. */
      errorMessage?: string;
      /** @description When the notification was delivered, as an ISO 8601 date-time in UTC. */
      date: string;
    };
    /**
     * @description Sinch region in which the resources of a bundle are created: `BR` (Brazil), `EU` (Europe) or `US` (United States).
     * @enum {string}
     */
    BundleRegionEnum: "BR" | "EU" | "US";
    /**
     * @description State of a subproject: `PENDING` (being created) or `READY` (can be used).
     * @enum {string}
     */
    BundlesSubprojectStatusEnum: "PENDING" | "READY";
    /** @description The subproject that a bundle created. */
    BundlesSubproject: {
      /** @description ID of the subproject; it is a project ID, usable wherever a `projectId` is expected. */
      id: string;
      /** @description Name of the subproject, up to 255 characters. */
      name: string;
      /** @description Free-form labels of the subproject, as key-value pairs of strings. */
      labels?: {
        [key: string]: string;
      };
      /** @description ID of the project the subproject belongs to. */
      parentProjectId: string;
      status: components["schemas"]["BundlesSubprojectStatusEnum"];
    };
    /**
     * @description Provisioning status of an SMS app. `ACTIVE`: ready to use. `BLOCKED`: blocked and cannot send. `DELETED`: removed. A change in progress shows as `PENDING_*` (queued), `IN_PROGRESS_*` or `PROVISIONING*` (being carried out), `DEPROVISIONING` (being removed), and a change that failed as `FAILED_*` or `*_FAILED`; the suffix names the change (`ADD`, `UPDATE`, `BLOCK`, `UNBLOCK`, `DELETE`). `STATUS_UNSPECIFIED` means no status was set; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    BundlesProvisioningStatesEnum: "ACTIVE" | "BLOCKED" | "DELETED" | "DEPROVISIONING" | "DEPROVISIONING_FAILED" | "FAILED_ADD" | "FAILED_BLOCK" | "FAILED_DELETE" | "FAILED_UNBLOCK" | "FAILED_UPDATE" | "IN_PROGRESS_ADD" | "IN_PROGRESS_BLOCK" | "IN_PROGRESS_DELETE" | "IN_PROGRESS_UNBLOCK" | "IN_PROGRESS_UPDATE" | "PENDING_ADD" | "PENDING_BLOCK" | "PENDING_DELETE" | "PENDING_UNBLOCK" | "PENDING_UPDATE" | "PROVISIONING" | "PROVISIONING_ADD" | "PROVISIONING_ADD_FAILED" | "PROVISIONING_BLOCK" | "PROVISIONING_BLOCK_FAILED" | "PROVISIONING_FAILED" | "PROVISIONING_UNBLOCK" | "PROVISIONING_UNBLOCK_FAILED" | "PROVISIONING_UPDATE" | "PROVISIONING_UPDATE_FAILED" | "STATUS_UNSPECIFIED" | "UNRECOGNIZED";
    /**
     * @description Sinch region where an SMS app runs: `AU` (Australia), `BR` (Brazil), `CA` (Canada), `EU` (Europe) or `US` (United States); `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    BundlesSmsAppRegionsEnum: "AU" | "BR" | "CA" | "EU" | "US" | "UNRECOGNIZED";
    /** @description The SMS app that a bundle created. */
    BundleSmsApp: {
      /** @description ID of the SMS app in the Provisioning API. */
      id: string;
      /** @description ID of the SMS service behind the app: the service plan ID that calls to the SMS API use. */
      smsServiceId: string;
      /** @description Name of the app. */
      name: string;
      status: components["schemas"]["BundlesProvisioningStatesEnum"];
      /** @description The Sinch regions where the app runs. */
      regions: components["schemas"]["BundlesSmsAppRegionsEnum"][];
      /** @description Whether this is a test app. */
      test: boolean;
      /** @description Whether the phone number of the app has been verified. */
      numberVerified: boolean;
    };
    /**
     * @description A Conversation API event that a webhook of a Conversation API app is sent, e.g. `MESSAGE_INBOUND` or `MESSAGE_DELIVERY`; the Conversation API documents each trigger. `UNSPECIFIED_TRIGGER` means none was set; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    BundlesWebhooksWebhookTriggerEnum: "BATCH_DELIVERY_REPORT_FULL" | "BATCH_DELIVERY_REPORT_SUMMARY" | "BATCH_STATUS_UPDATE" | "BILLING_CREDIT_LIMIT_BREACHED" | "CAPABILITY" | "CHANNEL_EVENT" | "CONSENT_BATCH_COMPLETE" | "CONTACT_CREATE" | "CONTACT_DELETE" | "CONTACT_IDENTITIES_DUPLICATION" | "CONTACT_MERGE" | "CONTACT_UPDATE" | "CONVERSATION_DELETE" | "CONVERSATION_START" | "CONVERSATION_STOP" | "EVENT_DELIVERY" | "EVENT_INBOUND" | "MESSAGE_DELIVERY" | "MESSAGE_INBOUND" | "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION" | "MESSAGE_SUBMIT" | "OPT_IN" | "OPT_OUT" | "RECORD_NOTIFICATION" | "SMART_CONVERSATION" | "UNRECOGNIZED" | "UNSPECIFIED_TRIGGER" | "UNSUPPORTED";
    /** @description A webhook of the Conversation API app that a bundle created. */
    BundlesConversationAppWebhooks: {
      /** @description ID of the webhook in the Conversation API. */
      id: string;
      /** @description URL the Conversation API sends the events to, up to 742 characters. */
      target: string;
      /** @description The Conversation API events sent to this webhook, at most 20. */
      triggers: components["schemas"]["BundlesWebhooksWebhookTriggerEnum"][];
      /** @description Secret that signs the events sent to this webhook, if one was set. */
      secret?: string;
    };
    /**
     * @description How a Conversation API app processes messages: `CONVERSATION` stores contacts and conversations; `DISPATCH` only sends and receives messages. `UNSPECIFIED` means none was set; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    BundlesConversationAppProcessingModesEnum: "CONVERSATION" | "DISPATCH" | "UNRECOGNIZED" | "UNSPECIFIED";
    /**
     * @description How a Conversation API app expires stored messages: `MESSAGE_EXPIRE_POLICY` deletes each message `ttl` days after it was stored, `CONVERSATION_EXPIRE_POLICY` deletes a whole conversation `ttl` days after its last message, and `PERSIST_RETENTION_POLICY` keeps everything. `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    BundlesConversationAppRetentionPolicyTypesEnum: "CONVERSATION_EXPIRE_POLICY" | "MESSAGE_EXPIRE_POLICY" | "PERSIST_RETENTION_POLICY" | "UNRECOGNIZED";
    /** @description Message retention of a Conversation API app. */
    BundlesConversationAppRetentionPolicy: {
      retentionPolicyType: components["schemas"]["BundlesConversationAppRetentionPolicyTypesEnum"];
      /** @description Retention time in days. */
      ttl?: number;
    };
    /**
     * @description Role of a Conversation API app in Sinch's consent management (opt-in and opt-out records): `DISABLED` (not used), `PRIMARY` or `SECONDARY`. `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    BundlesConversationAppConsentManagerSettingsModesEnum: "DISABLED" | "PRIMARY" | "SECONDARY" | "UNRECOGNIZED";
    /** @description Consent management settings of a Conversation API app. */
    BundlesConversationAppConsentManagerSettings: {
      mode: components["schemas"]["BundlesConversationAppConsentManagerSettingsModesEnum"];
    };
    /**
     * @description State of the SMS channel of a Conversation API app: `PENDING` (being set up), `ACTIVE` (working) or `FAILING` (set up but failing). `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    BundlesConversationAppChannelIntegrationStatusEnum: "ACTIVE" | "FAILING" | "PENDING" | "UNRECOGNIZED";
    /** @description The Conversation API app that a bundle created. */
    BundlesConversationApp: {
      /** @description ID of the Conversation API app. */
      id: string;
      /** @description Name of the app, up to 255 characters. */
      name: string;
      /** @description The Conversation API webhooks of the app, at most 5. */
      webhooks?: components["schemas"]["BundlesConversationAppWebhooks"][];
      processingMode: components["schemas"]["BundlesConversationAppProcessingModesEnum"];
      retentionPolicy?: components["schemas"]["BundlesConversationAppRetentionPolicy"];
      consentManagerSettings?: components["schemas"]["BundlesConversationAppConsentManagerSettings"];
      /** @description State of the app's SMS channel, when it has one. */
      smsChannelStatus?: components["schemas"]["BundlesConversationAppChannelIntegrationStatusEnum"];
    };
    /** @description A Provisioning webhook that a bundle registered in the project. Its secret is never returned. */
    BundlesWebhook: {
      /** @description ID of the Provisioning webhook. */
      id: string;
      /** @description URL that Sinch posts the notifications to. */
      target: string;
      /** @description ID of the Sinch project the webhook belongs to. */
      projectId: string;
      /** @description The triggers the webhook listens to. */
      triggers: components["schemas"]["BundlesWebhookTriggersEnum"][];
    };
    /** @description A bundle: its progress, and the resources it has created so far. */
    Bundle: {
      /** @description ID of the bundle, assigned by Sinch when it is created. */
      id: string;
      /** @description ID of the Sinch project the bundle was created in. */
      projectId: string;
      /** @description Name of the bundle, up to 255 characters. */
      name?: string;
      state: components["schemas"]["BundlesBundleServicesStateEnum"];
      /** @description How the delivery of the bundle's notification to each webhook went; filled in once the bundle is finished. */
      webhookDeliveryStatuses?: components["schemas"]["BundlesWebhookDeliveryStatus"][];
      region: components["schemas"]["BundleRegionEnum"];
      /** @description The subproject, when the bundle creates one. */
      subproject?: components["schemas"]["BundlesSubproject"];
      /** @description The SMS app, when the bundle creates one. */
      smsApp?: components["schemas"]["BundleSmsApp"];
      /** @description The Conversation API app, when the bundle creates one. */
      convApp?: components["schemas"]["BundlesConversationApp"];
      /** @description The Provisioning webhooks the bundle registered. */
      webhooks?: components["schemas"]["BundlesWebhook"][];
    };
    /**
     * @description Notification that a bundle is finished, sent for the `BUNDLE_DONE` trigger.
     * @example {
     *       "type": "BUNDLE_DONE",
     *       "payload": {
     *         "id": "01HZX5K8M2N4P6Q8R0S2T4V6W8",
     *         "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *         "name": "Acme Retail onboarding",
     *         "state": "DONE",
     *         "region": "EU",
     *         "subproject": {
     *           "id": "9b1e4c7a-3d2f-4a8b-b6c5-0e7d1f2a3b4c",
     *           "name": "Acme Retail",
     *           "labels": {
     *             "customer": "acme-retail",
     *             "tier": "gold"
     *           },
     *           "parentProjectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *           "status": "READY"
     *         },
     *         "smsApp": {
     *           "id": "01HZX5M2N4Q6S8U0W2Y4A6C8E0",
     *           "smsServiceId": "6d0e2f4a8b1c4d3e9f5a7b0c2d4e6f81",
     *           "name": "Acme Retail SMS",
     *           "status": "ACTIVE",
     *           "regions": [
     *             "EU"
     *           ],
     *           "test": false,
     *           "numberVerified": false
     *         },
     *         "convApp": {
     *           "id": "01HZX5M3P5R7T9V1X3Z5B7D9F1",
     *           "name": "Acme Retail Conversation",
     *           "webhooks": [
     *             {
     *               "id": "01HZX5N1Q3S5U7W9Y1A3C5E7G9",
     *               "target": "https://hooks.example.com/sinch/conversation",
     *               "triggers": [
     *                 "MESSAGE_INBOUND",
     *                 "MESSAGE_DELIVERY"
     *               ]
     *             }
     *           ],
     *           "processingMode": "CONVERSATION",
     *           "retentionPolicy": {
     *             "retentionPolicyType": "MESSAGE_EXPIRE_POLICY",
     *             "ttl": 180
     *           },
     *           "consentManagerSettings": {
     *             "mode": "DISABLED"
     *           },
     *           "smsChannelStatus": "ACTIVE"
     *         },
     *         "webhooks": [
     *           {
     *             "id": "01HZX5K9A1B3C5D7E9F1G3H5J7",
     *             "target": "https://hooks.example.com/sinch/provisioning",
     *             "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *             "triggers": [
     *               "BUNDLE_DONE"
     *             ]
     *           }
     *         ]
     *       }
     *     }
     */
    BundleDoneEvent: {
      /**
       * @description Trigger of the notification. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "BUNDLE_DONE";
      /** @description The bundle as it is when finished. */
      payload: components["schemas"]["Bundle"];
    };
    /**
     * @description Outcome of Kakao's review of a template's current version: `APPROVED` (usable in messages) or `REJECTED`.
     * @enum {string}
     */
    KakaoTalkTemplateStatesEnum: "APPROVED" | "REJECTED";
    /**
     * @description Kind of AlimTalk button: `WEB_LINK` opens a web page (`linkMo`, optionally `linkPc`); `APP_LINK` opens an app (`schemeIos`, `schemeAndroid`, with web links as fallback); `DELIVERY_SEARCH` shows the parcel tracking of the message; `BOT_KEYWORD` sends the button label to the channel's chatbot; `MESSAGE_DELIVERY` forwards the message to the chatbot; `BOT_FOR_CONSULTATION` switches to a chat with an agent; `BOT_TRANSFER` switches to the chatbot; `CHANNEL_ID_ADDED` adds the channel (for `AD_INCLUDED` and `MIXED` templates); `BUSINESS_FORM` opens a Kakao business form; `IMAGE_SECURE_TRANSMISSION_PLUGIN_ID`, `PERSONAL_INFORMATION_USE_PLUGIN_ID` and `ONE_CLICK_PAYMENT_PLUGIN` open Kakao's secure image transfer, personal data consent and one-click payment plugins. `BUTTON_TYPE_UNSPECIFIED` means no type was set. `UNRECOGNIZED` stands for a value this API version does not know.
     * @enum {string}
     */
    KakaoTalkButtonTypeEnum: "APP_LINK" | "BOT_FOR_CONSULTATION" | "BOT_KEYWORD" | "BOT_TRANSFER" | "BUSINESS_FORM" | "BUTTON_TYPE_UNSPECIFIED" | "CHANNEL_ID_ADDED" | "DELIVERY_SEARCH" | "IMAGE_SECURE_TRANSMISSION_PLUGIN_ID" | "MESSAGE_DELIVERY" | "ONE_CLICK_PAYMENT_PLUGIN" | "PERSONAL_INFORMATION_USE_PLUGIN_ID" | "WEB_LINK" | "UNRECOGNIZED";
    /** @description A button of a KakaoTalk template. */
    KakaoTalkButton: {
      /** @description Position of the button, from 1. */
      ordering?: number;
      /** @description Kind of button. */
      type?: components["schemas"]["KakaoTalkButtonTypeEnum"];
      /** @description Label of the button. */
      name?: string;
      /**
       * Format: url
       * @description Link opened on mobile devices.
       */
      linkMo?: string;
      /**
       * Format: url
       * @description Link opened on computers.
       */
      linkPc?: string;
      /** @description App link opened on iOS, for `APP_LINK` buttons. */
      schemeIos?: string;
      /** @description App link opened on Android, for `APP_LINK` buttons. */
      schemeAndroid?: string;
    };
    /**
     * @description Upper-case code of a template language: an ISO 639 language code, optionally followed by `_` and an ISO 3166 region (for example `KO`, `EN_US`, `ZH_TW`; `FIL` is Filipino). `UNRECOGNIZED` stands for a value this API version does not know.
     * @enum {string}
     */
    KakaoTalkTemplateLanguagesEnum: "AF" | "AR" | "AZ" | "BG" | "BN" | "CA" | "CS" | "DA" | "DE" | "EL" | "EN" | "EN_GB" | "EN_US" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "ET" | "FA" | "FI" | "FIL" | "FR" | "GA" | "GU" | "HA" | "HE" | "HI" | "HR" | "HU" | "ID" | "IT" | "JA" | "KA" | "KK" | "KN" | "KO" | "KY_KG" | "LO" | "LT" | "LV" | "MK" | "ML" | "MR" | "MS" | "NB" | "NL" | "PA" | "PL" | "PT_BR" | "PT_PT" | "RO" | "RU" | "RW_RW" | "SK" | "SL" | "SQ" | "SR" | "SV" | "SW" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "ZU" | "UNRECOGNIZED";
    /**
     * @description AlimTalk message type: `BASIC` has the content only; `EXTRA_INFORMATION` adds a line of extra information (`extra`); `AD_INCLUDED` adds Kakao's notice inviting the recipient to add the channel; `MIXED` adds both. `TEMPLATE_MESSAGE_TYPE_UNSPECIFIED` means no type was set. `UNRECOGNIZED` stands for a value this API version does not know.
     * @enum {string}
     */
    KakaoTalkTemplateMessageTypeEnum: "AD_INCLUDED" | "BASIC" | "EXTRA_INFORMATION" | "MIXED" | "TEMPLATE_MESSAGE_TYPE_UNSPECIFIED" | "UNRECOGNIZED";
    /**
     * @description How the message is highlighted: `EMPHASIZE_TYPE_NONE` not at all; `EMPHASIZE_TYPE_TEXT` with a highlighted title and subtitle; `EMPHASIZE_TYPE_IMAGE` with a header image. `EMPHASIZE_TYPE_UNSPECIFIED` means no type was set. `UNRECOGNIZED` stands for a value this API version does not know.
     * @enum {string}
     */
    KakaoTalkTemplateEmphasizeTypeEnum: "EMPHASIZE_TYPE_IMAGE" | "EMPHASIZE_TYPE_NONE" | "EMPHASIZE_TYPE_TEXT" | "EMPHASIZE_TYPE_UNSPECIFIED" | "UNRECOGNIZED";
    /**
     * @description The complete content of a KakaoTalk template.
     * @example {
     *       "language": "KO",
     *       "messageType": "BASIC",
     *       "emphasizeType": "EMPHASIZE_TYPE_NONE",
     *       "categoryCode": "004001",
     *       "securityFlag": false,
     *       "name": "배송 시작 안내",
     *       "content": "#{고객명}님, 주문하신 상품이 발송되었습니다.\n\n주문번호: #{주문번호}\n택배사: #{택배사}\n송장번호: #{송장번호}",
     *       "buttons": [
     *         {
     *           "ordering": 1,
     *           "type": "DELIVERY_SEARCH",
     *           "name": "배송조회"
     *         },
     *         {
     *           "ordering": 2,
     *           "type": "WEB_LINK",
     *           "name": "주문 상세보기",
     *           "linkMo": "https://m.shop.example.com/orders/#{주문번호}",
     *           "linkPc": "https://shop.example.com/orders/#{주문번호}"
     *         }
     *       ]
     *     }
     */
    KakaoTalkTemplateDetails: {
      /** @description Language of the content. */
      language: components["schemas"]["KakaoTalkTemplateLanguagesEnum"];
      /** @description AlimTalk message type. */
      messageType: components["schemas"]["KakaoTalkTemplateMessageTypeEnum"];
      /** @description How the message is highlighted. */
      emphasizeType: components["schemas"]["KakaoTalkTemplateEmphasizeTypeEnum"];
      /** @description Six-digit code of the template's subcategory (see the template categories). */
      categoryCode: string;
      /** @description Whether the message carries secrets such as a one-time password; KakaoTalk then hides its content on devices other than the recipient's phone, such as KakaoTalk for PC. */
      securityFlag: boolean;
      /** @description Name of the template, shown in lists; not sent to recipients. */
      name: string;
      /** @description Message text; `#{name}` marks a variable filled in when a message is sent. */
      content?: string;
      /** @description Extra information shown below the content, for `EXTRA_INFORMATION` and `MIXED` templates. */
      extra?: string;
      /** @description Kakao's notice inviting the recipient to add the channel, for `AD_INCLUDED` and `MIXED` templates. */
      ad?: string;
      /** @description Highlighted title, for `EMPHASIZE_TYPE_TEXT` templates. */
      title?: string;
      /** @description Secondary line shown with the highlighted title, for `EMPHASIZE_TYPE_TEXT` templates. */
      subtitle?: string;
      /** @description File name of the header image, for `EMPHASIZE_TYPE_IMAGE` templates. */
      imageName?: string;
      /**
       * Format: url
       * @description URL of the header image, for `EMPHASIZE_TYPE_IMAGE` templates.
       */
      imageUrl?: string;
      /** @description Buttons shown under the message, in `ordering` order. */
      buttons: components["schemas"]["KakaoTalkButton"][];
    };
    /**
     * @description An incomplete set of template fields in pending changes: at least one field that complete details require is missing.
     * @example {
     *       "content": "#{고객명}님, 주문하신 상품이 발송되었습니다.\n\n주문번호: #{주문번호}\n택배사: #{택배사}\n송장번호: #{송장번호}\n도착 예정일: #{도착예정일}"
     *     }
     */
    KakaoTalkTemplateChangesDetails: {
      /** @description Language of the content. */
      language?: components["schemas"]["KakaoTalkTemplateLanguagesEnum"];
      /** @description AlimTalk message type. */
      messageType?: components["schemas"]["KakaoTalkTemplateMessageTypeEnum"];
      /** @description How the message is highlighted. */
      emphasizeType?: components["schemas"]["KakaoTalkTemplateEmphasizeTypeEnum"];
      /** @description Six-digit code of the template's subcategory (see the template categories). */
      categoryCode?: string;
      /** @description Whether the message carries secrets such as a one-time password; KakaoTalk then hides its content on devices other than the recipient's phone, such as KakaoTalk for PC. */
      securityFlag?: boolean;
      /** @description Name of the template, shown in lists; not sent to recipients. */
      name?: string;
      /** @description Message text; `#{name}` marks a variable filled in when a message is sent. */
      content?: string;
      /** @description Extra information shown below the content, for `EXTRA_INFORMATION` and `MIXED` templates. */
      extra?: string;
      /** @description Kakao's notice inviting the recipient to add the channel, for `AD_INCLUDED` and `MIXED` templates. */
      ad?: string;
      /** @description Highlighted title, for `EMPHASIZE_TYPE_TEXT` templates. */
      title?: string;
      /** @description Secondary line shown with the highlighted title, for `EMPHASIZE_TYPE_TEXT` templates. */
      subtitle?: string;
      /** @description File name of the header image, for `EMPHASIZE_TYPE_IMAGE` templates. */
      imageName?: string;
      /**
       * Format: url
       * @description URL of the header image, for `EMPHASIZE_TYPE_IMAGE` templates.
       */
      imageUrl?: string;
      /** @description Buttons shown under the message, in `ordering` order. */
      buttons?: components["schemas"]["KakaoTalkButton"][];
    };
    /**
     * @description Status of pending changes: `DRAFT` saved but not submitted; `IN_PROGRESS` submitted and under review; `REJECTED` refused by the review (see the comments and activities).
     * @enum {string}
     */
    KakaoTalkTemplateStatusesEnum: "DRAFT" | "IN_PROGRESS" | "REJECTED";
    /** @description Pending changes of a KakaoTalk template, not yet approved. */
    KakaoTalkTemplateChanges: {
      /** @description Where the changes stand. */
      status: components["schemas"]["KakaoTalkTemplateStatusesEnum"];
      /** @description The changed content: complete details, or only some fields. */
      details: components["schemas"]["KakaoTalkTemplateDetails"] | components["schemas"]["KakaoTalkTemplateChangesDetails"];
    };
    /** @description A KakaoTalk (AlimTalk) message template of a sender. */
    KakaoTalkTemplate: {
      /** @description Sinch's ID of the template. */
      id?: string;
      /** @description Code of the template: identifies it in this API's paths and when sending messages. */
      code: string;
      /** @description Outcome of the review of the current version; absent until a first review ends. */
      state?: components["schemas"]["KakaoTalkTemplateStatesEnum"];
      /** @description Pending changes (a draft, a submission under review or a rejected submission); absent when there are none. */
      changes?: components["schemas"]["KakaoTalkTemplateChanges"];
      /** @description The current content of the template; absent until a first version has been reviewed. */
      details?: components["schemas"]["KakaoTalkTemplateDetails"];
      /** @description When the template was created (ISO 8601, UTC). */
      created?: string;
      /** @description When the template was last modified (ISO 8601, UTC). */
      modified?: string;
    };
    /**
     * @description State of a registered KakaoTalk sender: `VERIFYING` waits for the code sent to its admin phone; `ACTIVE` can send messages; `INACTIVE` cannot send; `BLOCKED` was blocked by Kakao; `SUSPENDED` is suspended by Kakao for the time being.
     * @enum {string}
     */
    KakaoTalkSenderStatesEnum: "ACTIVE" | "BLOCKED" | "INACTIVE" | "SUSPENDED" | "VERIFYING";
    /**
     * @description The complete details of a KakaoTalk sender.
     * @example {
     *       "adminPhoneNo": "01012345678",
     *       "name": "신치마켓",
     *       "logoImage": "https://assets.example.com/sinchmarket/kakao-logo.png",
     *       "topLevelCategoryCode": "012",
     *       "midLevelCategoryCode": "0001",
     *       "subLevelCategoryCode": "0001"
     *     }
     */
    KakaoTalkSenderDetails: {
      /** @description Phone number of the channel's administrator, to which Kakao sends the verification code when the sender is registered. */
      adminPhoneNo: string;
      /** @description Name of the sender. */
      name: string;
      /** @description URL of the sender's logo image. */
      logoImage?: string;
      /** @description Code of the sender's top-level (depth 1) category. */
      topLevelCategoryCode: string;
      /** @description Code of the sender's mid-level (depth 2) category, under the top-level one. */
      midLevelCategoryCode: string;
      /** @description Code of the sender's sub-level (depth 3) category, under the mid-level one. */
      subLevelCategoryCode: string;
    };
    /**
     * @description An incomplete set of sender fields in pending changes: at least one field that complete details require is missing.
     * @example {
     *       "name": "신치마켓 공식",
     *       "logoImage": "https://assets.example.com/sinchmarket/kakao-logo-2024.png"
     *     }
     */
    KakaoTalkSenderChangesDetails: {
      /** @description Phone number of the channel's administrator, to which Kakao sends the verification code when the sender is registered. */
      adminPhoneNo?: string;
      /** @description Name of the sender. */
      name?: string;
      /** @description URL of the sender's logo image. */
      logoImage?: string;
      /** @description Code of the sender's top-level (depth 1) category. */
      topLevelCategoryCode?: string;
      /** @description Code of the sender's mid-level (depth 2) category, under the top-level one. */
      midLevelCategoryCode?: string;
      /** @description Code of the sender's sub-level (depth 3) category, under the mid-level one. */
      subLevelCategoryCode?: string;
    };
    /**
     * @description Status of pending changes: `DRAFT` saved but not submitted; `IN_PROGRESS` submitted and under review; `REJECTED` refused by the review (see the comments and activities).
     * @enum {string}
     */
    KakaoTalkSenderStatusesEnum: "DRAFT" | "IN_PROGRESS" | "REJECTED";
    /** @description Pending changes of a KakaoTalk sender, not yet approved. */
    KakaoTalkSenderChanges: {
      /** @description Where the changes stand. */
      status: components["schemas"]["KakaoTalkSenderStatusesEnum"];
      /** @description The changed details: complete details, or only some fields. */
      details: components["schemas"]["KakaoTalkSenderDetails"] | components["schemas"]["KakaoTalkSenderChangesDetails"];
    };
    /** @description A KakaoTalk sender: a KakaoTalk channel set up to send AlimTalk messages through Sinch. */
    KakaoTalkSender: {
      /** @description Sinch's ID of the sender. */
      id?: string;
      /** @description Search ID of the KakaoTalk channel, starting with `@`; identifies the sender in this API's paths. */
      plusFriendId: string;
      /** @description State of the sender; absent until it has been approved. */
      state?: components["schemas"]["KakaoTalkSenderStatesEnum"];
      /** @description Pending changes (a draft, a submission under review or a rejected submission); absent when there are none. */
      changes?: components["schemas"]["KakaoTalkSenderChanges"];
      /** @description The approved details of the sender; absent until it has been approved. */
      details?: components["schemas"]["KakaoTalkSenderDetails"];
      /** @description When the sender was created (ISO 8601, UTC). */
      created?: string;
      /** @description When the sender was last modified (ISO 8601, UTC). */
      modified?: string;
    };
    /**
     * @description Notification that a KakaoTalk sender became active.
     * @example {
     *       "type": "KAKAOTALK_SENDER_ACTIVE",
     *       "payload": {
     *         "id": "01HYB7E2C4D6F8G0H2J4K6M8N0",
     *         "plusFriendId": "@sinchbooks",
     *         "state": "ACTIVE",
     *         "details": {
     *           "adminPhoneNo": "01098765432",
     *           "name": "신치북스",
     *           "logoImage": "https://assets.example.com/sinchbooks/kakao-logo.png",
     *           "topLevelCategoryCode": "005",
     *           "midLevelCategoryCode": "0003",
     *           "subLevelCategoryCode": "0001"
     *         },
     *         "created": "2024-05-20T08:31:05Z",
     *         "modified": "2024-05-22T04:16:51Z"
     *       }
     *     }
     */
    KakaoTalkSenderActiveEvent: {
      /**
       * @description Trigger of the notification. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "KAKAOTALK_SENDER_ACTIVE";
      /** @description The sender as it is after the event. */
      payload: components["schemas"]["KakaoTalkSender"];
      /** @description Note from Sinch, if any. */
      comment?: string;
    };
    /**
     * @description Notification that a KakaoTalk sender became inactive.
     * @example {
     *       "type": "KAKAOTALK_SENDER_INACTIVE",
     *       "payload": {
     *         "id": "01HXK3M9Q2V7R8T4W6Y0Z1A2B3",
     *         "plusFriendId": "@sinchmarket",
     *         "state": "INACTIVE",
     *         "details": {
     *           "adminPhoneNo": "01012345678",
     *           "name": "신치마켓",
     *           "logoImage": "https://assets.example.com/sinchmarket/kakao-logo.png",
     *           "topLevelCategoryCode": "012",
     *           "midLevelCategoryCode": "0001",
     *           "subLevelCategoryCode": "0001"
     *         },
     *         "created": "2024-05-02T01:15:30Z",
     *         "modified": "2024-09-30T15:00:02Z"
     *       },
     *       "comment": "카카오톡 채널이 비활성화되어 발신 프로필을 사용할 수 없습니다."
     *     }
     */
    KakaoTalkSenderInactiveEvent: {
      /**
       * @description Trigger of the notification. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "KAKAOTALK_SENDER_INACTIVE";
      /** @description The sender as it is after the event. */
      payload: components["schemas"]["KakaoTalkSender"];
      /** @description Why the sender became inactive, if known. */
      comment?: string;
    };
    /**
     * @description Notification that the review of a KakaoTalk sender, or of its pending changes, was rejected.
     * @example {
     *       "type": "KAKAOTALK_SENDER_REJECTED",
     *       "payload": {
     *         "id": "01HZ3QW5E7R9T1Y3U5P7A9S1D3",
     *         "plusFriendId": "@sinchtravel",
     *         "changes": {
     *           "status": "REJECTED",
     *           "details": {
     *             "adminPhoneNo": "01055501234",
     *             "name": "신치여행",
     *             "topLevelCategoryCode": "012",
     *             "midLevelCategoryCode": "0001",
     *             "subLevelCategoryCode": "0002"
     *           }
     *         },
     *         "created": "2024-06-03T05:44:10Z",
     *         "modified": "2024-06-04T01:02:33Z"
     *       },
     *       "comment": "사업자 정보와 채널 카테고리가 일치하지 않습니다. 여행 관련 카테고리로 다시 신청해 주세요."
     *     }
     */
    KakaoTalkSenderRejectedEvent: {
      /**
       * @description Trigger of the notification. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "KAKAOTALK_SENDER_REJECTED";
      /** @description The sender as it is after the event. */
      payload: components["schemas"]["KakaoTalkSender"];
      /** @description Reason for the rejection, if given. */
      comment?: string;
    };
    /**
     * @description Notification that a reviewer commented on a KakaoTalk sender.
     * @example {
     *       "type": "KAKAOTALK_SENDER_COMMENT_ADDED",
     *       "payload": {
     *         "id": "01HYB7E2C4D6F8G0H2J4K6M8N0",
     *         "plusFriendId": "@sinchbooks",
     *         "changes": {
     *           "status": "IN_PROGRESS",
     *           "details": {
     *             "adminPhoneNo": "01098765432",
     *             "name": "신치북스",
     *             "logoImage": "https://assets.example.com/sinchbooks/kakao-logo.png",
     *             "topLevelCategoryCode": "005",
     *             "midLevelCategoryCode": "0003",
     *             "subLevelCategoryCode": "0001"
     *           }
     *         },
     *         "created": "2024-05-20T08:31:05Z",
     *         "modified": "2024-05-20T08:31:05Z"
     *       },
     *       "comment": "채널 관리자 휴대폰 번호가 카카오톡 채널 관리자센터에 등록된 번호와 일치하는지 확인해 주세요."
     *     }
     */
    KakaoTalkSenderCommentEvent: {
      /**
       * @description Trigger of the notification. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "KAKAOTALK_SENDER_COMMENT_ADDED";
      /** @description The sender as it is after the event. */
      payload: components["schemas"]["KakaoTalkSender"];
      /** @description Text of the comment. */
      comment: string;
    };
    /**
     * @description Notification that a reviewer commented on a KakaoTalk template.
     * @example {
     *       "type": "KAKAOTALK_TEMPLATE_COMMENT_ADDED",
     *       "payload": {
     *         "id": "01HYC5D7F9G1H3J5K7M9N1P3Q5",
     *         "code": "SMK_POINTS_001",
     *         "changes": {
     *           "status": "IN_PROGRESS",
     *           "details": {
     *             "language": "KO",
     *             "messageType": "EXTRA_INFORMATION",
     *             "emphasizeType": "EMPHASIZE_TYPE_TEXT",
     *             "categoryCode": "006005",
     *             "securityFlag": false,
     *             "name": "포인트 적립 안내",
     *             "content": "#{고객명}님, 구매 감사 포인트가 적립되었습니다.\n\n적립 포인트: #{적립포인트}P\n보유 포인트: #{보유포인트}P",
     *             "extra": "포인트는 적립일로부터 1년간 사용할 수 있습니다.",
     *             "title": "#{적립포인트}P 적립",
     *             "subtitle": "포인트 적립 안내",
     *             "buttons": [
     *               {
     *                 "ordering": 1,
     *                 "type": "WEB_LINK",
     *                 "name": "포인트 확인",
     *                 "linkMo": "https://m.shop.example.com/mypage/points",
     *                 "linkPc": "https://shop.example.com/mypage/points"
     *               }
     *             ]
     *           }
     *         },
     *         "created": "2024-05-24T06:18:27Z",
     *         "modified": "2024-05-24T06:18:27Z"
     *       },
     *       "comment": "강조 표기 제목에는 변수만 단독으로 사용할 수 없습니다. 고정 문구를 함께 입력해 주세요."
     *     }
     */
    KakaoTalkTemplateCommentEvent: {
      /**
       * @description Trigger of the notification. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "KAKAOTALK_TEMPLATE_COMMENT_ADDED";
      /** @description The template as it is after the event. */
      payload: components["schemas"]["KakaoTalkTemplate"];
      /** @description Text of the comment. */
      comment: string;
    };
    /**
     * @description Notification that Kakao approved a KakaoTalk template or its pending changes.
     * @example {
     *       "type": "KAKAOTALK_TEMPLATE_APPROVED",
     *       "payload": {
     *         "id": "01HYC5D7F9G1H3J5K7M9N1P3Q5",
     *         "code": "SMK_POINTS_001",
     *         "state": "APPROVED",
     *         "details": {
     *           "language": "KO",
     *           "messageType": "EXTRA_INFORMATION",
     *           "emphasizeType": "EMPHASIZE_TYPE_TEXT",
     *           "categoryCode": "006005",
     *           "securityFlag": false,
     *           "name": "포인트 적립 안내",
     *           "content": "#{고객명}님, 구매 감사 포인트가 적립되었습니다.\n\n적립 포인트: #{적립포인트}P\n보유 포인트: #{보유포인트}P",
     *           "extra": "포인트는 적립일로부터 1년간 사용할 수 있습니다.",
     *           "title": "#{적립포인트}P 적립",
     *           "subtitle": "포인트 적립 안내",
     *           "buttons": [
     *             {
     *               "ordering": 1,
     *               "type": "WEB_LINK",
     *               "name": "포인트 확인",
     *               "linkMo": "https://m.shop.example.com/mypage/points",
     *               "linkPc": "https://shop.example.com/mypage/points"
     *             }
     *           ]
     *         },
     *         "created": "2024-05-24T06:18:27Z",
     *         "modified": "2024-05-27T01:49:10Z"
     *       }
     *     }
     */
    KakaoTalkTemplateApprovedEvent: {
      /**
       * @description Trigger of the notification. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "KAKAOTALK_TEMPLATE_APPROVED";
      /** @description The template as it is after the event. */
      payload: components["schemas"]["KakaoTalkTemplate"];
    };
    /**
     * @description Notification that Kakao rejected a KakaoTalk template or its pending changes.
     * @example {
     *       "type": "KAKAOTALK_TEMPLATE_REJECTED",
     *       "payload": {
     *         "id": "01HYC5D7F9G1H3J5K7M9N1P3Q5",
     *         "code": "SMK_POINTS_001",
     *         "state": "REJECTED",
     *         "details": {
     *           "language": "KO",
     *           "messageType": "EXTRA_INFORMATION",
     *           "emphasizeType": "EMPHASIZE_TYPE_TEXT",
     *           "categoryCode": "006005",
     *           "securityFlag": false,
     *           "name": "포인트 적립 안내",
     *           "content": "#{고객명}님, 구매 감사 포인트가 적립되었습니다.\n\n적립 포인트: #{적립포인트}P\n보유 포인트: #{보유포인트}P",
     *           "extra": "포인트는 적립일로부터 1년간 사용할 수 있습니다.",
     *           "title": "#{적립포인트}P 적립",
     *           "subtitle": "포인트 적립 안내",
     *           "buttons": [
     *             {
     *               "ordering": 1,
     *               "type": "WEB_LINK",
     *               "name": "포인트 확인",
     *               "linkMo": "https://m.shop.example.com/mypage/points",
     *               "linkPc": "https://shop.example.com/mypage/points"
     *             }
     *           ]
     *         },
     *         "created": "2024-05-24T06:18:27Z",
     *         "modified": "2024-05-27T01:49:10Z"
     *       }
     *     }
     */
    KakaoTalkTemplateRejectedEvent: {
      /**
       * @description Trigger of the notification. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "KAKAOTALK_TEMPLATE_REJECTED";
      /** @description The template as it is after the event. */
      payload: components["schemas"]["KakaoTalkTemplate"];
    };
    /**
     * @description Launch status with an operator, or in a country overall: `NOT_LAUNCHED` not requested, `PENDING` under review, `LAUNCHED` live, `REJECTED` refused, `SUSPENDED` stopped by Google or the operator, `PENDING_UNLAUNCHED` removal requested, `UNLAUNCHED` removed, `INVALID_IN_GOOGLE_MY_BUSINESS` the brand's Google Business Profile is not valid; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    RcsOperatorStatusEnum: "LAUNCHED" | "NOT_LAUNCHED" | "PENDING" | "PENDING_UNLAUNCHED" | "REJECTED" | "SUSPENDED" | "UNLAUNCHED" | "INVALID_IN_GOOGLE_MY_BUSINESS" | "UNRECOGNIZED";
    /** @description Launch status of a sender with one mobile operator. */
    RcsOperator: {
      /** @description Name of the operator, such as `Vodafone`. */
      name: string;
      /** @description Launch status with this operator. */
      status: components["schemas"]["RcsOperatorStatusEnum"];
      /** @description Note from Google or the operator about the status, for example why it was rejected. */
      remark?: string;
      /** @description When the status last changed (ISO 8601, UTC). */
      modified?: string;
    };
    /**
     * @description ISO 3166-1 alpha-2 country code; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    RcsCountryCodesEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "UNRECOGNIZED";
    /** @description Launch status of a sender in one country, overall and per operator. */
    RcsCountryStatus: {
      /** @description The country. */
      country: components["schemas"]["RcsCountryCodesEnum"];
      /** @description Launch status in the country as a whole. */
      status: components["schemas"]["RcsOperatorStatusEnum"];
      /** @description Launch status with each operator of the country. */
      operators: components["schemas"]["RcsOperator"][];
    };
    /**
     * @description State of the invitation that makes a phone number a tester of the sender: `PENDING` sent, awaiting the user's answer; `VERIFIED` accepted, the number receives the sender's messages; `DECLINED` refused by the user; `EXPIRED` not answered in time; `REJECTED` refused by Google; `INVALID` not a usable RCS number; `FAILED` could not be sent; `UNVERIFIED` not confirmed yet; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    RcsTestNumberStatesEnum: "DECLINED" | "EXPIRED" | "FAILED" | "INVALID" | "PENDING" | "REJECTED" | "UNVERIFIED" | "VERIFIED" | "UNRECOGNIZED";
    /** @description A test number of a sender and the state of its invitation. */
    RcsTestNumberState: {
      /**
       * Format: e.164 phone number
       * @description The test number, in E.164 format.
       */
      number: string;
      /** @description State of the invitation. */
      state: components["schemas"]["RcsTestNumberStatesEnum"];
      /** @description When the invitation was sent (ISO 8601, UTC). */
      submitted: string;
    };
    /**
     * @description Sinch region that hosts a Conversation API app; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    RcsConversationApiAppRegionsEnum: "BR" | "EU" | "US" | "UNRECOGNIZED";
    /**
     * @description State of the RCS channel in the Conversation API app: `PENDING` being set up, `ACTIVE` working, `FAILING` reporting errors; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    RcsConversationAppChannelIntegrationStatusEnum: "ACTIVE" | "FAILING" | "PENDING" | "UNRECOGNIZED";
    /** @description The Conversation API app that sends and receives the sender's messages. */
    RcsConversationApiApp: {
      /** @description ID of the Conversation API app. */
      id: string;
      /** @description ID of the Sinch project that owns the app (a UUID). */
      projectId: string;
      /** @description Sinch region that hosts the app. */
      region: components["schemas"]["RcsConversationApiAppRegionsEnum"];
      /** @description State of the RCS channel in the app. */
      channelStatus?: components["schemas"]["RcsConversationAppChannelIntegrationStatusEnum"];
    };
    /**
     * @description Lifecycle state of an RCS sender: `DRAFT` saved, not submitted; `IN_PROGRESS` Sinch is creating the agent; `IN_TEST` the agent exists and messages its test numbers only; `PREPARING_LAUNCH` a launch was requested and is being prepared; `LAUNCHING` the launch is under review by Google and the operators; `LAUNCHED` launched (see `countryStatus` per country and operator); `UNLAUNCHED` taken down; `UNKNOWN` not determined.
     * @enum {string}
     */
    RcsSenderStatesEnum: "DRAFT" | "IN_PROGRESS" | "IN_TEST" | "LAUNCHED" | "LAUNCHING" | "PREPARING_LAUNCH" | "UNLAUNCHED" | "UNKNOWN";
    /** @description An email address shown on the sender's profile. */
    RcsEmail: {
      /** @description Label shown next to the address. */
      label: string;
      /**
       * Format: email
       * @description The email address.
       */
      address: string;
    };
    /** @description A phone number shown on the sender's profile. */
    RcsPhone: {
      /** @description Label shown next to the number. */
      label: string;
      /** @description The phone number. */
      number: string;
    };
    /** @description A website shown on the sender's profile. */
    RcsWebsite: {
      /** @description Label shown next to the link. */
      label: string;
      /**
       * Format: url
       * @description URL of the website.
       */
      url: string;
    };
    /** @description How the sender appears to users: name, contacts, colour, images and policies. */
    RcsSenderDetailsBrand: {
      /** @description Name shown as the sender of the messages. */
      name?: string;
      /** @description Email addresses shown on the profile. */
      emails?: components["schemas"]["RcsEmail"][];
      /** @description Phone numbers shown on the profile. */
      phones?: components["schemas"]["RcsPhone"][];
      /** @description Websites shown on the profile. */
      websites?: components["schemas"]["RcsWebsite"][];
      /**
       * Format: hex
       * @description Theme colour of the profile, as a hex code such as `#1A4D8F`.
       */
      color?: string;
      /** @description Short text shown on the profile. */
      description?: string;
      /**
       * Format: url
       * @description URL of the banner image at the top of the profile (1440 by 448 pixels).
       */
      bannerUrl?: string;
      /**
       * Format: url
       * @description URL of the logo (224 by 224 pixels).
       */
      logoUrl?: string;
      /**
       * Format: url
       * @description URL of the brand's privacy policy.
       */
      privacyPolicyUrl?: string;
      /**
       * Format: url
       * @description URL of the brand's terms of service.
       */
      termsOfServiceUrl?: string;
    };
    /** @description One question of the launch questionnaire, with suggested answers where it has any. */
    RcsSenderDetailsQuestionnaireQuestionObject: {
      /** @description The question, in words. */
      readonly question: string;
      /** @description Answers to choose from; empty for a free-text question. */
      readonly suggestedAnswers: string[];
    };
    /** @description Questions of the general section, asked of every sender. */
    RcsSenderDetailsQuestionnaireGeneralQuestions: {
      readonly optInDescription: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly triggerDescription: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly interactionsDescription: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly optOutDescription: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly videoUris: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly screenshotUris: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
    };
    /** @description Extra information about one answer. */
    RcsSenderDetailsQuestionnaireAnswerMetadata: {
      /** @description Set when the question is left unanswered on purpose; says why, and the answer is then not required. */
      ignore?: string;
    };
    /** @description Answers of the general section: how users opt in and out, what triggers messages and how users interact with the agent. */
    RcsSenderDetailsQuestionnaireGeneralAnswers: {
      /** @description How users agree to receive messages from the sender. */
      optInDescription?: string;
      /** @description Extra information about the opt-in answer. */
      optInDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
      /** @description Which events or user actions make the sender send a message. */
      triggerDescription?: string;
      /** @description Extra information about the trigger answer. */
      triggerDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
      /** @description The main conversations users have with the sender. */
      interactionsDescription?: string;
      /** @description Extra information about the interactions answer. */
      interactionsDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
      /** @description How users stop the messages and how the sender confirms it. */
      optOutDescription?: string;
      /** @description Extra information about the opt-out answer. */
      optOutDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
      /** @description URLs of videos that show the sender's conversation flows. */
      videoUris?: string[];
      /** @description URLs of screenshots of the sender's conversations. */
      screenshotUris?: string[];
    };
    /** @description General section of a sender's questionnaire: the questions and the answers given. */
    RcsSenderDetailsQuestionnaireGeneral: {
      /** @description The questions of the section. */
      readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralQuestions"];
      /** @description The answers given. */
      answers: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralAnswers"];
    };
    /** @description Questions about the partner company that manages the sender for the brand. */
    RcsSenderDetailsQuestionnaireVerificationPartnerQuestions: {
      readonly companyName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
    };
    /** @description Questions of the verification section: who at the brand confirms that the sender may speak for it. */
    RcsSenderDetailsQuestionnaireVerificationQuestions: {
      readonly name: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly email: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly title: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly website: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly phone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      /** @description Questions about the partner company, if any. */
      readonly partner: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationPartnerQuestions"];
    };
    /** @description Answers about the partner company that manages the sender for the brand. */
    RcsSenderDetailsQuestionnaireVerificationPartnerAnswers: {
      /** @description Name of the company that manages the sender for the brand. */
      companyName?: string;
      /** @description Full name of the contact at that company. */
      contactName?: string;
      /**
       * Format: email
       * @description Email address of the contact at that company.
       */
      contactEmailAddress?: string;
    };
    /** @description Answers of the verification section: the brand's contact who confirms the sender, and the partner if any. */
    RcsSenderDetailsQuestionnaireVerificationAnswers: {
      /** @description Full name of the person at the brand who confirms that the sender may speak for it. */
      name?: string;
      /**
       * Format: email
       * @description Work email address of that person; the confirmation request goes there.
       */
      email?: string;
      /** @description Job title of that person. */
      title?: string;
      /**
       * Format: url
       * @description URL of the brand's website.
       */
      website?: string;
      /** @description Phone number of that person, in international format (`+` or `00`, then 6 to 15 digits). */
      phone?: string;
      /** @description The company that manages the sender for the brand, if it is not the brand itself. */
      partner?: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationPartnerAnswers"];
    };
    /** @description Verification section of a sender's questionnaire: the questions and the answers given. */
    RcsSenderDetailsQuestionnaireVerification: {
      /** @description The questions of the section. */
      readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationQuestions"];
      /** @description The answers given. */
      answers: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationAnswers"];
    };
    /** @description Questions of the United Kingdom section, asked when the sender launches in GB. */
    RcsSenderDetailsQuestionnaireGBQuestions: {
      readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyRegistrationNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly fullCompanyAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly messagesFrequency: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      /** @deprecated */
      readonly campaignLength: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
    };
    /** @description Answers of the United Kingdom section. */
    RcsSenderDetailsQuestionnaireGBAnswers: {
      /** @description Industry of the brand. */
      brandIndustry?: string;
      /** @description Registered legal name of the company. */
      companyLegalName?: string;
      /** @description Companies House registration number of the company. */
      companyRegistrationNumber?: string;
      /** @description Registered address of the company, in one line. */
      fullCompanyAddress?: string;
      /** @description Extra information about the address answer. */
      fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
      /** @description Expected number of messages per month, as a range such as `10,000 to 100,000`. */
      messagesVolume?: string;
      /** @description How often one user receives messages. */
      messagesFrequency?: string;
      /**
       * @deprecated
       * @description Deprecated: no longer asked. How long the campaign runs.
       */
      campaignLength?: string;
    };
    /** @description United Kingdom section of a sender's questionnaire: the questions and the answers given. */
    RcsSenderDetailsQuestionnaireGB: {
      /** @description The questions of the section. */
      readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireGBQuestions"];
      /** @description The answers given. */
      answers: components["schemas"]["RcsSenderDetailsQuestionnaireGBAnswers"];
    };
    /** @description Questions of the France section, asked when the sender launches in FR. */
    RcsSenderDetailsQuestionnaireFRQuestions: {
      readonly fullCompanyAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly siren: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
    };
    /** @description Answers of the France section. */
    RcsSenderDetailsQuestionnaireFRAnswers: {
      /** @description Registered address of the company, in one line. */
      fullCompanyAddress?: string;
      /** @description Extra information about the address answer. */
      fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
      /** @description SIREN number of the company: 9 digits. */
      siren?: string;
    };
    /** @description France section of a sender's questionnaire: the questions and the answers given. */
    RcsSenderDetailsQuestionnaireFR: {
      /** @description The questions of the section. */
      readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireFRQuestions"];
      /** @description The answers given. */
      answers: components["schemas"]["RcsSenderDetailsQuestionnaireFRAnswers"];
    };
    /** @description US section, brand and campaign form (v2), for a publicly traded brand registered in the US: every question, stock listing and state included. */
    RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestions: {
      readonly ownershipType: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyPhoneNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly brandName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly legalForm: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly taxIdCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly taxId: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressLine: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressCity: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressState: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressPostalCode: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly websiteUrl: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactFirstName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactSurname: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly stockExchange: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly stockSymbol: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly sampleMessages: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly embeddedLink: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly embeddedPhone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly ageGatedContent: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly directLending: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly optInConfirmationMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly helpMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly callToActionMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
    };
    /** @description US section, brand and campaign form (v2), for a privately held brand registered in the US: no stock listing questions. */
    RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestions: {
      readonly ownershipType: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyPhoneNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly brandName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly legalForm: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly taxIdCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly taxId: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressLine: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressCity: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressState: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressPostalCode: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly websiteUrl: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactFirstName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactSurname: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly sampleMessages: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly embeddedLink: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly embeddedPhone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly ageGatedContent: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly directLending: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly optInConfirmationMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly helpMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly callToActionMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
    };
    /** @description US section, brand and campaign form (v2), for a publicly traded brand registered outside the US: no state question. */
    RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestions: {
      readonly ownershipType: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyPhoneNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly brandName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly legalForm: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly taxIdCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly taxId: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressLine: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressCity: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressPostalCode: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly websiteUrl: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactFirstName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactSurname: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly stockExchange: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly stockSymbol: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly sampleMessages: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly embeddedLink: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly embeddedPhone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly ageGatedContent: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly directLending: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly optInConfirmationMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly helpMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly callToActionMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
    };
    /** @description US section, brand and campaign form (v2), for a privately held brand registered outside the US: no stock listing or state questions. */
    RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestions: {
      readonly ownershipType: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyPhoneNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly brandName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly legalForm: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly taxIdCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly taxId: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressLine: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressCity: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressPostalCode: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly websiteUrl: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactFirstName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactSurname: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly sampleMessages: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly embeddedLink: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly embeddedPhone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly ageGatedContent: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly directLending: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly optInConfirmationMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly helpMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly callToActionMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
    };
    /** @description US section, brand and campaign form (v2), with every question; the same set as the one for a public US brand. */
    RcsBrandCampaignSenderDetailsQuestionnaireUSQuestions: {
      readonly ownershipType: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyPhoneNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly brandName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly legalForm: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly taxIdCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly taxId: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressLine: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressCity: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressState: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressPostalCode: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly websiteUrl: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactFirstName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactSurname: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly stockExchange: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly stockSymbol: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly sampleMessages: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly embeddedLink: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly embeddedPhone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly ageGatedContent: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly directLending: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly optInConfirmationMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly helpMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly callToActionMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
    };
    /**
     * @description Ownership of the company: `PUBLIC` publicly traded, `PRIVATE` privately held.
     * @enum {string}
     */
    RcsUsQuestionnaireOwnershipTypeEnum: "PRIVATE" | "PUBLIC";
    /**
     * @description Industry of the brand, as US operators classify it.
     * @enum {string}
     */
    RcsUsQuestionnaireBrandIndustriesEnum: "AGRICULTURE" | "COMMUNICATION" | "CONSTRUCTION" | "EDUCATION" | "ENERGY" | "ENTERTAINMENT" | "FINANCIAL" | "GAMBLING" | "GOVERNMENT" | "HEALTHCARE" | "HOSPITALITY" | "HUMAN_RESOURCES" | "INSURANCE" | "LEGAL" | "MANUFACTURING" | "NON_GOVERNMENTAL_ORGANIZATION" | "POLITICAL" | "POSTAL" | "PROFESSIONAL" | "REAL_ESTATE" | "RETAIL" | "TECHNOLOGY" | "TRANSPORTATION";
    /**
     * @description Legal form of the company.
     * @enum {string}
     */
    RcsUsQuestionnaireBrandLegalFormsEnum: "CORPORATION" | "LIMITED_LIABILITY_COMPANY" | "PARTNERSHIP" | "S_CORPORATION";
    /**
     * @description ISO 3166-1 alpha-2 country code.
     * @enum {string}
     */
    RcsInputCountryCodesEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
    /**
     * @description Two-letter postal code of a US state, district or territory.
     * @enum {string}
     */
    RcsUsStatesEnum: "AK" | "AL" | "AR" | "AS" | "AZ" | "CA" | "CO" | "CT" | "DC" | "DE" | "FL" | "GA" | "GU" | "HI" | "IA" | "ID" | "IL" | "IN" | "KS" | "KY" | "LA" | "MA" | "MD" | "ME" | "MI" | "MN" | "MO" | "MP" | "MS" | "MT" | "NC" | "ND" | "NE" | "NH" | "NJ" | "NM" | "NV" | "NY" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VA" | "VI" | "VT" | "WA" | "WI" | "WV" | "WY";
    /** @description Answers of the US section, brand and campaign form (v2); which fields apply depends on the kind of brand. */
    RcsBrandCampaignSenderDetailsQuestionnaireUSAnswers: {
      /** @description Whether the company is publicly traded or privately held. */
      ownershipType?: components["schemas"]["RcsUsQuestionnaireOwnershipTypeEnum"];
      /** @description Registered legal name of the company. */
      companyLegalName?: string;
      /** @description Main phone number of the company, in E.164 format. */
      companyPhoneNumber?: string;
      /**
       * Format: email
       * @description Main email address of the company.
       */
      companyEmailAddress?: string;
      /** @description Name of the brand as users know it. */
      brandName?: string;
      /** @description Industry of the brand. */
      brandIndustry?: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
      /** @description Legal form of the company. */
      legalForm?: components["schemas"]["RcsUsQuestionnaireBrandLegalFormsEnum"];
      /** @description Country that issued the tax ID, as an ISO 3166-1 alpha-2 code. */
      taxIdCountry?: components["schemas"]["RcsInputCountryCodesEnum"];
      /** @description Tax ID of the company (the EIN, `NN-NNNNNNN`, for a US company). */
      taxId?: string;
      /** @description Street address of the company. */
      addressLine?: string;
      /** @description City of the company's address. */
      addressCity?: string;
      /** @description Country of the company's address, as an ISO 3166-1 alpha-2 code. */
      addressCountry?: components["schemas"]["RcsInputCountryCodesEnum"];
      /** @description US state of the company's address. */
      addressState?: components["schemas"]["RcsUsStatesEnum"];
      /** @description Postal code of the company's address. */
      addressPostalCode?: string;
      /** @description URL of the company's website. */
      websiteUrl?: string;
      /** @description First name of the company's contact for this registration. */
      contactFirstName?: string;
      /** @description Last name of that contact. */
      contactSurname?: string;
      /** @description Stock exchange where the company is listed, such as `NASDAQ`. */
      stockExchange?: string;
      /** @description Stock symbol of the company. */
      stockSymbol?: string;
      /** @description Examples of messages the sender will send. */
      sampleMessages?: string[];
      /** @description Expected number of messages per month. */
      messagesVolume?: number;
      /** @description Whether messages contain links. */
      embeddedLink?: boolean;
      /** @description Whether messages contain phone numbers. */
      embeddedPhone?: boolean;
      /** @description Whether messages contain age-restricted content, such as alcohol or gambling. */
      ageGatedContent?: boolean;
      /** @description Whether messages offer loans or other direct lending. */
      directLending?: boolean;
      /** @description Message sent to confirm that a user opted in. */
      optInConfirmationMessage?: string;
      /** @description Message sent when a user asks for help. */
      helpMessage?: string;
      /** @description Where and how users opt in, quoting the text they see. */
      callToActionMessage?: string;
    };
    /** @description US section of a sender's questionnaire, brand and campaign form (v2): the question set of the brand's kind and the answers given. */
    RcsBrandCampaignSenderDetailsQuestionnaireUS: {
      /** @description The question set of the brand's kind. */
      readonly questions: components["schemas"]["RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSQuestions"];
      /** @description The answers given. */
      answers: components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSAnswers"];
    };
    /** @description US section, brand and campaign form (v2), in its default shape: every question, plus the deprecated questions of the v1 form. */
    RcsDefaultSenderDetailsQuestionnaireUSQuestions: {
      readonly ownershipType: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyPhoneNumber: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly companyEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly brandName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly legalForm: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly taxIdCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly taxId: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressLine: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressCity: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressCountry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressState: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly addressPostalCode: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly websiteUrl: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactFirstName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly contactSurname: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly stockExchange: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly stockSymbol: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly sampleMessages: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly embeddedLink: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly embeddedPhone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly ageGatedContent: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly directLending: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly optInConfirmationMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly helpMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly callToActionMessage: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      /** @deprecated */
      readonly ein: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      /** @deprecated */
      readonly fullCompanyAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      /** @deprecated */
      readonly smsCampaign: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
    };
    /** @description US section of a sender's questionnaire, brand and campaign form (v2) in its default shape: every question and the answers given. */
    RcsDefaultSenderDetailsQuestionnaireUS: {
      /** @description Every question of the section. */
      readonly questions: components["schemas"]["RcsDefaultSenderDetailsQuestionnaireUSQuestions"];
      /** @description The answers given. */
      answers: components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSAnswers"];
    };
    /** @description US section, first form (v1): company, EIN, industry, address, SMS campaign and volume. */
    RcsSenderDetailsQuestionnaireUSQuestions: {
      readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly ein: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly fullCompanyAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly smsCampaign: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
      readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
    };
    /** @description Answers of the US section, first form (v1). */
    RcsSenderDetailsQuestionnaireUSAnswers: {
      /** @description Registered legal name of the company. */
      companyLegalName?: string;
      /** @description Employer Identification Number of the company, `NN-NNNNNNN`. */
      ein?: string;
      /** @description Industry of the brand, in words. */
      brandIndustry?: string;
      /** @description Registered address of the company, in one line. */
      fullCompanyAddress?: string;
      /** @description Extra information about the address answer. */
      fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
      /** @description An SMS campaign already run for the same use, by ID or in words. */
      smsCampaign?: string;
      /** @description Expected number of messages per month, in words. */
      messagesVolume?: string;
    };
    /** @description US section of a sender's questionnaire, first form (v1): the questions and the answers given. */
    RcsSenderDetailsQuestionnaireUS: {
      /** @description The questions of the section. */
      readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireUSQuestions"];
      /** @description The answers given. */
      answers: components["schemas"]["RcsSenderDetailsQuestionnaireUSAnswers"];
    };
    /** @description A sender's launch questionnaire: the general and verification sections always, and a section for GB, FR or US when the sender launches there. */
    RcsSenderDetailsQuestionnaire: {
      /** @description General section, for every sender. */
      general: components["schemas"]["RcsSenderDetailsQuestionnaireGeneral"];
      /** @description Verification section, for every sender. */
      verification: components["schemas"]["RcsSenderDetailsQuestionnaireVerification"];
      /** @description United Kingdom section, when the sender launches in GB. */
      gb?: components["schemas"]["RcsSenderDetailsQuestionnaireGB"];
      /** @description France section, when the sender launches in FR. */
      fr?: components["schemas"]["RcsSenderDetailsQuestionnaireFR"];
      /** @description United States section, when the sender launches in the US; its form depends on the questionnaire version and the kind of brand. */
      us?: components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUS"] | components["schemas"]["RcsDefaultSenderDetailsQuestionnaireUS"] | components["schemas"]["RcsSenderDetailsQuestionnaireUS"];
    };
    /** @description What a sender shows and what Sinch needs to launch it: brand profile, test numbers, countries and questionnaire. */
    RcsSenderDetails: {
      /** @description The profile users see. */
      brand?: components["schemas"]["RcsSenderDetailsBrand"];
      /**
       * Format: url
       * @deprecated
       * @description Deprecated: notifications go to the project's webhooks. URL that received the sender's notifications.
       */
      callbackUrl?: string;
      /** @description Phone numbers invited to test the sender, in E.164 format. */
      testNumbers?: string[];
      /** @description Countries where the sender launches. */
      countries?: components["schemas"]["RcsCountryCodesEnum"][];
      /** @description The launch questionnaire with its answers. */
      questionnaire: components["schemas"]["RcsSenderDetailsQuestionnaire"];
    };
    /**
     * @description Sinch region where the sender and its Conversation API app live.
     * @enum {string}
     */
    RcsSenderRegionsEnum: "BR" | "EU" | "US";
    /**
     * @description How Google bills the sender's traffic: `CONVERSATIONAL` per conversation, `NON_CONVERSATIONAL` per message, `BASIC_MESSAGE` per text message, `SINGLE_MESSAGE` per message with rich content, `CONVERSATIONAL_LEGACY` the earlier per-conversation model.
     * @enum {string}
     */
    RcsSenderBillingCategoriesEnum: "CONVERSATIONAL" | "NON_CONVERSATIONAL" | "BASIC_MESSAGE" | "CONVERSATIONAL_LEGACY" | "SINGLE_MESSAGE";
    /**
     * @description What the sender is used for: `OTP` one-time passwords, `TRANSACTIONAL` notifications about something the user did or owns, `PROMOTIONAL` marketing, `MULTIUSE` a mix of these.
     * @enum {string}
     */
    RcsSenderUseCasesEnum: "MULTIUSE" | "OTP" | "PROMOTIONAL" | "TRANSACTIONAL";
    /**
     * @description Google region that hosts the sender's agent.
     * @enum {string}
     */
    RcsSenderHostingRegionsEnum: "ASIA_PACIFIC" | "EUROPE" | "NORTH_AMERICA";
    /** @description The sender's resources at Google. */
    RcsSupplierDetailsGoogle: {
      /** @description ID of the RBM agent at Google. */
      agentId?: string;
      /** @description ID of the brand at Google that owns the agent. */
      brandId?: string;
    };
    /** @description Where the sender lives at its supplier, once it has been created there. */
    RcsSupplierDetails: {
      /** @description The sender's resources at Google. */
      google?: components["schemas"]["RcsSupplierDetailsGoogle"];
    };
    /**
     * @description State of the brand's registration record: `DRAFT` being prepared, `COMPLETED` registered, `ARCHIVED` no longer used, `UNSPECIFIED` not set; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    RcsBrandRegistrationStatusesEnum: "ARCHIVED" | "COMPLETED" | "DRAFT" | "UNRECOGNIZED" | "UNSPECIFIED";
    /**
     * @description Progress of a brand registration: `NEW` created, `PENDING` submitted, `PENDING_REVIEW` waiting for review, `MANUAL_REVIEW` reviewed by hand, `INCOMPLETE` information is missing, `COMPLETED` approved, `REJECTED` refused, `ARCHIVED` closed, `UNSPECIFIED` not set; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    RcsBrandRegistrationProcessStatusesEnum: "ARCHIVED" | "COMPLETED" | "INCOMPLETE" | "MANUAL_REVIEW" | "NEW" | "PENDING" | "PENDING_REVIEW" | "REJECTED" | "UNRECOGNIZED" | "UNSPECIFIED";
    /** @description One registration run of the brand and where it stands. */
    RcsBrandRegistrationProcess: {
      /** @description ID of the registration run. */
      id: string;
      /** @description Where the registration stands. */
      status: components["schemas"]["RcsBrandRegistrationProcessStatusesEnum"];
    };
    /** @description The registration of the sender's brand with US operators (brand and campaign form). */
    RcsBrandRegistration: {
      /** @description ID of the brand registration. */
      id: string;
      /** @description State of the registration record. */
      status: components["schemas"]["RcsBrandRegistrationStatusesEnum"];
      /** @description The current registration run. */
      registration: components["schemas"]["RcsBrandRegistrationProcess"];
    };
    /** @description The registration of the sender's messaging campaign with US operators. */
    RcsCampaignRegistration: {
      /** @description ID of the campaign registration. */
      id: string;
      /** @description Name of the campaign. */
      campaignName: string;
      /** @description ID of the registration request, to quote when asking Sinch about it. */
      requestId: string;
    };
    /** @description An RCS sender: a Google RBM agent that Sinch creates and launches for the project, with its profile, questionnaire, test numbers and launch status. */
    RcsSender: {
      /** @description ID of the sender, assigned by Sinch. */
      id: string;
      /**
       * @deprecated
       * @description Deprecated: use `conversationApiAppDetails.id`. ID of the Conversation API app of the sender.
       */
      conversationApiApp?: string;
      /** @description The Conversation API app that sends and receives the sender's messages. */
      conversationApiAppDetails?: components["schemas"]["RcsConversationApiApp"];
      /** @description Lifecycle state of the sender. */
      state?: components["schemas"]["RcsSenderStatesEnum"];
      /** @description Each test number and the state of its invitation. */
      testNumberStates?: components["schemas"]["RcsTestNumberState"][];
      /** @description Launch status in each country of the sender. */
      countryStatus?: components["schemas"]["RcsCountryStatus"][];
      /** @description Profile, test numbers, countries and questionnaire. */
      details?: components["schemas"]["RcsSenderDetails"];
      /** @description Sinch region of the sender. */
      region: components["schemas"]["RcsSenderRegionsEnum"];
      /** @description How Google bills the sender's traffic. */
      billingCategory: components["schemas"]["RcsSenderBillingCategoriesEnum"];
      /** @description What the sender is used for. */
      useCase: components["schemas"]["RcsSenderUseCasesEnum"];
      /** @description Google region that hosts the agent. */
      hostingRegion: components["schemas"]["RcsSenderHostingRegionsEnum"];
      /** @description Name of the credentials Sinch set up for sending as this sender. */
      authName?: string;
      /** @description Secret of those credentials; keep it private. */
      authToken?: string;
      /** @description When the sender was created (ISO 8601, UTC). */
      created?: string;
      /** @description When the sender last changed (ISO 8601, UTC). */
      modified?: string;
      /** @description The sender's resources at its supplier, once created there. */
      supplierDetails?: components["schemas"]["RcsSupplierDetails"];
      /** @description When the sender was launched (ISO 8601, UTC); absent before launch. */
      launched?: string;
      /** @description Registration of the brand with US operators, for US senders. */
      brandDetails?: components["schemas"]["RcsBrandRegistration"];
      /** @description Registration of the messaging campaign with US operators, for US senders. */
      campaignDetails?: components["schemas"]["RcsCampaignRegistration"];
    };
    /**
     * @description Notification that a comment was added to the project's RCS account (trigger `RCS_ACCOUNT_COMMENT_ADDED`).
     * @example {
     *       "type": "RCS_ACCOUNT_COMMENT_ADDED",
     *       "comment": "Your RCS account is ready. You can now create senders for GB and FR."
     *     }
     */
    RcsAccountCommentEvent: {
      /**
       * @description The trigger: always `RCS_ACCOUNT_COMMENT_ADDED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "RCS_ACCOUNT_COMMENT_ADDED";
      /** @description Text of the comment. */
      comment: string;
    };
    /**
     * @description Notification that an RCS sender changed state (trigger `RCS_SENDER_STATUS_UPDATED`), with the whole sender.
     * @example {
     *       "type": "RCS_SENDER_STATUS_UPDATED",
     *       "payload": {
     *         "id": "01HW3K9TQ7ZB8R4N6M2XCV5PDE",
     *         "conversationApiAppDetails": {
     *           "id": "01HW3JZ2M8Q4D6F0A7B9C1E3GK",
     *           "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *           "region": "EU",
     *           "channelStatus": "ACTIVE"
     *         },
     *         "state": "IN_TEST",
     *         "testNumberStates": [
     *           {
     *             "number": "+447700900123",
     *             "state": "VERIFIED",
     *             "submitted": "2025-03-04T10:21:07Z"
     *           },
     *           {
     *             "number": "+33639980456",
     *             "state": "PENDING",
     *             "submitted": "2025-03-05T08:02:44Z"
     *           }
     *         ],
     *         "countryStatus": [
     *           {
     *             "country": "GB",
     *             "status": "NOT_LAUNCHED",
     *             "operators": [
     *               {
     *                 "name": "EE",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               },
     *               {
     *                 "name": "O2",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               },
     *               {
     *                 "name": "Vodafone",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               },
     *               {
     *                 "name": "Three",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               }
     *             ]
     *           },
     *           {
     *             "country": "FR",
     *             "status": "NOT_LAUNCHED",
     *             "operators": [
     *               {
     *                 "name": "Orange",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               },
     *               {
     *                 "name": "SFR",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               },
     *               {
     *                 "name": "Bouygues",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               },
     *               {
     *                 "name": "Free",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               }
     *             ]
     *           }
     *         ],
     *         "details": {
     *           "brand": {
     *             "name": "Northwind",
     *             "emails": [
     *               {
     *                 "label": "Customer care",
     *                 "address": "care@northwind.example.com"
     *               }
     *             ],
     *             "phones": [
     *               {
     *                 "label": "Customer care",
     *                 "number": "+441134960000"
     *               }
     *             ],
     *             "websites": [
     *               {
     *                 "label": "Shop",
     *                 "url": "https://www.northwind.example.com"
     *               }
     *             ],
     *             "color": "#1A4D8F",
     *             "description": "Order and delivery updates from Northwind, the outdoor clothing store.",
     *             "bannerUrl": "https://cdn.northwind.example.com/rcs/brand/banner-1440x448.png",
     *             "logoUrl": "https://cdn.northwind.example.com/rcs/brand/logo-224.png",
     *             "privacyPolicyUrl": "https://www.northwind.example.com/privacy",
     *             "termsOfServiceUrl": "https://www.northwind.example.com/terms"
     *           },
     *           "testNumbers": [
     *             "+447700900123",
     *             "+33639980456"
     *           ],
     *           "countries": [
     *             "GB",
     *             "FR"
     *           ],
     *           "questionnaire": {
     *             "general": {
     *               "questions": {
     *                 "optInDescription": {
     *                   "question": "How do users agree to receive messages from this agent?",
     *                   "suggestedAnswers": []
     *                 },
     *                 "triggerDescription": {
     *                   "question": "Which events or user actions make the agent send a message?",
     *                   "suggestedAnswers": []
     *                 },
     *                 "interactionsDescription": {
     *                   "question": "Describe the main conversations users have with the agent.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "optOutDescription": {
     *                   "question": "How can users stop the messages, and how does the agent confirm it?",
     *                   "suggestedAnswers": []
     *                 },
     *                 "videoUris": {
     *                   "question": "Links to videos that show the agent's conversation flows.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "screenshotUris": {
     *                   "question": "Links to screenshots of the agent's conversations.",
     *                   "suggestedAnswers": []
     *                 }
     *               },
     *               "answers": {
     *                 "optInDescription": "Customers tick 'Send me order updates' at checkout on northwind.example.com or in the Northwind app.",
     *                 "triggerDescription": "An order is confirmed, shipped, out for delivery or delivered, or a return is received.",
     *                 "interactionsDescription": "The agent sends order cards with buttons to track the parcel, change the delivery slot or reach support; free-text replies go to a support agent.",
     *                 "optOutDescription": "Users reply STOP or tap Unsubscribe; the agent confirms once and sends nothing more.",
     *                 "videoUris": [
     *                   "https://cdn.northwind.example.com/rcs/demo/order-updates.mp4"
     *                 ],
     *                 "screenshotUris": [
     *                   "https://cdn.northwind.example.com/rcs/demo/order-shipped.png",
     *                   "https://cdn.northwind.example.com/rcs/demo/delivery-slot.png"
     *                 ]
     *               }
     *             },
     *             "verification": {
     *               "questions": {
     *                 "name": {
     *                   "question": "Full name of the person at the brand who will confirm the agent.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "email": {
     *                   "question": "Work email address of that person.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "title": {
     *                   "question": "Job title of that person.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "website": {
     *                   "question": "Website of the brand.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "phone": {
     *                   "question": "Phone number of that person, in international format.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "partner": {
     *                   "companyName": {
     *                     "question": "Name of the company that manages the agent for the brand, if any.",
     *                     "suggestedAnswers": []
     *                   },
     *                   "contactName": {
     *                     "question": "Full name of the contact at that company.",
     *                     "suggestedAnswers": []
     *                   },
     *                   "contactEmailAddress": {
     *                     "question": "Email address of the contact at that company.",
     *                     "suggestedAnswers": []
     *                   }
     *                 }
     *               },
     *               "answers": {
     *                 "name": "Dana Whitfield",
     *                 "email": "dana.whitfield@northwind.example.com",
     *                 "title": "Head of Customer Communications",
     *                 "website": "https://www.northwind.example.com",
     *                 "phone": "+447700900321",
     *                 "partner": {
     *                   "companyName": "Bluefin Digital Ltd",
     *                   "contactName": "Sam Okafor",
     *                   "contactEmailAddress": "sam.okafor@bluefin.example.net"
     *                 }
     *               }
     *             },
     *             "gb": {
     *               "questions": {
     *                 "brandIndustry": {
     *                   "question": "In which industry does the brand operate?",
     *                   "suggestedAnswers": [
     *                     "Retail",
     *                     "Financial services",
     *                     "Travel and transport",
     *                     "Healthcare",
     *                     "Telecommunications",
     *                     "Other"
     *                   ]
     *                 },
     *                 "companyLegalName": {
     *                   "question": "Registered legal name of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "companyRegistrationNumber": {
     *                   "question": "Companies House registration number of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "fullCompanyAddress": {
     *                   "question": "Registered address of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "messagesVolume": {
     *                   "question": "How many messages do you expect to send per month?",
     *                   "suggestedAnswers": [
     *                     "Fewer than 10,000",
     *                     "10,000 to 100,000",
     *                     "100,000 to 1,000,000",
     *                     "More than 1,000,000"
     *                   ]
     *                 },
     *                 "messagesFrequency": {
     *                   "question": "How often will one user receive messages?",
     *                   "suggestedAnswers": [
     *                     "Once",
     *                     "Daily",
     *                     "Weekly",
     *                     "Monthly",
     *                     "Only after an action of the user"
     *                   ]
     *                 },
     *                 "campaignLength": {
     *                   "question": "How long will the campaign run?",
     *                   "suggestedAnswers": [
     *                     "Less than a month",
     *                     "One to six months",
     *                     "Ongoing"
     *                   ]
     *                 }
     *               },
     *               "answers": {
     *                 "brandIndustry": "Retail",
     *                 "companyLegalName": "Northwind Outfitters Ltd",
     *                 "companyRegistrationNumber": "09876543",
     *                 "fullCompanyAddress": "12 Harbour Street, Leeds LS1 4AB, United Kingdom",
     *                 "messagesVolume": "10,000 to 100,000",
     *                 "messagesFrequency": "Only after an action of the user"
     *               }
     *             },
     *             "fr": {
     *               "questions": {
     *                 "fullCompanyAddress": {
     *                   "question": "Registered address of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "siren": {
     *                   "question": "SIREN number of the company (9 digits).",
     *                   "suggestedAnswers": []
     *                 }
     *               },
     *               "answers": {
     *                 "fullCompanyAddress": "18 rue des Lilas, 69003 Lyon, France",
     *                 "siren": "823456781"
     *               }
     *             }
     *           }
     *         },
     *         "region": "EU",
     *         "billingCategory": "CONVERSATIONAL",
     *         "useCase": "TRANSACTIONAL",
     *         "hostingRegion": "EUROPE",
     *         "created": "2025-03-04T09:58:31Z",
     *         "modified": "2025-03-05T08:02:44Z",
     *         "supplierDetails": {
     *           "google": {
     *             "agentId": "northwind_k7rqpz2m_agent",
     *             "brandId": "3f9c2a71-58de-4b0a-9e64-c1d27a8b5f03"
     *           }
     *         }
     *       },
     *       "previousState": "IN_PROGRESS",
     *       "currentState": "IN_TEST",
     *       "comment": "The agent was created at Google; test numbers are being invited."
     *     }
     */
    RcsSenderStatusUpdateEvent: {
      /**
       * @description The trigger: always `RCS_SENDER_STATUS_UPDATED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "RCS_SENDER_STATUS_UPDATED";
      /** @description The sender, as it is now. */
      payload: components["schemas"]["RcsSender"];
      /**
       * @description State before the change.
       * @enum {string}
       */
      previousState: "DRAFT" | "IN_PROGRESS" | "IN_TEST" | "LAUNCHED" | "LAUNCHING" | "PREPARING_LAUNCH" | "UNLAUNCHED" | "UNKNOWN";
      /**
       * @description State after the change.
       * @enum {string}
       */
      currentState: "DRAFT" | "IN_PROGRESS" | "IN_TEST" | "LAUNCHED" | "LAUNCHING" | "PREPARING_LAUNCH" | "UNLAUNCHED" | "UNKNOWN";
      /** @description Note from Sinch about the change, if any. */
      comment?: string;
    };
    /**
     * @description Notification that an operator changed the launch status of an RCS sender in a country (trigger `RCS_SENDER_OPERATOR_STATUS_UPDATED`), with the whole sender.
     * @example {
     *       "type": "RCS_SENDER_OPERATOR_STATUS_UPDATED",
     *       "payload": {
     *         "id": "01HW3K9TQ7ZB8R4N6M2XCV5PDE",
     *         "conversationApiAppDetails": {
     *           "id": "01HW3JZ2M8Q4D6F0A7B9C1E3GK",
     *           "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *           "region": "EU",
     *           "channelStatus": "ACTIVE"
     *         },
     *         "state": "LAUNCHED",
     *         "testNumberStates": [
     *           {
     *             "number": "+447700900123",
     *             "state": "VERIFIED",
     *             "submitted": "2025-03-04T10:21:07Z"
     *           },
     *           {
     *             "number": "+33639980456",
     *             "state": "PENDING",
     *             "submitted": "2025-03-05T08:02:44Z"
     *           }
     *         ],
     *         "countryStatus": [
     *           {
     *             "country": "GB",
     *             "status": "LAUNCHED",
     *             "operators": [
     *               {
     *                 "name": "EE",
     *                 "status": "LAUNCHED",
     *                 "modified": "2025-03-19T16:40:52Z"
     *               },
     *               {
     *                 "name": "O2",
     *                 "status": "LAUNCHED",
     *                 "modified": "2025-03-19T16:40:52Z"
     *               },
     *               {
     *                 "name": "Vodafone",
     *                 "status": "LAUNCHED",
     *                 "modified": "2025-03-19T16:40:52Z"
     *               },
     *               {
     *                 "name": "Three",
     *                 "status": "LAUNCHED",
     *                 "modified": "2025-03-19T16:40:52Z"
     *               }
     *             ]
     *           },
     *           {
     *             "country": "FR",
     *             "status": "LAUNCHED",
     *             "operators": [
     *               {
     *                 "name": "Orange",
     *                 "status": "LAUNCHED",
     *                 "modified": "2025-03-19T16:40:52Z"
     *               },
     *               {
     *                 "name": "SFR",
     *                 "status": "LAUNCHED",
     *                 "modified": "2025-03-19T16:40:52Z"
     *               },
     *               {
     *                 "name": "Bouygues",
     *                 "status": "LAUNCHED",
     *                 "modified": "2025-03-19T16:40:52Z"
     *               },
     *               {
     *                 "name": "Free",
     *                 "status": "PENDING",
     *                 "remark": "Awaiting the operator's review.",
     *                 "modified": "2025-03-19T16:40:52Z"
     *               }
     *             ]
     *           }
     *         ],
     *         "details": {
     *           "brand": {
     *             "name": "Northwind",
     *             "emails": [
     *               {
     *                 "label": "Customer care",
     *                 "address": "care@northwind.example.com"
     *               }
     *             ],
     *             "phones": [
     *               {
     *                 "label": "Customer care",
     *                 "number": "+441134960000"
     *               }
     *             ],
     *             "websites": [
     *               {
     *                 "label": "Shop",
     *                 "url": "https://www.northwind.example.com"
     *               }
     *             ],
     *             "color": "#1A4D8F",
     *             "description": "Order and delivery updates from Northwind, the outdoor clothing store.",
     *             "bannerUrl": "https://cdn.northwind.example.com/rcs/brand/banner-1440x448.png",
     *             "logoUrl": "https://cdn.northwind.example.com/rcs/brand/logo-224.png",
     *             "privacyPolicyUrl": "https://www.northwind.example.com/privacy",
     *             "termsOfServiceUrl": "https://www.northwind.example.com/terms"
     *           },
     *           "testNumbers": [
     *             "+447700900123",
     *             "+33639980456"
     *           ],
     *           "countries": [
     *             "GB",
     *             "FR"
     *           ],
     *           "questionnaire": {
     *             "general": {
     *               "questions": {
     *                 "optInDescription": {
     *                   "question": "How do users agree to receive messages from this agent?",
     *                   "suggestedAnswers": []
     *                 },
     *                 "triggerDescription": {
     *                   "question": "Which events or user actions make the agent send a message?",
     *                   "suggestedAnswers": []
     *                 },
     *                 "interactionsDescription": {
     *                   "question": "Describe the main conversations users have with the agent.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "optOutDescription": {
     *                   "question": "How can users stop the messages, and how does the agent confirm it?",
     *                   "suggestedAnswers": []
     *                 },
     *                 "videoUris": {
     *                   "question": "Links to videos that show the agent's conversation flows.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "screenshotUris": {
     *                   "question": "Links to screenshots of the agent's conversations.",
     *                   "suggestedAnswers": []
     *                 }
     *               },
     *               "answers": {
     *                 "optInDescription": "Customers tick 'Send me order updates' at checkout on northwind.example.com or in the Northwind app.",
     *                 "triggerDescription": "An order is confirmed, shipped, out for delivery or delivered, or a return is received.",
     *                 "interactionsDescription": "The agent sends order cards with buttons to track the parcel, change the delivery slot or reach support; free-text replies go to a support agent.",
     *                 "optOutDescription": "Users reply STOP or tap Unsubscribe; the agent confirms once and sends nothing more.",
     *                 "videoUris": [
     *                   "https://cdn.northwind.example.com/rcs/demo/order-updates.mp4"
     *                 ],
     *                 "screenshotUris": [
     *                   "https://cdn.northwind.example.com/rcs/demo/order-shipped.png",
     *                   "https://cdn.northwind.example.com/rcs/demo/delivery-slot.png"
     *                 ]
     *               }
     *             },
     *             "verification": {
     *               "questions": {
     *                 "name": {
     *                   "question": "Full name of the person at the brand who will confirm the agent.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "email": {
     *                   "question": "Work email address of that person.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "title": {
     *                   "question": "Job title of that person.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "website": {
     *                   "question": "Website of the brand.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "phone": {
     *                   "question": "Phone number of that person, in international format.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "partner": {
     *                   "companyName": {
     *                     "question": "Name of the company that manages the agent for the brand, if any.",
     *                     "suggestedAnswers": []
     *                   },
     *                   "contactName": {
     *                     "question": "Full name of the contact at that company.",
     *                     "suggestedAnswers": []
     *                   },
     *                   "contactEmailAddress": {
     *                     "question": "Email address of the contact at that company.",
     *                     "suggestedAnswers": []
     *                   }
     *                 }
     *               },
     *               "answers": {
     *                 "name": "Dana Whitfield",
     *                 "email": "dana.whitfield@northwind.example.com",
     *                 "title": "Head of Customer Communications",
     *                 "website": "https://www.northwind.example.com",
     *                 "phone": "+447700900321",
     *                 "partner": {
     *                   "companyName": "Bluefin Digital Ltd",
     *                   "contactName": "Sam Okafor",
     *                   "contactEmailAddress": "sam.okafor@bluefin.example.net"
     *                 }
     *               }
     *             },
     *             "gb": {
     *               "questions": {
     *                 "brandIndustry": {
     *                   "question": "In which industry does the brand operate?",
     *                   "suggestedAnswers": [
     *                     "Retail",
     *                     "Financial services",
     *                     "Travel and transport",
     *                     "Healthcare",
     *                     "Telecommunications",
     *                     "Other"
     *                   ]
     *                 },
     *                 "companyLegalName": {
     *                   "question": "Registered legal name of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "companyRegistrationNumber": {
     *                   "question": "Companies House registration number of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "fullCompanyAddress": {
     *                   "question": "Registered address of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "messagesVolume": {
     *                   "question": "How many messages do you expect to send per month?",
     *                   "suggestedAnswers": [
     *                     "Fewer than 10,000",
     *                     "10,000 to 100,000",
     *                     "100,000 to 1,000,000",
     *                     "More than 1,000,000"
     *                   ]
     *                 },
     *                 "messagesFrequency": {
     *                   "question": "How often will one user receive messages?",
     *                   "suggestedAnswers": [
     *                     "Once",
     *                     "Daily",
     *                     "Weekly",
     *                     "Monthly",
     *                     "Only after an action of the user"
     *                   ]
     *                 },
     *                 "campaignLength": {
     *                   "question": "How long will the campaign run?",
     *                   "suggestedAnswers": [
     *                     "Less than a month",
     *                     "One to six months",
     *                     "Ongoing"
     *                   ]
     *                 }
     *               },
     *               "answers": {
     *                 "brandIndustry": "Retail",
     *                 "companyLegalName": "Northwind Outfitters Ltd",
     *                 "companyRegistrationNumber": "09876543",
     *                 "fullCompanyAddress": "12 Harbour Street, Leeds LS1 4AB, United Kingdom",
     *                 "messagesVolume": "10,000 to 100,000",
     *                 "messagesFrequency": "Only after an action of the user"
     *               }
     *             },
     *             "fr": {
     *               "questions": {
     *                 "fullCompanyAddress": {
     *                   "question": "Registered address of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "siren": {
     *                   "question": "SIREN number of the company (9 digits).",
     *                   "suggestedAnswers": []
     *                 }
     *               },
     *               "answers": {
     *                 "fullCompanyAddress": "18 rue des Lilas, 69003 Lyon, France",
     *                 "siren": "823456781"
     *               }
     *             }
     *           }
     *         },
     *         "region": "EU",
     *         "billingCategory": "CONVERSATIONAL",
     *         "useCase": "TRANSACTIONAL",
     *         "hostingRegion": "EUROPE",
     *         "created": "2025-03-04T09:58:31Z",
     *         "modified": "2025-03-19T16:40:52Z",
     *         "supplierDetails": {
     *           "google": {
     *             "agentId": "northwind_k7rqpz2m_agent",
     *             "brandId": "3f9c2a71-58de-4b0a-9e64-c1d27a8b5f03"
     *           }
     *         },
     *         "launched": "2025-03-19T16:40:52Z"
     *       },
     *       "operator": "EE",
     *       "operatorCountry": "GB",
     *       "operatorPreviousStatus": "PENDING",
     *       "operatorCurrentStatus": "LAUNCHED"
     *     }
     */
    RcsSenderOperatorStatusUpdateEvent: {
      /**
       * @description The trigger: always `RCS_SENDER_OPERATOR_STATUS_UPDATED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "RCS_SENDER_OPERATOR_STATUS_UPDATED";
      /** @description The sender, as it is now. */
      payload: components["schemas"]["RcsSender"];
      /**
       * @description The operator whose status changed; `Unrecognized` for one this version of the API does not know.
       * @enum {string}
       */
      operator: "1und1" | "3" | "9 Mobile" | "A1" | "Africell" | "Airtel" | "Altan" | "AT&T" | "Bell" | "Bouygues" | "BSNL" | "C-Spire" | "Cell C" | "Claro" | "Coriolis Telecom" | "Cosmote" | "Deutsche Telekom" | "Dialog Axiata PLC" | "Digi" | "DISH Wireless" | "DNA" | "Eastlink" | "EE" | "Elisa" | "Entel" | "Ethio Telecom" | "Fizz" | "Free" | "Freedom" | "Glo" | "Google Fi" | "Hrvatski Telecom" | "Hutchison 3G" | "Iliad" | "Indosat Ooredoo Hutchison" | "JIO" | "KDDI" | "Kpn" | "Kyivstar" | "Lebara Mobile" | "Legos" | "lifecell" | "Lycamobile" | "M1" | "Magenta" | "MEO" | "MobiFone" | "Movistar" | "MTN" | "NOS" | "NRJ Mobile" | "NTTDocomo" | "O2" | "Odido" | "Ooredoo" | "Orange" | "Personal" | "Proximus" | "Reliance JIO" | "Robi Axiata" | "Rogers" | "Sasktel" | "SFR" | "Simba" | "Singtel" | "Sky" | "Smart" | "Smartfren" | "Softbank" | "Spectrum" | "Starhub" | "Swisscom" | "T-Mobile" | "Telcel" | "Tele2" | "Telefonica" | "Telekom" | "Telenet" | "Telenor" | "Telia" | "Telkom" | "Telkomsel" | "Telus" | "Three" | "TIM" | "TracFone" | "US Cellular" | "Verizon" | "Videotron" | "Vivo" | "Vodacom" | "Vodafone" | "Vodafone Idea" | "WindTre" | "Xfinity" | "XL" | "Yoigo" | "Unrecognized";
      /**
       * @description Country of the operator, as an ISO 3166-1 alpha-2 code.
       * @enum {string}
       */
      operatorCountry: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "UNRECOGNIZED";
      /**
       * @description Launch status with the operator before the change.
       * @enum {string}
       */
      operatorPreviousStatus: "LAUNCHED" | "NOT_LAUNCHED" | "PENDING" | "PENDING_UNLAUNCHED" | "REJECTED" | "SUSPENDED" | "UNLAUNCHED" | "INVALID_IN_GOOGLE_MY_BUSINESS" | "UNRECOGNIZED";
      /**
       * @description Launch status with the operator after the change.
       * @enum {string}
       */
      operatorCurrentStatus: "LAUNCHED" | "NOT_LAUNCHED" | "PENDING" | "PENDING_UNLAUNCHED" | "REJECTED" | "SUSPENDED" | "UNLAUNCHED" | "INVALID_IN_GOOGLE_MY_BUSINESS" | "UNRECOGNIZED";
      /** @description Note from Google or the operator, for example why the launch was rejected. */
      comment?: string;
    };
    /**
     * @description Notification that a comment was added to an RCS sender (trigger `RCS_SENDER_COMMENT_ADDED`), with the whole sender.
     * @example {
     *       "type": "RCS_SENDER_COMMENT_ADDED",
     *       "payload": {
     *         "id": "01HW3K9TQ7ZB8R4N6M2XCV5PDE",
     *         "conversationApiAppDetails": {
     *           "id": "01HW3JZ2M8Q4D6F0A7B9C1E3GK",
     *           "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *           "region": "EU",
     *           "channelStatus": "ACTIVE"
     *         },
     *         "state": "IN_TEST",
     *         "testNumberStates": [
     *           {
     *             "number": "+447700900123",
     *             "state": "VERIFIED",
     *             "submitted": "2025-03-04T10:21:07Z"
     *           },
     *           {
     *             "number": "+33639980456",
     *             "state": "PENDING",
     *             "submitted": "2025-03-05T08:02:44Z"
     *           }
     *         ],
     *         "countryStatus": [
     *           {
     *             "country": "GB",
     *             "status": "NOT_LAUNCHED",
     *             "operators": [
     *               {
     *                 "name": "EE",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               },
     *               {
     *                 "name": "O2",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               },
     *               {
     *                 "name": "Vodafone",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               },
     *               {
     *                 "name": "Three",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               }
     *             ]
     *           },
     *           {
     *             "country": "FR",
     *             "status": "NOT_LAUNCHED",
     *             "operators": [
     *               {
     *                 "name": "Orange",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               },
     *               {
     *                 "name": "SFR",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               },
     *               {
     *                 "name": "Bouygues",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               },
     *               {
     *                 "name": "Free",
     *                 "status": "NOT_LAUNCHED",
     *                 "modified": "2025-03-04T10:20:11Z"
     *               }
     *             ]
     *           }
     *         ],
     *         "details": {
     *           "brand": {
     *             "name": "Northwind",
     *             "emails": [
     *               {
     *                 "label": "Customer care",
     *                 "address": "care@northwind.example.com"
     *               }
     *             ],
     *             "phones": [
     *               {
     *                 "label": "Customer care",
     *                 "number": "+441134960000"
     *               }
     *             ],
     *             "websites": [
     *               {
     *                 "label": "Shop",
     *                 "url": "https://www.northwind.example.com"
     *               }
     *             ],
     *             "color": "#1A4D8F",
     *             "description": "Order and delivery updates from Northwind, the outdoor clothing store.",
     *             "bannerUrl": "https://cdn.northwind.example.com/rcs/brand/banner-1440x448.png",
     *             "logoUrl": "https://cdn.northwind.example.com/rcs/brand/logo-224.png",
     *             "privacyPolicyUrl": "https://www.northwind.example.com/privacy",
     *             "termsOfServiceUrl": "https://www.northwind.example.com/terms"
     *           },
     *           "testNumbers": [
     *             "+447700900123",
     *             "+33639980456"
     *           ],
     *           "countries": [
     *             "GB",
     *             "FR"
     *           ],
     *           "questionnaire": {
     *             "general": {
     *               "questions": {
     *                 "optInDescription": {
     *                   "question": "How do users agree to receive messages from this agent?",
     *                   "suggestedAnswers": []
     *                 },
     *                 "triggerDescription": {
     *                   "question": "Which events or user actions make the agent send a message?",
     *                   "suggestedAnswers": []
     *                 },
     *                 "interactionsDescription": {
     *                   "question": "Describe the main conversations users have with the agent.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "optOutDescription": {
     *                   "question": "How can users stop the messages, and how does the agent confirm it?",
     *                   "suggestedAnswers": []
     *                 },
     *                 "videoUris": {
     *                   "question": "Links to videos that show the agent's conversation flows.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "screenshotUris": {
     *                   "question": "Links to screenshots of the agent's conversations.",
     *                   "suggestedAnswers": []
     *                 }
     *               },
     *               "answers": {
     *                 "optInDescription": "Customers tick 'Send me order updates' at checkout on northwind.example.com or in the Northwind app.",
     *                 "triggerDescription": "An order is confirmed, shipped, out for delivery or delivered, or a return is received.",
     *                 "interactionsDescription": "The agent sends order cards with buttons to track the parcel, change the delivery slot or reach support; free-text replies go to a support agent.",
     *                 "optOutDescription": "Users reply STOP or tap Unsubscribe; the agent confirms once and sends nothing more.",
     *                 "videoUris": [
     *                   "https://cdn.northwind.example.com/rcs/demo/order-updates.mp4"
     *                 ],
     *                 "screenshotUris": [
     *                   "https://cdn.northwind.example.com/rcs/demo/order-shipped.png",
     *                   "https://cdn.northwind.example.com/rcs/demo/delivery-slot.png"
     *                 ]
     *               }
     *             },
     *             "verification": {
     *               "questions": {
     *                 "name": {
     *                   "question": "Full name of the person at the brand who will confirm the agent.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "email": {
     *                   "question": "Work email address of that person.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "title": {
     *                   "question": "Job title of that person.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "website": {
     *                   "question": "Website of the brand.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "phone": {
     *                   "question": "Phone number of that person, in international format.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "partner": {
     *                   "companyName": {
     *                     "question": "Name of the company that manages the agent for the brand, if any.",
     *                     "suggestedAnswers": []
     *                   },
     *                   "contactName": {
     *                     "question": "Full name of the contact at that company.",
     *                     "suggestedAnswers": []
     *                   },
     *                   "contactEmailAddress": {
     *                     "question": "Email address of the contact at that company.",
     *                     "suggestedAnswers": []
     *                   }
     *                 }
     *               },
     *               "answers": {
     *                 "name": "Dana Whitfield",
     *                 "email": "dana.whitfield@northwind.example.com",
     *                 "title": "Head of Customer Communications",
     *                 "website": "https://www.northwind.example.com",
     *                 "phone": "+447700900321",
     *                 "partner": {
     *                   "companyName": "Bluefin Digital Ltd",
     *                   "contactName": "Sam Okafor",
     *                   "contactEmailAddress": "sam.okafor@bluefin.example.net"
     *                 }
     *               }
     *             },
     *             "gb": {
     *               "questions": {
     *                 "brandIndustry": {
     *                   "question": "In which industry does the brand operate?",
     *                   "suggestedAnswers": [
     *                     "Retail",
     *                     "Financial services",
     *                     "Travel and transport",
     *                     "Healthcare",
     *                     "Telecommunications",
     *                     "Other"
     *                   ]
     *                 },
     *                 "companyLegalName": {
     *                   "question": "Registered legal name of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "companyRegistrationNumber": {
     *                   "question": "Companies House registration number of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "fullCompanyAddress": {
     *                   "question": "Registered address of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "messagesVolume": {
     *                   "question": "How many messages do you expect to send per month?",
     *                   "suggestedAnswers": [
     *                     "Fewer than 10,000",
     *                     "10,000 to 100,000",
     *                     "100,000 to 1,000,000",
     *                     "More than 1,000,000"
     *                   ]
     *                 },
     *                 "messagesFrequency": {
     *                   "question": "How often will one user receive messages?",
     *                   "suggestedAnswers": [
     *                     "Once",
     *                     "Daily",
     *                     "Weekly",
     *                     "Monthly",
     *                     "Only after an action of the user"
     *                   ]
     *                 },
     *                 "campaignLength": {
     *                   "question": "How long will the campaign run?",
     *                   "suggestedAnswers": [
     *                     "Less than a month",
     *                     "One to six months",
     *                     "Ongoing"
     *                   ]
     *                 }
     *               },
     *               "answers": {
     *                 "brandIndustry": "Retail",
     *                 "companyLegalName": "Northwind Outfitters Ltd",
     *                 "companyRegistrationNumber": "09876543",
     *                 "fullCompanyAddress": "12 Harbour Street, Leeds LS1 4AB, United Kingdom",
     *                 "messagesVolume": "10,000 to 100,000",
     *                 "messagesFrequency": "Only after an action of the user"
     *               }
     *             },
     *             "fr": {
     *               "questions": {
     *                 "fullCompanyAddress": {
     *                   "question": "Registered address of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "siren": {
     *                   "question": "SIREN number of the company (9 digits).",
     *                   "suggestedAnswers": []
     *                 }
     *               },
     *               "answers": {
     *                 "fullCompanyAddress": "18 rue des Lilas, 69003 Lyon, France",
     *                 "siren": "823456781"
     *               }
     *             }
     *           }
     *         },
     *         "region": "EU",
     *         "billingCategory": "CONVERSATIONAL",
     *         "useCase": "TRANSACTIONAL",
     *         "hostingRegion": "EUROPE",
     *         "created": "2025-03-04T09:58:31Z",
     *         "modified": "2025-03-05T08:02:44Z",
     *         "supplierDetails": {
     *           "google": {
     *             "agentId": "northwind_k7rqpz2m_agent",
     *             "brandId": "3f9c2a71-58de-4b0a-9e64-c1d27a8b5f03"
     *           }
     *         }
     *       },
     *       "comment": "Please add a video that shows how users opt out."
     *     }
     */
    RcsSenderCommentEvent: {
      /**
       * @description The trigger: always `RCS_SENDER_COMMENT_ADDED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "RCS_SENDER_COMMENT_ADDED";
      /** @description The sender, as it is now. */
      payload: components["schemas"]["RcsSender"];
      /** @description Text of the comment. */
      comment?: string;
    };
    /**
     * @description Notification that the US brand registration of an RCS sender moved on (trigger `RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED`), with the whole sender.
     * @example {
     *       "type": "RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED",
     *       "payload": {
     *         "id": "01HX2B7M4Q9T6V3Z8C1D5F0GHJ",
     *         "conversationApiAppDetails": {
     *           "id": "01HX2AW6P3R9T1V5X7Z0B2D4FH",
     *           "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *           "region": "US",
     *           "channelStatus": "ACTIVE"
     *         },
     *         "state": "IN_TEST",
     *         "testNumberStates": [
     *           {
     *             "number": "+12025550183",
     *             "state": "VERIFIED",
     *             "submitted": "2025-02-18T15:12:40Z"
     *           }
     *         ],
     *         "countryStatus": [
     *           {
     *             "country": "US",
     *             "status": "PENDING",
     *             "operators": [
     *               {
     *                 "name": "T-Mobile",
     *                 "status": "PENDING",
     *                 "modified": "2025-02-20T09:30:00Z"
     *               },
     *               {
     *                 "name": "Verizon",
     *                 "status": "PENDING",
     *                 "modified": "2025-02-20T09:30:00Z"
     *               },
     *               {
     *                 "name": "AT&T",
     *                 "status": "PENDING",
     *                 "modified": "2025-02-20T09:30:00Z"
     *               }
     *             ]
     *           }
     *         ],
     *         "details": {
     *           "brand": {
     *             "name": "Northwind",
     *             "emails": [
     *               {
     *                 "label": "Customer care",
     *                 "address": "care@northwind.example.com"
     *               }
     *             ],
     *             "phones": [
     *               {
     *                 "label": "Customer care",
     *                 "number": "+12025550147"
     *               }
     *             ],
     *             "websites": [
     *               {
     *                 "label": "Shop",
     *                 "url": "https://www.northwind.example.com"
     *               }
     *             ],
     *             "color": "#1A4D8F",
     *             "description": "Order and delivery updates from Northwind, the outdoor clothing store.",
     *             "bannerUrl": "https://cdn.northwind.example.com/rcs/brand/banner-1440x448.png",
     *             "logoUrl": "https://cdn.northwind.example.com/rcs/brand/logo-224.png",
     *             "privacyPolicyUrl": "https://www.northwind.example.com/privacy",
     *             "termsOfServiceUrl": "https://www.northwind.example.com/terms"
     *           },
     *           "testNumbers": [
     *             "+12025550183"
     *           ],
     *           "countries": [
     *             "US"
     *           ],
     *           "questionnaire": {
     *             "general": {
     *               "questions": {
     *                 "optInDescription": {
     *                   "question": "How do users agree to receive messages from this agent?",
     *                   "suggestedAnswers": []
     *                 },
     *                 "triggerDescription": {
     *                   "question": "Which events or user actions make the agent send a message?",
     *                   "suggestedAnswers": []
     *                 },
     *                 "interactionsDescription": {
     *                   "question": "Describe the main conversations users have with the agent.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "optOutDescription": {
     *                   "question": "How can users stop the messages, and how does the agent confirm it?",
     *                   "suggestedAnswers": []
     *                 },
     *                 "videoUris": {
     *                   "question": "Links to videos that show the agent's conversation flows.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "screenshotUris": {
     *                   "question": "Links to screenshots of the agent's conversations.",
     *                   "suggestedAnswers": []
     *                 }
     *               },
     *               "answers": {
     *                 "optInDescription": "Customers tick 'Send me order updates' at checkout on northwind.example.com or in the Northwind app.",
     *                 "triggerDescription": "An order is confirmed, shipped, out for delivery or delivered, or a return is received.",
     *                 "interactionsDescription": "The agent sends order cards with buttons to track the parcel, change the delivery slot or reach support; free-text replies go to a support agent.",
     *                 "optOutDescription": "Users reply STOP or tap Unsubscribe; the agent confirms once and sends nothing more.",
     *                 "videoUris": [
     *                   "https://cdn.northwind.example.com/rcs/demo/order-updates.mp4"
     *                 ],
     *                 "screenshotUris": [
     *                   "https://cdn.northwind.example.com/rcs/demo/order-shipped.png",
     *                   "https://cdn.northwind.example.com/rcs/demo/delivery-slot.png"
     *                 ]
     *               }
     *             },
     *             "verification": {
     *               "questions": {
     *                 "name": {
     *                   "question": "Full name of the person at the brand who will confirm the agent.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "email": {
     *                   "question": "Work email address of that person.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "title": {
     *                   "question": "Job title of that person.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "website": {
     *                   "question": "Website of the brand.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "phone": {
     *                   "question": "Phone number of that person, in international format.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "partner": {
     *                   "companyName": {
     *                     "question": "Name of the company that manages the agent for the brand, if any.",
     *                     "suggestedAnswers": []
     *                   },
     *                   "contactName": {
     *                     "question": "Full name of the contact at that company.",
     *                     "suggestedAnswers": []
     *                   },
     *                   "contactEmailAddress": {
     *                     "question": "Email address of the contact at that company.",
     *                     "suggestedAnswers": []
     *                   }
     *                 }
     *               },
     *               "answers": {
     *                 "name": "Dana Whitfield",
     *                 "email": "dana.whitfield@northwind.example.com",
     *                 "title": "Head of Customer Communications",
     *                 "website": "https://www.northwind.example.com",
     *                 "phone": "+12025550147"
     *               }
     *             },
     *             "us": {
     *               "questions": {
     *                 "ownershipType": {
     *                   "question": "Is the company publicly traded or privately held?",
     *                   "suggestedAnswers": [
     *                     "PUBLIC",
     *                     "PRIVATE"
     *                   ]
     *                 },
     *                 "companyLegalName": {
     *                   "question": "Registered legal name of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "companyPhoneNumber": {
     *                   "question": "Main phone number of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "companyEmailAddress": {
     *                   "question": "Main email address of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "brandName": {
     *                   "question": "Name of the brand as users know it.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "brandIndustry": {
     *                   "question": "In which industry does the brand operate?",
     *                   "suggestedAnswers": [
     *                     "AGRICULTURE",
     *                     "COMMUNICATION",
     *                     "CONSTRUCTION",
     *                     "EDUCATION",
     *                     "ENERGY",
     *                     "ENTERTAINMENT",
     *                     "FINANCIAL",
     *                     "GAMBLING",
     *                     "GOVERNMENT",
     *                     "HEALTHCARE",
     *                     "HOSPITALITY",
     *                     "HUMAN_RESOURCES",
     *                     "INSURANCE",
     *                     "LEGAL",
     *                     "MANUFACTURING",
     *                     "NON_GOVERNMENTAL_ORGANIZATION",
     *                     "POLITICAL",
     *                     "POSTAL",
     *                     "PROFESSIONAL",
     *                     "REAL_ESTATE",
     *                     "RETAIL",
     *                     "TECHNOLOGY",
     *                     "TRANSPORTATION"
     *                   ]
     *                 },
     *                 "legalForm": {
     *                   "question": "Legal form of the company.",
     *                   "suggestedAnswers": [
     *                     "CORPORATION",
     *                     "LIMITED_LIABILITY_COMPANY",
     *                     "PARTNERSHIP",
     *                     "S_CORPORATION"
     *                   ]
     *                 },
     *                 "taxIdCountry": {
     *                   "question": "Country that issued the company's tax ID.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "taxId": {
     *                   "question": "Tax ID of the company (the EIN for a US company).",
     *                   "suggestedAnswers": []
     *                 },
     *                 "addressLine": {
     *                   "question": "Street address of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "addressCity": {
     *                   "question": "City of the company's address.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "addressCountry": {
     *                   "question": "Country of the company's address.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "addressState": {
     *                   "question": "State of the company's address.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "addressPostalCode": {
     *                   "question": "Postal code of the company's address.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "websiteUrl": {
     *                   "question": "Website of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "contactFirstName": {
     *                   "question": "First name of the company's contact for this registration.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "contactSurname": {
     *                   "question": "Last name of that contact.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "stockExchange": {
     *                   "question": "Stock exchange where the company is listed.",
     *                   "suggestedAnswers": [
     *                     "NASDAQ",
     *                     "NYSE",
     *                     "LSE",
     *                     "TSX",
     *                     "Other"
     *                   ]
     *                 },
     *                 "stockSymbol": {
     *                   "question": "Stock symbol of the company.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "sampleMessages": {
     *                   "question": "Give one to five examples of messages the agent will send.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "messagesVolume": {
     *                   "question": "How many messages do you expect to send per month?",
     *                   "suggestedAnswers": []
     *                 },
     *                 "embeddedLink": {
     *                   "question": "Will messages contain links?",
     *                   "suggestedAnswers": [
     *                     "Yes",
     *                     "No"
     *                   ]
     *                 },
     *                 "embeddedPhone": {
     *                   "question": "Will messages contain phone numbers?",
     *                   "suggestedAnswers": [
     *                     "Yes",
     *                     "No"
     *                   ]
     *                 },
     *                 "ageGatedContent": {
     *                   "question": "Will messages contain age-restricted content, such as alcohol or gambling?",
     *                   "suggestedAnswers": [
     *                     "Yes",
     *                     "No"
     *                   ]
     *                 },
     *                 "directLending": {
     *                   "question": "Will messages offer loans or other direct lending?",
     *                   "suggestedAnswers": [
     *                     "Yes",
     *                     "No"
     *                   ]
     *                 },
     *                 "optInConfirmationMessage": {
     *                   "question": "Message the agent sends to confirm that a user opted in.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "helpMessage": {
     *                   "question": "Message the agent sends when a user asks for help.",
     *                   "suggestedAnswers": []
     *                 },
     *                 "callToActionMessage": {
     *                   "question": "Where and how do users opt in? Quote the text they see.",
     *                   "suggestedAnswers": []
     *                 }
     *               },
     *               "answers": {
     *                 "ownershipType": "PUBLIC",
     *                 "companyLegalName": "Northwind Outfitters Inc.",
     *                 "companyPhoneNumber": "+12025550147",
     *                 "companyEmailAddress": "compliance@northwind.example.com",
     *                 "brandName": "Northwind",
     *                 "brandIndustry": "RETAIL",
     *                 "legalForm": "CORPORATION",
     *                 "taxIdCountry": "US",
     *                 "taxId": "12-3456789",
     *                 "addressLine": "400 Market Street, Suite 900",
     *                 "addressCity": "Portland",
     *                 "addressCountry": "US",
     *                 "addressState": "OR",
     *                 "addressPostalCode": "97204",
     *                 "websiteUrl": "https://www.northwind.example.com",
     *                 "contactFirstName": "Dana",
     *                 "contactSurname": "Whitfield",
     *                 "stockExchange": "NASDAQ",
     *                 "stockSymbol": "NWND",
     *                 "sampleMessages": [
     *                   "Northwind: your order NW-48213 has shipped and arrives Thursday. Track it here: https://nwnd.example.com/t/48213",
     *                   "Northwind: your parcel is out for delivery today between 10:00 and 12:00. Reply CHANGE to pick another slot."
     *                 ],
     *                 "messagesVolume": 50000,
     *                 "embeddedLink": true,
     *                 "embeddedPhone": false,
     *                 "ageGatedContent": false,
     *                 "directLending": false,
     *                 "optInConfirmationMessage": "Northwind: you're subscribed to order updates. Msg frequency varies. Reply HELP for help, STOP to opt out.",
     *                 "helpMessage": "Northwind order updates: visit northwind.example.com/help or call +1 202 555 0147. Reply STOP to opt out.",
     *                 "callToActionMessage": "At checkout customers tick 'Send me order updates by RCS'. The text next to the box says how often we write and that STOP ends the updates."
     *               }
     *             }
     *           }
     *         },
     *         "region": "US",
     *         "billingCategory": "BASIC_MESSAGE",
     *         "useCase": "TRANSACTIONAL",
     *         "hostingRegion": "NORTH_AMERICA",
     *         "created": "2025-02-18T14:47:03Z",
     *         "modified": "2025-02-20T09:30:00Z",
     *         "supplierDetails": {
     *           "google": {
     *             "agentId": "northwind_us_p4m8xw1c_agent",
     *             "brandId": "a2d84c6e-17f3-4e59-8b0c-5f61e9d3a7b2"
     *           }
     *         },
     *         "brandDetails": {
     *           "id": "01HX2C4N7R0T3W6Y9B2E5G8JKM",
     *           "status": "DRAFT",
     *           "registration": {
     *             "id": "01HX2C5P8S1V4X7Z0C3F6H9KMN",
     *             "status": "PENDING_REVIEW"
     *           }
     *         },
     *         "campaignDetails": {
     *           "id": "01HX2C6Q9T2W5Y8A1D4G7J0MPR",
     *           "campaignName": "Northwind order updates",
     *           "requestId": "01HX2C7R0V3X6Z9B2E5H8K1NQS"
     *         }
     *       },
     *       "status": "PENDING_REVIEW",
     *       "comment": "The brand was submitted to the US operators for review."
     *     }
     */
    RcsSenderBrandOrderStatusUpdateEvent: {
      /**
       * @description The trigger: always `RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: "RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED";
      /** @description The sender, as it is now. */
      payload: components["schemas"]["RcsSender"];
      /**
       * @description Where the brand registration stands now.
       * @enum {string}
       */
      status: "ARCHIVED" | "COMPLETED" | "INCOMPLETE" | "MANUAL_REVIEW" | "NEW" | "PENDING" | "PENDING_REVIEW" | "REJECTED" | "UNRECOGNIZED" | "UNSPECIFIED";
      /** @description Note from Sinch or the operators about the registration, if any. */
      comment?: string;
    };
    /** @description Any notification that Sinch posts to a Provisioning webhook. `type` names the trigger and selects the shape; `payload` carries the resource the notification is about. Every notification is signed: see the `x-sinch-webhook-signature` headers. */
    ProvisioningCallbackEvent: components["schemas"]["WhatsAppAccountCommentEvent"] | components["schemas"]["WhatsAppAccountOnboardEvent"] | components["schemas"]["WhatsAppAccountRejectedEvent"] | components["schemas"]["WhatsAppAccountPendingVerificationEvent"] | components["schemas"]["WhatsAppAccountBusinessDailyLimitChangedEvent"] | components["schemas"]["WhatsAppAccountWabaInformationChangedEvent"] | components["schemas"]["WhatsAppSenderCommentEvent"] | components["schemas"]["WhatsAppSenderActiveEvent"] | components["schemas"]["WhatsAppSenderInactiveEvent"] | components["schemas"]["WhatsAppSenderPendingVerificationEvent"] | components["schemas"]["WhatsAppSenderRejectedEvent"] | components["schemas"]["WhatsAppSenderErrorEvent"] | components["schemas"]["WhatsAppSenderDailyLimitChangedEvent"] | components["schemas"]["WhatsAppSenderQualityRatingChangedEvent"] | components["schemas"]["WhatsAppSenderDeletedEvent"] | components["schemas"]["WhatsAppSenderDisplayNameUpdatedEvent"] | components["schemas"]["WhatsAppSenderUsernameUpdatedEvent"] | components["schemas"]["WhatsAppTemplateCommentEvent"] | components["schemas"]["WhatsAppTemplateApprovedEvent"] | components["schemas"]["WhatsAppTemplateRejectedEvent"] | components["schemas"]["WhatsAppTemplateStatusUpdatedEvent"] | components["schemas"]["WhatsAppTemplateDeletedEvent"] | components["schemas"]["WhatsAppTemplateQualityScoreUpdatedEvent"] | components["schemas"]["WhatsAppTemplateCategoryUpdatedEvent"] | components["schemas"]["WhatsAppTemplateFutureCategoryUpdateEvent"] | components["schemas"]["BundleDoneEvent"] | components["schemas"]["KakaoTalkSenderActiveEvent"] | components["schemas"]["KakaoTalkSenderInactiveEvent"] | components["schemas"]["KakaoTalkSenderRejectedEvent"] | components["schemas"]["KakaoTalkSenderCommentEvent"] | components["schemas"]["KakaoTalkTemplateCommentEvent"] | components["schemas"]["KakaoTalkTemplateApprovedEvent"] | components["schemas"]["KakaoTalkTemplateRejectedEvent"] | components["schemas"]["RcsAccountCommentEvent"] | components["schemas"]["RcsSenderStatusUpdateEvent"] | components["schemas"]["RcsSenderOperatorStatusUpdateEvent"] | components["schemas"]["RcsSenderCommentEvent"] | components["schemas"]["RcsSenderBrandOrderStatusUpdateEvent"];
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

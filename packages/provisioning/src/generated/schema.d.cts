// Generated from specs/provisioning/1.2.117/openapi.yaml by scripts/generate.mjs — do not edit.
// Run `pnpm generate` after changing the spec.

// Imported as './generated/schema.cjs' by the package's source and by both of its builds'
// declarations, which ship this file once as dist/generated/schema.d.cts.

export interface paths {
  "/v1/projects/{projectId}/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the project's webhooks
     * @description Returns the project's webhooks in alphabetical order, one page at a time; pass `nextPageToken` as `pageToken` to get the next page. A project holds at most 15 webhooks, so a call without `pageToken` or `pageSize` returns all of them.
     */
    get: operations["listWebhooks"];
    put?: never;
    /**
     * Register a webhook
     * @description Registers a webhook that Sinch notifies about the listed triggers, signing each notification with the given secret. A project holds at most 15 webhooks (`424 webhook_limit_reached` beyond that), and a target URL can be registered only once per project (`409 webhook_exists`).
     */
    post: operations["createWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/webhooks/{webhookId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a webhook
     * @description Returns one webhook of the project, without its secret.
     */
    get: operations["getWebhook"];
    /**
     * Replace a webhook
     * @description Replaces the target, secret and triggers of a webhook with the ones sent; all three are required. The new target must not be used by another webhook of the project.
     */
    put: operations["replaceWebhook"];
    post?: never;
    /**
     * Delete a webhook
     * @description Removes a webhook; Sinch stops sending notifications to its target. Notifications already on their way may still arrive.
     */
    delete: operations["deleteWebhook"];
    options?: never;
    head?: never;
    /**
     * Update a webhook
     * @description Changes only the fields that are sent (target, secret, triggers); the others keep their value. A new target must not be used by another webhook of the project.
     */
    patch: operations["updateWebhook"];
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the WhatsApp account of a project
     * @description Returns the project's WhatsApp Business Account as Sinch manages it: its onboarding state, the details in effect, and any changes still under review in `changes`.
     */
    get: operations["getWhatsAppAccount"];
    put?: never;
    /**
     * Create the WhatsApp account of a project
     * @description Starts onboarding the project's WhatsApp Business Account. In the partner-initiated form Sinch asks the client's Meta business manager (`clientBusinessManagerId`) for access and creates the account there; the deprecated form only names the company. A project has one account (409 `account_exists`); it stays in review until it is `ONBOARDED` or `REJECTED`, and each step is notified through the callbacks below.
     */
    post: operations["createWhatsAppAccount"];
    /**
     * Delete the WhatsApp account of a project
     * @description Removes the project's WhatsApp account from Sinch, together with its draft templates. Delete the account's senders first: an account that still has senders, or sender changes under review, cannot be deleted (409).
     */
    delete: operations["deleteWhatsAppAccount"];
    options?: never;
    head?: never;
    /**
     * Update the WhatsApp account of a project
     * @description Changes the details of the project's WhatsApp account; only the fields sent are changed, and at least one is required. The update is kept in `changes` while it is processed, and an account whose state does not allow changes answers 409 `account_not_updatable`.
     */
    patch: operations["updateWhatsAppAccount"];
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/activities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the activities of the WhatsApp account
     * @description Returns the activity log of the project's WhatsApp account (state changes, edits and comments) one page at a time. Pass a response's `nextPageToken` as `pageToken` to get the next page; it is empty on the last page.
     */
    get: operations["listWhatsAppAccountActivities"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/comments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Comment on the WhatsApp account
     * @description Adds a comment to the conversation with Sinch's reviewers about the project's WhatsApp account, for example to answer a question asked during onboarding. The comment also appears in the account's activities.
     */
    post: operations["createWhatsAppAccountComment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/enableTemplateAnalytics": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Enable template analytics
     * @description Asks Meta to turn on template analytics for the project's WhatsApp Business Account; the account's `wabaEnabledForInsights` then reads `true`. When Meta does not offer analytics for the account yet, the call fails with 424 `template_insights_not_yet_available`.
     */
    put: operations["enableWhatsAppTemplateAnalytics"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/flows": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List WhatsApp flows
     * @description Returns the WhatsApp Flows of the project's WhatsApp Business Account, with their status, one page at a time. Pass a response's `nextPageToken` as `pageToken` to get the next page; it is empty on the last page.
     */
    get: operations["listWhatsAppFlows"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/flows/{flowId}/screens": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the screens of a WhatsApp flow
     * @description Returns the ids of the screens of one flow, for example to choose the screen that a flow button of a template opens. The list is not paged.
     */
    get: operations["listWhatsAppFlowScreens"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/longLivedAccessToken": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exchange a Facebook token for a long-lived one
     * @deprecated
     * @description Exchanges the short-lived Facebook user access token, or the code, returned by Meta's embedded signup for a long-lived access token. Deprecated: the embedded signup form of sender creation takes the signup's code directly.
     */
    post: operations["createWhatsAppLongLivedAccessToken"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/solutions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the WhatsApp solutions of a project
     * @description Returns the Meta Multi-Partner Solutions created for the project, including whether each is assigned. The list is not paged.
     */
    get: operations["listWhatsAppSolutions"];
    put?: never;
    /**
     * Create a WhatsApp solution
     * @description Creates a Meta Multi-Partner Solution between your Meta app and Sinch, authorised by your Meta access token. The response lists the solutions that were set up in `solutions` and, with a reason, those that could not be in `failedSolutions`; a new solution still has to be assigned to the project.
     */
    post: operations["createWhatsAppSolution"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/solutions/{solutionId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a WhatsApp solution
     * @description Returns one solution of the project: its name, the Meta apps taking part and whether it is assigned to the project.
     */
    get: operations["getWhatsAppSolution"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/solutions/{solutionId}/assign": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assign a WhatsApp solution to the project
     * @description Makes the project use this solution to onboard WhatsApp accounts. A solution that is already assigned cannot be reassigned (409 `solution_cannot_be_reassigned`).
     */
    post: operations["assignWhatsAppSolution"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/wabaDetails": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * List the WhatsApp Business Accounts a Facebook token can reach
     * @deprecated
     * @description Returns the WhatsApp Business Accounts that a Facebook user access token from the embedded signup can access, with their phone numbers and whether each number is already a Sinch sender. Deprecated, like the token-based embedded signup it served.
     */
    post: operations["listWhatsAppWabaDetails"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/senders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List WhatsApp senders
     * @description Returns the project's WhatsApp senders one page at a time, optionally only those in given states (`filterStates`) or whose pending changes have given statuses (`filterStatuses`). Pass a response's `nextPageToken` as `pageToken` to get the next page; it is empty on the last page.
     */
    get: operations["listWhatsAppSenders"];
    put?: never;
    /**
     * Create a WhatsApp sender
     * @description Adds a phone number to the project as a WhatsApp sender. The body takes one of four forms: a number connected through Meta's embedded signup (`wabaId`, `phoneNumberId`), a number added to the project's existing WhatsApp Business Account (`details` with `countryCode`, `phoneNumber`, `displayName`), a partner-initiated sender with a full business profile (`phoneNumberProvider`, `details`), or the deprecated form (`name`, `details`). Setup continues after the response; follow it through the sender's `state`, its activities and the callbacks below.
     */
    post: operations["createWhatsAppSender"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/senders/{senderId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a WhatsApp sender
     * @description Returns one sender of the project: its state, the business profile in effect (`details`), any changes not in effect yet (`changes`), and its phone number, quality rating and Conversation API app.
     */
    get: operations["getWhatsAppSender"];
    put?: never;
    post?: never;
    /**
     * Delete a WhatsApp sender
     * @description Deletes the sender from the project. Deleting a sender that is already deleted fails with 409 `sender_already_deleted`.
     */
    delete: operations["deleteWhatsAppSender"];
    options?: never;
    head?: never;
    /**
     * Update a WhatsApp sender
     * @description Changes the sender's business profile. With `status` `DRAFT` (the default) the changes are only saved in `changes`; with `SUBMIT` they are sent for review and applied when accepted. Fields left out stay as they are, and a field sent as `null` is cleared.
     */
    patch: operations["updateWhatsAppSender"];
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/senders/{senderId}/activities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the activities of a WhatsApp sender
     * @description Returns the sender's activity log (state changes, edits, registration, verification and comments) one page at a time. Pass a response's `nextPageToken` as `pageToken` to get the next page; it is empty on the last page.
     */
    get: operations["listWhatsAppSenderActivities"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/senders/{senderId}/changes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Discard the pending changes of a WhatsApp sender
     * @description Deletes the sender's changes that are not in effect yet, such as a draft or a rejected update; the profile in effect stays as it is. Changes that are being reviewed cannot be discarded (409 `sender_changes_not_deletable`).
     */
    delete: operations["deleteWhatsAppSenderChanges"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/senders/{senderId}/comments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Comment on a WhatsApp sender
     * @description Adds a comment to the conversation with Sinch's reviewers about the sender, for example to answer a question asked during review. The comment also appears in the sender's activities.
     */
    post: operations["createWhatsAppSenderComment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/senders/{senderId}/register": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request a verification code for a WhatsApp sender
     * @description Starts registering the sender's phone number with WhatsApp: Meta sends a one-time code to the number by SMS or voice call. Pass the code to verifyWhatsAppSender to finish; requesting codes too often fails with 429.
     */
    post: operations["registerWhatsAppSender"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/senders/{senderId}/suggestedUsernames": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get suggested usernames for a WhatsApp sender
     * @description Returns WhatsApp usernames that Meta suggests for the sender's business; one of them can be set as `details.username` with updateWhatsAppSender.
     */
    get: operations["getWhatsAppSenderSuggestedUsernames"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/senders/{senderId}/verify": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Verify the phone number of a WhatsApp sender
     * @description Completes the registration of the sender's phone number with the one-time code that Meta sent after registerWhatsAppSender. A wrong code fails with 409 `wrong_otp`; after too many wrong codes, new codes cannot be requested for a while.
     */
    post: operations["verifyWhatsAppSender"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/templates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the WhatsApp templates of a project
     * @description Returns the project's templates, one entry per name and language, a page at a time (`pageToken`, `pageSize`). Filter by WhatsApp state, by the status of pending changes or by name. With `fieldMask`, each template holds only the selected fields.
     */
    get: operations["listWhatsAppTemplates"];
    put?: never;
    /**
     * Create a WhatsApp template
     * @description Creates a template in one language and, unless `status` is `DRAFT`, submits it to WhatsApp for review. WhatsApp's decision arrives later as a `WHATSAPP_TEMPLATE_APPROVED` or `WHATSAPP_TEMPLATE_REJECTED` notification; add a language to an existing template by creating it again with the same name.
     */
    post: operations["createWhatsAppTemplate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/templates/{templateName}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the languages of a WhatsApp template
     * @description Returns every language of the template with this name, a page at a time (`pageToken`, `pageSize`). With `fieldMask`, each template holds only the selected fields.
     */
    get: operations["listWhatsAppTemplatesByName"];
    put?: never;
    post?: never;
    /**
     * Delete a WhatsApp template in every language
     * @description Deletes all languages of the template, at Sinch and at WhatsApp. Messages can no longer be sent with it, and WhatsApp does not let the name be reused for a while.
     */
    delete: operations["deleteWhatsAppTemplatesByName"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a WhatsApp template in one language
     * @description Returns the template with its WhatsApp state, its pending change if any, and analytics for `templateAnalyticsDateRange`. With `fieldMask`, only the selected fields are returned.
     */
    get: operations["getWhatsAppTemplate"];
    put?: never;
    post?: never;
    /**
     * Delete one language of a WhatsApp template
     * @description Deletes the template in this language. By default only work not yet submitted to WhatsApp is removed (a draft, or the pending change of a live template); set `deleteSubmitted` to `true` to delete a template WhatsApp already has.
     */
    delete: operations["deleteWhatsAppTemplate"];
    options?: never;
    head?: never;
    /**
     * Change a WhatsApp template
     * @description Stores the change as the template's pending `changes`; the live template is untouched until WhatsApp approves it. With `status` `DRAFT` (the default) the change is only saved; with `SUBMIT` it is sent to WhatsApp for review. WhatsApp limits how often an approved template may be edited.
     */
    patch: operations["updateWhatsAppTemplate"];
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}/activities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the activities of a WhatsApp template
     * @description Returns the audit log of the template in this language (created, edited, submitted, rejected, comments), a page at a time (`pageToken`, `pageSize` up to 100).
     */
    get: operations["listWhatsAppTemplateActivities"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}/comments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Comment on a WhatsApp template
     * @description Adds a comment to the conversation with Sinch's reviewers about the template in this language, e.g. to answer a question they asked. Their replies arrive as `WHATSAPP_TEMPLATE_COMMENT_ADDED` notifications.
     */
    post: operations["createWhatsAppTemplateComment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/templates/{templateName}/languages/{languageCode}/compare": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Compare two WhatsApp templates
     * @description Compares how recipients reacted to this template and one other template of the project over a timeframe of 7 to 90 days: messages sent, block-rate ranking and the main reason for blocks. Both templates must have been sent enough in that timeframe for WhatsApp to compare them.
     */
    post: operations["compareWhatsAppTemplates"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/whatsapp/templates/sync": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Synchronise the WhatsApp templates with WhatsApp
     * @description Asks Sinch to fetch the templates of the project's WhatsApp Business Account from WhatsApp, so that templates created or changed outside Sinch (e.g. in Meta's WhatsApp Manager) are listed too. The number of calls is limited.
     */
    post: operations["syncWhatsAppTemplates"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/bundles": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the project's bundles
     * @description Returns the project's bundles one page at a time (`pageSize` 1–25); pass `nextPageToken` as `pageToken` to get the next page. The filters narrow the list to bundles with the given apps or states.
     */
    get: operations["listBundles"];
    put?: never;
    /**
     * Create a bundle
     * @description Starts creating the requested resources in one region and returns the bundle at once with `state` `IN_PROGRESS`. Each of `subproject`, `smsApp` and `convApp` is either `true` (create it with default settings) or an object with its settings; `webhooks` registers Provisioning webhooks, which count towards the limit of 15 per project. When Sinch has finished, `state` changes and a `BUNDLE_DONE` notification is sent.
     */
    post: operations["createBundle"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/bundles/{bundleId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a bundle
     * @description Returns one bundle with its `state` and the resources created so far; poll it, or wait for the `BUNDLE_DONE` notification, to learn when it is finished.
     */
    get: operations["getBundle"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/categories/senders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the sender categories
     * @description Returns the tree of business categories (three levels, Korean names) a KakaoTalk sender can be filed under. A sender's details name one code per level: top, mid and sub.
     */
    get: operations["listKakaoTalkSenderCategories"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/categories/senders/{plusFriendId}/templates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the template categories of a sender
     * @description Returns the template categories and subcategories Kakao accepts for the sender, in Korean and English, with guidance on which messages belong to each. A template's `categoryCode` is a subcategory `code`. Pass a page's `nextPageToken` as `pageToken` to fetch the next one.
     */
    get: operations["listKakaoTalkTemplateCategories"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/senders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the KakaoTalk senders of a project
     * @description Returns the project's KakaoTalk senders one page at a time (up to 100 per page), optionally only those in given states or whose pending changes have given statuses. Pass a page's `nextPageToken` as `pageToken` to fetch the next one.
     */
    get: operations["listKakaoTalkSenders"];
    put?: never;
    /**
     * Create a KakaoTalk sender
     * @description Creates a sender for an existing KakaoTalk channel and, unless `status` is `DRAFT`, submits it for review. Sinch downloads the logo from `logoImage`. The review's progress shows in the sender's activities and is sent to the `KAKAOTALK_SENDER_*` callbacks; once approved, the sender is registered and verified before it becomes active.
     */
    post: operations["createKakaoTalkSender"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a KakaoTalk sender
     * @description Returns a sender with its state, its approved details and any pending changes.
     */
    get: operations["getKakaoTalkSender"];
    put?: never;
    post?: never;
    /**
     * Delete a KakaoTalk sender
     * @description Deletes the sender from the project; its channel can no longer send messages through Sinch. Deleting an already deleted sender fails with `sender_already_deleted`.
     */
    delete: operations["deleteKakaoTalkSender"];
    options?: never;
    head?: never;
    /**
     * Update a KakaoTalk sender
     * @description Stores changes to the sender's details as pending `changes`: kept as a draft (the default) or submitted for review with `status: SUBMIT`. Only the fields sent change; the approved details stay in use until the changes are approved.
     */
    patch: operations["updateKakaoTalkSender"];
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/activities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the activities of a KakaoTalk sender
     * @description Returns the sender's audit log (creation, edits, submissions, review outcomes and comments) one page at a time (up to 100 per page). Pass a page's `nextPageToken` as `pageToken` to fetch the next one.
     */
    get: operations["listKakaoTalkSenderActivities"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/changes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Discard the pending changes of a KakaoTalk sender
     * @description Deletes the sender's pending `changes`; its approved details stay as they are. Changes that can no longer be withdrawn, such as those under review, fail with `sender_changes_not_deletable`.
     */
    delete: operations["deleteKakaoTalkSenderChanges"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/comments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Comment on a KakaoTalk sender
     * @description Adds a comment to the sender's conversation with Sinch's reviewers, for example to answer a question asked during review. The comment also appears in the sender's activities.
     */
    post: operations["createKakaoTalkSenderComment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/register": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a KakaoTalk sender with Kakao
     * @description Starts the registration of an approved sender's channel with Kakao; Kakao then sends a verification code to the sender's admin phone number (`adminPhoneNo`) and the sender is `VERIFYING`. Confirm the code with the verify operation.
     */
    post: operations["registerKakaoTalkSender"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the templates of a KakaoTalk sender
     * @description Returns the sender's templates one page at a time (up to 1,000 per page), optionally only those in given states, whose pending changes have given statuses, or with a given name. Pass a page's `nextPageToken` as `pageToken` to fetch the next one.
     */
    get: operations["listKakaoTalkTemplates"];
    put?: never;
    /**
     * Create a KakaoTalk template
     * @description Creates a template for the sender and, unless `status` is `DRAFT`, submits it to Kakao for review. If Kakao's validation refuses it (`template_kakaotalk_validation_error`), nothing is stored unless `saveDraftOnFailure` is `true`, which keeps it as a draft. Review outcomes are sent to the `KAKAOTALK_TEMPLATE_*` callbacks.
     */
    post: operations["createKakaoTalkTemplate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a KakaoTalk template
     * @description Returns a template with its state, its approved details and any pending changes.
     */
    get: operations["getKakaoTalkTemplate"];
    put?: never;
    post?: never;
    /**
     * Delete a KakaoTalk template
     * @description Deletes the template; messages can no longer be sent with its code.
     */
    delete: operations["deleteKakaoTalkTemplate"];
    options?: never;
    head?: never;
    /**
     * Update a KakaoTalk template
     * @description Stores changes to the template as pending `changes`: kept as a draft (the default) or submitted to Kakao for review with `status: SUBMIT`. Only the fields sent change, and `null` clears an optional field; the approved details stay in use until the changes are approved.
     */
    patch: operations["updateKakaoTalkTemplate"];
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}/activities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the activities of a KakaoTalk template
     * @description Returns the template's audit log (creation, edits, submissions, review outcomes and comments) one page at a time (up to 100 per page). Pass a page's `nextPageToken` as `pageToken` to fetch the next one.
     */
    get: operations["listKakaoTalkTemplateActivities"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}/changes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Discard the pending changes of a KakaoTalk template
     * @description Deletes the template's pending `changes` (its draft or rejected edit); the approved version stays as it is. Changes that can no longer be withdrawn, such as those under review, fail with `template_not_deletable`.
     */
    delete: operations["deleteKakaoTalkTemplateDraft"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}/comments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Comment on a KakaoTalk template
     * @description Adds a comment to the template's conversation with the reviewers, for example to explain a resubmission. The comment also appears in the template's activities.
     */
    post: operations["createKakaoTalkTemplateComment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/verify": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Verify a KakaoTalk sender
     * @description Confirms the sender with the verification code Kakao sent to its admin phone number after registration; on success the sender becomes `ACTIVE`. A sender that is not waiting for a code fails with `not_allowed_verify`.
     */
    post: operations["verifyKakaoTalkSender"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/conversation/apps/{conversationAppId}/instagram": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the Instagram account of a Conversation API app
     * @description Returns the state of the app's Instagram channel and the Instagram account behind it, as fetched from Meta.
     */
    get: operations["getInstagramChannel"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/conversation/apps/{conversationAppId}/messenger": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the Facebook Page of a Conversation API app
     * @description Returns the state of the app's Messenger channel and the Facebook Page behind it, as fetched from Meta.
     */
    get: operations["getMessengerChannel"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/conversation/apps/{conversationAppId}/telegram": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the Telegram bot of a Conversation API app
     * @description Returns the state of the app's Telegram channel and the bot behind it, as fetched from Telegram.
     */
    get: operations["getTelegramChannel"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/conversation/apps/{conversationAppId}/viber": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the Viber bot of a Conversation API app
     * @description Returns the state of the app's Viber channel and the Viber bot account behind it, as fetched from Viber.
     */
    get: operations["getViberChannel"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/rcs/activities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the activities of the RCS account
     * @description Returns the project's RCS account log: when the account was created and every comment posted on it. The list is paged: pass `nextPageToken` as `pageToken` to get the next page.
     */
    get: operations["listRcsAccountActivities"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/rcs/comments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Comment on the RCS account
     * @description Posts a comment to Sinch's reviewers about the project's RCS account as a whole, for example to ask about onboarding. Replies arrive as comments too, and each new comment is notified with the `RCS_ACCOUNT_COMMENT_ADDED` trigger.
     */
    post: operations["createRcsAccountComment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/rcs/questionnaire/{useCase}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the launch questionnaire
     * @description Returns the questions a sender with this use case must answer before launch: the general and verification sections, and one section for each of the `countries` that has its own (GB, FR, US). For the US, `usQuestionnaireVersion` and `usQuestionnaireBrandCampaignVersion` choose the form and the kind of brand.
     */
    get: operations["getRcsQuestionnaire"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/rcs/senders": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List RCS senders
     * @description Returns the project's RCS senders, optionally filtered by app, IDs, state or free text and sorted. The list is paged: pass `nextPageToken` as `pageToken` to get the next page.
     */
    get: operations["listRcsSenders"];
    put?: never;
    /**
     * Create an RCS sender
     * @description Creates an RCS sender (an RBM agent at Google) in the given region. Sinch downloads the logo and banner from their URLs, creates the agent and invites the test numbers; the sender reaches `IN_TEST` once the agent exists. State changes, operator decisions, comments and US brand registration progress are notified to the project's webhooks.
     */
    post: operations["createRcsSender"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/rcs/senders/{senderId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an RCS sender
     * @description Returns one RCS sender with its profile, questionnaire, test numbers and launch status per country and operator.
     */
    get: operations["getRcsSender"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Update an RCS sender
     * @description Changes a sender's profile, test numbers, countries or questionnaire answers: only the fields sent change, and `null` clears a field that allows it. Fields that cannot change in the sender's current state are refused with `fields_not_updatable`. For the US section, `usQuestionnaireVersion` names the form the answers follow.
     */
    patch: operations["updateRcsSender"];
    trace?: never;
  };
  "/v1/projects/{projectId}/rcs/senders/{senderId}/activities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the activities of an RCS sender
     * @description Returns a sender's log: creation, edits, state changes and comments. The list is paged: pass `nextPageToken` as `pageToken` to get the next page.
     */
    get: operations["listRcsSenderActivities"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/rcs/senders/{senderId}/comments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Comment on an RCS sender
     * @description Posts a comment to Sinch's reviewers about one sender, for example to answer a question about its questionnaire. Each new comment on the sender is notified with the `RCS_SENDER_COMMENT_ADDED` trigger.
     */
    post: operations["createRcsSenderComment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/rcs/senders/{senderId}/launch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Launch an RCS sender
     * @description Asks Sinch to launch the sender in its countries. The sender must be `IN_TEST`, its brand verified and its questionnaire complete; it then moves to `PREPARING_LAUNCH` and `LAUNCHING` while Google and each operator review it. Progress is notified with the `RCS_SENDER_STATUS_UPDATED` and `RCS_SENDER_OPERATOR_STATUS_UPDATED` triggers.
     */
    post: operations["launchRcsSender"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add test numbers to an RCS sender
     * @description Invites phone numbers (E.164) to test the sender before launch: the user of each number gets an invitation and, once it is accepted, receives the sender's messages. Up to 200 numbers per call; the response lists every test number of the sender with the state of its invitation.
     */
    post: operations["addRcsTestNumbers"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a test number of an RCS sender
     * @description Returns the state of the invitation sent to one test number, for example whether the user has accepted it.
     */
    get: operations["getRcsTestNumber"];
    put?: never;
    post?: never;
    /**
     * Remove a test number from an RCS sender
     * @description Removes the number from the sender's testers; the sender can no longer message it before launch.
     */
    delete: operations["deleteRcsTestNumber"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}/capabilities": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the RCS features of a test number
     * @description Asks Google which RCS features the device behind a test number supports, such as rich cards or suggested actions. The user must have accepted the invitation and the device must be reachable over RCS.
     */
    get: operations["getRcsTestNumberCapabilities"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/rcs/senders/{senderId}/testNumbers/{testNumber}/retry": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Invite a test number again
     * @description Sends the tester invitation to the number again, for example after it expired, and returns the new state of the invitation.
     */
    get: operations["retryRcsTestNumber"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/sms/smsApps": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the project's SMS apps
     * @description Returns the project's SMS apps one page at a time (`pageSize` 1–100); pass `nextPageToken` as `pageToken` to get the next page.
     */
    get: operations["listSmsApps"];
    put?: never;
    /**
     * Create an SMS app
     * @description Creates an SMS app in one region. Set `convApiApp` to also create a Conversation API app that uses it as its SMS channel, or `convApiAppId` to connect it to an existing Conversation API app. The app is returned at once and provisioned in the background; its `status` reads `ACTIVE` once it is ready.
     */
    post: operations["createSmsApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/projects/{projectId}/sms/smsApps/{smsAppId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an SMS app
     * @description Returns one SMS app of the project, with its provisioning status and the Conversation API app it is linked to, if any.
     */
    get: operations["getSmsApp"];
    put?: never;
    post?: never;
    /**
     * Delete an SMS app
     * @description Deletes an SMS app of the project. A Conversation API app linked to it loses its SMS channel, so check that none still relies on it.
     */
    delete: operations["deleteSmsApp"];
    options?: never;
    head?: never;
    /**
     * Rename an SMS app
     * @description Changes the name of an SMS app; the name is the only field that can be changed.
     */
    patch: operations["updateSmsApp"];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description An event a Provisioning webhook can listen to; each notification carries the name of its trigger in `type`. `ALL` subscribes to every trigger. The other values name the resource and what happened to it, e.g. `WHATSAPP_TEMPLATE_APPROVED` or `BUNDLE_DONE` (a bundle finished processing).
     * @enum {string}
     */
    WebhookTriggersEnum: "ALL" | "BUNDLE_DONE" | "KAKAOTALK_SENDER_ACTIVE" | "KAKAOTALK_SENDER_COMMENT_ADDED" | "KAKAOTALK_SENDER_INACTIVE" | "KAKAOTALK_SENDER_REJECTED" | "KAKAOTALK_TEMPLATE_APPROVED" | "KAKAOTALK_TEMPLATE_COMMENT_ADDED" | "KAKAOTALK_TEMPLATE_REJECTED" | "RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED" | "RCS_SENDER_COMMENT_ADDED" | "RCS_SENDER_OPERATOR_STATUS_UPDATED" | "RCS_SENDER_STATUS_UPDATED" | "RCS_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED" | "WHATSAPP_ACCOUNT_ONBOARDED" | "WHATSAPP_ACCOUNT_PENDING_VERIFICATION" | "WHATSAPP_ACCOUNT_REJECTED" | "WHATSAPP_WABA_ACCOUNT_CHANGED" | "WHATSAPP_SENDER_ACTIVE" | "WHATSAPP_SENDER_COMMENT_ADDED" | "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED" | "WHATSAPP_SENDER_DELETED" | "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED" | "WHATSAPP_SENDER_ERROR" | "WHATSAPP_SENDER_INACTIVE" | "WHATSAPP_SENDER_PENDING_VERIFICATION" | "WHATSAPP_SENDER_QUALITY_RATING_CHANGED" | "WHATSAPP_SENDER_REJECTED" | "WHATSAPP_SENDER_USERNAME_UPDATED" | "WHATSAPP_TEMPLATE_APPROVED" | "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE" | "WHATSAPP_TEMPLATE_CATEGORY_UPDATED" | "WHATSAPP_TEMPLATE_COMMENT_ADDED" | "WHATSAPP_TEMPLATE_DELETED" | "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED" | "WHATSAPP_TEMPLATE_REJECTED" | "WHATSAPP_TEMPLATE_STATUS_UPDATED";
    /**
     * @description A registered Provisioning webhook. Its secret is never returned.
     * @example {
     *       "id": "01J8ZQ5C3D6E8G0H2J4K6L8M0N",
     *       "target": "https://status.example.com/sinch/senders",
     *       "projectId": "5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e",
     *       "triggers": [
     *         "WHATSAPP_SENDER_ACTIVE",
     *         "WHATSAPP_SENDER_REJECTED",
     *         "RCS_SENDER_STATUS_UPDATED"
     *       ]
     *     }
     */
    Webhook: {
      /** @description ID of the webhook, assigned by Sinch when it is registered. */
      id: string;
      /** @description URL that Sinch posts the notifications to. */
      target: string;
      /** @description ID of the Sinch project the webhook belongs to. */
      projectId: string;
      /** @description The triggers the webhook listens to. */
      triggers: components["schemas"]["WebhookTriggersEnum"][];
    };
    /** @description An error returned by the webhook operations: a machine-readable code, what went wrong, and how to fix it. */
    WebhookError: {
      /** @description Machine-readable error code in snake_case, e.g. `webhook_not_found`; each operation lists the codes it can return. */
      errorCode: string;
      /** @description What went wrong, in English. */
      message: string;
      /** @description What to do to fix the problem, in English. */
      resolution: string;
      /** @description Details of the error keyed by topic (usually a field name); each value is a list of messages. */
      additionalInformation?: {
        [key: string]: string[];
      };
    };
    /**
     * @description A Provisioning webhook as sent to register or replace it.
     * @example {
     *       "target": "https://hooks.example.com/sinch/provisioning",
     *       "secret": "2b4d6f8a0c1e3a5c7e9b1d3f5a7c9e0b",
     *       "triggers": [
     *         "WHATSAPP_TEMPLATE_APPROVED",
     *         "WHATSAPP_TEMPLATE_REJECTED"
     *       ]
     *     }
     */
    WebhookInput: {
      /**
       * Format: url
       * @description URL that Sinch posts the notifications to, 1–742 characters. A project can register a URL only once.
       */
      target: string;
      /** @description Secret, 1–128 characters, that Sinch uses to sign each notification (HMAC-SHA256, see the `x-sinch-webhook-signature` header) so your server can verify it. Choose a long random value; it is never returned. */
      secret: string;
      /** @description The triggers to listen to, at least one; `ALL` listens to every trigger. */
      triggers: components["schemas"]["WebhookTriggersEnum"][];
    };
    /** @description The fields of a Provisioning webhook to change; the fields left out keep their current value. */
    WebhookUpdateWebhookInput: {
      /**
       * Format: url
       * @description New URL that Sinch posts the notifications to, 1–742 characters.
       */
      target?: string;
      /** @description New signing secret, 1–128 characters. Notifications are signed with it from now on; it is never returned. */
      secret?: string;
      /** @description The new list of triggers, at least one; it replaces the current list. */
      triggers?: components["schemas"]["WebhookTriggersEnum"][];
    };
    /** @description One page of the project's Provisioning webhooks. */
    WebhookList: {
      /** @description Number of webhooks in the project, across all pages. */
      totalSize: number;
      /** @description Number of webhooks on this page. */
      pageSize: number;
      /** @description Token of the previous page; empty on the first page. */
      previousPageToken?: string;
      /** @description Token to pass as `pageToken` to get the next page; empty on the last page. */
      nextPageToken?: string;
      /** @description The webhooks on this page; a project holds at most 15. */
      webhooks: components["schemas"]["Webhook"][];
    };
    /**
     * @description A country as an ISO 3166-1 alpha-2 code (`XK` stands for Kosovo); `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppCountryCodesEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "UNRECOGNIZED";
    /** @description Descriptive details of a solution. */
    WhatsAppSolutionDetails: {
      /** @description Name of the solution. */
      name: string;
    };
    /** @description A Meta app taking part in a solution. */
    WhatsAppSolutionMetaApp: {
      /** @description Meta's id of the app. */
      readonly id: number;
      /** @description Name of the app at Meta. */
      readonly name: string;
    };
    /** @description A Meta Multi-Partner Solution: your Meta app paired with a Sinch Meta app, used to onboard WhatsApp accounts of your clients. */
    WhatsAppSolution: {
      /** @description Id of the solution; use it in the path of the solution operations. */
      readonly id: string;
      /** @description Descriptive details of the solution. */
      details: components["schemas"]["WhatsAppSolutionDetails"];
      /** @description Sinch's Meta app, which takes part in the solution as partner. */
      readonly partnerApp?: components["schemas"]["WhatsAppSolutionMetaApp"];
      /** @description Your Meta app, which owns the solution. */
      readonly ownerApp?: components["schemas"]["WhatsAppSolutionMetaApp"];
      /** @description Whether the solution is assigned to the project. */
      readonly assigned: boolean;
    };
    /**
     * @description Why a solution could not be set up: `CREATION_FAILED` (Meta did not create it) or `ACTIVATION_FAILED` (it was created but could not be activated). `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppFailedSolutionErrorsEnum: "ACTIVATION_FAILED" | "CREATION_FAILED" | "UNRECOGNIZED";
    /** @description A solution that could not be set up with one of Sinch's partner apps. */
    WhatsAppFailedSolution: {
      /** @description Meta's id of the Sinch partner app for which setup failed. */
      readonly partnerAppId: string;
      /** @description Why setup failed. */
      readonly errorCode: components["schemas"]["WhatsAppFailedSolutionErrorsEnum"];
      /** @description Details of the failure, in English. */
      readonly errorMessage?: string;
    };
    /** @description The result of creating solutions: those that were set up and those that failed. */
    WhatsAppCreateSolutionList: {
      /** @description The solutions that were set up; empty when none was. */
      solutions: components["schemas"]["WhatsAppSolution"][];
      /** @description The solutions that could not be set up; empty when all were. */
      failedSolutions: components["schemas"]["WhatsAppFailedSolution"][];
    };
    /** @description Descriptive details of a new solution. */
    WhatsAppSolutionDetailsInput: {
      /** @description Name of the solution. */
      name: string;
    };
    /** @description A request to create a Multi-Partner Solution for your Meta app. */
    WhatsAppSolutionInput: {
      /** @description Descriptive details of the solution. */
      details: components["schemas"]["WhatsAppSolutionDetailsInput"];
      /** @description A Meta access token of your app that may create solutions, for example a system user token. It is used for this request only. */
      accessToken: string;
      /** @description Sinch's business manager to pair the solution with. */
      businessManager: components["schemas"]["WhatsAppInputBusinessManagersPublicDocumentationEnum"];
    };
    /** @description The solutions of a project. */
    WhatsAppSolutionList: {
      /** @description The solutions; empty when the project has none. */
      solutions: components["schemas"]["WhatsAppSolution"][];
    };
    /** @description A phone number of a WhatsApp Business Account. */
    WhatsAppWabaNumbers: {
      /** @description Meta's id of the phone number (its phone number id). */
      id: string;
      /** @description The number as Meta displays it, for example `+46 73 200 11 22`. */
      displayPhoneNumber: string;
      /** @description Whether the number is already a Sinch sender. */
      provisioned: boolean;
    };
    /** @description A WhatsApp Business Account that a Facebook token can access. */
    WhatsAppWabaDetails: {
      /** @description Meta's id of the WhatsApp Business Account. */
      id: string;
      /** @description The phone numbers of the account. */
      numbers: components["schemas"]["WhatsAppWabaNumbers"][];
    };
    /** @description The WhatsApp Business Accounts that a Facebook token can access. */
    WhatsAppWabaDetailsList: {
      /** @description The accounts; empty when the token reaches none. */
      wabas: components["schemas"]["WhatsAppWabaDetails"][];
    };
    /**
     * @description Sinch's Meta business manager (business portfolio) to use; each is a different Sinch entity.
     * @enum {string}
     */
    WhatsAppInputBusinessManagersEnum: "SINCH_AMERICA" | "SINCH_BR" | "SINCH_MX" | "SINCH_SEP" | "SINCH_UK";
    /** @description The Facebook token whose WhatsApp Business Accounts to list. */
    WhatsAppWabaDetailsListInput: {
      /** @description Facebook user access token returned by Meta's embedded signup. */
      facebookToken: string;
      /** @description Sinch's business manager that the accounts are shared with. */
      businessManager?: components["schemas"]["WhatsAppInputBusinessManagersEnum"];
    };
    /** @description A long-lived Facebook user access token. */
    WhatsAppLongLivedAccessToken: {
      /** @description The long-lived access token; keep it secret. */
      longLivedAccessToken: string;
    };
    /** @description What to exchange for a long-lived token: the short-lived token or the code from Meta's embedded signup (send one of the two). */
    WhatsAppLongLivedAccessTokenInput: {
      /** @description Short-lived Facebook user access token returned by Meta's embedded signup. */
      facebookToken?: string;
      /** @description Code returned by Meta's embedded signup; it can be exchanged once. */
      facebookCode?: string;
      /** @description Sinch's business manager that the signup was made for. */
      businessManager?: components["schemas"]["WhatsAppInputBusinessManagersEnum"];
    };
    /**
     * @description Industry of the business, shown in its WhatsApp business profile.
     * @enum {string}
     */
    WhatsAppInputAccountWhatsAppVerticalsEnum: "ALCOHOL" | "AUTOMOTIVE" | "BEAUTY_SPA_SALON" | "CLOTHING_AND_APPAREL" | "EDUCATION" | "ENTERTAINMENT" | "EVENT_PLANNING_AND_SERVICE" | "FINANCE_AND_BANKING" | "FOOD_AND_GROCERY" | "HOTEL_AND_LODGING" | "MEDICAL_AND_HEALTH" | "NON_PROFIT" | "OTC_DRUGS" | "OTHER" | "PHYSICAL_GAMBLING" | "PROFESSIONAL_SERVICES" | "PUBLIC_SERVICE" | "RESTAURANT" | "SHOPPING_AND_RETAIL" | "TRAVEL_AND_TRANSPORTATION";
    /** @description Sender settings of a new account: the name and industry the business shows on WhatsApp, and where its senders are hosted. */
    WhatsAppInputAccountSenderRelatedDetails: {
      /** @description Name of the business as shown to WhatsApp users, 1 to 255 characters; Meta reviews it. */
      displayName: string;
      /** @description Industry of the business. */
      businessCategory: components["schemas"]["WhatsAppInputAccountWhatsAppVerticalsEnum"];
      /** @description Sinch region to host the senders. */
      region?: components["schemas"]["WhatsAppSenderInputRegionEnum"];
      /** @description Where Meta should keep the senders' message data at rest; leave it out to not use Local Storage. */
      metaLocalStorage?: components["schemas"]["WhatsAppSenderInputMetaLocalStoragesEnum"];
    };
    /**
     * @description Partner-initiated onboarding: Sinch asks the client's Meta business manager for access and creates the WhatsApp Business Account there.
     * @example {
     *       "wabaName": "Bluebird Bikes",
     *       "clientBusinessManagerId": "1843902765123456",
     *       "businessManager": "SINCH_UK",
     *       "senderDetails": {
     *         "displayName": "Bluebird Bikes",
     *         "businessCategory": "SHOPPING_AND_RETAIL",
     *         "region": "EU"
     *       }
     *     }
     */
    WhatsAppInputAccountPartnerInitiated: {
      /** @description Name of the WhatsApp Business Account to create, 1 to 255 characters. */
      wabaName: string;
      /** @description Meta's id of the client's business manager (business portfolio), 1 to 255 characters. */
      clientBusinessManagerId: string;
      /** @description Sinch's business manager to manage the account through. */
      businessManager?: components["schemas"]["WhatsAppInputBusinessManagersEnum"];
      /** @description Sender settings of the account. */
      senderDetails: components["schemas"]["WhatsAppInputAccountSenderRelatedDetails"];
    };
    /**
     * @description Former way to create an account from the client's business manager id and company name. Deprecated: use the partner-initiated form.
     * @example {
     *       "clientBusinessManagerId": "1843902765123456",
     *       "businessManager": "SINCH_UK",
     *       "companyLegalName": "Bluebird Bikes AB"
     *     }
     */
    WhatsAppInputAccountDeprecated: {
      /** @description Meta's id of the client's business manager (business portfolio), 1 to 255 characters. */
      clientBusinessManagerId: string;
      /** @description Sinch's business manager to manage the account through. */
      businessManager?: components["schemas"]["WhatsAppInputBusinessManagersEnum"];
      /** @description Legal name of the client's company, 1 to 255 characters. */
      companyLegalName: string;
    };
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
    /** @description Sender settings of an account to change; only the fields sent are changed. */
    WhatsAppInputAccountSenderRelatedUpdateDetails: {
      /** @description Name of the business as shown to WhatsApp users, 1 to 255 characters; Meta reviews it. */
      displayName?: string;
      /** @description Industry of the business. */
      businessCategory?: components["schemas"]["WhatsAppInputAccountWhatsAppVerticalsEnum"];
      /** @description Sinch region to host the senders. */
      region?: components["schemas"]["WhatsAppSenderInputRegionEnum"];
      /** @description Where Meta should keep the senders' message data at rest. */
      metaLocalStorage?: components["schemas"]["WhatsAppSenderInputMetaLocalStoragesEnum"];
    };
    /** @description Changes to the details of a WhatsApp account; only the fields sent are changed. */
    WhatsAppInputUpdateAccount: {
      /**
       * @deprecated
       * @description Legal name of the client's company, 1 to 255 characters. Deprecated.
       */
      companyLegalName?: string;
      /** @description Name of the WhatsApp Business Account, 1 to 255 characters. */
      wabaName?: string;
      /** @description Meta's id of the client's business manager (business portfolio), 1 to 255 characters. */
      clientBusinessManagerId?: string;
      /** @description Sender settings to change. */
      senderDetails?: components["schemas"]["WhatsAppInputAccountSenderRelatedUpdateDetails"];
    };
    /**
     * @description What happened to a WhatsApp account: `CREATED`, `EDITED`, `DRAFT` (changes saved as draft), `IN_PROGRESS`, `PENDING_FACEBOOK_VERIFICATION` or `REJECTED` (the account or its changes moved to that status), or `COMMENT_ADDED`.
     * @enum {string}
     */
    WhatsAppAccountNotificationTypeEnum: "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "PENDING_FACEBOOK_VERIFICATION" | "REJECTED";
    /** @description An entry in the activity log of a WhatsApp account. */
    WhatsAppAccountNotification: {
      /** @description What happened. */
      type: components["schemas"]["WhatsAppAccountNotificationTypeEnum"];
      /** @description When it happened, ISO 8601 in UTC. */
      created?: string;
      /** @description Who caused it: a user of the project, or Sinch. */
      author?: string;
      /** @description The text of the comment, for `COMMENT_ADDED` entries. */
      comment?: string;
    };
    /** @description One page of the activity log of a WhatsApp account. */
    WhatsAppAccountNotificationList: {
      /** @description Total number of items across all pages. */
      totalSize: number;
      /** @description Number of items on this page. */
      pageSize: number;
      /** @description Token of the previous page, to pass as `pageToken`; empty on the first page. */
      previousPageToken?: string;
      /** @description Token of the next page, to pass as `pageToken`; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The entries on this page. */
      notifications: components["schemas"]["WhatsAppAccountNotification"][];
    };
    /**
     * @description Status of a WhatsApp flow at Meta: `FLOW_STATUS_DRAFT` (being edited; it cannot be sent yet), `FLOW_STATUS_PUBLISHED` (can be sent) or `FLOW_STATUS_DEPRECATED` (can no longer be sent). `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppFlowStatusesEnum: "FLOW_STATUS_DEPRECATED" | "FLOW_STATUS_DRAFT" | "FLOW_STATUS_PUBLISHED" | "UNRECOGNIZED";
    /** @description A WhatsApp flow of the project's WhatsApp Business Account. */
    WhatsAppFlow: {
      /** @description Meta's id of the flow. */
      id: string;
      /** @description Name of the flow at Meta. */
      name: string;
      /** @description Status of the flow. */
      status: components["schemas"]["WhatsAppFlowStatusesEnum"];
    };
    /** @description One page of WhatsApp flows. */
    WhatsAppFlowList: {
      /** @description Total number of items across all pages. */
      totalSize: number;
      /** @description Number of items on this page. */
      pageSize: number;
      /** @description Token of the previous page, to pass as `pageToken`; empty on the first page. */
      previousPageToken?: string;
      /** @description Token of the next page, to pass as `pageToken`; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The flows on this page. */
      flows: components["schemas"]["WhatsAppFlow"][];
    };
    /** @description A screen of a WhatsApp flow. */
    WhatsAppFlowScreen: {
      /** @description Id of the screen as defined in the flow, for example `WELCOME_SCREEN`. */
      id: string;
    };
    /** @description The screens of a WhatsApp flow. */
    WhatsAppFlowScreenList: {
      /** @description The screens of the flow. */
      screens: components["schemas"]["WhatsAppFlowScreen"][];
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
    /**
     * @description Industry of the business, shown in its WhatsApp business profile.
     * @enum {string}
     */
    WhatsAppSenderInputWhatsAppVerticalEnum: "ALCOHOL" | "AUTOMOTIVE" | "BEAUTY_SPA_SALON" | "CLOTHING_AND_APPAREL" | "EDUCATION" | "ENTERTAINMENT" | "EVENT_PLANNING_AND_SERVICE" | "FINANCE_AND_BANKING" | "FOOD_AND_GROCERY" | "HOTEL_AND_LODGING" | "MEDICAL_AND_HEALTH" | "NON_PROFIT" | "ONLINE_GAMBLING" | "OTC_DRUGS" | "OTHER" | "PHYSICAL_GAMBLING" | "PROFESSIONAL_SERVICES" | "PUBLIC_SERVICE" | "RESTAURANT" | "SHOPPING_AND_RETAIL" | "TRAVEL_AND_TRANSPORTATION";
    /** @description Business profile fields to change; fields left out stay as they are. */
    WhatsAppUpdateSenderInputDetails: {
      /** @description Name of the business as shown to WhatsApp users, 1 to 128 characters; Meta reviews it. */
      displayName?: string;
      /** @description Description of the business, 1 to 512 characters. `null` clears it. */
      description?: string | null;
      /** @description Industry of the business. */
      vertical?: components["schemas"]["WhatsAppSenderInputWhatsAppVerticalEnum"];
      /**
       * Format: email
       * @description Contact email address, at most 128 characters. `null` clears it.
       */
      email?: string | null;
      /** @description Postal address of the business, 1 to 256 characters. `null` clears it. */
      address?: string | null;
      /**
       * Format: url
       * @description First website, a URL of at most 256 characters. `null` clears it.
       */
      websiteOne?: string | null;
      /**
       * Format: url
       * @description Second website, a URL of at most 256 characters. `null` clears it.
       */
      websiteTwo?: string | null;
      /** @description Short "About" text, 1 to 139 characters. `null` clears it. */
      about?: string | null;
      /**
       * Format: url
       * @description Public URL of the profile photo, at most 256 characters; Sinch downloads the image from it (JPEG or PNG). `null` clears it.
       */
      photoUrl?: string | null;
      /** @description WhatsApp username to claim for the business, for example one of the suggested usernames. `null` clears it. */
      username?: string | null;
    };
    /** @description An update to a sender's business profile. */
    WhatsAppUpdateSenderInput: {
      /**
       * @description `DRAFT` (the default) only saves the changes; `SUBMIT` sends them for review.
       * @default DRAFT
       */
      status?: components["schemas"]["WhatsAppActionsEnum"];
      /** @description The profile fields to change. */
      details?: components["schemas"]["WhatsAppUpdateSenderInputDetails"];
    };
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
    /** @description One page of WhatsApp senders. */
    WhatsAppSenderList: {
      /** @description Total number of items across all pages. */
      totalSize: number;
      /** @description Number of items on this page. */
      pageSize: number;
      /** @description Token of the previous page, to pass as `pageToken`; empty on the first page. */
      previousPageToken?: string;
      /** @description Token of the next page, to pass as `pageToken`; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The senders on this page. */
      senders: components["schemas"]["WhatsAppSender"][];
    };
    /** @description Embedded signup form: connect a phone number that the client added to its WhatsApp Business Account in Meta's embedded signup. */
    WhatsAppSenderInputEs: {
      /** @description Sinch region to host the sender. */
      region?: components["schemas"]["WhatsAppSenderInputRegionEnum"];
      /** @description Where Meta should keep the sender's message data at rest; leave it out to not use Local Storage. */
      metaLocalStorage?: components["schemas"]["WhatsAppSenderInputMetaLocalStoragesEnum"];
      /** @description Meta's id of the WhatsApp Business Account, returned by the embedded signup. */
      wabaId: string;
      /** @description Meta's id of the phone number, returned by the embedded signup. */
      phoneNumberId: string;
      /** @description Sinch's business manager that the signup was made for. */
      businessManager?: components["schemas"]["WhatsAppInputBusinessManagersPublicDocumentationEnum"];
      /** @description The code returned by the embedded signup; Sinch exchanges it with Meta for access to the account. */
      authenticationCode?: string;
    };
    /**
     * @description Sinch region to host a WhatsApp sender: `BR` (Brazil), `EU` (Europe) or `US` (United States).
     * @enum {string}
     */
    WhatsAppSenderInputBotRegionEnum: "BR" | "EU" | "US";
    /** @description The phone number to add and the name it shows. */
    WhatsAppInputSenderPhoneProvisioningDetails: {
      /**
       * Format: country code
       * @description Country of the phone number, as an ISO 3166-1 alpha-2 code such as `SE`.
       */
      countryCode: string;
      /**
       * Format: numeric phone number
       * @description The phone number in digits only, with the country calling code and without `+`; at most 32 characters.
       */
      phoneNumber: string;
      /** @description Name of the business as shown to WhatsApp users, 1 to 128 characters; Meta reviews it. */
      displayName: string;
    };
    /** @description Phone provisioning form: add another phone number to the project's existing WhatsApp Business Account. */
    WhatsAppInputSenderPhoneProvisioning: {
      /** @description Sinch region to host the sender. */
      region?: components["schemas"]["WhatsAppSenderInputBotRegionEnum"];
      /** @description Where Meta should keep the sender's message data at rest; leave it out to not use Local Storage. */
      metaLocalStorage?: components["schemas"]["WhatsAppSenderInputMetaLocalStoragesEnum"];
      /** @description The phone number and its display name. */
      details: components["schemas"]["WhatsAppInputSenderPhoneProvisioningDetails"];
    };
    /**
     * @description Who provides the phone number: `CUSTOMER` (the business brings its own number) or `SINCH` (Sinch provides a number).
     * @enum {string}
     */
    WhatsAppSenderInputNumberProviderTypeEnum: "CUSTOMER" | "SINCH";
    /** @description Business profile and phone number of a partner-initiated sender. */
    WhatsAppInputSenderPartnerInitiatedDetails: {
      /** @description Name of the business as shown to WhatsApp users, 1 to 128 characters; Meta reviews it. */
      displayName: string;
      /** @description Description of the business, 1 to 512 characters. */
      description?: string;
      /** @description Industry of the business. */
      vertical: components["schemas"]["WhatsAppSenderInputWhatsAppVerticalEnum"];
      /**
       * Format: email
       * @description Contact email address, at most 128 characters.
       */
      email?: string;
      /** @description Postal address of the business, 1 to 256 characters. */
      address?: string;
      /**
       * Format: url
       * @description First website, a URL of at most 256 characters.
       */
      websiteOne?: string;
      /**
       * Format: url
       * @description Second website, a URL of at most 256 characters.
       */
      websiteTwo?: string;
      /** @description Short "About" text, 1 to 139 characters. */
      about?: string;
      /**
       * Format: url
       * @description Public URL of the profile photo, at most 256 characters; Sinch downloads the image from it (JPEG or PNG).
       */
      photoUrl?: string;
      /**
       * Format: country code
       * @description Country of the phone number, as an ISO 3166-1 alpha-2 code such as `SE`.
       */
      countryCode: string;
      /**
       * Format: numeric phone number
       * @description The phone number in digits only, with the country calling code and without `+`; at most 32 characters.
       */
      phoneNumber?: string;
    };
    /** @description Partner-initiated form: a sender with its full business profile, reviewed by Sinch before it is set up in the project's WhatsApp Business Account. */
    WhatsAppInputSenderPartnerInitiated: {
      /**
       * @description `SUBMIT` (the default) sends the sender for review; `DRAFT` only saves it.
       * @default SUBMIT
       */
      status?: components["schemas"]["WhatsAppActionsEnum"];
      /** @description Sinch region to host the sender. */
      region?: components["schemas"]["WhatsAppSenderInputBotRegionEnum"];
      /** @description Where Meta should keep the sender's message data at rest; leave it out to not use Local Storage. */
      metaLocalStorage?: components["schemas"]["WhatsAppSenderInputMetaLocalStoragesEnum"];
      /** @description Who provides the phone number. */
      phoneNumberProvider: components["schemas"]["WhatsAppSenderInputNumberProviderTypeEnum"];
      /**
       * @description Whether to keep the sender as a draft when submitting it fails.
       * @default false
       */
      saveDraftOnFailure?: boolean;
      /** @description Business profile and phone number of the sender. */
      details: components["schemas"]["WhatsAppInputSenderPartnerInitiatedDetails"];
    };
    /** @description Business profile of a sender created with the deprecated form. */
    WhatsAppSenderInputDetails: {
      /** @description Name of the business as shown to WhatsApp users, 1 to 128 characters; Meta reviews it. */
      displayName: string;
      /** @description Description of the business, 1 to 512 characters. */
      description?: string;
      /** @description Industry of the business. */
      vertical: components["schemas"]["WhatsAppSenderInputWhatsAppVerticalEnum"];
      /**
       * Format: email
       * @description Contact email address, at most 128 characters.
       */
      email?: string;
      /** @description Postal address of the business, 1 to 256 characters. */
      address?: string;
      /**
       * Format: url
       * @description First website, a URL of at most 256 characters.
       */
      websiteOne?: string;
      /**
       * Format: url
       * @description Second website, a URL of at most 256 characters.
       */
      websiteTwo?: string;
      /** @description Short "About" text, 1 to 139 characters. */
      about?: string;
      /**
       * Format: url
       * @description Public URL of the profile photo, at most 256 characters; Sinch downloads the image from it (JPEG or PNG).
       */
      photoUrl?: string;
    };
    /** @description Deprecated form: create a sender from a Facebook access token or code and a business profile; use the embedded signup form instead. */
    WhatsAppSenderInputDeprecated: {
      /** @description Sinch region to host the sender. */
      region?: components["schemas"]["WhatsAppSenderInputRegionEnum"];
      /** @description Where Meta should keep the sender's message data at rest. */
      metaLocalStorage?: components["schemas"]["WhatsAppSenderInputMetaLocalStoragesEnum"];
      /** @description Sinch's business manager that the signup was made for. */
      businessManager?: components["schemas"]["WhatsAppInputBusinessManagersPublicDocumentationEnum"];
      /** @description Meta's id of the WhatsApp Business Account. */
      wabaId?: string;
      /** @description Meta's id of the phone number. */
      phoneNumberId?: string;
      /** @description Facebook user access token from Meta's embedded signup. */
      facebookAccessToken?: string;
      /**
       * Format: uri
       * @description Code from Meta's embedded signup, exchanged by Sinch for a token. The published document gives it the `uri` format.
       */
      facebookCode?: string;
      /** @description Name of the sender, 1 to 128 characters. */
      name: string;
      /** @description Business profile of the sender. */
      details: components["schemas"]["WhatsAppSenderInputDetails"];
    };
    /**
     * @description How Meta delivers the verification code: `SMS` or `VOICE` (a phone call). `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppSenderRegistrationMethodEnum: "SMS" | "VOICE" | "UNRECOGNIZED";
    /** @description The result of requesting a verification code for a sender. */
    WhatsAppSenderRegister: {
      /** @description Id of the sender. */
      id: string;
      /** @description How the code is delivered. */
      method: components["schemas"]["WhatsAppSenderRegistrationMethodEnum"];
      /** @description When the request was accepted, ISO 8601 in UTC. */
      accepted: string;
      /** @description Whether Meta sent the code. */
      verificationCodeSent: boolean;
    };
    /**
     * @description How Meta should deliver the verification code: `SMS` or `VOICE` (a phone call).
     * @enum {string}
     */
    WhatsAppSenderInputRegistrationMethodEnum: "SMS" | "VOICE";
    /** @description How to deliver the verification code of a sender. */
    WhatsAppSenderInputRegister: {
      /** @description How Meta should deliver the code. */
      method: components["schemas"]["WhatsAppSenderInputRegistrationMethodEnum"];
    };
    /** @description The verification code of a sender. */
    WhatsAppSenderInputVerify: {
      /**
       * Format: otp
       * @description The one-time code that Meta sent to the phone number, usually six digits.
       * @example 123456
       */
      code?: string;
    };
    /**
     * @description What happened to a sender: `CREATED`, `EDITED`, `DRAFT` (changes saved as draft), `IN_PROGRESS`, `REGISTERED` (a verification code was requested), `VERIFIED` (the code was accepted), `ACTIVE`, `INACTIVE`, `REJECTED` or `ERROR` (the sender or its changes moved to that state), or `COMMENT_ADDED`.
     * @enum {string}
     */
    WhatsAppSenderNotificationTypeEnum: "ACTIVE" | "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "ERROR" | "IN_PROGRESS" | "INACTIVE" | "REGISTERED" | "REJECTED" | "VERIFIED";
    /** @description An entry in the activity log of a sender. */
    WhatsAppSenderNotification: {
      /** @description What happened. */
      type: components["schemas"]["WhatsAppSenderNotificationTypeEnum"];
      /** @description When it happened, ISO 8601 in UTC. */
      created?: string;
      /** @description Who caused it: a user of the project, or Sinch. */
      author?: string;
      /** @description The text of the comment, for `COMMENT_ADDED` entries. */
      comment?: string;
    };
    /** @description One page of the activity log of a sender. */
    WhatsAppSenderNotificationList: {
      /** @description Total number of items across all pages. */
      totalSize: number;
      /** @description Number of items on this page. */
      pageSize: number;
      /** @description Token of the previous page, to pass as `pageToken`; empty on the first page. */
      previousPageToken?: string;
      /** @description Token of the next page, to pass as `pageToken`; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The entries on this page. */
      notifications: components["schemas"]["WhatsAppSenderNotification"][];
    };
    /** @description WhatsApp usernames that Meta suggests for a sender. */
    WhatsAppSuggestedUsernames: {
      /** @description The suggested usernames; may be empty. */
      usernames: string[];
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
    /** @description A text header as returned with `fieldMask`: the fields of `WhatsAppTextHeaderComponent`, each present only when selected. */
    WhatsAppPartialTextHeaderComponent: {
      type?: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
      format?: components["schemas"]["WhatsAppTextHeaderComponentFormatEnum"];
      /** @description The header text; it may contain one variable, `{{1}}`. */
      text?: string;
      /** @description A sample value of the `{{1}}` variable, shown to WhatsApp's reviewers. */
      example?: string;
    };
    /** @description A media header sample as returned with `fieldMask`: the fields of `WhatsAppMediaHeaderExample`, each present only when selected. */
    WhatsAppPartialMediaHeaderExample: {
      /**
       * Format: url
       * @description The URL of the sample file WhatsApp reviewed.
       */
      url?: string;
    };
    /** @description A media header as returned with `fieldMask`: the fields of `WhatsAppMediaHeaderComponent`, each present only when selected. */
    WhatsAppPartialMediaHeaderComponent: {
      type?: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
      format?: components["schemas"]["WhatsAppMediaHeaderComponentFormatEnum"];
      /** @description The sample file submitted for the review. */
      example?: components["schemas"]["WhatsAppPartialMediaHeaderExample"];
    };
    /** @description A body as returned with `fieldMask`: the fields of `WhatsAppBodyComponent`, each present only when selected. */
    WhatsAppPartialBodyComponent: {
      type?: components["schemas"]["WhatsAppComponentTypeBodyEnum"];
      /** @description The body text, with numbered variables `{{1}}`, `{{2}}`, … */
      text?: string;
      /** @description Sample values for the variables, one per variable in order, shown to WhatsApp's reviewers. */
      examples?: string[];
      /** @description Authentication templates only: whether WhatsApp adds a line advising the recipient not to share the code. */
      addSecurityRecommendation?: boolean;
    };
    /** @description A footer as returned with `fieldMask`: the fields of `WhatsAppFooterComponent`, each present only when selected. */
    WhatsAppPartialFooterComponent: {
      type?: components["schemas"]["WhatsAppComponentTypeFooterEnum"];
      /** @description The footer text. */
      text?: string;
      /** @description Authentication templates only: how many minutes the code stays valid; WhatsApp shows this instead of a footer text. */
      codeExpirationMinutes?: number;
    };
    /** @description A location header as returned with `fieldMask`: the fields of `WhatsAppLocationHeaderComponent`, each present only when selected. */
    WhatsAppPartialLocationHeaderComponent: {
      type?: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
      format?: components["schemas"]["WhatsAppLocationHeaderComponentFormatEnum"];
    };
    /** @description A carousel card header as returned with `fieldMask`: the fields of `WhatsAppCardHeaderComponent`, each present only when selected. */
    WhatsAppPartialCardHeaderComponent: {
      type?: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
      format?: components["schemas"]["WhatsAppCardHeaderComponentFormatsEnum"];
      /** @description The sample file submitted for the review. */
      example?: components["schemas"]["WhatsAppPartialMediaHeaderExample"];
    };
    /** @description A carousel card body as returned with `fieldMask`: the fields of `WhatsAppCardBodyComponent`, each present only when selected. */
    WhatsAppPartialCardBodyComponent: {
      type?: components["schemas"]["WhatsAppComponentTypeBodyEnum"];
      /** @description Sample values for the variables, one per variable in order, shown to WhatsApp's reviewers. */
      examples?: string[];
      /** @description The card text, with numbered variables `{{1}}`, `{{2}}`, … */
      text?: string;
    };
    /** @description A link button as returned with `fieldMask`: the fields of `WhatsAppUrlButton`, each present only when selected. */
    WhatsAppPartialUrlButton: {
      type?: components["schemas"]["WhatsAppButtonTypeUrlEnum"];
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
    /** @description A quick reply button as returned with `fieldMask`: the fields of `WhatsAppQuickReplyButton`, each present only when selected. */
    WhatsAppPartialQuickReplyButton: {
      type?: components["schemas"]["WhatsAppButtonTypeQuickReplyEnum"];
      /** @description The button label, which is also the text of the reply. */
      text?: string;
    };
    /** @description A call button as returned with `fieldMask`: the fields of `WhatsAppPhoneNumberButton`, each present only when selected. */
    WhatsAppPartialPhoneNumberButton: {
      type?: components["schemas"]["WhatsAppButtonTypePhoneNumberEnum"];
      /** @description The button label. */
      text?: string;
      /**
       * Format: phone number
       * @description The number the button calls, in E.164 format.
       */
      phoneNumber?: string;
    };
    /** @description The buttons of a carousel card as returned with `fieldMask`: the fields of `WhatsAppCardButtonsComponent`, each present only when selected. */
    WhatsAppPartialCardButtonsComponent: {
      type?: components["schemas"]["WhatsAppComponentTypeButtonsEnum"];
      /** @description The buttons, in display order. */
      buttons?: (components["schemas"]["WhatsAppPartialUrlButton"] | components["schemas"]["WhatsAppPartialQuickReplyButton"] | components["schemas"]["WhatsAppPartialPhoneNumberButton"])[];
    };
    /** @description A carousel card as returned with `fieldMask`: the fields of `WhatsAppCard`, each present only when selected. */
    WhatsAppPartialCard: {
      /** @description The card's header, text and buttons. */
      components?: (components["schemas"]["WhatsAppPartialCardHeaderComponent"] | components["schemas"]["WhatsAppPartialCardBodyComponent"] | components["schemas"]["WhatsAppPartialCardButtonsComponent"])[];
    };
    /** @description A carousel as returned with `fieldMask`: the fields of `WhatsAppCarouselComponent`, each present only when selected. */
    WhatsAppPartialCarouselComponent: {
      type?: components["schemas"]["WhatsAppComponentTypeCarouselEnum"];
      /** @description The cards, in display order. */
      cards?: components["schemas"]["WhatsAppPartialCard"][];
    };
    /** @description A limited-time offer as returned with `fieldMask`: the fields of `WhatsAppLimitedTimeOfferComponent`, each present only when selected. */
    WhatsAppPartialLimitedTimeOfferComponent: {
      type?: components["schemas"]["WhatsAppComponentTypeLimitedTimeOfferEnum"];
      /** @description The offer headline. */
      text?: string;
      /** @description Whether the offer shows a countdown to an expiry time given when sending. */
      hasExpiration?: boolean;
    };
    /** @description The content of a template as returned with `fieldMask`: the fields of `WhatsAppTemplateDetails`, each present only when selected. */
    WhatsAppPartialTemplateDetails: {
      /** @description How long, in seconds, WhatsApp keeps trying to deliver a message sent with this template; after that the message is dropped. WhatsApp's default applies when absent. */
      messageSendTtlSeconds?: number;
      optimization?: components["schemas"]["WhatsAppTemplateDetailsOptimization"];
      /** @description The components, in display order. */
      components?: (components["schemas"]["WhatsAppPartialTextHeaderComponent"] | components["schemas"]["WhatsAppPartialMediaHeaderComponent"] | components["schemas"]["WhatsAppPartialBodyComponent"] | components["schemas"]["WhatsAppPartialFooterComponent"] | components["schemas"]["WhatsAppPartialButtonsComponent"] | components["schemas"]["WhatsAppPartialLocationHeaderComponent"] | components["schemas"]["WhatsAppPartialCarouselComponent"] | components["schemas"]["WhatsAppPartialLimitedTimeOfferComponent"])[];
    };
    /** @description A one-time password button as returned with `fieldMask`: the fields of `WhatsAppOtpButton`, each present only when selected. */
    WhatsAppPartialOtpButton: {
      type?: components["schemas"]["WhatsAppButtonTypeOtpEnum"];
      otpType?: components["schemas"]["WhatsAppOtpTypeEnum"];
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
    /** @description A Flow button as returned with `fieldMask`: the fields of `WhatsAppFlowButton`, each present only when selected. */
    WhatsAppPartialFlowButton: {
      type?: components["schemas"]["WhatsAppButtonTypeEnum"];
      /** @description The button label. */
      text?: string;
      /** @description The id of the WhatsApp Flow the button opens, as assigned by Meta (digits). */
      flowId?: string;
      flowAction?: components["schemas"]["WhatsAppFlowActionEnum"];
      /** @description `NAVIGATE` only: the id of the Flow screen opened first. */
      navigateScreen?: string;
    };
    /** @description The buttons of a template as returned with `fieldMask`: the fields of `WhatsAppButtonsComponent`, each present only when selected. */
    WhatsAppPartialButtonsComponent: {
      type?: components["schemas"]["WhatsAppComponentTypeButtonsEnum"];
      /** @description The buttons, in display order. */
      buttons?: (components["schemas"]["WhatsAppPartialPhoneNumberButton"] | components["schemas"]["WhatsAppPartialUrlButton"] | components["schemas"]["WhatsAppPartialQuickReplyButton"] | components["schemas"]["WhatsAppPartialOtpButton"] | components["schemas"]["WhatsAppPartialFlowButton"])[];
    };
    /** @description A pending change as returned with `fieldMask`: the fields of `WhatsAppTemplateChanges`, each present only when selected. */
    WhatsAppPartialTemplateChanges: {
      status?: components["schemas"]["WhatsAppTemplateStatusesEnum"];
      /** @description Whether WhatsApp may give the change another category instead of rejecting it. */
      allowCategoryChange?: boolean;
      /** @description The content of the change: complete, or limited to the fields selected with `fieldMask`. */
      details?: components["schemas"]["WhatsAppPartialTemplateDetails"] | components["schemas"]["WhatsAppTemplateChangesDetails"];
    };
    /** @description Button clicks as returned with `fieldMask`: the fields of `WhatsAppTemplateAnalyticsButtons`, each present only when selected. */
    WhatsAppPartialTemplateAnalyticsButtons: {
      type?: components["schemas"]["WhatsAppTemplateAnalyticsButtonTypesEnum"];
      /** @description The button label. */
      content?: string;
      /** @description How many times recipients clicked the button over the period. */
      clicks?: number;
    };
    /** @description Template analytics as returned with `fieldMask`: the fields of `WhatsAppTemplateAnalytics`, each present only when selected. */
    WhatsAppPartialTemplateAnalytics: {
      /** @description Messages sent with the template over the period. */
      sent?: number;
      /** @description Of those, messages delivered to the recipient's phone. */
      delivered?: number;
      /** @description Of those, messages the recipient read (for recipients with read receipts on). */
      read?: number;
      /** @description Start of the period, ISO 8601 in UTC. */
      start?: string;
      /** @description End of the period, ISO 8601 in UTC. */
      end?: string;
      buttons?: components["schemas"]["WhatsAppPartialTemplateAnalyticsButtons"][];
    };
    /**
     * @description A template as returned with `fieldMask`: the fields of `WhatsAppTemplate`, each present only when selected (a body holding every field a template requires is a `WhatsAppTemplate`).
     * @example {
     *       "name": "order_shipped",
     *       "language": "EN_US",
     *       "state": "APPROVED",
     *       "qualityScore": "QUALITY_SCORE_GREEN"
     *     }
     */
    WhatsAppPartialTemplate: {
      /** @description The template's id at WhatsApp (Meta), assigned when it is first submitted. */
      whatsappId?: string;
      state?: components["schemas"]["WhatsAppTemplateStatesEnum"];
      /** @description The name of the template; with `language` it identifies the template in the project. */
      name?: string;
      language?: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
      category?: components["schemas"]["WhatsAppTemplateCategoryEnum"];
      rejectionCode?: components["schemas"]["WhatsAppTemplateRejectionCodeEnum"];
      qualityScore?: components["schemas"]["WhatsAppTemplateQualityScoreEnum"];
      /** @description Whether Meta created the template (e.g. a sample template of a new account) rather than you. */
      isMetaGenerated?: boolean;
      changes?: components["schemas"]["WhatsAppPartialTemplateChanges"];
      details?: components["schemas"]["WhatsAppPartialTemplateDetails"];
      /** @description Counts over the period chosen with `templateAnalyticsDateRange`. */
      analytics?: components["schemas"]["WhatsAppPartialTemplateAnalytics"][];
    };
    /**
     * @description A field of a template that `fieldMask` can select; nested fields are dotted paths in which `0` stands for every item of a list.
     * @enum {string}
     */
    WhatsAppTemplateDtoFieldMaskPathsEnum: "whatsappId" | "state" | "name" | "language" | "category" | "rejectionCode" | "qualityScore" | "changes" | "changes.status" | "changes.allowCategoryChange" | "changes.details" | "changes.details.components" | "changes.details.components.0.type" | "changes.details.components.0.format" | "changes.details.components.0.text" | "changes.details.components.0.example" | "changes.details.components.0.example.url" | "changes.details.components.0.examples" | "changes.details.components.0.addSecurityRecommendation" | "changes.details.components.0.codeExpirationMinutes" | "changes.details.components.0.buttons" | "changes.details.components.0.buttons.0.type" | "changes.details.components.0.buttons.0.text" | "changes.details.components.0.buttons.0.phoneNumber" | "changes.details.components.0.buttons.0.url" | "changes.details.components.0.buttons.0.example" | "changes.details.components.0.buttons.0.otpType" | "changes.details.components.0.buttons.0.autofillText" | "changes.details.components.0.buttons.0.packageName" | "changes.details.components.0.buttons.0.signatureHash" | "changes.details.components.0.buttons.0.supportedApps" | "changes.details.components.0.buttons.0.supportedApps.0.packageName" | "changes.details.components.0.buttons.0.supportedApps.0.signatureHash" | "changes.details.components.0.buttons.0.zeroTapTermsAccepted" | "changes.details.components.0.buttons.0.flowId" | "changes.details.components.0.buttons.0.flowAction" | "changes.details.components.0.buttons.0.navigateScreen" | "changes.details.components.0.hasExpiration" | "changes.details.messageSendTtlSeconds" | "changes.details.optimization" | "details" | "details.components" | "details.components.0.type" | "details.components.0.format" | "details.components.0.text" | "details.components.0.example" | "details.components.0.example.url" | "details.components.0.examples" | "details.components.0.addSecurityRecommendation" | "details.components.0.codeExpirationMinutes" | "details.components.0.buttons" | "details.components.0.buttons.0.type" | "details.components.0.buttons.0.text" | "details.components.0.buttons.0.phoneNumber" | "details.components.0.buttons.0.url" | "details.components.0.buttons.0.example" | "details.components.0.buttons.0.otpType" | "details.components.0.buttons.0.autofillText" | "details.components.0.buttons.0.packageName" | "details.components.0.buttons.0.signatureHash" | "details.components.0.buttons.0.supportedApps" | "details.components.0.buttons.0.supportedApps.0.packageName" | "details.components.0.buttons.0.supportedApps.0.signatureHash" | "details.components.0.buttons.0.zeroTapTermsAccepted" | "details.components.0.buttons.0.flowId" | "details.components.0.buttons.0.flowAction" | "details.components.0.buttons.0.navigateScreen" | "details.components.0.hasExpiration" | "details.messageSendTtlSeconds" | "details.optimization" | "analytics" | "analytics.0.sent" | "analytics.0.delivered" | "analytics.0.read" | "analytics.0.start" | "analytics.0.end" | "analytics.0.buttons" | "analytics.0.buttons.0.type" | "analytics.0.buttons.0.content" | "analytics.0.buttons.0.clicks" | "isMetaGenerated";
    /**
     * @description The period that template analytics cover, ending now: a `DAY`, `WEEK`, `MONTH` or `QUARTER`.
     * @enum {string}
     */
    WhatsAppTemplateAnalyticsDateRangesEnum: "DAY" | "MONTH" | "QUARTER" | "WEEK";
    /**
     * @description One page of templates.
     * @example {
     *       "totalSize": 2,
     *       "pageSize": 10,
     *       "previousPageToken": "",
     *       "nextPageToken": "",
     *       "templates": [
     *         {
     *           "whatsappId": "1187203945561230",
     *           "state": "APPROVED",
     *           "name": "order_shipped",
     *           "language": "EN_US",
     *           "category": "UTILITY",
     *           "rejectionCode": "NONE",
     *           "qualityScore": "QUALITY_SCORE_GREEN",
     *           "details": {
     *             "components": [
     *               {
     *                 "type": "HEADER",
     *                 "format": "TEXT",
     *                 "text": "Order {{1}} is on its way",
     *                 "example": "#40213"
     *               },
     *               {
     *                 "type": "BODY",
     *                 "text": "Hi {{1}}, your order {{2}} left our warehouse and should arrive on {{3}}.",
     *                 "examples": [
     *                   "Maria",
     *                   "#40213",
     *                   "14 March"
     *                 ]
     *               },
     *               {
     *                 "type": "BUTTONS",
     *                 "buttons": [
     *                   {
     *                     "type": "URL",
     *                     "text": "Track parcel",
     *                     "url": "https://track.example.com/{{1}}",
     *                     "example": "https://track.example.com/JD014600006281234567"
     *                   },
     *                   {
     *                     "type": "PHONE_NUMBER",
     *                     "text": "Call support",
     *                     "phoneNumber": "+14155550123"
     *                   }
     *                 ]
     *               }
     *             ]
     *           },
     *           "analytics": [
     *             {
     *               "sent": 1840,
     *               "delivered": 1792,
     *               "read": 1511,
     *               "start": "2025-03-03T00:00:00Z",
     *               "end": "2025-03-10T00:00:00Z",
     *               "buttons": [
     *                 {
     *                   "type": "UNIQUE_URL",
     *                   "content": "Track parcel",
     *                   "clicks": 604
     *                 }
     *               ]
     *             }
     *           ],
     *           "isMetaGenerated": false
     *         },
     *         {
     *           "whatsappId": "1187203945563340",
     *           "state": "APPROVED",
     *           "name": "login_code",
     *           "language": "EN_US",
     *           "category": "AUTHENTICATION",
     *           "rejectionCode": "NONE",
     *           "qualityScore": "QUALITY_SCORE_GREEN",
     *           "details": {
     *             "messageSendTtlSeconds": 600,
     *             "components": [
     *               {
     *                 "type": "BODY",
     *                 "text": "*{{1}}* is your verification code. For your security, do not share this code.",
     *                 "addSecurityRecommendation": true
     *               },
     *               {
     *                 "type": "FOOTER",
     *                 "text": "This code expires in 10 minutes.",
     *                 "codeExpirationMinutes": 10
     *               },
     *               {
     *                 "type": "BUTTONS",
     *                 "buttons": [
     *                   {
     *                     "type": "OTP",
     *                     "otpType": "ONE_TAP",
     *                     "text": "Copy code",
     *                     "autofillText": "Autofill",
     *                     "supportedApps": [
     *                       {
     *                         "packageName": "com.example.shop",
     *                         "signatureHash": "K8a/AINcGX7"
     *                       }
     *                     ]
     *                   }
     *                 ]
     *               }
     *             ]
     *           },
     *           "analytics": [],
     *           "isMetaGenerated": false
     *         }
     *       ]
     *     }
     */
    WhatsAppTemplateList: {
      /** @description The number of templates matching the request, over all pages. */
      totalSize: number;
      /** @description The maximum number of items per page used for this response. */
      pageSize: number;
      /** @description The token of the previous page; empty on the first page. */
      previousPageToken?: string;
      /** @description Pass it as `pageToken` to get the next page; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The templates of this page, one entry per name and language. */
      templates: components["schemas"]["WhatsAppTemplate"][];
    };
    /**
     * @description One page of templates as returned with `fieldMask` (a page whose templates hold every field a template requires is a `WhatsAppTemplateList`).
     * @example {
     *       "totalSize": 2,
     *       "pageSize": 10,
     *       "previousPageToken": "",
     *       "nextPageToken": "",
     *       "templates": [
     *         {
     *           "name": "order_shipped",
     *           "language": "EN_US",
     *           "state": "APPROVED",
     *           "qualityScore": "QUALITY_SCORE_GREEN"
     *         },
     *         {
     *           "name": "login_code",
     *           "language": "EN_US",
     *           "state": "APPROVED",
     *           "qualityScore": "QUALITY_SCORE_GREEN"
     *         }
     *       ]
     *     }
     */
    WhatsAppPartialTemplateList: {
      /** @description The number of templates matching the request, over all pages. */
      totalSize: number;
      /** @description The maximum number of items per page used for this response. */
      pageSize: number;
      /** @description The token of the previous page; empty on the first page. */
      previousPageToken?: string;
      /** @description Pass it as `pageToken` to get the next page; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The templates of this page, each holding the fields selected with `fieldMask`. */
      templates: components["schemas"]["WhatsAppPartialTemplate"][];
    };
    /** @description A location header to create; the location is given each time a message is sent. */
    WhatsAppLocationHeaderComponentInput: {
      type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
      format: components["schemas"]["WhatsAppLocationHeaderComponentFormatEnum"];
    };
    /** @description A text header to create: a short title above the body, with at most one variable `{{1}}`. */
    WhatsAppTextHeaderComponentInput: {
      type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
      format: components["schemas"]["WhatsAppTextHeaderComponentFormatEnum"];
      /** @description The header text, 1 to 60 characters, with at most one variable `{{1}}`. */
      text: string;
      /** @description A sample value of `{{1}}`, needed when the text has the variable. */
      example?: string;
    };
    /**
     * @description Type of a header sample file, in upper case: a JPEG or PNG image, a PDF document, or a 3GP or MP4 video.
     * @enum {string}
     */
    WhatsAppInputMediaHeaderExampleSupportedMimeTypesEnum: "IMAGE/JPEG" | "IMAGE/PNG" | "APPLICATION/PDF" | "VIDEO/3GP" | "VIDEO/MP4";
    /** @description A sample file for a media header, which Sinch uploads to WhatsApp for the review. */
    WhatsAppMediaHeaderExampleInput: {
      /**
       * Format: url
       * @description A public URL of the sample file; Sinch downloads it and uploads it to WhatsApp.
       */
      url: string;
      /** @description The type of the sample file. */
      mimeType?: components["schemas"]["WhatsAppInputMediaHeaderExampleSupportedMimeTypesEnum"];
    };
    /** @description A media header to create: a document, image or video whose sample WhatsApp reviews; the actual file is given each time a message is sent. */
    WhatsAppMediaHeaderComponentInput: {
      type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
      format: components["schemas"]["WhatsAppMediaHeaderComponentFormatEnum"];
      /** @description The sample file WhatsApp reviews. */
      example: components["schemas"]["WhatsAppMediaHeaderExampleInput"];
    };
    /** @description The body to create: the main text of the template, with numbered variables `{{1}}`, `{{2}}`, … */
    WhatsAppBodyComponentInput: {
      type: components["schemas"]["WhatsAppComponentTypeBodyEnum"];
      /** @description The body text, 1 to 1024 characters, with numbered variables `{{1}}`, `{{2}}`, … Leave it out for an authentication template: WhatsApp sets that text. */
      text?: string;
      /** @description Sample values for the variables, one per variable in order; needed when the text has variables. */
      examples?: string[];
      /**
       * @description Authentication templates only: add WhatsApp's advice not to share the code.
       * @default false
       */
      addSecurityRecommendation?: boolean;
    };
    /** @description The footer to create: a short line of plain text below the body. */
    WhatsAppFooterComponentInput: {
      type: components["schemas"]["WhatsAppComponentTypeFooterEnum"];
      /** @description The footer text, up to 60 characters, without variables. */
      text?: string;
      /** @description Authentication templates only: how many minutes the code stays valid (WhatsApp accepts 1 to 90); shown instead of a footer text. */
      codeExpirationMinutes?: number;
    };
    /** @description A call button to create. */
    WhatsAppPhoneNumberButtonInput: {
      type: components["schemas"]["WhatsAppButtonTypePhoneNumberEnum"];
      /** @description The button label, 1 to 25 characters. */
      text: string;
      /**
       * Format: phone number
       * @description The number the button calls, in E.164 format, e.g. `+14155550123`.
       */
      phoneNumber: string;
    };
    /** @description A link button to create. */
    WhatsAppUrlButtonInput: {
      type: components["schemas"]["WhatsAppButtonTypeUrlEnum"];
      /** @description The button label, 1 to 25 characters. */
      text: string;
      /**
       * Format: url
       * @description The page the button opens; it may end with one variable `{{1}}`, completed when sending.
       */
      url: string;
      /**
       * Format: url
       * @description A complete sample URL, needed when `url` ends with the variable.
       */
      example?: string;
    };
    /** @description A quick reply button to create. */
    WhatsAppQuickReplyButtonInput: {
      type: components["schemas"]["WhatsAppButtonTypeQuickReplyEnum"];
      /** @description The button label, 1 to 25 characters; it is also the text of the reply. */
      text: string;
    };
    /**
     * @description How the one-time password reaches the recipient: `COPY_CODE` copies it to the clipboard, `ONE_TAP` fills it into your Android app after a tap, `ZERO_TAP` fills it in without a tap.
     * @enum {string}
     */
    WhatsAppInputOtpTypeEnum: "COPY_CODE" | "ONE_TAP" | "ZERO_TAP";
    /** @description An Android app allowed to receive the one-time password by autofill. */
    WhatsAppSupportedAppInput: {
      /** @description The app's Android package name, e.g. `com.example.shop`. */
      packageName: string;
      /** @description The 11-character hash of the app's signing key, as used by Android's SMS Retriever API. */
      signatureHash: string;
    };
    /** @description The one-time password button of an authentication template to create. */
    WhatsAppOtpButtonInput: {
      type: components["schemas"]["WhatsAppButtonTypeOtpEnum"];
      otpType: components["schemas"]["WhatsAppInputOtpTypeEnum"];
      /** @description The label of the copy-code button, 1 to 25 characters. */
      text: string;
      /** @description `ONE_TAP` only: the label of the autofill button, up to 25 characters. */
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
      supportedApps?: components["schemas"]["WhatsAppSupportedAppInput"][];
      /** @description `ZERO_TAP` only: set to `true` to accept WhatsApp's terms for zero-tap autofill, without which zero-tap is not used. */
      zeroTapTermsAccepted?: boolean;
    };
    /**
     * @description Button type of a Flow button: `FLOW`.
     * @constant
     */
    WhatsAppButtonTypeFlowEnum: "FLOW";
    /**
     * @description What the Flow button does first: `NAVIGATE` opens `navigateScreen`, `DATA_EXCHANGE` asks your Flow endpoint for the first screen.
     * @enum {string}
     */
    WhatsAppInputFlowActionEnum: "DATA_EXCHANGE" | "NAVIGATE";
    /** @description A button to create that opens a published WhatsApp Flow. */
    WhatsAppFlowButtonInput: {
      type: components["schemas"]["WhatsAppButtonTypeFlowEnum"];
      /** @description The button label, 1 to 25 characters. */
      text: string;
      /**
       * Format: digits
       * @description The id of a published WhatsApp Flow of the account: up to 30 digits.
       */
      flowId: string;
      flowAction: components["schemas"]["WhatsAppInputFlowActionEnum"];
      /** @description `NAVIGATE` only: the id of the Flow screen to open first, up to 432 characters. */
      navigateScreen?: string;
    };
    /** @description A button to create that asks the recipient for their contact information; WhatsApp sets its label. */
    WhatsAppRequestContactInfoButtonInput: {
      type: components["schemas"]["WhatsAppButtonTypeRequestContactInfoEnum"];
    };
    /** @description A button to create that shows the order sent with the message; WhatsApp sets its label. */
    WhatsAppOrderDetailsButtonInput: {
      type: components["schemas"]["WhatsAppButtonTypeOrderDetailsEnum"];
    };
    /** @description A copy-code button to create: it copies the coupon code given when sending; WhatsApp sets its label. */
    WhatsAppCopyCodeButtonInput: {
      type: components["schemas"]["WhatsAppButtonTypeCopyCodeEnum"];
      /** @description A sample coupon code, 1 to 20 characters. */
      example: string;
    };
    /** @description The buttons to create. */
    WhatsAppButtonsComponentInput: {
      type: components["schemas"]["WhatsAppComponentTypeButtonsEnum"];
      /** @description The buttons in display order: at least one, no two alike. WhatsApp limits how many of each kind a template may have. */
      buttons: (components["schemas"]["WhatsAppFlowButtonInput"] | components["schemas"]["WhatsAppOtpButtonInput"] | components["schemas"]["WhatsAppPhoneNumberButtonInput"] | components["schemas"]["WhatsAppQuickReplyButtonInput"] | components["schemas"]["WhatsAppRequestContactInfoButtonInput"] | components["schemas"]["WhatsAppOrderDetailsButtonInput"] | components["schemas"]["WhatsAppUrlButtonInput"] | components["schemas"]["WhatsAppCopyCodeButtonInput"])[];
    };
    /** @description A limited-time offer banner to create, for a marketing template. */
    WhatsAppLimitedTimeOfferComponentInput: {
      type: components["schemas"]["WhatsAppComponentTypeLimitedTimeOfferEnum"];
      /** @description The offer headline, 1 to 16 characters. */
      text: string;
      /**
       * @description Whether the offer shows a countdown to an expiry time given when sending.
       * @default false
       */
      hasExpiration?: boolean;
    };
    /**
     * @description Type of a carousel card sample file, in upper case: a JPEG or PNG image, or a 3GP or MP4 video.
     * @enum {string}
     */
    WhatsAppInputCardMediaHeaderExampleSupportedMimeTypesEnum: "IMAGE/JPEG" | "IMAGE/PNG" | "VIDEO/3GP" | "VIDEO/MP4";
    /** @description A sample file for a carousel card header, which Sinch uploads to WhatsApp for the review. */
    WhatsAppInputCardMediaHeaderExample: {
      /**
       * Format: url
       * @description A public URL of the sample file; Sinch downloads it and uploads it to WhatsApp.
       */
      url: string;
      /** @description The type of the sample file. */
      mimeType?: components["schemas"]["WhatsAppInputCardMediaHeaderExampleSupportedMimeTypesEnum"];
    };
    /** @description The media header of a carousel card to create; every card of a carousel uses the same format. */
    WhatsAppInputCardHeaderComponent: {
      type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
      format: components["schemas"]["WhatsAppCardHeaderComponentFormatsEnum"];
      /** @description The sample file WhatsApp reviews. */
      example: components["schemas"]["WhatsAppInputCardMediaHeaderExample"];
    };
    /** @description The text of a carousel card to create. */
    WhatsAppInputCardBodyComponent: {
      type: components["schemas"]["WhatsAppComponentTypeBodyEnum"];
      /** @description Sample values for the variables, one per variable in order; needed when the text has variables. */
      examples?: string[];
      /** @description The card text, 1 to 160 characters, with numbered variables `{{1}}`, `{{2}}`, … */
      text: string;
    };
    /** @description The buttons of a carousel card to create; every card has the same kinds of buttons. */
    WhatsAppInputCardButtonsComponent: {
      type: components["schemas"]["WhatsAppComponentTypeButtonsEnum"];
      /** @description One or two buttons, in display order, no two alike. */
      buttons: (components["schemas"]["WhatsAppUrlButtonInput"] | components["schemas"]["WhatsAppQuickReplyButtonInput"] | components["schemas"]["WhatsAppPhoneNumberButtonInput"])[];
    };
    /** @description A carousel card to create: a media header, a short text and buttons. */
    WhatsAppInputCard: {
      /** @description The card's header, text and buttons, no two alike. */
      components: (components["schemas"]["WhatsAppInputCardHeaderComponent"] | components["schemas"]["WhatsAppInputCardBodyComponent"] | components["schemas"]["WhatsAppInputCardButtonsComponent"])[];
    };
    /** @description A carousel to create: cards the recipient scrolls through sideways, shown below the body. */
    WhatsAppInputCarouselComponent: {
      type: components["schemas"]["WhatsAppComponentTypeCarouselEnum"];
      /** @description The cards in display order: 1 to 10, all with the same layout. */
      cards: components["schemas"]["WhatsAppInputCard"][];
    };
    /**
     * @description How the delivery price of a marketing message is bid: `LOWEST_COST_WITH_BID_CAP` pays as little as possible, never more than `bidAmount`.
     * @constant
     */
    WhatsAppInputBidStrategiesEnum: "LOWEST_COST_WITH_BID_CAP";
    /** @description Bid settings for delivering the marketing messages of a template (dynamic pricing). */
    WhatsAppInputTemplateDetailsOptimization: {
      /** @description The bid cap, zero or more: the most you are willing to pay for one delivered message. */
      bidAmount: number;
      bidStrategy: components["schemas"]["WhatsAppInputBidStrategiesEnum"];
      /** @description Per-country changes of the bid cap: an ISO 3166-1 alpha-2 country code mapped to a multiplier written as a decimal string, e.g. `{"BR": "0.8"}`. */
      bidCountryMultiplierOverrides?: {
        [key: string]: string;
      };
    };
    /** @description The content of a template to create: its components, plus delivery settings. */
    WhatsAppTemplateDetailsInput: {
      /** @description The components, no two alike: at most one header, a body, at most one footer and one set of buttons, or a carousel or limited-time offer where the category allows it. */
      components: (components["schemas"]["WhatsAppLocationHeaderComponentInput"] | components["schemas"]["WhatsAppTextHeaderComponentInput"] | components["schemas"]["WhatsAppMediaHeaderComponentInput"] | components["schemas"]["WhatsAppBodyComponentInput"] | components["schemas"]["WhatsAppFooterComponentInput"] | components["schemas"]["WhatsAppButtonsComponentInput"] | components["schemas"]["WhatsAppInputCarouselComponent"] | components["schemas"]["WhatsAppLimitedTimeOfferComponentInput"])[];
      /** @description How long, in seconds, WhatsApp keeps trying to deliver a message sent with this template before dropping it; WhatsApp sets the allowed range per category. When left out, WhatsApp's default applies. */
      messageSendTtlSeconds?: number;
      /** @description Marketing templates only: bid settings for delivery with dynamic pricing. */
      optimization?: components["schemas"]["WhatsAppInputTemplateDetailsOptimization"];
    };
    /**
     * @description Language (and region) of a template, in upper case with an underscore: `EN_US` English (US), `PT_BR` Portuguese (Brazil), `ZH_HK` Chinese (Hong Kong), `FIL` Filipino.
     * @enum {string}
     */
    WhatsAppInputTemplateLanguagesEnum: "AF" | "AR" | "AZ" | "BG" | "BN" | "CA" | "CS" | "DA" | "DE" | "EL" | "EN" | "EN_GB" | "EN_US" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "ES_UY" | "ET" | "FA" | "FI" | "FIL" | "FR" | "GA" | "GU" | "HA" | "HE" | "HI" | "HR" | "HU" | "ID" | "IT" | "JA" | "KA" | "KK" | "KN" | "KO" | "KY_KG" | "LO" | "LT" | "LV" | "MK" | "ML" | "MR" | "MS" | "NB" | "NL" | "PA" | "PL" | "PT_BR" | "PT_PT" | "RO" | "RU" | "RW_RW" | "SK" | "SL" | "SQ" | "SR" | "SV" | "SW" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "ZU";
    /**
     * @description The category of a template, which sets its price and rules: `AUTHENTICATION` one-time passwords, `MARKETING` promotions and offers, `UTILITY` updates about an order or account the recipient has.
     * @enum {string}
     */
    WhatsAppTemplateInputCategoryEnum: "AUTHENTICATION" | "MARKETING" | "UTILITY";
    /** @description A new template in one language, to save as a draft or to submit to WhatsApp. */
    WhatsAppTemplateInput: {
      /**
       * @description `SUBMIT` (the default) sends the template to WhatsApp for review; `DRAFT` only saves it.
       * @default SUBMIT
       */
      status?: components["schemas"]["WhatsAppActionsEnum"];
      /** @description The template name: lowercase letters, digits and underscores, starting and ending with a letter or digit, up to 512 characters. Use an existing name to add a language to that template. */
      name: string;
      language: components["schemas"]["WhatsAppInputTemplateLanguagesEnum"];
      /** @description The category you ask for; WhatsApp checks that the content fits it. */
      category: components["schemas"]["WhatsAppTemplateInputCategoryEnum"];
      /**
       * @description Keep the template as a draft when submitting it to WhatsApp fails, instead of creating nothing.
       * @default false
       */
      saveDraftOnFailure?: boolean;
      /**
       * @description Let WhatsApp give the template another category instead of rejecting it when it disagrees with `category`.
       * @default false
       */
      allowCategoryChange?: boolean;
      /** @description The content of the template. */
      details: components["schemas"]["WhatsAppTemplateDetailsInput"];
    };
    /** @description New bid settings for delivering the marketing messages of a template (dynamic pricing). */
    WhatsAppInputUpdateTemplateDetailsOptimization: {
      /** @description The bid cap, zero or more: the most you are willing to pay for one delivered message. */
      bidAmount: number;
      bidStrategy: components["schemas"]["WhatsAppInputBidStrategiesEnum"];
      /** @description Per-country changes of the bid cap: an ISO 3166-1 alpha-2 country code mapped to a multiplier written as a decimal string, e.g. `{"BR": "0.8"}`. `null` removes the overrides. */
      bidCountryMultiplierOverrides?: {
        [key: string]: string;
      } | null;
    } | null;
    /** @description The new content of a template: its components, plus delivery settings. */
    WhatsAppUpdateTemplateDetailsInput: {
      /** @description The new components, no two alike; they replace all components of the template. */
      components?: (components["schemas"]["WhatsAppLocationHeaderComponentInput"] | components["schemas"]["WhatsAppTextHeaderComponentInput"] | components["schemas"]["WhatsAppMediaHeaderComponentInput"] | components["schemas"]["WhatsAppBodyComponentInput"] | components["schemas"]["WhatsAppFooterComponentInput"] | components["schemas"]["WhatsAppButtonsComponentInput"] | components["schemas"]["WhatsAppInputCarouselComponent"] | components["schemas"]["WhatsAppLimitedTimeOfferComponentInput"])[];
      /** @description How long, in seconds, WhatsApp keeps trying to deliver a message sent with this template before dropping it; WhatsApp sets the allowed range per category. When left out, WhatsApp's default applies. */
      messageSendTtlSeconds?: number;
      /** @description Marketing templates only: new bid settings; `null` removes them. */
      optimization?: (components["schemas"]["WhatsAppInputUpdateTemplateDetailsOptimization"] | null) & components["schemas"]["WhatsAppInputUpdateTemplateDetailsOptimization"];
    };
    /** @description A change to a template, stored as its pending change and optionally submitted to WhatsApp. */
    WhatsAppUpdateTemplateInput: {
      /**
       * @description `DRAFT` (the default) only saves the change; `SUBMIT` sends it to WhatsApp for review.
       * @default DRAFT
       */
      status?: components["schemas"]["WhatsAppActionsEnum"];
      /** @description A new category; WhatsApp does not let the category of an approved template change. */
      category?: components["schemas"]["WhatsAppTemplateInputCategoryEnum"];
      /** @description Let WhatsApp give the change another category instead of rejecting it. */
      allowCategoryChange?: boolean;
      /** @description The new content of the template. */
      details?: components["schemas"]["WhatsAppUpdateTemplateDetailsInput"];
    };
    /**
     * @description What an activity records: `CREATED`, `DRAFT` (saved as a draft), `EDITED`, `IN_PROGRESS` (submitted for review), `REJECTED`, or `COMMENT_ADDED`.
     * @enum {string}
     */
    WhatsAppTemplateNotificationTypeEnum: "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "REJECTED";
    /** @description One entry of a template's activity log. */
    WhatsAppTemplateNotification: {
      type: components["schemas"]["WhatsAppTemplateNotificationTypeEnum"];
      /** @description When it happened, ISO 8601 in UTC. */
      created?: string;
      /** @description Who did it: a user of your project, or Sinch. */
      author?: string;
      /** @description The comment, for `COMMENT_ADDED`; for `REJECTED`, the reason when known. */
      comment?: string;
    };
    /** @description One page of a template's activities. */
    WhatsAppTemplateNotificationList: {
      /** @description The number of activities of the template, over all pages. */
      totalSize: number;
      /** @description The maximum number of items per page used for this response. */
      pageSize: number;
      /** @description The token of the previous page; empty on the first page. */
      previousPageToken?: string;
      /** @description Pass it as `pageToken` to get the next page; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The activities of this page. */
      notifications: components["schemas"]["WhatsAppTemplateNotification"][];
    };
    /**
     * @description The reason recipients gave most often when blocking the business after a template: e.g. `SPAM`, `OFFENSIVE_MESSAGES`, `NO_LONGER_NEEDED`, `NO_SIGN_UP` (never signed up), `OTP_DID_NOT_REQUEST` (did not ask for the code), `OTHER`; `NO_REASON_GIVEN`, `NO_REASON` and `UNKNOWN_BLOCK_REASON` when none is known. `UNRECOGNIZED`: a value this version of the API does not know.
     * @enum {string}
     */
    WhatsAppTemplateCompareBlockReasonsEnum: "NO_LONGER_NEEDED" | "NO_REASON" | "NO_REASON_GIVEN" | "NO_SIGN_UP" | "OFFENSIVE_MESSAGES" | "OTHER" | "OTP_DID_NOT_REQUEST" | "SPAM" | "UNKNOWN_BLOCK_REASON" | "UNRECOGNIZED";
    /** @description How one of the compared templates did over the timeframe. */
    WhatsAppTemplateCompareIdentifier: {
      /** @description The name of the template. */
      name: string;
      language: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
      /** @description The rank of the template's block rate among the compared templates: 1 is the one recipients blocked least. */
      blockOrder: number;
      /** @description Messages sent with the template over the timeframe. */
      messageSends: number;
      topBlockReason: components["schemas"]["WhatsAppTemplateCompareBlockReasonsEnum"];
    };
    /** @description The result of comparing two templates. */
    WhatsAppTemplateCompare: {
      /** @description The compared templates: the one in the path and the one in the request. */
      templates: components["schemas"]["WhatsAppTemplateCompareIdentifier"][];
    };
    /** @description The template to compare with. */
    WhatsAppInputTemplateCompareIdentifier: {
      /** @description The name of the other template (lowercase letters, digits and underscores). */
      templateName: string;
      templateLanguage: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
    };
    /**
     * @description Length of the comparison window, in days: `7`, `30`, `60` or `90`.
     * @enum {string}
     */
    WhatsAppInputTemplateCompareTimeframesEnum: "30" | "60" | "7" | "90";
    /** @description What to compare the template with, and over which window. */
    WhatsAppInputTemplateCompare: {
      /** @description The template to compare with: exactly one. */
      templates: components["schemas"]["WhatsAppInputTemplateCompareIdentifier"][];
      /**
       * @description The length of the comparison window, in days; 7 when left out.
       * @default 7
       */
      timeframe?: components["schemas"]["WhatsAppInputTemplateCompareTimeframesEnum"];
      /**
       * Format: timestamp
       * @description The end of the comparison window, as Unix time in seconds.
       */
      endTimestamp?: number;
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
     * @description An error returned by the WhatsApp operations: a machine-readable code, what went wrong, and how to fix it.
     * @example {
     *       "errorCode": "invalid_input",
     *       "message": "The request body contains invalid values.",
     *       "resolution": "Correct the fields listed in additionalInformation and send the request again.",
     *       "additionalInformation": {
     *         "details.displayName": [
     *           "must not be blank"
     *         ]
     *       }
     *     }
     */
    WhatsAppError: {
      /** @description Machine-readable error code in snake_case, e.g. `sender_not_found`; each operation lists the codes it can return. */
      errorCode: string;
      /** @description What went wrong, in English. */
      message: string;
      /** @description What to do to fix the problem, in English. */
      resolution: string;
      /** @description Details of the error keyed by topic (usually a field name); each value is a list of messages. */
      additionalInformation?: {
        [key: string]: string[];
      };
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
     * @description What to do with the submitted data: `DRAFT` stores it without sending it for review; `SUBMIT` sends it to review.
     * @enum {string}
     */
    WhatsAppActionsEnum: "DRAFT" | "SUBMIT";
    /**
     * @description Kind of a comment entry; always `CREATED`, a comment that was added.
     * @constant
     */
    WhatsAppCommentTypeEnum: "CREATED";
    /**
     * @description A comment in the conversation between a project and Sinch's reviewers about a WhatsApp account or sender.
     * @example {
     *       "type": "CREATED",
     *       "comment": "The business website is now live; please continue the review.",
     *       "created": "2024-03-05T08:47:13Z"
     *     }
     */
    WhatsAppComment: {
      /** @description Always `CREATED`. */
      type: components["schemas"]["WhatsAppCommentTypeEnum"];
      /** @description The text of the comment. */
      comment: string;
      /** @description When the comment was added, ISO 8601 in UTC. */
      created?: string;
    };
    /**
     * @description A comment to add to the conversation with Sinch's reviewers.
     * @example {
     *       "comment": "The business website is now live; please continue the review."
     *     }
     */
    WhatsAppCommentInput: {
      /** @description The text of the comment, 1 to 65,535 characters. */
      comment: string;
    };
    /**
     * @description Sinch region to host a WhatsApp sender: `BR` (Brazil), `EU` (Europe) or `US` (United States).
     * @enum {string}
     */
    WhatsAppSenderInputRegionEnum: "BR" | "EU" | "US";
    /**
     * @description Country (ISO 3166-1 alpha-2) where Meta's Local Storage should keep the sender's message data at rest.
     * @enum {string}
     */
    WhatsAppSenderInputMetaLocalStoragesEnum: "AE" | "AU" | "BH" | "BR" | "CA" | "CH" | "DE" | "GB" | "ID" | "IN" | "JP" | "KR" | "SG" | "US" | "ZA";
    /**
     * @description Sinch's Meta business manager (business portfolio) to manage the WhatsApp Business Account through: `SINCH_BR`, `SINCH_MX` or `SINCH_UK`.
     * @enum {string}
     */
    WhatsAppInputBusinessManagersPublicDocumentationEnum: "SINCH_BR" | "SINCH_MX" | "SINCH_UK";
    /**
     * @description Settings of the subproject that a bundle creates.
     * @example {
     *       "name": "Acme Retail",
     *       "labels": {
     *         "customer": "acme-retail",
     *         "tier": "gold"
     *       }
     *     }
     */
    BundlesSubprojectInput: {
      /** @description Name of the subproject, 1–255 characters. */
      name?: string;
      /** @description Free-form labels for the subproject, as key-value pairs of strings. */
      labels?: {
        [key: string]: string;
      };
    };
    /**
     * @description Settings of the SMS app that a bundle creates.
     * @example {
     *       "name": "Acme Retail SMS"
     *     }
     */
    BundlesInputBundlesSmsApp: {
      /**
       * @deprecated
       * @description Deprecated. Whether to create a test app; `false` when left out.
       * @default false
       */
      test?: boolean;
      /** @description Name of the SMS app, 1–255 characters. */
      name?: string;
    };
    /**
     * @description A Conversation API event that a webhook of a Conversation API app can be sent, e.g. `MESSAGE_INBOUND` (a contact sent a message) or `MESSAGE_DELIVERY` (a delivery report); the Conversation API documents each trigger.
     * @enum {string}
     */
    BundlesWebhooksInputWebhookTriggerEnum: "BATCH_DELIVERY_REPORT_FULL" | "BATCH_DELIVERY_REPORT_SUMMARY" | "BATCH_STATUS_UPDATE" | "BILLING_CREDIT_LIMIT_BREACHED" | "CAPABILITY" | "CHANNEL_EVENT" | "CONSENT_BATCH_COMPLETE" | "CONTACT_CREATE" | "CONTACT_DELETE" | "CONTACT_IDENTITIES_DUPLICATION" | "CONTACT_MERGE" | "CONTACT_UPDATE" | "CONVERSATION_DELETE" | "CONVERSATION_START" | "CONVERSATION_STOP" | "EVENT_DELIVERY" | "EVENT_INBOUND" | "MESSAGE_DELIVERY" | "MESSAGE_INBOUND" | "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION" | "MESSAGE_SUBMIT" | "OPT_IN" | "OPT_OUT" | "RECORD_NOTIFICATION" | "SMART_CONVERSATION" | "UNSUPPORTED";
    /**
     * @description How the Conversation API delivers the events of a webhook: `HTTP` posts them to the target URL, `GRPC` sends them over gRPC, `DISMISS` drops them.
     * @enum {string}
     */
    BundlesInputWebhookTargetTypesEnum: "DISMISS" | "GRPC" | "HTTP";
    /** @description A webhook for the Conversation API app that a bundle creates: where the app's events are sent, and which ones. */
    BundlesConversationAppWebhooksInput: {
      /** @description URL the Conversation API sends the events to, up to 742 characters. */
      target: string;
      /** @description The Conversation API events to send to this webhook, at most 20. */
      triggers: components["schemas"]["BundlesWebhooksInputWebhookTriggerEnum"][];
      /** @description Secret the Conversation API uses to sign the events it sends to this webhook; leave out to send them unsigned. */
      secret?: string;
      /**
       * @description How the events are delivered; `HTTP` when left out.
       * @default HTTP
       */
      targetType?: components["schemas"]["BundlesInputWebhookTargetTypesEnum"];
    };
    /**
     * @description How a Conversation API app expires stored messages: `MESSAGE_EXPIRE_POLICY` deletes each message `ttl` days after it was stored, `CONVERSATION_EXPIRE_POLICY` deletes a whole conversation `ttl` days after its last message, and `PERSIST_RETENTION_POLICY` keeps everything (`ttl` is ignored).
     * @enum {string}
     */
    BundlesInputConversationAppConversationRetentionPolicyTypesEnum: "CONVERSATION_EXPIRE_POLICY" | "MESSAGE_EXPIRE_POLICY" | "PERSIST_RETENTION_POLICY";
    /**
     * @description Message retention of a Conversation API app in `CONVERSATION` processing mode.
     * @example {
     *       "retentionPolicyType": "CONVERSATION_EXPIRE_POLICY",
     *       "ttl": 90
     *     }
     */
    BundlesConversationAppConversationRetentionPolicyInput: {
      /**
       * @description The retention policy; `MESSAGE_EXPIRE_POLICY` when left out.
       * @default MESSAGE_EXPIRE_POLICY
       */
      retentionPolicyType?: components["schemas"]["BundlesInputConversationAppConversationRetentionPolicyTypesEnum"];
      /**
       * @description Retention time in days, 1–3650; 180 when left out.
       * @default 180
       */
      ttl?: number;
    };
    /**
     * @description The only retention policy of a Conversation API app in `DISPATCH` processing mode: each message is deleted `ttl` days after it was stored.
     * @constant
     */
    BundlesInputConversationAppDispatchRetentionPolicyTypesEnum: "MESSAGE_EXPIRE_POLICY";
    /**
     * @description Message retention of a Conversation API app in `DISPATCH` processing mode.
     * @example {
     *       "retentionPolicyType": "MESSAGE_EXPIRE_POLICY",
     *       "ttl": 3
     *     }
     */
    BundlesConversationAppDispatchRetentionPolicyInput: {
      /**
       * @description The retention policy; always `MESSAGE_EXPIRE_POLICY`, which is also the default.
       * @default MESSAGE_EXPIRE_POLICY
       */
      retentionPolicyType?: components["schemas"]["BundlesInputConversationAppDispatchRetentionPolicyTypesEnum"];
      /**
       * @description Retention time in days, 0–7; 7 when left out.
       * @default 7
       */
      ttl?: number;
    };
    /**
     * @description How a Conversation API app processes messages: `CONVERSATION` stores contacts and conversations; `DISPATCH` only sends and receives messages, without creating contacts or conversations.
     * @enum {string}
     */
    BundlesInputConversationAppProcessingModesEnum: "CONVERSATION" | "DISPATCH";
    /**
     * @description Role of a Conversation API app in Sinch's consent management (opt-in and opt-out records): `DISABLED` (not used), `PRIMARY` or `SECONDARY`.
     * @enum {string}
     */
    BundlesInputConversationAppConsentManagerSettingsModesEnum: "DISABLED" | "PRIMARY" | "SECONDARY";
    /** @description Consent management settings of the Conversation API app that a bundle creates. */
    BundlesConversationAppConsentManagerSettingsInput: {
      mode: components["schemas"]["BundlesInputConversationAppConsentManagerSettingsModesEnum"];
    };
    /**
     * @description Settings of the Conversation API app that a bundle creates.
     * @example {
     *       "name": "Acme Retail Conversation",
     *       "processingMode": "CONVERSATION",
     *       "retentionPolicy": {
     *         "retentionPolicyType": "MESSAGE_EXPIRE_POLICY",
     *         "ttl": 180
     *       },
     *       "consentManagerSettings": {
     *         "mode": "DISABLED"
     *       },
     *       "webhooks": [
     *         {
     *           "target": "https://hooks.example.com/sinch/conversation",
     *           "triggers": [
     *             "MESSAGE_INBOUND",
     *             "MESSAGE_DELIVERY"
     *           ],
     *           "secret": "c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4"
     *         }
     *       ]
     *     }
     */
    BundlesConversationAppInput: {
      /** @description Name of the app, 1–255 characters. */
      name?: string;
      /** @description Conversation API webhooks to create for the app, at most 5. */
      webhooks?: components["schemas"]["BundlesConversationAppWebhooksInput"][];
      /**
       * @description Processing mode of the app; `DISPATCH` when left out.
       * @default DISPATCH
       */
      processingMode?: components["schemas"]["BundlesInputConversationAppProcessingModesEnum"];
      /** @description How long the app keeps messages. The first form applies in `CONVERSATION` mode, the second in `DISPATCH` mode; a `MESSAGE_EXPIRE_POLICY` of 1 to 7 days fits both. */
      retentionPolicy?: components["schemas"]["BundlesConversationAppConversationRetentionPolicyInput"] | components["schemas"]["BundlesConversationAppDispatchRetentionPolicyInput"];
      /** @description Consent management settings; leave out to keep Sinch's default. */
      consentManagerSettings?: components["schemas"]["BundlesConversationAppConsentManagerSettingsInput"];
    };
    /**
     * @description A Provisioning event that a webhook registered by a bundle can listen to; the same values as for any Provisioning webhook. `ALL` subscribes to every trigger; `BUNDLE_DONE` fires when a bundle is finished.
     * @enum {string}
     */
    BundlesWebhookTriggersEnum: "ALL" | "BUNDLE_DONE" | "KAKAOTALK_SENDER_ACTIVE" | "KAKAOTALK_SENDER_COMMENT_ADDED" | "KAKAOTALK_SENDER_INACTIVE" | "KAKAOTALK_SENDER_REJECTED" | "KAKAOTALK_TEMPLATE_APPROVED" | "KAKAOTALK_TEMPLATE_COMMENT_ADDED" | "KAKAOTALK_TEMPLATE_REJECTED" | "RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED" | "RCS_SENDER_COMMENT_ADDED" | "RCS_SENDER_OPERATOR_STATUS_UPDATED" | "RCS_SENDER_STATUS_UPDATED" | "RCS_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED" | "WHATSAPP_ACCOUNT_ONBOARDED" | "WHATSAPP_ACCOUNT_PENDING_VERIFICATION" | "WHATSAPP_ACCOUNT_REJECTED" | "WHATSAPP_WABA_ACCOUNT_CHANGED" | "WHATSAPP_SENDER_ACTIVE" | "WHATSAPP_SENDER_COMMENT_ADDED" | "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED" | "WHATSAPP_SENDER_DELETED" | "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED" | "WHATSAPP_SENDER_ERROR" | "WHATSAPP_SENDER_INACTIVE" | "WHATSAPP_SENDER_PENDING_VERIFICATION" | "WHATSAPP_SENDER_QUALITY_RATING_CHANGED" | "WHATSAPP_SENDER_REJECTED" | "WHATSAPP_SENDER_USERNAME_UPDATED" | "WHATSAPP_TEMPLATE_APPROVED" | "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE" | "WHATSAPP_TEMPLATE_CATEGORY_UPDATED" | "WHATSAPP_TEMPLATE_COMMENT_ADDED" | "WHATSAPP_TEMPLATE_DELETED" | "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED" | "WHATSAPP_TEMPLATE_REJECTED" | "WHATSAPP_TEMPLATE_STATUS_UPDATED";
    /** @description A Provisioning webhook for a bundle to register in the project. */
    BundlesWebhookInput: {
      /**
       * Format: url
       * @description URL that Sinch posts the notifications to, 1–742 characters; a project can register a URL only once.
       */
      target: string;
      /** @description Secret, 1–128 characters, that Sinch uses to sign each notification (HMAC-SHA256, see the `x-sinch-webhook-signature` header). Choose a long random value; it is never returned. */
      secret: string;
      /** @description The triggers to listen to, at least one; `ALL` listens to every trigger. */
      triggers: components["schemas"]["BundlesWebhookTriggersEnum"][];
    };
    /**
     * @description Sinch region to create the resources of a bundle in: `BR` (Brazil), `EU` (Europe) or `US` (United States).
     * @enum {string}
     */
    BundleInputRegionEnum: "BR" | "EU" | "US";
    /**
     * @description What a bundle creates, in one region: a subproject, an SMS app and a Conversation API app (each optional), plus Provisioning webhooks.
     * @example {
     *       "name": "Acme Retail onboarding",
     *       "region": "EU",
     *       "subproject": {
     *         "name": "Acme Retail",
     *         "labels": {
     *           "customer": "acme-retail",
     *           "tier": "gold"
     *         }
     *       },
     *       "smsApp": {
     *         "name": "Acme Retail SMS"
     *       },
     *       "convApp": {
     *         "name": "Acme Retail Conversation",
     *         "processingMode": "CONVERSATION",
     *         "retentionPolicy": {
     *           "retentionPolicyType": "MESSAGE_EXPIRE_POLICY",
     *           "ttl": 180
     *         },
     *         "consentManagerSettings": {
     *           "mode": "DISABLED"
     *         },
     *         "webhooks": [
     *           {
     *             "target": "https://hooks.example.com/sinch/conversation",
     *             "triggers": [
     *               "MESSAGE_INBOUND",
     *               "MESSAGE_DELIVERY"
     *             ],
     *             "secret": "c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4"
     *           }
     *         ]
     *       },
     *       "webhooks": [
     *         {
     *           "target": "https://hooks.example.com/sinch/provisioning",
     *           "secret": "8a6c4e2b0d9f7a5c3e1b9d7f5a3c1e8b",
     *           "triggers": [
     *             "BUNDLE_DONE"
     *           ]
     *         }
     *       ]
     *     }
     */
    BundlesInputBundles: {
      /** @description Name of the bundle, 1–255 characters. */
      name?: string;
      /**
       * @description Region to create the resources in.
       * @example US
       */
      region: components["schemas"]["BundleInputRegionEnum"];
      /**
       * @description `true` to create a subproject of the project with default settings, or the settings of the subproject to create. Leave out (or `false`) to create none.
       * @example true
       */
      subproject?: components["schemas"]["BundlesSubprojectInput"] | boolean;
      /**
       * @description `true` to create an SMS app with default settings, or the settings of the SMS app to create. Leave out (or `false`) to create none.
       * @example true
       */
      smsApp?: components["schemas"]["BundlesInputBundlesSmsApp"] | boolean;
      /**
       * @description `true` to create a Conversation API app with default settings, or the settings of the app to create. Leave out (or `false`) to create none.
       * @example true
       */
      convApp?: components["schemas"]["BundlesConversationAppInput"] | boolean;
      /** @description Provisioning webhooks to register in the project, 1–15. Those listening to `BUNDLE_DONE` (or `ALL`) are notified when the bundle is finished. */
      webhooks?: components["schemas"]["BundlesWebhookInput"][];
    };
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
    /** @description An error returned by the bundle operations: a machine-readable code, what went wrong, and how to fix it. */
    BundlesError: {
      /** @description Machine-readable error code in snake_case, e.g. `bundle_not_found`; each operation lists the codes it can return. */
      errorCode: string;
      /** @description What went wrong, in English. */
      message: string;
      /** @description What to do to fix the problem, in English. */
      resolution: string;
      /** @description Details of the error keyed by topic (usually a field name); each value is a list of messages. */
      additionalInformation?: {
        [key: string]: string[];
      };
    };
    /** @description One page of the project's bundles. */
    BundlesListBundles: {
      /** @description Number of bundles in the project (matching the filters), across all pages. */
      totalSize: number;
      /** @description Number of bundles on this page. */
      pageSize: number;
      /** @description Token of the previous page; empty on the first page. */
      previousPageToken?: string;
      /** @description Token to pass as `pageToken` to get the next page; empty on the last page. */
      nextPageToken?: string;
      /** @description The bundles on this page. */
      bundles: components["schemas"]["Bundle"][];
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
    /** @description A business category for KakaoTalk senders, with its subcategories; the tree has three levels. */
    KakaoTalkSenderCategory: {
      /** @description Code of the parent category; empty for a top-level category. */
      parentCode: string;
      /** @description Level of the category: 1 top, 2 mid, 3 sub. */
      depth: number;
      /** @description Code of the category, 3 or 4 characters, unique among its siblings. */
      code: string;
      /** @description Name of the category, in Korean. */
      name: string;
      /** @description Categories one level below; empty at the third level. */
      subcategories: components["schemas"]["KakaoTalkSenderCategory"][];
    };
    /** @description The tree of KakaoTalk sender categories. */
    KakaoTalkSenderCategoryList: {
      /** @description Top-level categories, each with its subcategories. */
      categories: components["schemas"]["KakaoTalkSenderCategory"][];
    };
    /** @description An error returned by the KakaoTalk operations. */
    KakaoTalkError: {
      /** @description Machine-readable code of the error, such as `sender_not_found`. */
      errorCode: string;
      /** @description What went wrong. */
      message: string;
      /** @description What to do about it. */
      resolution: string;
      /** @description Details, keyed by field or topic; each value is a list of messages. */
      additionalInformation?: {
        [key: string]: string[];
      };
    };
    /**
     * @description Korean name of a template subcategory, as Kakao publishes it; its English name is in `nameEnglish`: 인증/비밀번호/로그인 = Authentication/Password/Login; 회원가입 = Join membership; 회원정보/회원혜택 = Membership information/Member ship benefits; 구매예약/입고알림 = Pre-order/Stock alerts; 구매완료 = Purchase completed; 구매취소 = Purchase cancellation; 상품가입 = Product subscription; 진행상태 = Purchase status; 예약상태 = Reservation status; 예약알림/리마인드 = Notification/Reminder; 예약완료/예약내역 = Completed reservations/Reservation history; 예약취소 = Reservation cancellation; 구매감사/이용확인 = Greeting message/Order confirmation; 리마인드 = Reminder message; 방문서비스 = Visiting service; 신청접수 = Application reception; 이용도구 = Tools for use; 이용안내/공지 = Information/Notification; 처리완료 = Notification for treated demands; 피드백 요청 = Feedback request; 거래알림 = Transaction notification; 계약/견적 = Contract/Quote; 뉴스레터 = Newsletter; 안전/피해예방 = Safety/Damage prevention; 요금청구 = Billing; 피드백 = Feedback; 배송상태 = Shipping status; 배송실패 = Failed shipment; 배송예정 = Shipping estimation; 배송완료 = Shipping completed; 개인정보 = Privacy; 수신동의 = Consent of reception; 약관변경 = Change of terms and conditions; 휴면 관련 = Dormant account related; 내부 업무 알림 = Internal business notification; 주문/예약 = Order/Reservation; 쿠폰/포인트안내 = Information coupon/Points; 쿠폰발급 = Coupon issuance; 쿠폰사용 = Notification for coupon use; 포인트사용 = Use of points; 포인트적립 = Earn points; 기타 = Others. `UNRECOGNIZED` stands for a value this API version does not know.
     * @enum {string}
     */
    KakaoTalkTemplateSubcategoryNamesEnum: "인증/비밀번호/로그인" | "회원가입" | "회원정보/회원혜택" | "구매예약/입고알림" | "구매완료" | "구매취소" | "상품가입" | "진행상태" | "예약상태" | "예약알림/리마인드" | "예약완료/예약내역" | "예약취소" | "구매감사/이용확인" | "리마인드" | "방문서비스" | "신청접수" | "이용도구" | "이용안내/공지" | "처리완료" | "피드백 요청" | "거래알림" | "계약/견적" | "뉴스레터" | "안전/피해예방" | "요금청구" | "피드백" | "배송상태" | "배송실패" | "배송예정" | "배송완료" | "개인정보" | "수신동의" | "약관변경" | "휴면 관련" | "내부 업무 알림" | "주문/예약" | "쿠폰/포인트안내" | "쿠폰발급" | "쿠폰사용" | "포인트사용" | "포인트적립" | "기타" | "UNRECOGNIZED";
    /**
     * @description English name of a template subcategory, as Kakao publishes it (spelling included). `UNRECOGNIZED` stands for a value this API version does not know.
     * @enum {string}
     */
    KakaoTalkTemplateSubcategoryEnglishNamesEnum: "Authentication/Password/Login" | "Join membership" | "Membership information/Member ship benefits" | "Pre-order/Stock alerts" | "Product subscription" | "Purchase cancellation" | "Purchase completed" | "Purchase status" | "Completed reservations/Reservation history" | "Notification/Reminder" | "Reservation cancellation" | "Reservation status" | "Application reception" | "Feedback request" | "Greeting message/Order confirmation" | "Information/Notification" | "Notification for treated demands" | "Reminder message" | "Tools for use" | "Visiting service" | "Billing" | "Contract/Quote" | "Feedback" | "Newsletter" | "Safety/Damage prevention" | "Transaction notification" | "Failed shipment" | "Shipping completed" | "Shipping estimation" | "Shipping status" | "Change of terms and conditions" | "Consent of reception" | "Dormant account related" | "Privacy" | "Internal business notification" | "Order/Reservation" | "Coupon issuance" | "Earn points" | "Information coupon/Points" | "Notification for coupon use" | "Use of points" | "Others" | "UNRECOGNIZED";
    /** @description A template subcategory: the code a template names in `categoryCode`, with Kakao's guidance on which messages it covers. */
    KakaoTalkTemplateSubcategory: {
      /** @description Six-digit subcategory code, to use as a template's `categoryCode`. */
      code: string;
      /** @description Korean name of the subcategory. */
      name: components["schemas"]["KakaoTalkTemplateSubcategoryNamesEnum"];
      /** @description English name of the subcategory. */
      nameEnglish: components["schemas"]["KakaoTalkTemplateSubcategoryEnglishNamesEnum"];
      /** @description Korean name of the category the subcategory belongs to. */
      groupName: string;
      /** @description Kind of messages that belong to the subcategory, in Korean. */
      inclusion: string;
      /** @description Kind of messages that do not belong to it, in Korean. */
      exclusion: string;
    };
    /**
     * @description Korean name of a template category, as Kakao publishes it; its English name is in `nameEnglish`: 구매 = Purchase; 기타 = Others; 리포팅 = Reports; 배송 = Shipping; 법적고지 = Legal notification; 서비스이용 = Customer service; 업무알림 = Business notification; 예약 = Reservation; 쿠폰/포인트 = Coupon/Points; 회원 = Membership. `UNRECOGNIZED` stands for a value this API version does not know.
     * @enum {string}
     */
    KakaoTalkTemplateCategoryNamesEnum: "구매" | "기타" | "리포팅" | "배송" | "법적고지" | "서비스이용" | "업무알림" | "예약" | "쿠폰/포인트" | "회원" | "UNRECOGNIZED";
    /**
     * @description English name of a template category. `UNRECOGNIZED` stands for a value this API version does not know.
     * @enum {string}
     */
    KakaoTalkTemplateCategoryEnglishNamesEnum: "Business notification" | "Coupon/Points" | "Customer service" | "Legal notification" | "Membership" | "Others" | "Purchase" | "Reports" | "Reservation" | "Shipping" | "UNRECOGNIZED";
    /** @description A template category with its subcategories. */
    KakaoTalkTemplateCategory: {
      /** @description Korean name of the category. */
      name: components["schemas"]["KakaoTalkTemplateCategoryNamesEnum"];
      /** @description English name of the category. */
      nameEnglish: components["schemas"]["KakaoTalkTemplateCategoryEnglishNamesEnum"];
      /** @description Subcategories of the category; a template names one of their codes. */
      subcategories: components["schemas"]["KakaoTalkTemplateSubcategory"][];
    };
    /** @description A page of template categories. */
    KakaoTalkTemplateCategoryList: {
      /** @description Total number of categories across all pages. */
      totalSize: number;
      /** @description Maximum number of items per page used for this response. */
      pageSize: number;
      /** @description Token of the previous page; empty on the first page. */
      previousPageToken?: string;
      /** @description Token to pass as `pageToken` to get the next page; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The categories on this page. */
      categories: components["schemas"]["KakaoTalkTemplateCategory"][];
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
    /** @description A page of KakaoTalk templates. */
    KakaoTalkTemplateList: {
      /** @description Total number of templates across all pages. */
      totalSize: number;
      /** @description Maximum number of items per page used for this response. */
      pageSize: number;
      /** @description Token of the previous page; empty on the first page. */
      previousPageToken?: string;
      /** @description Token to pass as `pageToken` to get the next page; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The templates on this page. */
      templates: components["schemas"]["KakaoTalkTemplate"][];
    };
    /**
     * @description What to do with a new sender, template or change: `DRAFT` saves it without submitting it; `SUBMIT` submits it for review.
     * @enum {string}
     */
    KakaoTalkActionsEnum: "DRAFT" | "SUBMIT";
    /**
     * @description Kind of AlimTalk button: `WEB_LINK` opens a web page (`linkMo`, optionally `linkPc`); `APP_LINK` opens an app (`schemeIos`, `schemeAndroid`, with web links as fallback); `DELIVERY_SEARCH` shows the parcel tracking of the message; `BOT_KEYWORD` sends the button label to the channel's chatbot; `MESSAGE_DELIVERY` forwards the message to the chatbot; `BOT_FOR_CONSULTATION` switches to a chat with an agent; `BOT_TRANSFER` switches to the chatbot; `CHANNEL_ID_ADDED` adds the channel (for `AD_INCLUDED` and `MIXED` templates); `BUSINESS_FORM` opens a Kakao business form; `IMAGE_SECURE_TRANSMISSION_PLUGIN_ID`, `PERSONAL_INFORMATION_USE_PLUGIN_ID` and `ONE_CLICK_PAYMENT_PLUGIN` open Kakao's secure image transfer, personal data consent and one-click payment plugins.
     * @enum {string}
     */
    KakaoTalkInputKakaoTalkButtonTypeEnum: "APP_LINK" | "BOT_FOR_CONSULTATION" | "BOT_KEYWORD" | "BOT_TRANSFER" | "BUSINESS_FORM" | "CHANNEL_ID_ADDED" | "DELIVERY_SEARCH" | "IMAGE_SECURE_TRANSMISSION_PLUGIN_ID" | "MESSAGE_DELIVERY" | "ONE_CLICK_PAYMENT_PLUGIN" | "PERSONAL_INFORMATION_USE_PLUGIN_ID" | "WEB_LINK";
    /** @description A button to put on a KakaoTalk template. */
    KakaoTalkInputButton: {
      /** @description Position of the button, 1 to 5. */
      ordering: number;
      /** @description Kind of button; it decides which links are needed. */
      type: components["schemas"]["KakaoTalkInputKakaoTalkButtonTypeEnum"];
      /** @description Label of the button, 1 to 14 characters. */
      name: string;
      /**
       * Format: url
       * @description Link opened on mobile devices, up to 500 characters; needed by `WEB_LINK` buttons and may hold `#{name}` variables.
       */
      linkMo?: string;
      /**
       * Format: url
       * @description Link opened on computers, up to 500 characters.
       */
      linkPc?: string;
      /**
       * Format: url
       * @description App link opened on iOS, up to 500 characters; for `APP_LINK` buttons.
       */
      schemeIos?: string;
      /**
       * Format: url
       * @description App link opened on Android, up to 500 characters; for `APP_LINK` buttons.
       */
      schemeAndroid?: string;
    };
    /**
     * @description Upper-case code of a template language: an ISO 639 language code, optionally followed by `_` and an ISO 3166 region (for example `KO`, `EN_US`, `ZH_TW`; `FIL` is Filipino).
     * @enum {string}
     */
    KakaoTalkInputTemplateLanguagesEnum: "AF" | "AR" | "AZ" | "BG" | "BN" | "CA" | "CS" | "DA" | "DE" | "EL" | "EN" | "EN_GB" | "EN_US" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "ET" | "FA" | "FI" | "FIL" | "FR" | "GA" | "GU" | "HA" | "HE" | "HI" | "HR" | "HU" | "ID" | "IT" | "JA" | "KA" | "KK" | "KN" | "KO" | "KY_KG" | "LO" | "LT" | "LV" | "MK" | "ML" | "MR" | "MS" | "NB" | "NL" | "PA" | "PL" | "PT_BR" | "PT_PT" | "RO" | "RU" | "RW_RW" | "SK" | "SL" | "SQ" | "SR" | "SV" | "SW" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "ZU";
    /**
     * @description AlimTalk message type: `BASIC` has the content only; `EXTRA_INFORMATION` adds a line of extra information (`extra`); `AD_INCLUDED` adds Kakao's notice inviting the recipient to add the channel; `MIXED` adds both.
     * @enum {string}
     */
    KakaoTalkInputKakaoTalkTemplateMessageTypeEnum: "AD_INCLUDED" | "BASIC" | "EXTRA_INFORMATION" | "MIXED";
    /**
     * @description How the message is highlighted: `EMPHASIZE_TYPE_NONE` not at all; `EMPHASIZE_TYPE_TEXT` with a highlighted title and subtitle; `EMPHASIZE_TYPE_IMAGE` with a header image. `EMPHASIZE_TYPE_TEXT` needs `title`, `EMPHASIZE_TYPE_IMAGE` needs the image fields.
     * @enum {string}
     */
    KakaoTalkInputKakaoTalkTemplateEmphasizeTypeEnum: "EMPHASIZE_TYPE_IMAGE" | "EMPHASIZE_TYPE_NONE" | "EMPHASIZE_TYPE_TEXT";
    /** @description The content of a new KakaoTalk template. */
    KakaoTalkInputTemplateDetails: {
      /** @description Name of the template, 1 to 150 characters; shown in lists, not sent to recipients. */
      name: string;
      /** @description Language of the content. */
      language: components["schemas"]["KakaoTalkInputTemplateLanguagesEnum"];
      /** @description Message text, 1 to 1,000 characters; `#{name}` marks a variable filled in when a message is sent. */
      content: string;
      /**
       * @description AlimTalk message type. Defaults to `BASIC`.
       * @default BASIC
       */
      messageType?: components["schemas"]["KakaoTalkInputKakaoTalkTemplateMessageTypeEnum"];
      /**
       * @description How the message is highlighted. Defaults to `EMPHASIZE_TYPE_NONE`.
       * @default EMPHASIZE_TYPE_NONE
       */
      emphasizeType?: components["schemas"]["KakaoTalkInputKakaoTalkTemplateEmphasizeTypeEnum"];
      /**
       * @description Six-digit code of the template's subcategory, from the sender's template categories; defaults to `999999` (Others).
       * @default 999999
       */
      categoryCode?: string;
      /**
       * @description Whether the message carries secrets such as a one-time password; KakaoTalk then hides its content on devices other than the recipient's phone, such as KakaoTalk for PC. Defaults to `false`.
       * @default false
       */
      securityFlag?: boolean;
      /** @description Extra information shown below the content, 1 to 500 characters; for `EXTRA_INFORMATION` and `MIXED` templates. */
      extra?: string;
      /** @description Highlighted title, 1 to 50 characters; for `EMPHASIZE_TYPE_TEXT` templates. */
      title?: string;
      /** @description Secondary line shown with the highlighted title, 1 to 50 characters; for `EMPHASIZE_TYPE_TEXT` templates. */
      subtitle?: string;
      /** @description File name of the header image, 1 to 250 characters; for `EMPHASIZE_TYPE_IMAGE` templates. */
      imageName?: string;
      /**
       * Format: url
       * @description Public URL of the header image; for `EMPHASIZE_TYPE_IMAGE` templates.
       */
      imageUrl?: string;
      /** @description Up to 5 distinct buttons shown under the message. */
      buttons?: components["schemas"]["KakaoTalkInputButton"][];
    };
    /** @description A request to create a KakaoTalk template. */
    KakaoTalkInputTemplate: {
      /**
       * @description `SUBMIT` (the default) submits the template for review; `DRAFT` only saves it.
       * @default SUBMIT
       */
      status?: components["schemas"]["KakaoTalkActionsEnum"];
      /** @description Content of the template. */
      details: components["schemas"]["KakaoTalkInputTemplateDetails"];
      /**
       * @description When `true`, a template that fails Kakao's validation is kept as a draft instead of not being created. Defaults to `false`.
       * @default false
       */
      saveDraftOnFailure?: boolean;
    };
    /** @description Fields of a KakaoTalk template to change; fields left out stay as they are. */
    KakaoTalkInputUpdateTemplateDetails: {
      /** @description Name of the template, 1 to 150 characters; shown in lists, not sent to recipients. */
      name?: string;
      /** @description Message text, 1 to 1,000 characters; `#{name}` marks a variable filled in when a message is sent. */
      content?: string;
      /** @description AlimTalk message type. */
      messageType?: components["schemas"]["KakaoTalkInputKakaoTalkTemplateMessageTypeEnum"];
      /** @description How the message is highlighted. */
      emphasizeType?: components["schemas"]["KakaoTalkInputKakaoTalkTemplateEmphasizeTypeEnum"];
      /** @description Six-digit code of the template's subcategory, from the sender's template categories. */
      categoryCode?: string;
      /** @description Whether the message carries secrets such as a one-time password; KakaoTalk then hides its content on devices other than the recipient's phone, such as KakaoTalk for PC. */
      securityFlag?: boolean;
      /** @description Extra information shown below the content, 1 to 500 characters; for `EXTRA_INFORMATION` and `MIXED` templates. `null` removes it. */
      extra?: string | null;
      /** @description Highlighted title, 1 to 50 characters; for `EMPHASIZE_TYPE_TEXT` templates. `null` removes it. */
      title?: string | null;
      /** @description Secondary line shown with the highlighted title, 1 to 50 characters; for `EMPHASIZE_TYPE_TEXT` templates. `null` removes it. */
      subtitle?: string | null;
      /** @description File name of the header image, 1 to 250 characters; for `EMPHASIZE_TYPE_IMAGE` templates. `null` removes it. */
      imageName?: string | null;
      /**
       * Format: url
       * @description Public URL of the header image; for `EMPHASIZE_TYPE_IMAGE` templates. `null` removes it.
       */
      imageUrl?: string | null;
      /** @description Up to 5 distinct buttons shown under the message. `null` removes all buttons. */
      buttons?: components["schemas"]["KakaoTalkInputButton"][] | null;
    };
    /** @description A request to change a KakaoTalk template. */
    KakaoTalkInputUpdateTemplate: {
      /**
       * @description `DRAFT` (the default) keeps the changes as a draft; `SUBMIT` submits them for review.
       * @default DRAFT
       */
      status?: components["schemas"]["KakaoTalkActionsEnum"];
      /** @description Fields to change. */
      details?: components["schemas"]["KakaoTalkInputUpdateTemplateDetails"];
    };
    /**
     * @description Kind of comment record; always `CREATED`.
     * @constant
     */
    KakaoTalkCommentTypeEnum: "CREATED";
    /** @description A comment in the conversation with Sinch's reviewers. */
    KakaoTalkComment: {
      /** @description Kind of record; always `CREATED`. */
      type: components["schemas"]["KakaoTalkCommentTypeEnum"];
      /** @description Text of the comment. */
      comment: string;
      /** @description When the comment was added (ISO 8601, UTC). */
      created?: string;
    };
    /** @description A comment to add to the conversation with Sinch's reviewers. */
    KakaoTalkCommentInput: {
      /** @description Text of the comment, 1 to 65,535 characters. */
      comment: string;
    };
    /**
     * @description Kind of template activity: `CREATED`, `EDITED`, `DRAFT` (saved as a draft), `IN_PROGRESS` (submitted for review), `REJECTED` (refused by the review) or `COMMENT_ADDED`.
     * @enum {string}
     */
    KakaoTalkTemplateNotificationTypeEnum: "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "REJECTED";
    /** @description An entry of a template's activity log. */
    KakaoTalkTemplateNotification: {
      /** @description What happened. */
      type: components["schemas"]["KakaoTalkTemplateNotificationTypeEnum"];
      /** @description When it happened (ISO 8601, UTC). */
      created?: string;
      /** @description Who caused it, such as a user of the project or Sinch. */
      author?: string;
      /** @description Text of the comment or the reviewer's note, when the activity has one. */
      comment?: string;
    };
    /** @description A page of a template's activity log. */
    KakaoTalkTemplateNotificationList: {
      /** @description Total number of activities across all pages. */
      totalSize: number;
      /** @description Maximum number of items per page used for this response. */
      pageSize: number;
      /** @description Token of the previous page; empty on the first page. */
      previousPageToken?: string;
      /** @description Token to pass as `pageToken` to get the next page; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The activities on this page. */
      notifications: components["schemas"]["KakaoTalkTemplateNotification"][];
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
    /** @description Details of a new KakaoTalk sender. */
    KakaoTalkInputSenderDetails: {
      /**
       * Format: phone number
       * @description Phone number of the channel's administrator, up to 15 characters; Kakao sends the verification code to it when the sender is registered.
       */
      adminPhoneNo: string;
      /** @description Name of the sender, 1 to 512 characters. */
      name: string;
      /**
       * Format: url
       * @description Public URL of the logo image; Sinch downloads it, so it must be reachable and of a supported image type and size.
       */
      logoImage?: string;
      /** @description Code of the top-level (depth 1) sender category. */
      topLevelCategoryCode: string;
      /** @description Code of the mid-level (depth 2) sender category, under the top-level one. */
      midLevelCategoryCode: string;
      /** @description Code of the sub-level (depth 3) sender category, under the mid-level one. */
      subLevelCategoryCode: string;
    };
    /** @description A request to create a KakaoTalk sender. */
    KakaoTalkInputSender: {
      /**
       * @description `SUBMIT` (the default) submits the sender for review; `DRAFT` only saves it.
       * @default SUBMIT
       */
      status?: components["schemas"]["KakaoTalkActionsEnum"];
      /**
       * @description When `true`, a sender whose submission fails is kept as a draft instead of not being created. Defaults to `false`.
       * @default false
       */
      saveDraftOnFailure?: boolean;
      /** @description Search ID of the existing KakaoTalk channel to send from, starting with `@`; 1 to 30 characters. */
      plusFriendId: string;
      /** @description Details of the sender. */
      details: components["schemas"]["KakaoTalkInputSenderDetails"];
    };
    /** @description The verification code of a KakaoTalk sender. */
    KakaoTalkInputVerifySender: {
      /** @description Verification code Kakao sent to the sender's admin phone number. */
      code: number;
    };
    /** @description A page of KakaoTalk senders. */
    KakaoTalkSenderList: {
      /** @description Total number of senders across all pages. */
      totalSize: number;
      /** @description Maximum number of items per page used for this response. */
      pageSize: number;
      /** @description Token of the previous page; empty on the first page. */
      previousPageToken?: string;
      /** @description Token to pass as `pageToken` to get the next page; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The senders on this page. */
      senders: components["schemas"]["KakaoTalkSender"][];
    };
    /**
     * @description Kind of sender activity: `CREATED`, `EDITED`, `DRAFT` (saved as a draft), `IN_PROGRESS` (submitted for review), `REJECTED` (refused by the review), `ACTIVE`, `INACTIVE` or `COMMENT_ADDED`.
     * @enum {string}
     */
    KakaoTalkSenderNotificationTypeEnum: "ACTIVE" | "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "INACTIVE" | "REJECTED";
    /** @description An entry of a sender's activity log. */
    KakaoTalkSenderNotification: {
      /** @description What happened. */
      type: components["schemas"]["KakaoTalkSenderNotificationTypeEnum"];
      /** @description When it happened (ISO 8601, UTC). */
      created?: string;
      /** @description Who caused it, such as a user of the project or Sinch. */
      author?: string;
      /** @description Text of the comment or the reviewer's note, when the activity has one. */
      comment?: string;
    };
    /** @description A page of a sender's activity log. */
    KakaoTalkSenderNotificationList: {
      /** @description Total number of activities across all pages. */
      totalSize: number;
      /** @description Maximum number of items per page used for this response. */
      pageSize: number;
      /** @description Token of the previous page; empty on the first page. */
      previousPageToken?: string;
      /** @description Token to pass as `pageToken` to get the next page; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The activities on this page. */
      notifications: components["schemas"]["KakaoTalkSenderNotification"][];
    };
    /** @description Fields of a KakaoTalk sender to change; fields left out stay as they are. */
    KakaoTalkInputUpdateSenderDetails: {
      /**
       * Format: phone number
       * @description Phone number of the channel's administrator, up to 15 characters; Kakao sends the verification code to it when the sender is registered.
       */
      adminPhoneNo?: string;
      /** @description Name of the sender, 1 to 512 characters. */
      name?: string;
      /**
       * Format: url
       * @description Public URL of the logo image; Sinch downloads it, so it must be reachable and of a supported image type and size. `null` removes the logo.
       */
      logoImage?: string | null;
      /** @description Code of the top-level (depth 1) sender category. */
      topLevelCategoryCode?: string;
      /** @description Code of the mid-level (depth 2) sender category, under the top-level one. */
      midLevelCategoryCode?: string;
      /** @description Code of the sub-level (depth 3) sender category, under the mid-level one. */
      subLevelCategoryCode?: string;
    };
    /** @description A request to change a KakaoTalk sender. */
    KakaoTalkInputUpdateSender: {
      /**
       * @description `DRAFT` (the default) keeps the changes as a draft; `SUBMIT` submits them for review.
       * @default DRAFT
       */
      status?: components["schemas"]["KakaoTalkActionsEnum"];
      /** @description Fields to change. */
      details?: components["schemas"]["KakaoTalkInputUpdateSenderDetails"];
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
     * @description State of a channel of a Conversation API app: `PENDING` (being set up), `ACTIVE` (working), `FAILING` (set up but currently failing) or `ERROR` (could not be set up); see `statusDescription` for the reason. `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    ConversationChannelStatusEnum: "ACTIVE" | "ERROR" | "FAILING" | "PENDING" | "UNRECOGNIZED";
    /** @description The Telegram channel of a Conversation API app: its state and the bot behind it, as Telegram describes it. */
    ConversationTelegramBotInfo: {
      status: components["schemas"]["ConversationChannelStatusEnum"];
      /** @description Why the channel is in this state, when it is not `ACTIVE`. */
      statusDescription?: string;
      /** @description Display name of the bot. */
      name?: string;
      /** @description Telegram username of the bot, without the leading `@`. */
      username?: string;
      /** @description Whether the bot can be added to groups. */
      canJoinGroups?: boolean;
      /** @description Whether the bot receives every group message rather than only those addressed to it. */
      canReadAllGroupMessages?: boolean;
      /** @description Whether the bot answers inline queries. */
      supportsInlineQueries?: boolean;
    };
    /** @description An error returned by the Conversation channel operations: a machine-readable code, what went wrong, and how to fix it. */
    ConversationError: {
      /** @description Machine-readable error code in snake_case, e.g. `conversation_app_not_found`; each operation lists the codes it can return. */
      errorCode: string;
      /** @description What went wrong, in English. */
      message: string;
      /** @description What to do to fix the problem, in English. */
      resolution: string;
      /** @description Details of the error keyed by topic (usually a field name); each value is a list of messages. */
      additionalInformation?: {
        [key: string]: string[];
      };
    };
    /** @description Geographic position of a Viber bot account, in decimal degrees (WGS 84). */
    ConversationAccountLocation: {
      /** @description Longitude, from -180 to 180. */
      lon: number;
      /** @description Latitude, from -90 to 90. */
      lat: number;
    };
    /** @description The Viber channel of a Conversation API app: its state and the Viber bot account behind it, as Viber describes it. */
    ConversationViberBotInfo: {
      status: components["schemas"]["ConversationChannelStatusEnum"];
      /** @description Why the channel is in this state, when it is not `ACTIVE`. */
      statusDescription?: string;
      /** @description ID of the bot account at Viber. */
      id?: string;
      /** @description Name of the bot account. */
      name?: string;
      /** @description Unique URI of the bot account at Viber (the name in its Viber link). */
      uri?: string;
      /** @description URL of the account's icon. */
      icon?: string;
      /** @description Category of the account, as set at Viber. */
      category?: string;
      /** @description Subcategory of the account, as set at Viber. */
      subcategory?: string;
      /** @description Location of the account, if it has one. */
      location?: components["schemas"]["ConversationAccountLocation"];
      /** @description Country of the account, as an ISO 3166-1 alpha-2 code. */
      country?: string;
      /** @description Number of Viber users subscribed to the account. */
      subscribersCount?: number;
    };
    /** @description The Instagram channel of a Conversation API app: its state and the Instagram professional account behind it, as Meta describes it. */
    ConversationInstagramInfo: {
      status: components["schemas"]["ConversationChannelStatusEnum"];
      /** @description Why the channel is in this state, when it is not `ACTIVE`. */
      statusDescription?: string;
      /** @description ID of the Instagram account at Meta. */
      id?: string;
      /** @description Profile name of the account. */
      name?: string;
      /** @description Instagram username of the account, without the leading `@`. */
      username?: string;
      /** @description Biography text of the profile. */
      biography?: string;
      /** @description Number of Instagram users following the account. */
      followersCount?: number;
      /** @description Number of Instagram accounts this account follows. */
      followsCount?: number;
      /** @description Number of media items (posts) the account has published. */
      mediaCount?: number;
      /** @description URL of the profile picture. */
      profilePictureUrl?: string;
      /** @description Website shown on the profile. */
      website?: string;
    };
    /** @description The Messenger channel of a Conversation API app: its state and the Facebook Page behind it, as Meta describes it. */
    ConversationMessengerInfo: {
      status: components["schemas"]["ConversationChannelStatusEnum"];
      /** @description Why the channel is in this state, when it is not `ACTIVE`. */
      statusDescription?: string;
      /** @description ID of the Facebook Page. */
      id?: string;
      /** @description Name of the Facebook Page. */
      name?: string;
      /** @description Name of the global brand Page this Page belongs to, if it is part of one. */
      globalBrandPageName?: string;
    };
    /**
     * @description Kind of entry in the RCS account's activity log: `CREATED` when the account was set up, `COMMENT_ADDED` when a comment was posted.
     * @enum {string}
     */
    RcsAccountNotificationTypeEnum: "COMMENT_ADDED" | "CREATED";
    /** @description One entry of the RCS account's activity log. */
    RcsAccountNotification: {
      /** @description What happened. */
      type: components["schemas"]["RcsAccountNotificationTypeEnum"];
      /** @description When it happened (ISO 8601, UTC). */
      created?: string;
      /** @description Who did it: a user of the project or Sinch. */
      author?: string;
      /** @description Text of the comment, for `COMMENT_ADDED` entries. */
      comment?: string;
    };
    /** @description One page of the RCS account's activity log. */
    RcsAccountNotificationList: {
      /** @description Number of entries across all pages. */
      totalSize: number;
      /** @description Number of entries on this page. */
      pageSize: number;
      /** @description Token for the page before this one; empty or absent on the first page. */
      previousPageToken?: string;
      /** @description Token for the page after this one; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The entries on this page. */
      notifications: components["schemas"]["RcsAccountNotification"][];
    };
    /** @description An error of the RCS endpoints: a machine-readable code, what went wrong and how to fix it. */
    RcsError: {
      /** @description Machine-readable code of the error, such as `sender_not_found`. */
      errorCode: string;
      /** @description What went wrong, in words. */
      message: string;
      /** @description What to change for the request to succeed. */
      resolution: string;
      /** @description Details by field or topic: each key maps to a list of messages. */
      additionalInformation?: {
        [key: string]: string[];
      };
    };
    /**
     * @description Kind of a comment entry; a posted comment is always `CREATED`.
     * @constant
     */
    RcsCommentTypeEnum: "CREATED";
    /** @description A comment in the conversation with Sinch's reviewers. */
    RcsComment: {
      /** @description Kind of entry; always `CREATED`. */
      type: components["schemas"]["RcsCommentTypeEnum"];
      /** @description Text of the comment. */
      comment: string;
      /** @description When the comment was posted (ISO 8601, UTC). */
      created?: string;
    };
    /** @description A comment to post to Sinch's reviewers. */
    RcsCommentInput: {
      /** @description Text of the comment, 1 to 65,535 characters. */
      comment: string;
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
    /** @description One page of RCS senders. */
    RcsSenderList: {
      /** @description Number of entries across all pages. */
      totalSize: number;
      /** @description Number of entries on this page. */
      pageSize: number;
      /** @description Token for the page before this one; empty or absent on the first page. */
      previousPageToken?: string;
      /** @description Token for the page after this one; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The senders on this page. */
      senders: components["schemas"]["RcsSender"][];
    };
    /**
     * @description Field to sort senders by: creation time, last change, name or state.
     * @enum {string}
     */
    RcsSenderSortColumnsEnum: "CREATED" | "MODIFIED" | "NAME" | "STATE";
    /**
     * @description Sort order: `ASC` ascending, `DESC` descending.
     * @enum {string}
     */
    RcsSortDirectionsEnum: "ASC" | "DESC";
    /**
     * @description Sinch region for a new sender and its Conversation API app; it cannot change later.
     * @enum {string}
     */
    RcsInputSenderRegionsEnum: "BR" | "EU" | "US";
    /**
     * @description How Google will bill the sender's traffic (see RcsSenderBillingCategoriesEnum for the values).
     * @enum {string}
     */
    RcsInputSenderBillingCategoriesEnum: "CONVERSATIONAL" | "NON_CONVERSATIONAL" | "BASIC_MESSAGE" | "CONVERSATIONAL_LEGACY" | "SINGLE_MESSAGE";
    /**
     * @description What a sender is used for: `OTP` one-time passwords, `TRANSACTIONAL` notifications, `PROMOTIONAL` marketing, `MULTIUSE` a mix of these.
     * @enum {string}
     */
    RcsInputSenderUseCasesEnum: "MULTIUSE" | "OTP" | "PROMOTIONAL" | "TRANSACTIONAL";
    /** @description An email address to show on the sender's profile. */
    RcsEmailInput: {
      /** @description Label shown next to the address, up to 25 characters. */
      label: string;
      /**
       * Format: email
       * @description The email address.
       */
      address: string;
    };
    /** @description A phone number to show on the sender's profile. */
    RcsPhoneInput: {
      /** @description Label shown next to the number, up to 25 characters. */
      label: string;
      /** @description The phone number: digits and spaces with an optional leading `+`, 6 to 15 characters. */
      number: string;
    };
    /** @description A website to show on the sender's profile. */
    RcsWebsiteInput: {
      /** @description Label shown next to the link, up to 25 characters. */
      label: string;
      /**
       * Format: url
       * @description URL of the website, up to 255 characters.
       */
      url: string;
    };
    /** @description The profile users will see: name, contacts, colour, images and policies. */
    RcsSenderDetailsBrandInput: {
      /**
       * @description Name shown as the sender of the messages, up to 40 characters.
       * @default RCS Sender
       */
      name?: string;
      /** @description One to three email addresses shown on the profile. */
      emails?: components["schemas"]["RcsEmailInput"][];
      /** @description One to three phone numbers shown on the profile. */
      phones?: components["schemas"]["RcsPhoneInput"][];
      /** @description One to three websites shown on the profile. */
      websites?: components["schemas"]["RcsWebsiteInput"][];
      /**
       * Format: hex
       * @description Theme colour of the profile, as a hex code such as `#1A4D8F`; black when left out.
       * @default #000000
       */
      color?: string;
      /** @description Short text shown on the profile, up to 100 characters. */
      description?: string;
      /**
       * Format: url
       * @description Public URL of the banner image at the top of the profile (1440 by 448 pixels, JPEG or PNG). Sinch downloads it.
       */
      bannerUrl?: string;
      /**
       * Format: url
       * @description Public URL of the logo (224 by 224 pixels, JPEG or PNG). Sinch downloads it.
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
    /**
     * @description Country where a sender can launch, as an ISO 3166-1 alpha-2 code.
     * @enum {string}
     */
    RcsInputRcsCountryCodesEnum: "AT" | "BE" | "BR" | "CA" | "CZ" | "DK" | "FI" | "FR" | "DE" | "GR" | "HU" | "IT" | "LT" | "MX" | "NL" | "NO" | "PE" | "PL" | "PT" | "SG" | "SK" | "ES" | "SE" | "US" | "GB";
    /** @description Extra information about one answer. */
    RcsSenderDetailsQuestionnaireAnswerMetadataInput: {
      /** @description Set when the question is left unanswered on purpose; says why, and the answer is then not required. */
      ignore?: string;
    };
    /** @description Answers of the general section: how users opt in and out, what triggers messages and how users interact with the agent. */
    RcsSenderDetailsQuestionnaireGeneralAnswersInput: {
      /** @description How users agree to receive messages from the sender. */
      optInDescription?: string;
      /** @description Extra information about the opt-in answer. */
      optInDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
      /** @description Which events or user actions make the sender send a message. */
      triggerDescription?: string;
      /** @description Extra information about the trigger answer. */
      triggerDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
      /** @description The main conversations users have with the sender. */
      interactionsDescription?: string;
      /** @description Extra information about the interactions answer. */
      interactionsDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
      /** @description How users stop the messages and how the sender confirms it. */
      optOutDescription?: string;
      /** @description Extra information about the opt-out answer. */
      optOutDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
      /** @description At least one URL of a video that shows the sender's conversation flows. */
      videoUris?: string[];
      /** @description At least one URL of a screenshot of the sender's conversations. */
      screenshotUris?: string[];
    };
    /** @description General section of the questionnaire to submit. */
    RcsSenderDetailsQuestionnaireGeneralInput: {
      /** @description The answers. */
      answers: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralAnswersInput"];
    };
    /** @description The partner company that manages the sender for the brand, if any. */
    RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInput: {
      /** @description Name of the company that manages the sender for the brand. Up to 100 characters. */
      companyName?: string;
      /** @description Full name of the contact at that company. Up to 100 characters. */
      contactName?: string;
      /**
       * Format: email
       * @description Email address of the contact at that company. Up to 100 characters.
       */
      contactEmailAddress?: string;
    };
    /**
     * @description Verification answers for a sender launching in the US, where the contact's phone is required.
     * @example {
     *       "name": "Dana Whitfield",
     *       "email": "dana.whitfield@northwind.example.com",
     *       "title": "Head of Customer Communications",
     *       "website": "https://www.northwind.example.com",
     *       "phone": "+12025550147"
     *     }
     */
    RcsUsSenderDetailsQuestionnaireVerificationAnswersInput: {
      /** @description Full name of the person at the brand who confirms that the sender may speak for it. */
      name: string;
      /**
       * Format: email
       * @description Work email address of that person; the confirmation request goes there. Up to 100 characters.
       */
      email: string;
      /** @description Job title of that person, up to 100 characters. */
      title?: string;
      /**
       * Format: url
       * @description URL of the brand's website.
       */
      website: string;
      /** @description The company that manages the sender for the brand, if it is not the brand itself. */
      partner?: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInput"];
      /** @description Phone number of that person, in international format (`+` or `00`, then 6 to 15 digits). Required for the US. */
      phone: string;
    };
    /**
     * @description Verification answers: the brand's contact who confirms the sender, and the partner if any.
     * @example {
     *       "name": "Dana Whitfield",
     *       "email": "dana.whitfield@northwind.example.com",
     *       "title": "Head of Customer Communications",
     *       "website": "https://www.northwind.example.com",
     *       "phone": "+447700900321",
     *       "partner": {
     *         "companyName": "Bluefin Digital Ltd",
     *         "contactName": "Sam Okafor",
     *         "contactEmailAddress": "sam.okafor@bluefin.example.net"
     *       }
     *     }
     */
    RcsSenderDetailsQuestionnaireVerificationAnswersInput: {
      /** @description Full name of the person at the brand who confirms that the sender may speak for it. */
      name: string;
      /**
       * Format: email
       * @description Work email address of that person; the confirmation request goes there. Up to 100 characters.
       */
      email: string;
      /** @description Job title of that person, up to 100 characters. */
      title?: string;
      /**
       * Format: url
       * @description URL of the brand's website.
       */
      website: string;
      /** @description Phone number of that person, in international format (`+` or `00`, then 6 to 15 digits). */
      phone?: string;
      /** @description The company that manages the sender for the brand, if it is not the brand itself. */
      partner?: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInput"];
    };
    /** @description Verification section of the questionnaire to submit. */
    RcsSenderDetailsQuestionnaireVerificationInput: {
      /** @description The answers; a sender launching in the US must give the contact's phone. */
      answers: components["schemas"]["RcsUsSenderDetailsQuestionnaireVerificationAnswersInput"] | components["schemas"]["RcsSenderDetailsQuestionnaireVerificationAnswersInput"];
    };
    /** @description Answers of the United Kingdom section. */
    RcsSenderDetailsQuestionnaireGBAnswersInput: {
      /** @description Industry of the brand. */
      brandIndustry?: string;
      /** @description Registered legal name of the company. */
      companyLegalName?: string;
      /** @description Companies House registration number of the company. */
      companyRegistrationNumber?: string;
      /** @description Registered address of the company, in one line. */
      fullCompanyAddress?: string;
      /** @description Extra information about the address answer. */
      fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
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
    /** @description United Kingdom section of the questionnaire to submit. */
    RcsSenderDetailsQuestionnaireGBInput: {
      /** @description The answers. */
      answers: components["schemas"]["RcsSenderDetailsQuestionnaireGBAnswersInput"];
    };
    /** @description Answers of the France section. */
    RcsSenderDetailsQuestionnaireFRAnswersInput: {
      /** @description Registered address of the company, in one line. */
      fullCompanyAddress?: string;
      /** @description Extra information about the address answer. */
      fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
      /** @description SIREN number of the company: 9 digits. */
      siren?: string;
    };
    /** @description France section of the questionnaire to submit. */
    RcsSenderDetailsQuestionnaireFRInput: {
      /** @description The answers. */
      answers: components["schemas"]["RcsSenderDetailsQuestionnaireFRAnswersInput"];
    };
    /**
     * @description Ownership of a publicly traded company: `PUBLIC`.
     * @constant
     */
    RcsUsQuestionnaireOwnershipTypePublicEnum: "PUBLIC";
    /**
     * @description Legal form of a publicly traded company: `CORPORATION`.
     * @constant
     */
    RcsPublicUsQuestionnaireBrandLegalFormsEnum: "CORPORATION";
    /**
     * @description The United States: `US`.
     * @constant
     */
    RcsInputCountryCodesUsEnum: "US";
    /**
     * @description US section, brand and campaign form (v2): answers for a publicly traded brand registered in the US.
     * @example {
     *       "ownershipType": "PUBLIC",
     *       "companyLegalName": "Northwind Outfitters Inc.",
     *       "companyPhoneNumber": "+12025550147",
     *       "companyEmailAddress": "compliance@northwind.example.com",
     *       "brandName": "Northwind",
     *       "brandIndustry": "RETAIL",
     *       "legalForm": "CORPORATION",
     *       "taxIdCountry": "US",
     *       "taxId": "12-3456789",
     *       "addressLine": "400 Market Street, Suite 900",
     *       "addressCity": "Portland",
     *       "addressCountry": "US",
     *       "addressState": "OR",
     *       "addressPostalCode": "97204",
     *       "websiteUrl": "https://www.northwind.example.com",
     *       "contactFirstName": "Dana",
     *       "contactSurname": "Whitfield",
     *       "stockExchange": "NASDAQ",
     *       "stockSymbol": "NWND",
     *       "sampleMessages": [
     *         "Northwind: your order NW-48213 has shipped and arrives Thursday. Track it here: https://nwnd.example.com/t/48213",
     *         "Northwind: your parcel is out for delivery today between 10:00 and 12:00. Reply CHANGE to pick another slot."
     *       ],
     *       "messagesVolume": 50000,
     *       "embeddedLink": true,
     *       "embeddedPhone": false,
     *       "ageGatedContent": false,
     *       "directLending": false,
     *       "optInConfirmationMessage": "Northwind: you're subscribed to order updates. Msg frequency varies. Reply HELP for help, STOP to opt out.",
     *       "helpMessage": "Northwind order updates: visit northwind.example.com/help or call +1 202 555 0147. Reply STOP to opt out.",
     *       "callToActionMessage": "At checkout customers tick 'Send me order updates by RCS'. The text next to the box says how often we write and that STOP ends the updates."
     *     }
     */
    RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInput: {
      /** @description Registered legal name of the company. */
      companyLegalName: string;
      /** @description Main phone number of the company, in E.164 format (up to 13 characters). */
      companyPhoneNumber: string;
      /**
       * Format: email
       * @description Main email address of the company.
       */
      companyEmailAddress: string;
      /** @description Name of the brand as users know it. */
      brandName: string;
      /** @description Industry of the brand. */
      brandIndustry: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
      /** @description Street address of the company. */
      addressLine: string;
      /** @description City of the company's address. */
      addressCity: string;
      /** @description Country of the company's address, as an ISO 3166-1 alpha-2 code. */
      addressCountry: components["schemas"]["RcsInputCountryCodesEnum"];
      /** @description Postal code of the company's address, up to 10 characters. */
      addressPostalCode: string;
      /**
       * Format: url
       * @description URL of the company's website.
       */
      websiteUrl: string;
      /** @description First name of the company's contact for this registration. */
      contactFirstName: string;
      /** @description Last name of that contact. */
      contactSurname: string;
      /** @description One to five examples of messages the sender will send, 20 to 1024 characters each. */
      sampleMessages: string[];
      /** @description Expected number of messages per month. */
      messagesVolume: number;
      /** @description Whether messages contain links. */
      embeddedLink: boolean;
      /** @description Whether messages contain phone numbers. */
      embeddedPhone: boolean;
      /** @description Whether messages contain age-restricted content, such as alcohol or gambling. */
      ageGatedContent: boolean;
      /** @description Whether messages offer loans or other direct lending. */
      directLending: boolean;
      /** @description Message sent to confirm that a user opted in, 20 to 1024 characters. */
      optInConfirmationMessage: string;
      /** @description Message sent when a user asks for help, 20 to 1024 characters. */
      helpMessage: string;
      /** @description Where and how users opt in, quoting the text they see; 40 to 4096 characters. */
      callToActionMessage: string;
      /** @description Always `PUBLIC` in this variant. */
      ownershipType: components["schemas"]["RcsUsQuestionnaireOwnershipTypePublicEnum"];
      /** @description Always `CORPORATION` in this variant. */
      legalForm: components["schemas"]["RcsPublicUsQuestionnaireBrandLegalFormsEnum"];
      /** @description Always `US` in this variant. */
      taxIdCountry: components["schemas"]["RcsInputCountryCodesUsEnum"];
      /** @description Tax ID of the company (the EIN, `NN-NNNNNNN`, for a US company), up to 25 characters. */
      taxId: string;
      /** @description US state of the company's address. */
      addressState: components["schemas"]["RcsUsStatesEnum"];
      /** @description Stock exchange where the company is listed, such as `NASDAQ` (up to 10 characters). */
      stockExchange: string;
      /** @description Stock symbol of the company (up to 6 characters). */
      stockSymbol: string;
    };
    /**
     * @description Ownership of a privately held company: `PRIVATE`.
     * @constant
     */
    RcsUsQuestionnaireOwnershipTypePrivateEnum: "PRIVATE";
    /**
     * @description Legal form of a privately held company.
     * @enum {string}
     */
    RcsPrivateUsQuestionnaireBrandLegalFormsEnum: "CORPORATION" | "LIMITED_LIABILITY_COMPANY" | "PARTNERSHIP" | "S_CORPORATION";
    /**
     * @description US section, brand and campaign form (v2): answers for a privately held brand registered in the US.
     * @example {
     *       "ownershipType": "PRIVATE",
     *       "companyLegalName": "Harbor Lane Bakery LLC",
     *       "companyPhoneNumber": "+12075550112",
     *       "companyEmailAddress": "hello@harborlane.example.com",
     *       "brandName": "Harbor Lane Bakery",
     *       "brandIndustry": "HOSPITALITY",
     *       "legalForm": "LIMITED_LIABILITY_COMPANY",
     *       "taxIdCountry": "US",
     *       "taxId": "98-7654321",
     *       "addressLine": "27 Wharf Road",
     *       "addressCity": "Portland",
     *       "addressCountry": "US",
     *       "addressState": "ME",
     *       "addressPostalCode": "04101",
     *       "websiteUrl": "https://www.harborlane.example.com",
     *       "contactFirstName": "Morgan",
     *       "contactSurname": "Reyes",
     *       "sampleMessages": [
     *         "Harbor Lane: your order of 12 croissants is ready for pickup at Wharf Road until 6 pm."
     *       ],
     *       "messagesVolume": 3000,
     *       "embeddedLink": false,
     *       "embeddedPhone": true,
     *       "ageGatedContent": false,
     *       "directLending": false,
     *       "optInConfirmationMessage": "Harbor Lane Bakery: you'll get a message when your order is ready. Reply STOP to opt out.",
     *       "helpMessage": "Harbor Lane Bakery: call +1 207 555 0112 for help with your order. Reply STOP to opt out.",
     *       "callToActionMessage": "When ordering online, customers may tick 'Tell me when my order is ready'; the box explains that STOP ends the messages."
     *     }
     */
    RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInput: {
      /** @description Registered legal name of the company. */
      companyLegalName: string;
      /** @description Main phone number of the company, in E.164 format (up to 13 characters). */
      companyPhoneNumber: string;
      /**
       * Format: email
       * @description Main email address of the company.
       */
      companyEmailAddress: string;
      /** @description Name of the brand as users know it. */
      brandName: string;
      /** @description Industry of the brand. */
      brandIndustry: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
      /** @description Street address of the company. */
      addressLine: string;
      /** @description City of the company's address. */
      addressCity: string;
      /** @description Country of the company's address, as an ISO 3166-1 alpha-2 code. */
      addressCountry: components["schemas"]["RcsInputCountryCodesEnum"];
      /** @description Postal code of the company's address, up to 10 characters. */
      addressPostalCode: string;
      /**
       * Format: url
       * @description URL of the company's website.
       */
      websiteUrl: string;
      /** @description First name of the company's contact for this registration. */
      contactFirstName: string;
      /** @description Last name of that contact. */
      contactSurname: string;
      /** @description One to five examples of messages the sender will send, 20 to 1024 characters each. */
      sampleMessages: string[];
      /** @description Expected number of messages per month. */
      messagesVolume: number;
      /** @description Whether messages contain links. */
      embeddedLink: boolean;
      /** @description Whether messages contain phone numbers. */
      embeddedPhone: boolean;
      /** @description Whether messages contain age-restricted content, such as alcohol or gambling. */
      ageGatedContent: boolean;
      /** @description Whether messages offer loans or other direct lending. */
      directLending: boolean;
      /** @description Message sent to confirm that a user opted in, 20 to 1024 characters. */
      optInConfirmationMessage: string;
      /** @description Message sent when a user asks for help, 20 to 1024 characters. */
      helpMessage: string;
      /** @description Where and how users opt in, quoting the text they see; 40 to 4096 characters. */
      callToActionMessage: string;
      /** @description Always `PRIVATE` in this variant. */
      ownershipType: components["schemas"]["RcsUsQuestionnaireOwnershipTypePrivateEnum"];
      /** @description Legal form of the company. */
      legalForm: components["schemas"]["RcsPrivateUsQuestionnaireBrandLegalFormsEnum"];
      /** @description Always `US` in this variant. */
      taxIdCountry: components["schemas"]["RcsInputCountryCodesUsEnum"];
      /** @description Tax ID of the company (the EIN, `NN-NNNNNNN`, for a US company), up to 25 characters. */
      taxId: string;
      /** @description US state of the company's address. */
      addressState: components["schemas"]["RcsUsStatesEnum"];
    };
    /**
     * @description ISO 3166-1 alpha-2 code of any country but the United States.
     * @enum {string}
     */
    RcsInputCountryCodesNonUsEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
    /**
     * @description US section, brand and campaign form (v2): answers for a publicly traded brand registered outside the US.
     * @example {
     *       "ownershipType": "PUBLIC",
     *       "companyLegalName": "Northwind Outfitters plc",
     *       "companyPhoneNumber": "+441134960000",
     *       "companyEmailAddress": "compliance@northwind.example.com",
     *       "brandName": "Northwind",
     *       "brandIndustry": "RETAIL",
     *       "legalForm": "CORPORATION",
     *       "taxIdCountry": "GB",
     *       "taxId": "GB123456789",
     *       "addressLine": "12 Harbour Street",
     *       "addressCity": "Leeds",
     *       "addressCountry": "GB",
     *       "addressPostalCode": "LS1 4AB",
     *       "websiteUrl": "https://www.northwind.example.com",
     *       "contactFirstName": "Dana",
     *       "contactSurname": "Whitfield",
     *       "stockExchange": "LSE",
     *       "stockSymbol": "NWO",
     *       "sampleMessages": [
     *         "Northwind: your order NW-48213 has shipped and arrives Thursday. Track it here: https://nwnd.example.com/t/48213"
     *       ],
     *       "messagesVolume": 20000,
     *       "embeddedLink": true,
     *       "embeddedPhone": false,
     *       "ageGatedContent": false,
     *       "directLending": false,
     *       "optInConfirmationMessage": "Northwind: you're subscribed to order updates. Reply HELP for help, STOP to opt out.",
     *       "helpMessage": "Northwind order updates: visit northwind.example.com/help. Reply STOP to opt out.",
     *       "callToActionMessage": "At checkout customers tick 'Send me order updates by RCS'; the text explains the frequency and that STOP ends the updates."
     *     }
     */
    RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInput: {
      /** @description Registered legal name of the company. */
      companyLegalName: string;
      /** @description Main phone number of the company, in E.164 format (up to 13 characters). */
      companyPhoneNumber: string;
      /**
       * Format: email
       * @description Main email address of the company.
       */
      companyEmailAddress: string;
      /** @description Name of the brand as users know it. */
      brandName: string;
      /** @description Industry of the brand. */
      brandIndustry: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
      /** @description Street address of the company. */
      addressLine: string;
      /** @description City of the company's address. */
      addressCity: string;
      /** @description Country of the company's address, as an ISO 3166-1 alpha-2 code. */
      addressCountry: components["schemas"]["RcsInputCountryCodesEnum"];
      /** @description Postal code of the company's address, up to 10 characters. */
      addressPostalCode: string;
      /**
       * Format: url
       * @description URL of the company's website.
       */
      websiteUrl: string;
      /** @description First name of the company's contact for this registration. */
      contactFirstName: string;
      /** @description Last name of that contact. */
      contactSurname: string;
      /** @description One to five examples of messages the sender will send, 20 to 1024 characters each. */
      sampleMessages: string[];
      /** @description Expected number of messages per month. */
      messagesVolume: number;
      /** @description Whether messages contain links. */
      embeddedLink: boolean;
      /** @description Whether messages contain phone numbers. */
      embeddedPhone: boolean;
      /** @description Whether messages contain age-restricted content, such as alcohol or gambling. */
      ageGatedContent: boolean;
      /** @description Whether messages offer loans or other direct lending. */
      directLending: boolean;
      /** @description Message sent to confirm that a user opted in, 20 to 1024 characters. */
      optInConfirmationMessage: string;
      /** @description Message sent when a user asks for help, 20 to 1024 characters. */
      helpMessage: string;
      /** @description Where and how users opt in, quoting the text they see; 40 to 4096 characters. */
      callToActionMessage: string;
      /** @description Always `PUBLIC` in this variant. */
      ownershipType: components["schemas"]["RcsUsQuestionnaireOwnershipTypePublicEnum"];
      /** @description Always `CORPORATION` in this variant. */
      legalForm: components["schemas"]["RcsPublicUsQuestionnaireBrandLegalFormsEnum"];
      /** @description Country that issued the tax ID: any country but the US. */
      taxIdCountry: components["schemas"]["RcsInputCountryCodesNonUsEnum"];
      /** @description Tax ID of the company (the EIN, `NN-NNNNNNN`, for a US company), up to 25 characters. */
      taxId: string;
      /** @description Stock exchange where the company is listed, such as `NASDAQ` (up to 10 characters). */
      stockExchange: string;
      /** @description Stock symbol of the company (up to 6 characters). */
      stockSymbol: string;
    };
    /**
     * @description US section, brand and campaign form (v2): answers for a privately held brand registered outside the US.
     * @example {
     *       "ownershipType": "PRIVATE",
     *       "companyLegalName": "Atelier Marais SAS",
     *       "companyPhoneNumber": "+33639980123",
     *       "companyEmailAddress": "contact@ateliermarais.example.fr",
     *       "brandName": "Atelier Marais",
     *       "brandIndustry": "RETAIL",
     *       "legalForm": "CORPORATION",
     *       "taxIdCountry": "FR",
     *       "taxId": "FR40823456781",
     *       "addressLine": "5 rue Vieille du Temple",
     *       "addressCity": "Paris",
     *       "addressCountry": "FR",
     *       "addressPostalCode": "75004",
     *       "websiteUrl": "https://www.ateliermarais.example.fr",
     *       "contactFirstName": "Camille",
     *       "contactSurname": "Bernard",
     *       "sampleMessages": [
     *         "Atelier Marais: your made-to-measure jacket is ready. Book a fitting: https://ateliermarais.example.fr/rdv"
     *       ],
     *       "messagesVolume": 1500,
     *       "embeddedLink": true,
     *       "embeddedPhone": false,
     *       "ageGatedContent": false,
     *       "directLending": false,
     *       "optInConfirmationMessage": "Atelier Marais: you will receive updates on your orders. Reply STOP to opt out.",
     *       "helpMessage": "Atelier Marais: write to contact@ateliermarais.example.fr for help. Reply STOP to opt out.",
     *       "callToActionMessage": "In the order form customers may tick 'Keep me informed by RCS'; the text explains that STOP ends the messages."
     *     }
     */
    RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInput: {
      /** @description Registered legal name of the company. */
      companyLegalName: string;
      /** @description Main phone number of the company, in E.164 format (up to 13 characters). */
      companyPhoneNumber: string;
      /**
       * Format: email
       * @description Main email address of the company.
       */
      companyEmailAddress: string;
      /** @description Name of the brand as users know it. */
      brandName: string;
      /** @description Industry of the brand. */
      brandIndustry: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
      /** @description Street address of the company. */
      addressLine: string;
      /** @description City of the company's address. */
      addressCity: string;
      /** @description Country of the company's address, as an ISO 3166-1 alpha-2 code. */
      addressCountry: components["schemas"]["RcsInputCountryCodesEnum"];
      /** @description Postal code of the company's address, up to 10 characters. */
      addressPostalCode: string;
      /**
       * Format: url
       * @description URL of the company's website.
       */
      websiteUrl: string;
      /** @description First name of the company's contact for this registration. */
      contactFirstName: string;
      /** @description Last name of that contact. */
      contactSurname: string;
      /** @description One to five examples of messages the sender will send, 20 to 1024 characters each. */
      sampleMessages: string[];
      /** @description Expected number of messages per month. */
      messagesVolume: number;
      /** @description Whether messages contain links. */
      embeddedLink: boolean;
      /** @description Whether messages contain phone numbers. */
      embeddedPhone: boolean;
      /** @description Whether messages contain age-restricted content, such as alcohol or gambling. */
      ageGatedContent: boolean;
      /** @description Whether messages offer loans or other direct lending. */
      directLending: boolean;
      /** @description Message sent to confirm that a user opted in, 20 to 1024 characters. */
      optInConfirmationMessage: string;
      /** @description Message sent when a user asks for help, 20 to 1024 characters. */
      helpMessage: string;
      /** @description Where and how users opt in, quoting the text they see; 40 to 4096 characters. */
      callToActionMessage: string;
      /** @description Always `PRIVATE` in this variant. */
      ownershipType: components["schemas"]["RcsUsQuestionnaireOwnershipTypePrivateEnum"];
      /** @description Legal form of the company. */
      legalForm: components["schemas"]["RcsPrivateUsQuestionnaireBrandLegalFormsEnum"];
      /** @description Country that issued the tax ID: any country but the US. */
      taxIdCountry: components["schemas"]["RcsInputCountryCodesNonUsEnum"];
      /** @description Tax ID of the company (the EIN, `NN-NNNNNNN`, for a US company), up to 25 characters. */
      taxId: string;
    };
    /**
     * @description US section, first form (v1): company, EIN, industry, address, SMS campaign and volume.
     * @example {
     *       "companyLegalName": "Northwind Outfitters Inc.",
     *       "ein": "12-3456789",
     *       "brandIndustry": "Retail",
     *       "fullCompanyAddress": "400 Market Street, Suite 900, Portland, OR 97204, United States",
     *       "smsCampaign": "10DLC campaign CX7K2QZ, order notifications",
     *       "messagesVolume": "50,000 per month"
     *     }
     */
    RcsSenderDetailsQuestionnaireUSAnswersInput: {
      /** @description Registered legal name of the company. */
      companyLegalName?: string;
      /** @description Employer Identification Number of the company, `NN-NNNNNNN`. */
      ein?: string;
      /** @description Industry of the brand, in words. */
      brandIndustry?: string;
      /** @description Registered address of the company, in one line. */
      fullCompanyAddress?: string;
      /** @description Extra information about the address answer. */
      fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
      /** @description An SMS campaign already run for the same use, by ID or in words. */
      smsCampaign?: string;
      /** @description Expected number of messages per month, in words. */
      messagesVolume?: string;
    };
    /** @description US section of the questionnaire to submit, in the v2 brand and campaign form (one variant per kind of brand) or the v1 form. */
    RcsSenderDetailsQuestionnaireUSInput: {
      /** @description The answers, in the form that fits the brand. */
      answers: components["schemas"]["RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInput"] | components["schemas"]["RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInput"] | components["schemas"]["RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInput"] | components["schemas"]["RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInput"] | components["schemas"]["RcsSenderDetailsQuestionnaireUSAnswersInput"];
    };
    /** @description The questionnaire to submit: general and verification sections, and a section for GB, FR or US when the sender launches there. */
    RcsSenderDetailsQuestionnaireInput: {
      /** @description General section; required before launch. */
      general?: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralInput"];
      /** @description Verification section; required before launch. */
      verification?: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationInput"];
      /** @description United Kingdom section, when the sender launches in GB. */
      gb?: components["schemas"]["RcsSenderDetailsQuestionnaireGBInput"];
      /** @description France section, when the sender launches in FR. */
      fr?: components["schemas"]["RcsSenderDetailsQuestionnaireFRInput"];
      /** @description United States section, when the sender launches in the US. */
      us?: components["schemas"]["RcsSenderDetailsQuestionnaireUSInput"];
    };
    /** @description Profile, test numbers, countries and questionnaire of a new sender. */
    RcsSenderDetailsInput: {
      /** @description The profile users will see. */
      brand?: components["schemas"]["RcsSenderDetailsBrandInput"];
      /** @description Phone numbers to invite as testers once the sender exists, in E.164 format; up to 200, no duplicates. */
      testNumbers?: string[];
      /** @description Countries where the sender will launch; at least one, no duplicates. */
      countries?: components["schemas"]["RcsInputRcsCountryCodesEnum"][];
      /** @description Answers of the launch questionnaire; get the questions from the questionnaire endpoint. */
      questionnaire?: components["schemas"]["RcsSenderDetailsQuestionnaireInput"];
    };
    /** @description A new RCS sender. */
    RcsSenderInput: {
      /** @description Sinch region of the sender and its Conversation API app. */
      region: components["schemas"]["RcsInputSenderRegionsEnum"];
      /** @description How Google will bill the sender's traffic. */
      billingCategory: components["schemas"]["RcsInputSenderBillingCategoriesEnum"];
      /** @description What the sender will be used for. */
      useCase: components["schemas"]["RcsInputSenderUseCasesEnum"];
      /** @description Profile, test numbers, countries and questionnaire. Can be completed later with an update. */
      details?: components["schemas"]["RcsSenderDetailsInput"];
    };
    /** @description Changes to the sender's profile: only the fields sent change; `null` clears a list. */
    RcsUpdateSenderDetailsBrandInput: {
      /** @description Name shown as the sender of the messages, up to 40 characters. */
      name?: string;
      /** @description One to three email addresses shown on the profile; replaces the current list. */
      emails?: components["schemas"]["RcsEmailInput"][] | null;
      /** @description One to three phone numbers shown on the profile; replaces the current list. */
      phones?: components["schemas"]["RcsPhoneInput"][] | null;
      /** @description One to three websites shown on the profile; replaces the current list. */
      websites?: components["schemas"]["RcsWebsiteInput"][] | null;
      /**
       * Format: hex
       * @description Theme colour of the profile, as a hex code such as `#1A4D8F`.
       */
      color?: string;
      /** @description Short text shown on the profile, up to 100 characters. */
      description?: string;
      /**
       * Format: url
       * @description Public URL of the banner image at the top of the profile (1440 by 448 pixels, JPEG or PNG). Sinch downloads it.
       */
      bannerUrl?: string;
      /**
       * Format: url
       * @description Public URL of the logo (224 by 224 pixels, JPEG or PNG). Sinch downloads it.
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
    /** @description Changes to the extra information about one answer; `null` clears it. */
    RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput: {
      /** @description Set when the question is left unanswered on purpose; says why, and the answer is then not required. `null` clears it. */
      ignore?: string | null;
    };
    /** @description Changes to the general answers: only the fields sent change; `null` clears an answer. */
    RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInput: {
      /** @description How users agree to receive messages from the sender. `null` clears it. */
      optInDescription?: string | null;
      /** @description Extra information about the opt-in answer. */
      optInDescriptionMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
      /** @description Which events or user actions make the sender send a message. `null` clears it. */
      triggerDescription?: string | null;
      /** @description Extra information about the trigger answer. */
      triggerDescriptionMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
      /** @description The main conversations users have with the sender. `null` clears it. */
      interactionsDescription?: string | null;
      /** @description Extra information about the interactions answer. */
      interactionsDescriptionMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
      /** @description How users stop the messages and how the sender confirms it. `null` clears it. */
      optOutDescription?: string | null;
      /** @description Extra information about the opt-out answer. */
      optOutDescriptionMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
      /** @description At least one URL of a video that shows the sender's conversation flows; replaces the list. `null` clears it. */
      videoUris?: string[] | null;
      /** @description At least one URL of a screenshot of the sender's conversations; replaces the list. `null` clears it. */
      screenshotUris?: string[] | null;
    };
    /** @description Changes to the general section. */
    RcsUpdateSenderDetailsQuestionnaireGeneralInput: {
      /** @description The changed answers; answers left out stay as they are. */
      answers: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInput"];
    };
    /**
     * @description Changes to the partner answers; `null` clears an answer.
     * @example {
     *       "companyName": "Bluefin Digital Ltd",
     *       "contactName": "Sam Okafor",
     *       "contactEmailAddress": "sam.okafor@bluefin.example.net"
     *     }
     */
    RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInput: {
      /** @description Name of the company that manages the sender for the brand. Up to 100 characters. `null` clears it. */
      companyName?: string | null;
      /** @description Full name of the contact at that company. Up to 100 characters. `null` clears it. */
      contactName?: string | null;
      /**
       * Format: email
       * @description Email address of the contact at that company. Up to 100 characters. `null` clears it.
       */
      contactEmailAddress?: string | null;
    } | null;
    /** @description Changes to the verification answers: only the fields sent change; `null` clears an answer. */
    RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInput: {
      /** @description Full name of the person at the brand who confirms that the sender may speak for it. `null` clears it. */
      name?: string | null;
      /**
       * Format: email
       * @description Work email address of that person; the confirmation request goes there. Up to 100 characters. `null` clears it.
       */
      email?: string | null;
      /** @description Job title of that person, up to 100 characters. `null` clears it. */
      title?: string | null;
      /**
       * Format: url
       * @description URL of the brand's website. `null` clears it.
       */
      website?: string | null;
      /** @description Phone number of that person, in international format (`+` or `00`, then 6 to 15 digits). `null` clears it. */
      phone?: string | null;
      /** @description The company that manages the sender for the brand, if it is not the brand itself. `null` clears it. */
      partner?: (components["schemas"]["RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInput"] | null) & components["schemas"]["RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInput"];
    };
    /** @description Changes to the verification section. */
    RcsUpdateSenderDetailsQuestionnaireVerificationInput: {
      /** @description The changed answers; answers left out stay as they are. */
      answers: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInput"];
    };
    /** @description Changes to the United Kingdom answers: only the fields sent change; `null` clears an answer. */
    RcsUpdateSenderDetailsQuestionnaireGBAnswersInput: {
      /** @description Industry of the brand. `null` clears it. */
      brandIndustry?: string | null;
      /** @description Registered legal name of the company. `null` clears it. */
      companyLegalName?: string | null;
      /** @description Companies House registration number of the company. `null` clears it. */
      companyRegistrationNumber?: string | null;
      /** @description Registered address of the company, in one line. `null` clears it. */
      fullCompanyAddress?: string | null;
      /** @description Extra information about the address answer. */
      fullCompanyAddressMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
      /** @description Expected number of messages per month, as a range such as `10,000 to 100,000`. `null` clears it. */
      messagesVolume?: string | null;
      /** @description How often one user receives messages. `null` clears it. */
      messagesFrequency?: string | null;
      /**
       * @deprecated
       * @description Deprecated: no longer asked. How long the campaign runs. `null` clears it.
       */
      campaignLength?: string | null;
    };
    /** @description Changes to the United Kingdom section. */
    RcsUpdateSenderDetailsQuestionnaireGBInput: {
      /** @description The changed answers; answers left out stay as they are. */
      answers: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireGBAnswersInput"];
    };
    /** @description Changes to the France answers: only the fields sent change; `null` clears an answer. */
    RcsUpdateSenderDetailsQuestionnaireFRAnswersInput: {
      /** @description Registered address of the company, in one line. `null` clears it. */
      fullCompanyAddress?: string | null;
      /** @description Extra information about the address answer. */
      fullCompanyAddressMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
      /** @description SIREN number of the company: 9 digits. `null` clears it. */
      siren?: string | null;
    };
    /** @description Changes to the France section. */
    RcsUpdateSenderDetailsQuestionnaireFRInput: {
      /** @description The changed answers; answers left out stay as they are. */
      answers: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireFRAnswersInput"];
    };
    /**
     * @description Changes to the US answers, brand and campaign form (v2): only the fields sent change; `null` clears an answer.
     * @example {
     *       "messagesVolume": 80000,
     *       "embeddedPhone": true
     *     }
     */
    RcsBrandCampaignUpdateSenderDetailsQuestionnaireUSAnswersInput: {
      /** @description Whether the company is publicly traded or privately held. `null` clears it. */
      ownershipType?: components["schemas"]["RcsUsQuestionnaireOwnershipTypeEnum"];
      /** @description Registered legal name of the company. `null` clears it. */
      companyLegalName?: string | null;
      /** @description Main phone number of the company, in E.164 format (up to 13 characters). `null` clears it. */
      companyPhoneNumber?: string | null;
      /**
       * Format: email
       * @description Main email address of the company. `null` clears it.
       */
      companyEmailAddress?: string | null;
      /** @description Name of the brand as users know it. `null` clears it. */
      brandName?: string | null;
      /** @description Industry of the brand. `null` clears it. */
      brandIndustry?: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
      /** @description Legal form of the company. `null` clears it. */
      legalForm?: components["schemas"]["RcsUsQuestionnaireBrandLegalFormsEnum"];
      /** @description Country that issued the tax ID, as an ISO 3166-1 alpha-2 code. `null` clears it. */
      taxIdCountry?: components["schemas"]["RcsInputCountryCodesEnum"];
      /** @description Tax ID of the company (the EIN, `NN-NNNNNNN`, for a US company), up to 25 characters. `null` clears it. */
      taxId?: string | null;
      /** @description Street address of the company. `null` clears it. */
      addressLine?: string | null;
      /** @description City of the company's address. `null` clears it. */
      addressCity?: string | null;
      /** @description Country of the company's address, as an ISO 3166-1 alpha-2 code. `null` clears it. */
      addressCountry?: components["schemas"]["RcsInputCountryCodesEnum"];
      /** @description US state of the company's address. `null` clears it. */
      addressState?: components["schemas"]["RcsUsStatesEnum"];
      /** @description Postal code of the company's address, up to 10 characters. `null` clears it. */
      addressPostalCode?: string | null;
      /**
       * Format: url
       * @description URL of the company's website. `null` clears it.
       */
      websiteUrl?: string | null;
      /** @description First name of the company's contact for this registration. `null` clears it. */
      contactFirstName?: string | null;
      /** @description Last name of that contact. `null` clears it. */
      contactSurname?: string | null;
      /** @description Stock exchange where the company is listed, such as `NASDAQ` (up to 10 characters). `null` clears it. */
      stockExchange?: string | null;
      /** @description Stock symbol of the company (up to 6 characters). `null` clears it. */
      stockSymbol?: string | null;
      /** @description One to five examples of messages the sender will send, 20 to 1024 characters each. `null` clears it. */
      sampleMessages?: string[] | null;
      /** @description Expected number of messages per month. `null` clears it. */
      messagesVolume?: number | null;
      /** @description Whether messages contain links. `null` clears it. */
      embeddedLink?: boolean | null;
      /** @description Whether messages contain phone numbers. `null` clears it. */
      embeddedPhone?: boolean | null;
      /** @description Whether messages contain age-restricted content, such as alcohol or gambling. `null` clears it. */
      ageGatedContent?: boolean | null;
      /** @description Whether messages offer loans or other direct lending. `null` clears it. */
      directLending?: boolean | null;
      /** @description Message sent to confirm that a user opted in, 20 to 1024 characters. `null` clears it. */
      optInConfirmationMessage?: string | null;
      /** @description Message sent when a user asks for help, 20 to 1024 characters. `null` clears it. */
      helpMessage?: string | null;
      /** @description Where and how users opt in, quoting the text they see; 40 to 4096 characters. `null` clears it. */
      callToActionMessage?: string | null;
    };
    /**
     * @description Changes to the US answers, first form (v1): only the fields sent change; `null` clears an answer.
     * @example {
     *       "ein": "12-3456789",
     *       "messagesVolume": "80,000 per month"
     *     }
     */
    RcsUpdateSenderDetailsQuestionnaireUSAnswersInput: {
      /** @description Registered legal name of the company. `null` clears it. */
      companyLegalName?: string | null;
      /** @description Employer Identification Number of the company, `NN-NNNNNNN`. `null` clears it. */
      ein?: string | null;
      /** @description Industry of the brand, in words. `null` clears it. */
      brandIndustry?: string | null;
      /** @description Registered address of the company, in one line. `null` clears it. */
      fullCompanyAddress?: string | null;
      /** @description Extra information about the address answer. */
      fullCompanyAddressMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
      /** @description An SMS campaign already run for the same use, by ID or in words. `null` clears it. */
      smsCampaign?: string | null;
      /** @description Expected number of messages per month, in words. `null` clears it. */
      messagesVolume?: string | null;
    };
    /** @description Changes to the US section, in the form named by the `usQuestionnaireVersion` query parameter. */
    RcsUpdateSenderDetailsQuestionnaireUSInput: {
      /** @description The changed answers, in the form named by `usQuestionnaireVersion`. */
      answers: components["schemas"]["RcsBrandCampaignUpdateSenderDetailsQuestionnaireUSAnswersInput"] | components["schemas"]["RcsUpdateSenderDetailsQuestionnaireUSAnswersInput"];
    };
    /** @description Changes to the questionnaire, section by section. */
    RcsUpdateSenderDetailsQuestionnaireInput: {
      /** @description Changes to the general section. */
      general?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireGeneralInput"];
      /** @description Changes to the verification section. */
      verification?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireVerificationInput"];
      /** @description Changes to the United Kingdom section. */
      gb?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireGBInput"];
      /** @description Changes to the France section. */
      fr?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireFRInput"];
      /** @description Changes to the United States section. */
      us?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireUSInput"];
    };
    /** @description Changes to a sender's profile, test numbers, countries or questionnaire: only the fields sent change. */
    RcsUpdateSenderDetailsInput: {
      /** @description Changes to the profile. */
      brand?: components["schemas"]["RcsUpdateSenderDetailsBrandInput"];
      /** @description Phone numbers to invite as testers, in E.164 format; up to 200, no duplicates. Replaces the list; `null` clears it. */
      testNumbers?: string[] | null;
      /** @description Countries where the sender will launch; at least one, no duplicates. Replaces the list. */
      countries?: components["schemas"]["RcsInputRcsCountryCodesEnum"][] | null;
      /** @description Changes to the questionnaire answers. */
      questionnaire?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireInput"];
    };
    /** @description Changes to an RCS sender. */
    RcsUpdateSenderInput: {
      /** @description The changes. */
      details: components["schemas"]["RcsUpdateSenderDetailsInput"];
    };
    /**
     * @description Version of the US section: `v1` the first, short form (EIN, SMS campaign); `v2` the brand and campaign registration form.
     * @enum {string}
     */
    RcsUsQuestionnaireVersionsEnum: "v1" | "v2";
    /**
     * @description Kind of entry in a sender's activity log: `CREATED`, `EDITED`, `DELETED`, `COMMENT_ADDED`, `TEST` (the sender entered testing), `ACTIVE` (it became active) and `INACTIVE` (it stopped being active).
     * @enum {string}
     */
    RcsSenderNotificationTypeEnum: "ACTIVE" | "COMMENT_ADDED" | "CREATED" | "DELETED" | "EDITED" | "INACTIVE" | "TEST";
    /** @description One entry of a sender's activity log. */
    RcsSenderNotification: {
      /** @description What happened. */
      type: components["schemas"]["RcsSenderNotificationTypeEnum"];
      /** @description When it happened (ISO 8601, UTC). */
      created?: string;
      /** @description Who did it: a user of the project or Sinch. */
      author?: string;
      /** @description Text of the comment, for `COMMENT_ADDED` entries. */
      comment?: string;
    };
    /** @description One page of a sender's activity log. */
    RcsSenderNotificationList: {
      /** @description Number of entries across all pages. */
      totalSize: number;
      /** @description Number of entries on this page. */
      pageSize: number;
      /** @description Token for the page before this one; empty or absent on the first page. */
      previousPageToken?: string;
      /** @description Token for the page after this one; empty or absent on the last page. */
      nextPageToken?: string;
      /** @description The entries on this page. */
      notifications: components["schemas"]["RcsSenderNotification"][];
    };
    /**
     * @description An RCS feature the device supports: suggested actions (`ACTION_DIAL` call a number, `ACTION_OPEN_URL` open a link, `ACTION_OPEN_URL_IN_WEBVIEW` open a link inside the messaging app, `ACTION_VIEW_LOCATION` show a place on a map, `ACTION_SHARE_LOCATION` ask for the user's location, `ACTION_CREATE_CALENDAR_EVENT` add a calendar event, `ACTION_COMPOSE` start a message or call), `RICHCARD_STANDALONE` and `RICHCARD_CAROUSEL` rich cards, `REVOCATION` taking back a message not yet delivered; `FEATURE_UNSPECIFIED` and `UNRECOGNIZED` stand for unknown values.
     * @enum {string}
     */
    RcsTestNumberCapabilitiesFeaturesEnum: "ACTION_COMPOSE" | "ACTION_CREATE_CALENDAR_EVENT" | "ACTION_DIAL" | "ACTION_OPEN_URL" | "ACTION_OPEN_URL_IN_WEBVIEW" | "ACTION_SHARE_LOCATION" | "ACTION_VIEW_LOCATION" | "REVOCATION" | "RICHCARD_CAROUSEL" | "RICHCARD_STANDALONE" | "FEATURE_UNSPECIFIED" | "UNRECOGNIZED";
    /** @description The RCS features the device behind a test number supports. */
    RcsTestNumberCapabilities: {
      /** @description The RCS features the device supports. */
      features: components["schemas"]["RcsTestNumberCapabilitiesFeaturesEnum"][];
    };
    /** @description The test numbers of a sender after the change, with the state of each invitation. */
    RcsTestNumbers: {
      /** @description Every test number of the sender and the state of its invitation. */
      testNumbers: components["schemas"]["RcsTestNumberState"][];
    };
    /** @description Phone numbers to add as testers of a sender. */
    RcsTestNumbersInput: {
      /** @description Phone numbers to invite, in E.164 format; up to 200, no duplicates. */
      testNumbers: string[];
    };
    /** @description General section of the questionnaire: the questions only. */
    RcsSenderDetailsQuestionnaireGeneralBase: {
      /** @description The questions of the section. */
      readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralQuestions"];
    };
    /** @description Verification section of the questionnaire: the questions only. */
    RcsSenderDetailsQuestionnaireVerificationBase: {
      /** @description The questions of the section. */
      readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationQuestions"];
    };
    /** @description United Kingdom section of the questionnaire: the questions only. */
    RcsSenderDetailsQuestionnaireGBBase: {
      /** @description The questions of the section. */
      readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireGBQuestions"];
    };
    /** @description France section of the questionnaire: the questions only. */
    RcsSenderDetailsQuestionnaireFRBase: {
      /** @description The questions of the section. */
      readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireFRQuestions"];
    };
    /**
     * @description US section, brand and campaign form (v2): the question set of the chosen kind of brand.
     * @example {
     *       "questions": {
     *         "ownershipType": {
     *           "question": "Is the company publicly traded or privately held?",
     *           "suggestedAnswers": [
     *             "PUBLIC",
     *             "PRIVATE"
     *           ]
     *         },
     *         "companyLegalName": {
     *           "question": "Registered legal name of the company.",
     *           "suggestedAnswers": []
     *         },
     *         "companyPhoneNumber": {
     *           "question": "Main phone number of the company.",
     *           "suggestedAnswers": []
     *         },
     *         "companyEmailAddress": {
     *           "question": "Main email address of the company.",
     *           "suggestedAnswers": []
     *         },
     *         "brandName": {
     *           "question": "Name of the brand as users know it.",
     *           "suggestedAnswers": []
     *         },
     *         "brandIndustry": {
     *           "question": "In which industry does the brand operate?",
     *           "suggestedAnswers": [
     *             "AGRICULTURE",
     *             "COMMUNICATION",
     *             "CONSTRUCTION",
     *             "EDUCATION",
     *             "ENERGY",
     *             "ENTERTAINMENT",
     *             "FINANCIAL",
     *             "GAMBLING",
     *             "GOVERNMENT",
     *             "HEALTHCARE",
     *             "HOSPITALITY",
     *             "HUMAN_RESOURCES",
     *             "INSURANCE",
     *             "LEGAL",
     *             "MANUFACTURING",
     *             "NON_GOVERNMENTAL_ORGANIZATION",
     *             "POLITICAL",
     *             "POSTAL",
     *             "PROFESSIONAL",
     *             "REAL_ESTATE",
     *             "RETAIL",
     *             "TECHNOLOGY",
     *             "TRANSPORTATION"
     *           ]
     *         },
     *         "legalForm": {
     *           "question": "Legal form of the company.",
     *           "suggestedAnswers": [
     *             "CORPORATION",
     *             "LIMITED_LIABILITY_COMPANY",
     *             "PARTNERSHIP",
     *             "S_CORPORATION"
     *           ]
     *         },
     *         "taxIdCountry": {
     *           "question": "Country that issued the company's tax ID.",
     *           "suggestedAnswers": []
     *         },
     *         "taxId": {
     *           "question": "Tax ID of the company (the EIN for a US company).",
     *           "suggestedAnswers": []
     *         },
     *         "addressLine": {
     *           "question": "Street address of the company.",
     *           "suggestedAnswers": []
     *         },
     *         "addressCity": {
     *           "question": "City of the company's address.",
     *           "suggestedAnswers": []
     *         },
     *         "addressCountry": {
     *           "question": "Country of the company's address.",
     *           "suggestedAnswers": []
     *         },
     *         "addressState": {
     *           "question": "State of the company's address.",
     *           "suggestedAnswers": []
     *         },
     *         "addressPostalCode": {
     *           "question": "Postal code of the company's address.",
     *           "suggestedAnswers": []
     *         },
     *         "websiteUrl": {
     *           "question": "Website of the company.",
     *           "suggestedAnswers": []
     *         },
     *         "contactFirstName": {
     *           "question": "First name of the company's contact for this registration.",
     *           "suggestedAnswers": []
     *         },
     *         "contactSurname": {
     *           "question": "Last name of that contact.",
     *           "suggestedAnswers": []
     *         },
     *         "stockExchange": {
     *           "question": "Stock exchange where the company is listed.",
     *           "suggestedAnswers": [
     *             "NASDAQ",
     *             "NYSE",
     *             "LSE",
     *             "TSX",
     *             "Other"
     *           ]
     *         },
     *         "stockSymbol": {
     *           "question": "Stock symbol of the company.",
     *           "suggestedAnswers": []
     *         },
     *         "sampleMessages": {
     *           "question": "Give one to five examples of messages the agent will send.",
     *           "suggestedAnswers": []
     *         },
     *         "messagesVolume": {
     *           "question": "How many messages do you expect to send per month?",
     *           "suggestedAnswers": []
     *         },
     *         "embeddedLink": {
     *           "question": "Will messages contain links?",
     *           "suggestedAnswers": [
     *             "Yes",
     *             "No"
     *           ]
     *         },
     *         "embeddedPhone": {
     *           "question": "Will messages contain phone numbers?",
     *           "suggestedAnswers": [
     *             "Yes",
     *             "No"
     *           ]
     *         },
     *         "ageGatedContent": {
     *           "question": "Will messages contain age-restricted content, such as alcohol or gambling?",
     *           "suggestedAnswers": [
     *             "Yes",
     *             "No"
     *           ]
     *         },
     *         "directLending": {
     *           "question": "Will messages offer loans or other direct lending?",
     *           "suggestedAnswers": [
     *             "Yes",
     *             "No"
     *           ]
     *         },
     *         "optInConfirmationMessage": {
     *           "question": "Message the agent sends to confirm that a user opted in.",
     *           "suggestedAnswers": []
     *         },
     *         "helpMessage": {
     *           "question": "Message the agent sends when a user asks for help.",
     *           "suggestedAnswers": []
     *         },
     *         "callToActionMessage": {
     *           "question": "Where and how do users opt in? Quote the text they see.",
     *           "suggestedAnswers": []
     *         }
     *       }
     *     }
     */
    RcsBrandCampaignSenderDetailsQuestionnaireUSBase: {
      /** @description The question set of the chosen kind of brand. */
      readonly questions: components["schemas"]["RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSQuestions"];
    };
    /**
     * @description US section, first form (v1): the questions only.
     * @example {
     *       "questions": {
     *         "companyLegalName": {
     *           "question": "Registered legal name of the company.",
     *           "suggestedAnswers": []
     *         },
     *         "ein": {
     *           "question": "Employer Identification Number (EIN) of the company.",
     *           "suggestedAnswers": []
     *         },
     *         "brandIndustry": {
     *           "question": "In which industry does the brand operate?",
     *           "suggestedAnswers": []
     *         },
     *         "fullCompanyAddress": {
     *           "question": "Full registered address of the company.",
     *           "suggestedAnswers": []
     *         },
     *         "smsCampaign": {
     *           "question": "Do you already run an SMS campaign for this use case? Give its ID or describe it.",
     *           "suggestedAnswers": []
     *         },
     *         "messagesVolume": {
     *           "question": "How many messages do you expect to send per month?",
     *           "suggestedAnswers": []
     *         }
     *       }
     *     }
     */
    RcsSenderDetailsQuestionnaireUSBase: {
      /** @description The questions of the section. */
      readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireUSQuestions"];
    };
    /** @description The questions a sender must answer for a use case and its countries, section by section, without answers. */
    RcsSenderDetailsQuestionnaireBase: {
      /** @description General section, for every sender. */
      general: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralBase"];
      /** @description Verification section, for every sender. */
      verification: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationBase"];
      /** @description United Kingdom section, when GB is among the countries asked for. */
      gb?: components["schemas"]["RcsSenderDetailsQuestionnaireGBBase"];
      /** @description France section, when FR is among the countries asked for. */
      fr?: components["schemas"]["RcsSenderDetailsQuestionnaireFRBase"];
      /** @description United States section, when US is among the countries asked for. */
      us?: components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSBase"] | components["schemas"]["RcsSenderDetailsQuestionnaireUSBase"];
    };
    /**
     * @description Kind of brand for the US brand and campaign form (v2): registered in the US or elsewhere (`US_` / `NON_US_`), publicly traded or private (`_PUBLIC` / `_PRIVATE`); each kind has its own question set.
     * @enum {string}
     */
    RcsUsQuestionnaireBrandCampaignVersionsEnum: "NON_US_PRIVATE" | "NON_US_PUBLIC" | "US_PRIVATE" | "US_PUBLIC";
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
    /** @description An error returned by the SMS app operations: a machine-readable code, what went wrong, and how to fix it. */
    SmsError: {
      /** @description Machine-readable error code in snake_case, e.g. `sms_app_not_found`; each operation lists the codes it can return. */
      errorCode: string;
      /** @description What went wrong, in English. */
      message: string;
      /** @description What to do to fix the problem, in English. */
      resolution: string;
      /** @description Details of the error keyed by topic (usually a field name); each value is a list of messages. */
      additionalInformation?: {
        [key: string]: string[];
      };
    };
    /**
     * @description Provisioning status of an SMS app. `ACTIVE`: ready to use. `BLOCKED`: blocked and cannot send. `DELETED`: removed. A change in progress shows as `PENDING_*` (queued), `IN_PROGRESS_*` or `PROVISIONING*` (being carried out), `DEPROVISIONING` (being removed), and a change that failed as `FAILED_*` or `*_FAILED`; the suffix names the change (`ADD`, `UPDATE`, `BLOCK`, `UNBLOCK`, `DELETE`). `STATUS_UNSPECIFIED` means no status was set; `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    SmsProvisioningStatesEnum: "ACTIVE" | "BLOCKED" | "DELETED" | "DEPROVISIONING" | "DEPROVISIONING_FAILED" | "FAILED_ADD" | "FAILED_BLOCK" | "FAILED_DELETE" | "FAILED_UNBLOCK" | "FAILED_UPDATE" | "IN_PROGRESS_ADD" | "IN_PROGRESS_BLOCK" | "IN_PROGRESS_DELETE" | "IN_PROGRESS_UNBLOCK" | "IN_PROGRESS_UPDATE" | "PENDING_ADD" | "PENDING_BLOCK" | "PENDING_DELETE" | "PENDING_UNBLOCK" | "PENDING_UPDATE" | "PROVISIONING" | "PROVISIONING_ADD" | "PROVISIONING_ADD_FAILED" | "PROVISIONING_BLOCK" | "PROVISIONING_BLOCK_FAILED" | "PROVISIONING_FAILED" | "PROVISIONING_UNBLOCK" | "PROVISIONING_UNBLOCK_FAILED" | "PROVISIONING_UPDATE" | "PROVISIONING_UPDATE_FAILED" | "STATUS_UNSPECIFIED" | "UNRECOGNIZED";
    /**
     * @description Sinch region where an SMS app runs: `AU` (Australia), `BR` (Brazil), `CA` (Canada), `EU` (Europe) or `US` (United States); `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    SmsAppRegionsEnum: "AU" | "BR" | "CA" | "EU" | "US" | "UNRECOGNIZED";
    /**
     * @description Sinch region of a Conversation API app: `BR` (Brazil), `EU` (Europe) or `US` (United States); `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    SmsConversationApiAppRegionsEnum: "BR" | "EU" | "US" | "UNRECOGNIZED";
    /**
     * @description State of the SMS channel of a Conversation API app: `PENDING` (being set up), `ACTIVE` (working) or `FAILING` (set up but failing); `UNRECOGNIZED` stands for a value this version of the API does not know.
     * @enum {string}
     */
    SmsConversationAppChannelIntegrationStatusEnum: "ACTIVE" | "FAILING" | "PENDING" | "UNRECOGNIZED";
    /** @description The Conversation API app that uses an SMS app as its SMS channel. */
    SmsConversationApiApp: {
      /** @description ID of the Conversation API app. */
      id: string;
      /** @description ID of the Sinch project the Conversation API app belongs to. */
      projectId: string;
      region: components["schemas"]["SmsConversationApiAppRegionsEnum"];
      channelStatus?: components["schemas"]["SmsConversationAppChannelIntegrationStatusEnum"];
    };
    /** @description An SMS app of the project, with its provisioning status. */
    SmsApp: {
      /** @description ID of the SMS app in the Provisioning API. */
      id: string;
      /** @description ID of the SMS service behind the app: the service plan ID that calls to the SMS API use. */
      smsServiceId: string;
      /** @description Name of the app, as shown in the Sinch dashboard. */
      name: string;
      status: components["schemas"]["SmsProvisioningStatesEnum"];
      /** @description The Sinch regions where the app runs. */
      regions: components["schemas"]["SmsAppRegionsEnum"][];
      /** @description The Conversation API app linked to this SMS app; absent when there is none. */
      conversationApiAppDetails?: components["schemas"]["SmsConversationApiApp"];
      /** @description Whether this is a test app. */
      test: boolean;
    };
    /** @description One page of the project's SMS apps. */
    SmsAppList: {
      /** @description Number of SMS apps in the project, across all pages. */
      totalSize: number;
      /** @description Number of SMS apps on this page. */
      pageSize: number;
      /** @description Token of the previous page; empty on the first page. */
      previousPageToken?: string;
      /** @description Token to pass as `pageToken` to get the next page; empty on the last page. */
      nextPageToken?: string;
      /** @description The SMS apps on this page. */
      smsApps: components["schemas"]["SmsApp"][];
    };
    /**
     * @description Sinch region to create an SMS app in: `BR` (Brazil), `EU` (Europe) or `US` (United States).
     * @enum {string}
     */
    SmsInputSmsAppRegionsEnum: "BR" | "EU" | "US";
    /** @description A new SMS app, and how to connect it to the Conversation API. */
    SmsInputSmsApp: {
      /** @description Name of the app, 1–255 characters. */
      name: string;
      region: components["schemas"]["SmsInputSmsAppRegionsEnum"];
      /**
       * @deprecated
       * @description Deprecated. Whether to create a test app; `false` when left out.
       * @default false
       */
      test?: boolean;
      /** @description `true` to also create a Conversation API app that uses the new SMS app as its SMS channel. */
      convApiApp?: boolean;
      /** @description ID of an existing Conversation API app of the project to connect the new SMS app to as its SMS channel. Leave out to connect none (or set `convApiApp` to create one). */
      convApiAppId?: string;
    };
    /** @description The new name of an SMS app. */
    SmsUpdateSmsApp: {
      /** @description New name of the app, 1–255 characters. */
      name?: string;
    };
    /** @description Any notification that Sinch posts to a Provisioning webhook. `type` names the trigger and selects the shape; `payload` carries the resource the notification is about. Every notification is signed: see the `x-sinch-webhook-signature` headers. */
    ProvisioningCallbackEvent: components["schemas"]["WhatsAppAccountCommentEvent"] | components["schemas"]["WhatsAppAccountOnboardEvent"] | components["schemas"]["WhatsAppAccountRejectedEvent"] | components["schemas"]["WhatsAppAccountPendingVerificationEvent"] | components["schemas"]["WhatsAppAccountBusinessDailyLimitChangedEvent"] | components["schemas"]["WhatsAppAccountWabaInformationChangedEvent"] | components["schemas"]["WhatsAppSenderCommentEvent"] | components["schemas"]["WhatsAppSenderActiveEvent"] | components["schemas"]["WhatsAppSenderInactiveEvent"] | components["schemas"]["WhatsAppSenderPendingVerificationEvent"] | components["schemas"]["WhatsAppSenderRejectedEvent"] | components["schemas"]["WhatsAppSenderErrorEvent"] | components["schemas"]["WhatsAppSenderDailyLimitChangedEvent"] | components["schemas"]["WhatsAppSenderQualityRatingChangedEvent"] | components["schemas"]["WhatsAppSenderDeletedEvent"] | components["schemas"]["WhatsAppSenderDisplayNameUpdatedEvent"] | components["schemas"]["WhatsAppSenderUsernameUpdatedEvent"] | components["schemas"]["WhatsAppTemplateCommentEvent"] | components["schemas"]["WhatsAppTemplateApprovedEvent"] | components["schemas"]["WhatsAppTemplateRejectedEvent"] | components["schemas"]["WhatsAppTemplateStatusUpdatedEvent"] | components["schemas"]["WhatsAppTemplateDeletedEvent"] | components["schemas"]["WhatsAppTemplateQualityScoreUpdatedEvent"] | components["schemas"]["WhatsAppTemplateCategoryUpdatedEvent"] | components["schemas"]["WhatsAppTemplateFutureCategoryUpdateEvent"] | components["schemas"]["BundleDoneEvent"] | components["schemas"]["KakaoTalkSenderActiveEvent"] | components["schemas"]["KakaoTalkSenderInactiveEvent"] | components["schemas"]["KakaoTalkSenderRejectedEvent"] | components["schemas"]["KakaoTalkSenderCommentEvent"] | components["schemas"]["KakaoTalkTemplateCommentEvent"] | components["schemas"]["KakaoTalkTemplateApprovedEvent"] | components["schemas"]["KakaoTalkTemplateRejectedEvent"] | components["schemas"]["RcsAccountCommentEvent"] | components["schemas"]["RcsSenderStatusUpdateEvent"] | components["schemas"]["RcsSenderOperatorStatusUpdateEvent"] | components["schemas"]["RcsSenderCommentEvent"] | components["schemas"]["RcsSenderBrandOrderStatusUpdateEvent"];
  };
  responses: never;
  parameters: {
    /**
     * @description Base64-encoded HMAC-SHA256 signature of the notification, keyed with the webhook's secret. Sinch documents the signed string only for the Conversation API (the raw request body, `.`, the nonce, `.`, the timestamp); it is assumed to be the same here. Compute it over the body exactly as received, and compare in constant time.
     * @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8=
     */
    WebhookSignature: string;
    /**
     * @description Algorithm of the signature; always `HmacSHA256`.
     * @example HmacSHA256
     */
    WebhookSignatureAlgorithm: "HmacSHA256";
    /**
     * @description Random value, new for each delivery, that is part of the signed string; a repeated nonce reveals a replayed notification.
     * @example 01EAW2BNWCG9DC13RS582V0ZQ3
     */
    WebhookSignatureNonce: string;
    /**
     * @description When Sinch signed the notification, in Unix seconds (as a string); part of the signed string. Reject notifications whose timestamp is too far from your clock.
     * @example 1592227387
     */
    WebhookSignatureTimestamp: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listWebhooks: {
    parameters: {
      query?: {
        /** @description The `nextPageToken` of the previous page; leave it out to get the first page. */
        pageToken?: string;
        /**
         * @description Maximum number of webhooks on the page, from 1 to 15.
         * @example 2
         */
        pageSize?: number;
      };
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of webhooks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookList"];
        };
      };
      /** @description The paging parameters are not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "invalid_page_size" | "invalid_page_token" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
      };
      cookie?: never;
    };
    /** @description The webhook to register: its target URL, the secret that signs notifications, and the triggers it listens to. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookInput"];
      };
    };
    responses: {
      /** @description The webhook was registered; the secret is not returned. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Webhook"];
        };
      };
      /** @description The request body is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "invalid_input" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project already has a webhook with this target. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "webhook_exists" | (string & {});
          };
        };
      };
      /** @description The project already has 15 webhooks, the most it may hold. */
      424: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "webhook_limit_reached" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
        /**
         * @description ID of the webhook, as returned when it was created.
         * @example 01J8ZQ5C3D6E8G0H2J4K6L8M0N
         */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Webhook"];
        };
      };
      /** @description The webhook ID is not in the expected format. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "invalid_id_format" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no webhook with this ID. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "webhook_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  replaceWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
        /**
         * @description ID of the webhook, as returned when it was created.
         * @example 01J8ZQ5C3D6E8G0H2J4K6L8M0N
         */
        webhookId: string;
      };
      cookie?: never;
    };
    /** @description The complete new webhook: target, secret and triggers all replace the stored ones. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookInput"];
      };
    };
    responses: {
      /** @description The webhook as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Webhook"];
        };
      };
      /** @description The request body or the webhook ID is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "invalid_input" | "invalid_payload" | "invalid_id_format" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no webhook with this ID. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "webhook_not_found" | (string & {});
          };
        };
      };
      /** @description The project already has a webhook with this target. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "webhook_exists" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
        /**
         * @description ID of the webhook, as returned when it was created.
         * @example 01J8ZQ5C3D6E8G0H2J4K6L8M0N
         */
        webhookId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The webhook ID is not in the expected format. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "invalid_id_format" | "webhook_invalid_id" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no webhook with this ID. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "webhook_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
        /**
         * @description ID of the webhook, as returned when it was created.
         * @example 01J8ZQ5C3D6E8G0H2J4K6L8M0N
         */
        webhookId: string;
      };
      cookie?: never;
    };
    /** @description The fields to change; fields left out keep their current value. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookUpdateWebhookInput"];
      };
    };
    responses: {
      /** @description The webhook as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Webhook"];
        };
      };
      /** @description The request body or the webhook ID is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "invalid_input" | "invalid_payload" | "invalid_id_format" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no webhook with this ID. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "webhook_not_found" | (string & {});
          };
        };
      };
      /** @description The project already has a webhook with this target. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "webhook_exists" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getWhatsAppAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The WhatsApp account of the project. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppAccount"];
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no WhatsApp account. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "account_not_found" | (string & {});
          };
        };
      };
      /** @description The WhatsApp account is in an inconsistent state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "account_data_is_corrupt" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createWhatsAppAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppInputAccountPartnerInitiated"] | components["schemas"]["WhatsAppInputAccountDeprecated"];
      };
    };
    responses: {
      /** @description The account was created and its onboarding has started. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppAccount"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "invalid_input" | "invalid_business_manager_for_environment" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project does not exist. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_found" | (string & {});
          };
        };
      };
      /** @description The request conflicts with the current state of the resource. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "account_exists" | "account_data_is_corrupt" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  deleteWhatsAppAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description WhatsApp is not set up for the project. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The request conflicts with the current state of the resource. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "account_has_senders" | "account_has_sender_changes" | (string & {});
          };
        };
      };
      /** @description Sinch or Meta could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_could_not_delete_drafts" | "internal_error" | (string & {});
          };
        };
      };
    };
  };
  updateWhatsAppAccount: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppInputUpdateAccount"];
      };
    };
    responses: {
      /** @description The account, with the update under `changes`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppAccount"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "invalid_input" | "no_fields_to_update" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no WhatsApp account. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "account_not_found" | (string & {});
          };
        };
      };
      /** @description The account cannot be changed in its current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "account_not_updatable" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listWhatsAppAccountActivities: {
    parameters: {
      query?: {
        /** @description Token of the page to return: the `nextPageToken` (or `previousPageToken`) of a previous response. Leave it out for the first page. */
        pageToken?: string;
        /** @description Maximum number of items on the page, 1 to 100. */
        pageSize?: number;
      };
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of account activities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppAccountNotificationList"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "invalid_page_token" | "invalid_page_size" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no WhatsApp account. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "account_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createWhatsAppAccountComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppCommentInput"];
      };
    };
    responses: {
      /** @description The comment that was added. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppComment"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "invalid_input" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no WhatsApp account. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "account_not_found" | (string & {});
          };
        };
      };
      /** @description The WhatsApp account is in an inconsistent state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "account_data_is_corrupt" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  enableWhatsAppTemplateAnalytics: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Template analytics are enabled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description WhatsApp is not set up for the project. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description Template analytics are not available for the account yet. */
      424: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_insights_not_yet_available" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listWhatsAppFlows: {
    parameters: {
      query?: {
        /** @description Token of the page to return: the `nextPageToken` (or `previousPageToken`) of a previous response. Leave it out for the first page. */
        pageToken?: string;
        /** @description Maximum number of items on the page, 1 to 100. */
        pageSize?: number;
      };
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of flows. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppFlowList"];
        };
      };
      /** @description WhatsApp is not set up for the project. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project does not exist. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listWhatsAppFlowScreens: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Meta's id of the WhatsApp flow, as returned by the list of flows. */
        flowId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The screens of the flow. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppFlowScreenList"];
        };
      };
      /** @description WhatsApp is not set up for the project. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description A resource in the path does not exist. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_found" | "flow_not_found" | "flow_screens_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createWhatsAppLongLivedAccessToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppLongLivedAccessTokenInput"];
      };
    };
    responses: {
      /** @description The long-lived access token. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppLongLivedAccessToken"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "invalid_input" | "invalid_facebook_token" | "invalid_facebook_code" | "invalid_business_manager" | "invalid_business_manager_for_environment" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description Sinch or Meta could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "facebook_Request_limit_reached" | "log_in_facebook_required" | "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listWhatsAppSolutions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The solutions of the project. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppSolutionList"];
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project does not exist. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createWhatsAppSolution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppSolutionInput"];
      };
    };
    responses: {
      /** @description The solutions that were set up, and those that failed. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppCreateSolutionList"];
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project does not exist. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getWhatsAppSolution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Id of the solution, as returned when it was created or listed. */
        solutionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The solution. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppSolution"];
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description A resource in the path does not exist. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_found" | "solution_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  assignWhatsAppSolution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Id of the solution, as returned when it was created or listed. */
        solutionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The solution is assigned to the project. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description A resource in the path does not exist. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_found" | "solution_not_found" | (string & {});
          };
        };
      };
      /** @description The solution is already assigned. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "solution_cannot_be_reassigned" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listWhatsAppWabaDetails: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppWabaDetailsListInput"];
      };
    };
    responses: {
      /** @description The WhatsApp Business Accounts the token can access. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppWabaDetailsList"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "invalid_input" | "invalid_facebook_token" | "invalid_business_manager" | "invalid_business_manager_for_environment" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description Sinch or Meta could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "facebook_Request_limit_reached" | "log_in_facebook_required" | "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listWhatsAppSenders: {
    parameters: {
      query?: {
        /** @description Token of the page to return: the `nextPageToken` (or `previousPageToken`) of a previous response. Leave it out for the first page. */
        pageToken?: string;
        /** @description Maximum number of items on the page, 1 to 100. */
        pageSize?: number;
        /** @description Return only senders in one of these states; repeat the parameter for several states. */
        filterStates?: components["schemas"]["WhatsAppSenderStatesEnum"][];
        /** @description Return only senders whose pending changes have one of these statuses; repeat the parameter for several statuses. */
        filterStatuses?: components["schemas"]["WhatsAppSenderStatusesEnum"][];
      };
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of senders. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppSenderList"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | "invalid_page_token" | "invalid_page_size" | "invalid_filter_states" | "invalid_filter_statuses" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No such sender in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createWhatsAppSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    /** @description The sender to create, in one of four forms: embedded signup (WhatsAppSenderInputEs), phone provisioning (WhatsAppInputSenderPhoneProvisioning), partner-initiated (WhatsAppInputSenderPartnerInitiated) or deprecated (WhatsAppSenderInputDeprecated). */
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppSenderInputEs"] | components["schemas"]["WhatsAppInputSenderPhoneProvisioning"] | components["schemas"]["WhatsAppInputSenderPartnerInitiated"] | components["schemas"]["WhatsAppSenderInputDeprecated"];
      };
    };
    responses: {
      /** @description The sender was created; its setup continues. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppSender"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "invalid_input" | "project_not_initialized" | "invalid_facebook_token" | "invalid_business_manager" | "invalid_business_manager_for_environment" | "file_invalid_mime_type" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project does not exist. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_found" | (string & {});
          };
        };
      };
      /** @description The request conflicts with the current state of the resource. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "account_data_is_corrupt" | "wrong_waba_id" | "not_found_waba_id" | "too_many_waba_id" | "waba_id_used" | "wrong_business_manager" | "used_phone_number_id" | "provisioned_phone_number_id" | "all_phone_number_id_provisioned" | "invalid_waba_id_or_phone_number_id_for_region" | "file_not_found" | "file_size_too_large" | "file_has_wrong_dimensions" | "file_unexpected_error" | (string & {});
          };
        };
      };
      /** @description Sinch or Meta could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "facebook_Request_limit_reached" | "log_in_facebook_required" | "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getWhatsAppSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Id of the WhatsApp sender, as returned when it was created. */
        senderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sender. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppSender"];
        };
      };
      /** @description WhatsApp is not set up for the project. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No such sender in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  deleteWhatsAppSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Id of the WhatsApp sender, as returned when it was created. */
        senderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sender was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description WhatsApp is not set up for the project. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No such sender in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description The sender was already deleted. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender_already_deleted" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  updateWhatsAppSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Id of the WhatsApp sender, as returned when it was created. */
        senderId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppUpdateSenderInput"];
      };
    };
    responses: {
      /** @description The sender, with the update under `changes`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppSender"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "invalid_input" | "project_not_initialized" | "sender_username_not_available" | "sender_phone_number_not_registered_with_meta_cloud_api" | "no_fields_to_update" | "file_invalid_mime_type" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No such sender in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description The request conflicts with the current state of the resource. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender_not_updatable" | "sender_changes_not_updatable" | "sender_display_name_update_not_allowed" | "sender_username_update_not_available" | "file_not_found" | "file_size_too_large" | "file_has_wrong_dimensions" | "file_unexpected_error" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listWhatsAppSenderActivities: {
    parameters: {
      query?: {
        /** @description Token of the page to return: the `nextPageToken` (or `previousPageToken`) of a previous response. Leave it out for the first page. */
        pageToken?: string;
        /** @description Maximum number of items on the page, 1 to 100. */
        pageSize?: number;
      };
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Id of the WhatsApp sender, as returned when it was created. */
        senderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of sender activities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppSenderNotificationList"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | "invalid_page_token" | "invalid_page_size" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No such sender in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  deleteWhatsAppSenderChanges: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Id of the WhatsApp sender, as returned when it was created. */
        senderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pending changes were discarded. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description WhatsApp is not set up for the project. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender has no pending changes. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender_changes_not_found" | (string & {});
          };
        };
      };
      /** @description The pending changes are under review and cannot be discarded. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender_changes_not_deletable" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createWhatsAppSenderComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Id of the WhatsApp sender, as returned when it was created. */
        senderId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppCommentInput"];
      };
    };
    responses: {
      /** @description The comment that was added. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppComment"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | "invalid_input" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No such sender in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  registerWhatsAppSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Id of the WhatsApp sender, as returned when it was created. */
        senderId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppSenderInputRegister"];
      };
    };
    responses: {
      /** @description The verification code was requested. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppSenderRegister"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "invalid_input" | "project_not_initialized" | "sender_request_code_failed" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No such sender in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description The request conflicts with the current state of the resource. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "not_allowed_register" | "sender-number-not-approved-for-enterprise" | (string & {});
          };
        };
      };
      /** @description Too many attempts; wait before trying again. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender-register-too-many-requests" | "sender-already-registered" | "too_many_invalid_verification_codes" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getWhatsAppSenderSuggestedUsernames: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Id of the WhatsApp sender, as returned when it was created. */
        senderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The suggested usernames. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppSuggestedUsernames"];
        };
      };
      /** @description WhatsApp is not set up for the project. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No such sender in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  verifyWhatsAppSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Id of the Sinch project (a UUID), as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Id of the WhatsApp sender, as returned when it was created. */
        senderId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppSenderInputVerify"];
      };
    };
    responses: {
      /** @description The phone number is verified. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "invalid_input" | "project_not_initialized" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description Missing or invalid credentials. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No such sender in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description The request conflicts with the current state of the resource. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "not_allowed_verify" | "wrong_otp" | (string & {});
          };
        };
      };
      /** @description Sinch could not process the request. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listWhatsAppTemplates: {
    parameters: {
      query?: {
        /** @description The `nextPageToken` of the previous page; leave it out to get the first page. */
        pageToken?: string;
        /** @description The maximum number of templates per page, 1 to 1000. */
        pageSize?: number;
        /** @description Return only these fields of each template (repeat the parameter for several fields). The templates are then partial: a field not selected is absent. */
        fieldMask?: components["schemas"]["WhatsAppTemplateDtoFieldMaskPathsEnum"][];
        /** @description Return only the templates in one of these WhatsApp states (repeat the parameter for several). */
        filterStates?: components["schemas"]["WhatsAppTemplateStatesEnum"][];
        /** @description Return only the templates whose pending change has one of these statuses (repeat the parameter for several). */
        filterStatuses?: components["schemas"]["WhatsAppTemplateStatusesEnum"][];
        /** @description The period the returned `analytics` cover, ending now. Analytics are only returned when template analytics are enabled for the WhatsApp Business Account. */
        templateAnalyticsDateRange?: components["schemas"]["WhatsAppTemplateAnalyticsDateRangesEnum"];
        /** @description Return only the templates with this name. */
        templateName?: string;
      };
      header?: never;
      path: {
        /** @description The id of your Sinch project (a UUID). */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of templates. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppTemplateList"] | components["schemas"]["WhatsAppPartialTemplateList"];
        };
      };
      /** @description The request is invalid; `errorCode` says why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | "invalid_page_size" | "invalid_page_token" | "invalid_filter_states" | "invalid_filter_statuses" | "invalid_fields" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid for this project. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description An unexpected error at Sinch; try again later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createWhatsAppTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of your Sinch project (a UUID). */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppTemplateInput"];
      };
    };
    responses: {
      /** @description The template was created, and submitted unless `status` was `DRAFT`. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppTemplate"];
        };
      };
      /** @description The request is invalid; `errorCode` says why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "invalid_input" | "project_not_initialized" | "template_policies_violations" | "template_check_media_file_size" | "template_dynamic_pricing_not_available" | "template_invalid_category" | "template_invalid_button_example" | "template_media_file_size_exceeds_maximum_file_size_limit" | "file_invalid_mime_type" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid for this project. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The template conflicts with an existing one or cannot be created now; `errorCode` says why. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "resource_locked" | "template_exists" | "template_name_recently_used" | "template_incorrect_category" | "template_restricted_Domain_for_button_url" | "file_not_found" | "file_size_too_large" | "file_unexpected_error" | "object_with_whatsapp_business_account_id_does_not_exist" | "template_language_recently_deleted" | (string & {});
          };
        };
      };
      /** @description WhatsApp refused the submission; `errorCode` says why. */
      424: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_limit_reached" | "template_content_already_exists" | "template_submit_error" | (string & {});
          };
        };
      };
      /** @description WhatsApp's request limit for the account is reached; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "whatsapp_business_api_request_limit_exceeded" | (string & {});
          };
        };
      };
      /** @description An unexpected error at Sinch; try again later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_start_session_for_uploading_media" | "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listWhatsAppTemplatesByName: {
    parameters: {
      query?: {
        /** @description The `nextPageToken` of the previous page; leave it out to get the first page. */
        pageToken?: string;
        /** @description The maximum number of templates per page, 1 to 1000. */
        pageSize?: number;
        /** @description Return only these fields of each template (repeat the parameter for several fields). The templates are then partial: a field not selected is absent. */
        fieldMask?: components["schemas"]["WhatsAppTemplateDtoFieldMaskPathsEnum"][];
        /** @description The period the returned `analytics` cover, ending now. Analytics are only returned when template analytics are enabled for the WhatsApp Business Account. */
        templateAnalyticsDateRange?: components["schemas"]["WhatsAppTemplateAnalyticsDateRangesEnum"];
      };
      header?: never;
      path: {
        /** @description The id of your Sinch project (a UUID). */
        projectId: string;
        /** @description The name of the template (lowercase letters, digits and underscores). */
        templateName: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the template's languages. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppTemplateList"] | components["schemas"]["WhatsAppPartialTemplateList"];
        };
      };
      /** @description The request is invalid; `errorCode` says why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | "invalid_page_size" | "invalid_page_token" | "invalid_fields" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid for this project. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No template with this name exists in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_not_found" | (string & {});
          };
        };
      };
      /** @description An unexpected error at Sinch; try again later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  deleteWhatsAppTemplatesByName: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of your Sinch project (a UUID). */
        projectId: string;
        /** @description The name of the template (lowercase letters, digits and underscores). */
        templateName: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template was deleted in every language. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is invalid; `errorCode` says why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | "template_invalid_language_code" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid for this project. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No template with this name exists in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_not_found" | (string & {});
          };
        };
      };
      /** @description The template cannot be changed right now; `errorCode` says why. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "resource_locked" | (string & {});
          };
        };
      };
      /** @description WhatsApp's request limit for the account is reached; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "whatsapp_business_api_request_limit_exceeded" | (string & {});
          };
        };
      };
      /** @description An unexpected error at Sinch; try again later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getWhatsAppTemplate: {
    parameters: {
      query?: {
        /** @description Return only these fields of each template (repeat the parameter for several fields). The templates are then partial: a field not selected is absent. */
        fieldMask?: components["schemas"]["WhatsAppTemplateDtoFieldMaskPathsEnum"][];
        /** @description The period the returned `analytics` cover, ending now. Analytics are only returned when template analytics are enabled for the WhatsApp Business Account. */
        templateAnalyticsDateRange?: components["schemas"]["WhatsAppTemplateAnalyticsDateRangesEnum"];
      };
      header?: never;
      path: {
        /** @description The id of your Sinch project (a UUID). */
        projectId: string;
        /** @description The name of the template (lowercase letters, digits and underscores). */
        templateName: string;
        /** @description The language of the template, e.g. `EN_US` or `PT_BR`. */
        languageCode: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template, complete or limited to the fields of `fieldMask`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppTemplate"] | components["schemas"]["WhatsAppPartialTemplate"];
        };
      };
      /** @description The request is invalid; `errorCode` says why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | "template_invalid_language_code" | "invalid_fields" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid for this project. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No template with this name (and language) exists in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_not_found" | (string & {});
          };
        };
      };
      /** @description An unexpected error at Sinch; try again later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  deleteWhatsAppTemplate: {
    parameters: {
      query?: {
        /** @description Also delete a template already submitted to WhatsApp. When `false` (the default), only a draft or a pending change is deleted. */
        deleteSubmitted?: boolean;
      };
      header?: never;
      path: {
        /** @description The id of your Sinch project (a UUID). */
        projectId: string;
        /** @description The name of the template (lowercase letters, digits and underscores). */
        templateName: string;
        /** @description The language of the template, e.g. `EN_US` or `PT_BR`. */
        languageCode: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template (or its pending change) was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is invalid; `errorCode` says why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | "template_invalid_language_code" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid for this project. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No such template, or no pending change to delete. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_not_found" | "template_changes_not_found" | (string & {});
          };
        };
      };
      /** @description The template cannot be changed right now; `errorCode` says why. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "resource_locked" | "template_not_deletable_due_to_input_config" | (string & {});
          };
        };
      };
      /** @description An unexpected error at Sinch; try again later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  updateWhatsAppTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of your Sinch project (a UUID). */
        projectId: string;
        /** @description The name of the template (lowercase letters, digits and underscores). */
        templateName: string;
        /** @description The language of the template, e.g. `EN_US` or `PT_BR`. */
        languageCode: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppUpdateTemplateInput"];
      };
    };
    responses: {
      /** @description The template with the change stored under `changes`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppTemplate"];
        };
      };
      /** @description The request is invalid; `errorCode` says why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | "template_invalid_language_code" | "template_policies_violations" | "template_check_media_file_size" | "template_invalid_button_example" | "template_media_file_size_exceeds_maximum_file_size_limit" | "file_invalid_mime_type" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid for this project. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No template with this name (and language) exists in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_not_found" | (string & {});
          };
        };
      };
      /** @description The template cannot be changed right now; `errorCode` says why. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "resource_locked" | "template_not_updatable" | "template_changes_not_updatable" | "template_category_not_updatable" | "template_allow_category_change_not_updatable" | "template_source_not_updatable" | "template_name_recently_used" | "template_restricted_Domain_for_button_url" | "file_not_found" | "file_size_too_large" | "file_unexpected_error" | "object_with_whatsapp_business_account_id_does_not_exist" | "template_language_recently_deleted" | (string & {});
          };
        };
      };
      /** @description WhatsApp refused the submission; `errorCode` says why. */
      424: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_limit_reached" | "template_content_already_exists" | "template_submit_error" | (string & {});
          };
        };
      };
      /** @description WhatsApp's request limit for the account is reached; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "whatsapp_business_api_request_limit_exceeded" | (string & {});
          };
        };
      };
      /** @description An unexpected error at Sinch; try again later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_start_session_for_uploading_media" | "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listWhatsAppTemplateActivities: {
    parameters: {
      query?: {
        /** @description The `nextPageToken` of the previous page; leave it out to get the first page. */
        pageToken?: string;
        /** @description The maximum number of activities per page, 1 to 100. */
        pageSize?: number;
      };
      header?: never;
      path: {
        /** @description The id of your Sinch project (a UUID). */
        projectId: string;
        /** @description The name of the template (lowercase letters, digits and underscores). */
        templateName: string;
        /** @description The language of the template, e.g. `EN_US` or `PT_BR`. */
        languageCode: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of activities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppTemplateNotificationList"];
        };
      };
      /** @description The request is invalid; `errorCode` says why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | "template_invalid_language_code" | "invalid_page_token" | "invalid_page_size" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid for this project. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No template with this name (and language) exists in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_not_found" | (string & {});
          };
        };
      };
      /** @description An unexpected error at Sinch; try again later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createWhatsAppTemplateComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of your Sinch project (a UUID). */
        projectId: string;
        /** @description The name of the template (lowercase letters, digits and underscores). */
        templateName: string;
        /** @description The language of the template, e.g. `EN_US` or `PT_BR`. */
        languageCode: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppCommentInput"];
      };
    };
    responses: {
      /** @description The comment was added. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppComment"];
        };
      };
      /** @description The request is invalid; `errorCode` says why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "invalid_input" | "project_not_initialized" | "template_invalid_language_code" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid for this project. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description No template with this name (and language) exists in the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_not_found" | (string & {});
          };
        };
      };
      /** @description The template cannot be changed right now; `errorCode` says why. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "resource_locked" | (string & {});
          };
        };
      };
      /** @description An unexpected error at Sinch; try again later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  compareWhatsAppTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of your Sinch project (a UUID). */
        projectId: string;
        /** @description The name of the template (lowercase letters, digits and underscores). */
        templateName: string;
        /** @description The language of the template, e.g. `EN_US` or `PT_BR`. */
        languageCode: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WhatsAppInputTemplateCompare"];
      };
    };
    responses: {
      /** @description How the two templates compare. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppTemplateCompare"];
        };
      };
      /** @description The request is invalid; `errorCode` says why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "invalid_input" | "project_not_initialized" | "template_invalid_language_code" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid for this project. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description A template was not found, or WhatsApp has no comparison for them. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "template_not_found" | "templates_compare_not_found" | (string & {});
          };
        };
      };
      /** @description The templates cannot be compared; `errorCode` says why. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "resource_locked" | "templates_not_eligible_for_comparison" | "templates_compare_not_unique" | (string & {});
          };
        };
      };
      /** @description An unexpected error at Sinch; try again later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  syncWhatsAppTemplates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The id of your Sinch project (a UUID). */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The synchronisation was started. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is invalid; `errorCode` says why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid for this project. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project's templates are locked by another request; try again later. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "resource_locked" | (string & {});
          };
        };
      };
      /** @description Synchronisation was requested too often; try again later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "too_many_requests" | (string & {});
          };
        };
      };
      /** @description An unexpected error at Sinch; try again later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WhatsAppError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listBundles: {
    parameters: {
      query?: {
        /** @description The `nextPageToken` of the previous page; leave it out to get the first page. */
        pageToken?: string;
        /**
         * @description Maximum number of bundles on the page, from 1 to 25.
         * @example 2
         */
        pageSize?: number;
        /** @description Only bundles that contain one of these Conversation API apps (IDs). Repeat the parameter for several. */
        filterConvAppIds?: string[];
        /** @description Only bundles that contain one of these SMS apps (IDs). Repeat the parameter for several. */
        filterSmsAppIds?: string[];
        /** @description Only bundles in one of these states. Repeat the parameter for several. */
        filterStates?: components["schemas"]["BundlesBundleServicesStateEnum"][];
      };
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of bundles. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesListBundles"];
        };
      };
      /** @description The paging parameters or a filter ID are not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "invalid_page_token" | "invalid_page_size" | "invalid_id_format" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createBundle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
      };
      cookie?: never;
    };
    /** @description What to create, and in which region. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["BundlesInputBundles"];
      };
    };
    responses: {
      /** @description The bundle was accepted; its resources are being created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Bundle"];
        };
      };
      /** @description The request body is not valid, or asks for a combination Sinch does not allow. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "invalid_input" | "invalid_payload" | "no_services_to_create" | "missing_name" | "invalid_webhooks" | "invalid_staging_bundles_input_region" | "parent_sms_bespoke_price" | "target_project_not_subproject" | "parent_sms_not_route_assisted" | "conversation_app_already_connected_to_sms_app" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The account may not create what the bundle asks for. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "forbidden_payload" | (string & {});
          };
        };
      };
      /** @description An app the bundle depends on was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "conversation_app_not_found" | "sms_app_not_found" | "default_sms_app_not_found" | (string & {});
          };
        };
      };
      /** @description The bundle conflicts with existing resources or with another bundle in progress. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "webhook_exists" | "conversation_app_is_already_in_bundles_process" | "default_sms_app_already_exists" | "more_than_one_sms_app" | "sms_app_is_already_linked_to_conversation_app" | "sms_app_is_already_in_bundles_process" | "allowed_only_for_default_test_sms_app" | "not_allowed_for_subproject" | "not_allowed_for_non_test_account" | "only_one_test_number_allowed" | (string & {});
          };
        };
      };
      /** @description The project already has 15 Provisioning webhooks, so the bundle cannot add more. */
      424: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "webhook_limit_reached" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "failed_to_create_subproject" | "failed_to_create_sms_service" | "failed_to_create_conversation_service" | "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getBundle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
        /**
         * @description ID of the bundle, as returned when it was created.
         * @example 01HZX5K8M2N4P6Q8R0S2T4V6W8
         */
        bundleId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bundle. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Bundle"];
        };
      };
      /** @description The bundle ID is not in the expected format. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "invalid_id_format" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no bundle with this ID, or its Conversation API app no longer exists. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "bundle_not_found" | "conversation_app_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BundlesError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listKakaoTalkSenderCategories: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sender category tree. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkSenderCategoryList"];
        };
      };
      /** @description The project is not set up for the Provisioning API. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listKakaoTalkTemplateCategories: {
    parameters: {
      query?: {
        /** @description Maximum number of template categories per page, 1 to 100; the server's default applies when omitted. */
        pageSize?: number;
        /** @description `nextPageToken` of the previous page; omit it to get the first page. */
        pageToken?: string;
      };
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of template categories. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkTemplateCategoryList"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | "invalid_page_size" | "invalid_page_token" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listKakaoTalkSenders: {
    parameters: {
      query?: {
        /** @description `nextPageToken` of the previous page; omit it to get the first page. */
        pageToken?: string;
        /** @description Maximum number of senders per page, 1 to 100; the server's default applies when omitted. */
        pageSize?: number;
        /** @description Only return senders in one of these states. */
        filterStates?: components["schemas"]["KakaoTalkSenderStatesEnum"][];
        /** @description Only return senders whose pending changes have one of these statuses. */
        filterStatuses?: components["schemas"]["KakaoTalkSenderStatusesEnum"][];
      };
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of senders. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkSenderList"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "invalid_page_token" | "invalid_page_size" | "project_not_initialized" | "invalid_filter_states" | "invalid_filter_statuses" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createKakaoTalkSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["KakaoTalkInputSender"];
      };
    };
    responses: {
      /** @description The sender was created; its details wait in `changes` until approved. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkSender"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "file_invalid_mime_type" | "sender_invalid_category_code" | "invalid_input" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_found" | (string & {});
          };
        };
      };
      /** @description The sender already exists, its channel is taken, or its logo could not be used. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "account_exists" | "account_not_updatable" | "account_data_is_corrupt" | "file_not_found" | "file_unexpected_error" | "file_size_too_large" | "plus_friend_id_used" | (string & {});
          };
        };
      };
      /** @description Another request for this sender is still being processed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "account_is_in_progress" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getKakaoTalkSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sender. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkSender"];
        };
      };
      /** @description The project is not set up for the Provisioning API. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  deleteKakaoTalkSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sender was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The project is not set up for the Provisioning API. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description The request conflicts with the current state of the sender. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_already_deleted" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  updateKakaoTalkSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["KakaoTalkInputUpdateSender"];
      };
    };
    responses: {
      /** @description The sender, with the changes under `changes`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkSender"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "file_invalid_mime_type" | "invalid_input" | "project_not_initialized" | "no_fields_to_update" | "sender_invalid_category_code" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project or sender was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_found" | "sender_not_found" | (string & {});
          };
        };
      };
      /** @description The sender cannot be changed in its current state, or its logo could not be used. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "file_not_found" | "file_unexpected_error" | "file_size_too_large" | "sender_changes_not_updatable" | "sender_not_updatable" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listKakaoTalkSenderActivities: {
    parameters: {
      query?: {
        /** @description Maximum number of activities per page, 1 to 100; the server's default applies when omitted. */
        pageSize?: number;
        /** @description `nextPageToken` of the previous page; omit it to get the first page. */
        pageToken?: string;
      };
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the sender's activities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkSenderNotificationList"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | "invalid_page_token" | "invalid_page_size" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  deleteKakaoTalkSenderChanges: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pending changes were discarded. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The project is not set up for the Provisioning API. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender has no pending changes. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_changes_not_found" | (string & {});
          };
        };
      };
      /** @description The request conflicts with the current state of the sender. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_changes_not_deletable" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createKakaoTalkSenderComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["KakaoTalkCommentInput"];
      };
    };
    responses: {
      /** @description The comment was added. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkComment"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "invalid_input" | "project_not_initialized" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  registerKakaoTalkSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sender, now waiting for its verification code. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkSender"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | "invalid_app_key" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description The request conflicts with the current state of the sender. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "not_allowed_register" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listKakaoTalkTemplates: {
    parameters: {
      query?: {
        /** @description Only return templates in one of these states. */
        filterStates?: components["schemas"]["KakaoTalkTemplateStatesEnum"][];
        /** @description Only return templates whose pending changes have one of these statuses. */
        filterStatuses?: components["schemas"]["KakaoTalkTemplateStatusesEnum"][];
        /** @description Maximum number of templates per page, 1 to 1000; the server's default applies when omitted. */
        pageSize?: number;
        /** @description `nextPageToken` of the previous page; omit it to get the first page. */
        pageToken?: string;
        /** @description Only return templates with this name. */
        templateName?: string;
      };
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of templates. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkTemplateList"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | "invalid_page_size" | "invalid_page_token" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender or template was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_not_found" | "template_not_found" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createKakaoTalkTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["KakaoTalkInputTemplate"];
      };
    };
    responses: {
      /** @description The template was created; its content waits in `changes` until approved. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkTemplate"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | "template_invalid_category_code" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description The request conflicts with the current state of the template. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "template_exists" | (string & {});
          };
        };
      };
      /** @description Kakao's validation refused the template. */
      424: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "template_kakaotalk_validation_error" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getKakaoTalkTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
        /** @description Code of the template, as returned in its `code`. */
        templateCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkTemplate"];
        };
      };
      /** @description The project is not set up for the Provisioning API. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender or template was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_not_found" | "template_not_found" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  deleteKakaoTalkTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
        /** @description Code of the template, as returned in its `code`. */
        templateCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The project is not set up for the Provisioning API. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender or template was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "template_not_found" | "sender_not_found" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  updateKakaoTalkTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
        /** @description Code of the template, as returned in its `code`. */
        templateCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["KakaoTalkInputUpdateTemplate"];
      };
    };
    responses: {
      /** @description The template, with the changes under `changes`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkTemplate"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | "template_invalid_category_code" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender or template was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_not_found" | "template_not_found" | (string & {});
          };
        };
      };
      /** @description The request conflicts with the current state of the template. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "template_exists" | "template_not_updatable" | "template_changes_not_updatable" | (string & {});
          };
        };
      };
      /** @description Kakao's validation refused the template. */
      424: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "template_kakaotalk_validation_error" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listKakaoTalkTemplateActivities: {
    parameters: {
      query?: {
        /** @description Maximum number of activities per page, 1 to 100; the server's default applies when omitted. */
        pageSize?: number;
        /** @description `nextPageToken` of the previous page; omit it to get the first page. */
        pageToken?: string;
      };
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
        /** @description Code of the template, as returned in its `code`. */
        templateCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the template's activities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkTemplateNotificationList"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | "invalid_page_token" | "invalid_page_size" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender or template was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_not_found" | "template_not_found" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  deleteKakaoTalkTemplateDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
        /** @description Code of the template, as returned in its `code`. */
        templateCode: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The pending changes were discarded. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The project is not set up for the Provisioning API. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The template was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "template_not_found" | (string & {});
          };
        };
      };
      /** @description The request conflicts with the current state of the template. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "template_not_deletable" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createKakaoTalkTemplateComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
        /** @description Code of the template, as returned in its `code`. */
        templateCode: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["KakaoTalkCommentInput"];
      };
    };
    responses: {
      /** @description The comment was added. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkComment"];
        };
      };
      /** @description The request is invalid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "invalid_input" | "project_not_initialized" | "template_invalid_language_code" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The template was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "template_not_found" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  verifyKakaoTalkSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of your Sinch project, as shown in the Sinch dashboard. */
        projectId: string;
        /** @description Search ID of the sender's KakaoTalk channel, starting with `@` (for example `@sinchmarket`). */
        plusFriendId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["KakaoTalkInputVerifySender"];
      };
    };
    responses: {
      /** @description The verified sender. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkSender"];
        };
      };
      /** @description The project is not set up for the Provisioning API. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "project_not_initialized" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description The request conflicts with the current state of the sender. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "not_allowed_verify" | (string & {});
          };
        };
      };
      /** @description An unexpected error occurred on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["KakaoTalkError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getInstagramChannel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
        /**
         * @description ID of the Conversation API app, as shown in the Sinch dashboard.
         * @example 01HZY2C5D7E9F1G3H5J7K9M1N3
         */
        conversationAppId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Instagram channel's state and account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationInstagramInfo"];
        };
      };
      /** @description The Conversation API app ID is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "conversation_app_id_invalid" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no Conversation API app with this ID, or the app has no Instagram channel. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "conversation_app_not_found" | "conversation_app_no_instagram_channel" | (string & {});
          };
        };
      };
      /** @description Meta did not answer as expected, or Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "facebook_api_error" | "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getMessengerChannel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
        /**
         * @description ID of the Conversation API app, as shown in the Sinch dashboard.
         * @example 01HZY2C5D7E9F1G3H5J7K9M1N3
         */
        conversationAppId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Messenger channel's state and Page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationMessengerInfo"];
        };
      };
      /** @description The Conversation API app ID is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "conversation_app_id_invalid" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no Conversation API app with this ID, or the app has no Messenger channel. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "conversation_app_not_found" | "conversation_app_no_messenger_channel" | (string & {});
          };
        };
      };
      /** @description Meta did not answer as expected, or Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "facebook_api_error" | "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getTelegramChannel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
        /**
         * @description ID of the Conversation API app, as shown in the Sinch dashboard.
         * @example 01HZY2C5D7E9F1G3H5J7K9M1N3
         */
        conversationAppId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Telegram channel's state and bot. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationTelegramBotInfo"];
        };
      };
      /** @description The Conversation API app ID is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "conversation_app_id_invalid" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no Conversation API app with this ID, or the app has no Telegram channel. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "conversation_app_not_found" | "conversation_app_no_telegram_channel" | (string & {});
          };
        };
      };
      /** @description Telegram did not answer as expected, or Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "telegram_api_error" | "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getViberChannel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
        /**
         * @description ID of the Conversation API app, as shown in the Sinch dashboard.
         * @example 01HZY2C5D7E9F1G3H5J7K9M1N3
         */
        conversationAppId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Viber channel's state and bot account. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationViberBotInfo"];
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no Conversation API app with this ID, or the app has no Viber channel. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "conversation_app_not_found" | "conversation_app_no_viber_channel" | (string & {});
          };
        };
      };
      /** @description Viber did not answer as expected, or Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ConversationError"] & {
            errorCode?: "viber_api_error" | "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listRcsAccountActivities: {
    parameters: {
      query?: {
        /** @description Token of the page to return: the `nextPageToken` or `previousPageToken` of a previous response. Leave it out for the first page. */
        pageToken?: string;
        /** @description Number of entries per page, 1 to 100. */
        pageSize?: number;
      };
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the account's activities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsAccountNotificationList"];
        };
      };
      /** @description The paging parameters are not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "invalid_page_token" | "invalid_page_size" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no RCS account. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "account_not_found" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createRcsAccountComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
      };
      cookie?: never;
    };
    /** @description The comment to post. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["RcsCommentInput"];
      };
    };
    responses: {
      /** @description The comment was posted. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsComment"];
        };
      };
      /** @description The request is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "invalid_input" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no RCS account. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "account_not_found" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getRcsQuestionnaire: {
    parameters: {
      query?: {
        /** @description Countries where the sender will launch; the response adds the section of each country that has one. */
        countries?: components["schemas"]["RcsInputRcsCountryCodesEnum"][];
        /** @description Kind of brand for the US brand and campaign form (v2): it selects the question set returned in the `us` section. */
        usQuestionnaireBrandCampaignVersion?: components["schemas"]["RcsUsQuestionnaireBrandCampaignVersionsEnum"];
        /** @description Version of the US section to return: `v1` the first form, `v2` the brand and campaign form. */
        usQuestionnaireVersion?: components["schemas"]["RcsUsQuestionnaireVersionsEnum"];
      };
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
        /** @description Use case of the sender the questionnaire is for. */
        useCase: components["schemas"]["RcsInputSenderUseCasesEnum"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The questions, section by section. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsSenderDetailsQuestionnaireBase"];
        };
      };
      /** @description The use case or a country is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "questionnaire_invalid_use_case" | "questionnaire_invalid_country" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listRcsSenders: {
    parameters: {
      query?: {
        /** @description Token of the page to return: the `nextPageToken` or `previousPageToken` of a previous response. Leave it out for the first page. */
        pageToken?: string;
        /** @description Number of entries per page, 1 to 100. */
        pageSize?: number;
        /** @description Only senders of this Conversation API app (its ID). */
        filterConversationApiAppId?: string;
        /** @description Only these senders: sender IDs separated by commas. */
        filterSenderIds?: string;
        /**
         * @deprecated
         * @description Deprecated: use `search`. Only senders with this name.
         */
        filterSenderName?: string;
        /** @description Only senders in one of these states. */
        filterStates?: components["schemas"]["RcsSenderStatesEnum"][];
        /** @description Free text to look for in the senders, such as part of the name or ID. */
        search?: string;
        /** @description Field to sort by. */
        sortColumn?: components["schemas"]["RcsSenderSortColumnsEnum"];
        /** @description Sort order. */
        sortDirection?: components["schemas"]["RcsSortDirectionsEnum"];
      };
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of senders. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsSenderList"];
        };
      };
      /** @description The paging parameters or filters are not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "invalid_page_token" | "invalid_page_size" | "invalid_filter_states" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description Google's RCS Business Messaging API cannot be used for this request. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_has_not_been_used" | (string & {});
          };
        };
      };
      /** @description Too many requests to Google's RCS Business Messaging API; retry later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_too_many_requests" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createRcsSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
      };
      cookie?: never;
    };
    /** @description The sender to create. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["RcsSenderInput"];
      };
    };
    responses: {
      /** @description The sender was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsSender"];
        };
      };
      /** @description The request is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "invalid_input" | "file_invalid_mime_type" | "invalid_payload" | "invalid_google_agent" | "add_test_number_invalid" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description Google's RCS Business Messaging API cannot be used for this request. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_has_not_been_used" | "rbm_webhook_incorrect_secret" | (string & {});
          };
        };
      };
      /** @description The project or its resources at Google were not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "project_not_found" | "rbm_resources_not_found" | (string & {});
          };
        };
      };
      /** @description An image of the profile could not be used, or the account data is inconsistent. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "account_data_is_corrupt" | "file_not_found" | "file_size_too_large" | "file_has_wrong_dimensions" | "file_unexpected_error" | (string & {});
          };
        };
      };
      /** @description Too many requests to Google's RCS Business Messaging API; retry later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_too_many_requests" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getRcsSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
        /** @description ID of the RCS sender. */
        senderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sender. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsSender"];
        };
      };
      /** @description The request is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "invalid_id_format" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description Google's RCS Business Messaging API cannot be used for this request. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_has_not_been_used" | (string & {});
          };
        };
      };
      /** @description The sender was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description Too many requests to Google's RCS Business Messaging API; retry later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_too_many_requests" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  updateRcsSender: {
    parameters: {
      query?: {
        /** @description Version of the US form that `details.questionnaire.us.answers` follows: `v1` the first form, `v2` the brand and campaign form. */
        usQuestionnaireVersion?: components["schemas"]["RcsUsQuestionnaireVersionsEnum"];
      };
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
        /** @description ID of the RCS sender. */
        senderId: string;
      };
      cookie?: never;
    };
    /** @description The changes to make. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["RcsUpdateSenderInput"];
      };
    };
    responses: {
      /** @description The sender, updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsSender"];
        };
      };
      /** @description The request is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "invalid_input" | "invalid_id_format" | "no_fields_to_update" | "fields_not_updatable" | "invalid_payload" | "invalid_google_agent" | "add_test_number_invalid" | "invalid_region_for_att_supplier" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description Google's RCS Business Messaging API cannot be used for this request. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_has_not_been_used" | (string & {});
          };
        };
      };
      /** @description The sender, its project or its resources at Google were not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "project_not_found" | "sender_not_found" | "rbm_resources_not_found" | "blocked_because_the_recipient_declined" | (string & {});
          };
        };
      };
      /** @description Too many requests to Google's RCS Business Messaging API; retry later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_too_many_requests" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listRcsSenderActivities: {
    parameters: {
      query?: {
        /** @description Token of the page to return: the `nextPageToken` or `previousPageToken` of a previous response. Leave it out for the first page. */
        pageToken?: string;
        /** @description Number of entries per page, 1 to 100. */
        pageSize?: number;
      };
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
        /** @description ID of the RCS sender. */
        senderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the sender's activities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsSenderNotificationList"];
        };
      };
      /** @description The paging parameters or the sender ID are not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "invalid_page_token" | "invalid_page_size" | "invalid_id_format" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createRcsSenderComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
        /** @description ID of the RCS sender. */
        senderId: string;
      };
      cookie?: never;
    };
    /** @description The comment to post. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["RcsCommentInput"];
      };
    };
    responses: {
      /** @description The comment was posted. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsComment"];
        };
      };
      /** @description The request is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "invalid_input" | "invalid_payload" | "invalid_id_format" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender was not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "sender_not_found" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  launchRcsSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
        /** @description ID of the RCS sender. */
        senderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The launch was requested; the sender as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsSender"];
        };
      };
      /** @description The request is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "verification_suspended_in_gmb" | "invalid_id_format" | "invalid_region_for_att_supplier" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description Google's RCS Business Messaging API cannot be used for this request. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_has_not_been_used" | (string & {});
          };
        };
      };
      /** @description The sender or its resources at Google were not found. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "sender_not_found" | "rbm_resources_not_found" | (string & {});
          };
        };
      };
      /** @description The sender's state or brand verification does not allow a launch. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "launch_invalid_agent_state" | "launch_invalid_verification_state" | (string & {});
          };
        };
      };
      /** @description The sender does not meet the conditions for launch. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "launch_precondition_failed" | (string & {});
          };
        };
      };
      /** @description Too many requests to Google's RCS Business Messaging API; retry later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_too_many_requests" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  addRcsTestNumbers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
        /** @description ID of the RCS sender. */
        senderId: string;
      };
      cookie?: never;
    };
    /** @description The numbers to invite. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["RcsTestNumbersInput"];
      };
    };
    responses: {
      /** @description Every test number of the sender with the state of its invitation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsTestNumbers"];
        };
      };
      /** @description The request is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "invalid_id_format" | "invalid_input" | "no_google_supplier" | "add_test_number_invalid" | "invalid_region_for_att_supplier" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project or sender was not found, or a number cannot be invited. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "project_not_found" | "sender_not_found" | "add_test_number_not_allowed_before_launch" | "blocked_because_the_recipient_declined" | "user_cannot_be_reached" | (string & {});
          };
        };
      };
      /** @description Too many requests to Google's RCS Business Messaging API; retry later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_too_many_requests" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getRcsTestNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
        /** @description ID of the RCS sender. */
        senderId: string;
        /** @description The test number, in E.164 format (for example `+447700900123`). */
        testNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The test number and the state of its invitation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsTestNumberState"];
        };
      };
      /** @description The request is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "no_google_supplier" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project or sender was not found, or the number is not a test number of the sender. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "project_not_found" | "sender_not_found" | "user_is_not_tester_for_agent" | (string & {});
          };
        };
      };
      /** @description Too many requests to Google's RCS Business Messaging API; retry later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_too_many_requests" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  deleteRcsTestNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
        /** @description ID of the RCS sender. */
        senderId: string;
        /** @description The test number, in E.164 format (for example `+447700900123`). */
        testNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The test number was removed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "invalid_id_format" | "no_google_supplier" | "invalid_region_for_att_supplier" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender was not found, or the number is not a test number of it. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "sender_not_found" | "user_is_not_tester_for_agent" | (string & {});
          };
        };
      };
      /** @description Too many requests to Google's RCS Business Messaging API; retry later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_too_many_requests" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getRcsTestNumberCapabilities: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
        /** @description ID of the RCS sender. */
        senderId: string;
        /** @description The test number, in E.164 format (for example `+447700900123`). */
        testNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The features the device supports. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsTestNumberCapabilities"];
        };
      };
      /** @description The request is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "invalid_id_format" | "no_google_supplier" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender's supplier configuration does not allow this request. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "wrong_supplier_configuration" | (string & {});
          };
        };
      };
      /** @description The sender was not found, or the device cannot be asked for its features. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "sender_not_found" | "user_is_not_tester_for_agent" | "looking_up_the_rbm_agent" | "blocked_because_the_recipient_declined" | "user_has_not_accepted_invite" | "user_cannot_be_reached" | (string & {});
          };
        };
      };
      /** @description Too many requests to Google's RCS Business Messaging API; retry later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_too_many_requests" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  retryRcsTestNumber: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description ID of the Sinch project (a UUID). */
        projectId: string;
        /** @description ID of the RCS sender. */
        senderId: string;
        /** @description The test number, in E.164 format (for example `+447700900123`). */
        testNumber: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invitation was sent again; its new state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsTestNumberState"];
        };
      };
      /** @description The request is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "invalid_id_format" | "no_google_supplier" | "add_test_number_invalid" | "invalid_region_for_att_supplier" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or not valid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The sender was not found, or the number cannot be invited. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "sender_not_found" | "user_is_not_tester_for_agent" | "add_test_number_not_allowed_before_launch" | "blocked_because_the_recipient_declined" | (string & {});
          };
        };
      };
      /** @description Too many requests to Google's RCS Business Messaging API; retry later. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "rbm_too_many_requests" | (string & {});
          };
        };
      };
      /** @description Something went wrong on Sinch's side. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RcsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  listSmsApps: {
    parameters: {
      query?: {
        /**
         * @description Maximum number of SMS apps on the page, from 1 to 100.
         * @example 2
         */
        pageSize?: number;
        /** @description The `nextPageToken` of the previous page; leave it out to get the first page. */
        pageToken?: string;
      };
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of SMS apps. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsAppList"];
        };
      };
      /** @description The paging parameters or an ID are not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "invalid_page_token" | "invalid_page_size" | "invalid_id_format" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description Sinch found no SMS service for the project. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "sms_service_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  createSmsApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
      };
      cookie?: never;
    };
    /** @description The name and region of the new SMS app, and whether to connect it to a Conversation API app. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["SmsInputSmsApp"];
      };
    };
    responses: {
      /** @description The SMS app was created; provisioning goes on in the background. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsApp"];
        };
      };
      /** @description The request body is not valid. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "invalid_input" | "invalid_payload" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  getSmsApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
        /**
         * @description ID of the SMS app, as returned when it was created.
         * @example 01HZY2B3C4D5E6F7G8H9J0K1M2
         */
        smsAppId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The SMS app. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsApp"];
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no SMS app with this ID. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "sms_app_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  deleteSmsApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
        /**
         * @description ID of the SMS app, as returned when it was created.
         * @example 01HZY2B3C4D5E6F7G8H9J0K1M2
         */
        smsAppId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The SMS app was deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The SMS app ID is not in the expected format. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "invalid_id_format" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no SMS app with this ID. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "sms_app_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
  updateSmsApp: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description ID of your Sinch project, as shown in the Sinch dashboard.
         * @example 5f6c7d2a-1b3e-4c9a-8d7f-2e1a0b9c8d7e
         */
        projectId: string;
        /**
         * @description ID of the SMS app, as returned when it was created.
         * @example 01HZY2B3C4D5E6F7G8H9J0K1M2
         */
        smsAppId: string;
      };
      cookie?: never;
    };
    /** @description The new name of the SMS app. */
    requestBody: {
      content: {
        "application/json": components["schemas"]["SmsUpdateSmsApp"];
      };
    };
    responses: {
      /** @description The SMS app as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsApp"];
        };
      };
      /** @description The request body is not valid or changes nothing. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "invalid_input" | "no_fields_to_update" | (string & {});
          };
        };
      };
      /** @description The credentials are missing or invalid. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "unauthorized_error" | (string & {});
          };
        };
      };
      /** @description The project has no SMS app with this ID. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "sms_app_not_found" | (string & {});
          };
        };
      };
      /** @description Sinch failed to handle the request; retry later. */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SmsError"] & {
            errorCode?: "internal_error" | (string & {});
          };
        };
      };
    };
  };
}

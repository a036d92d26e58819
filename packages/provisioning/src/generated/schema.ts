// Generated from specs/provisioning/1.2.117/openapi.yaml by scripts/generate.mjs — do not edit.
// Run `pnpm generate` after changing the spec.

export interface paths {
    "/v1/projects/{projectId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TODO
         * @description TODO
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["getWebhook"];
        /**
         * TODO
         * @description TODO
         */
        put: operations["replaceWebhook"];
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["getWhatsAppAccount"];
        put?: never;
        /**
         * TODO
         * @description TODO
         */
        post: operations["createWhatsAppAccount"];
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteWhatsAppAccount"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @deprecated
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["listWhatsAppSolutions"];
        put?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @deprecated
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["listWhatsAppSenders"];
        put?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["getWhatsAppSender"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteWhatsAppSender"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["listWhatsAppTemplates"];
        put?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["listWhatsAppTemplatesByName"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["getWhatsAppTemplate"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteWhatsAppTemplate"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["listBundles"];
        put?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["listKakaoTalkSenders"];
        put?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["getKakaoTalkSender"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteKakaoTalkSender"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["listKakaoTalkTemplates"];
        put?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["getKakaoTalkTemplate"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteKakaoTalkTemplate"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["listRcsSenders"];
        put?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["getRcsSender"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["getRcsTestNumber"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["listSmsApps"];
        put?: never;
        /**
         * TODO
         * @description TODO
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
         * TODO
         * @description TODO
         */
        get: operations["getSmsApp"];
        put?: never;
        post?: never;
        /**
         * TODO
         * @description TODO
         */
        delete: operations["deleteSmsApp"];
        options?: never;
        head?: never;
        /**
         * TODO
         * @description TODO
         */
        patch: operations["updateSmsApp"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description TODO
         * @enum {string}
         */
        WebhookTriggersEnum: "ALL" | "BUNDLE_DONE" | "KAKAOTALK_SENDER_ACTIVE" | "KAKAOTALK_SENDER_COMMENT_ADDED" | "KAKAOTALK_SENDER_INACTIVE" | "KAKAOTALK_SENDER_REJECTED" | "KAKAOTALK_TEMPLATE_APPROVED" | "KAKAOTALK_TEMPLATE_COMMENT_ADDED" | "KAKAOTALK_TEMPLATE_REJECTED" | "RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED" | "RCS_SENDER_COMMENT_ADDED" | "RCS_SENDER_OPERATOR_STATUS_UPDATED" | "RCS_SENDER_STATUS_UPDATED" | "RCS_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED" | "WHATSAPP_ACCOUNT_ONBOARDED" | "WHATSAPP_ACCOUNT_PENDING_VERIFICATION" | "WHATSAPP_ACCOUNT_REJECTED" | "WHATSAPP_WABA_ACCOUNT_CHANGED" | "WHATSAPP_SENDER_ACTIVE" | "WHATSAPP_SENDER_COMMENT_ADDED" | "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED" | "WHATSAPP_SENDER_DELETED" | "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED" | "WHATSAPP_SENDER_ERROR" | "WHATSAPP_SENDER_INACTIVE" | "WHATSAPP_SENDER_PENDING_VERIFICATION" | "WHATSAPP_SENDER_QUALITY_RATING_CHANGED" | "WHATSAPP_SENDER_REJECTED" | "WHATSAPP_SENDER_USERNAME_UPDATED" | "WHATSAPP_TEMPLATE_APPROVED" | "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE" | "WHATSAPP_TEMPLATE_CATEGORY_UPDATED" | "WHATSAPP_TEMPLATE_COMMENT_ADDED" | "WHATSAPP_TEMPLATE_DELETED" | "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED" | "WHATSAPP_TEMPLATE_REJECTED" | "WHATSAPP_TEMPLATE_STATUS_UPDATED";
        /** @description TODO */
        Webhook: {
            id: string;
            target: string;
            projectId: string;
            triggers: components["schemas"]["WebhookTriggersEnum"][];
        };
        /** @description TODO */
        WebhookError: {
            errorCode: string;
            message: string;
            resolution: string;
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        /** @description TODO */
        WebhookInput: {
            /** Format: url */
            target: string;
            secret: string;
            triggers: components["schemas"]["WebhookTriggersEnum"][];
        };
        /** @description TODO */
        WebhookUpdateWebhookInput: {
            /** Format: url */
            target?: Record<string, never>;
            secret?: Record<string, never>;
            triggers?: components["schemas"]["WebhookTriggersEnum"][];
        };
        /** @description TODO */
        WebhookList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            webhooks: components["schemas"]["Webhook"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppCountryCodesEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "UNRECOGNIZED";
        /** @description TODO */
        WhatsAppSolutionDetails: {
            name: string;
        };
        /** @description TODO */
        WhatsAppSolutionMetaApp: {
            readonly id: number;
            readonly name: string;
        };
        /** @description TODO */
        WhatsAppSolution: {
            readonly id: string;
            details: components["schemas"]["WhatsAppSolutionDetails"];
            readonly partnerApp?: components["schemas"]["WhatsAppSolutionMetaApp"];
            readonly ownerApp?: components["schemas"]["WhatsAppSolutionMetaApp"];
            readonly assigned: boolean;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppFailedSolutionErrorsEnum: "ACTIVATION_FAILED" | "CREATION_FAILED" | "UNRECOGNIZED";
        /** @description TODO */
        WhatsAppFailedSolution: {
            readonly partnerAppId: string;
            readonly errorCode: components["schemas"]["WhatsAppFailedSolutionErrorsEnum"];
            readonly errorMessage?: string;
        };
        /** @description TODO */
        WhatsAppCreateSolutionList: {
            solutions: components["schemas"]["WhatsAppSolution"][];
            failedSolutions: components["schemas"]["WhatsAppFailedSolution"][];
        };
        /** @description TODO */
        WhatsAppSolutionDetailsInput: {
            name: string;
        };
        /** @description TODO */
        WhatsAppSolutionInput: {
            details: components["schemas"]["WhatsAppSolutionDetailsInput"];
            accessToken: string;
            businessManager: components["schemas"]["WhatsAppInputBusinessManagersPublicDocumentationEnum"];
        };
        /** @description TODO */
        WhatsAppSolutionList: {
            solutions: components["schemas"]["WhatsAppSolution"][];
        };
        /** @description TODO */
        WhatsAppWabaNumbers: {
            id: string;
            displayPhoneNumber: string;
            provisioned: boolean;
        };
        /** @description TODO */
        WhatsAppWabaDetails: {
            id: string;
            numbers: components["schemas"]["WhatsAppWabaNumbers"][];
        };
        /** @description TODO */
        WhatsAppWabaDetailsList: {
            wabas: components["schemas"]["WhatsAppWabaDetails"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppInputBusinessManagersEnum: "SINCH_AMERICA" | "SINCH_BR" | "SINCH_MX" | "SINCH_SEP" | "SINCH_UK";
        /** @description TODO */
        WhatsAppWabaDetailsListInput: {
            facebookToken: string;
            businessManager?: components["schemas"]["WhatsAppInputBusinessManagersEnum"];
        };
        /** @description TODO */
        WhatsAppLongLivedAccessToken: {
            longLivedAccessToken: string;
        };
        /** @description TODO */
        WhatsAppLongLivedAccessTokenInput: {
            facebookToken?: string;
            facebookCode?: string;
            businessManager?: components["schemas"]["WhatsAppInputBusinessManagersEnum"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppInputAccountWhatsAppVerticalsEnum: "ALCOHOL" | "AUTOMOTIVE" | "BEAUTY_SPA_SALON" | "CLOTHING_AND_APPAREL" | "EDUCATION" | "ENTERTAINMENT" | "EVENT_PLANNING_AND_SERVICE" | "FINANCE_AND_BANKING" | "FOOD_AND_GROCERY" | "HOTEL_AND_LODGING" | "MEDICAL_AND_HEALTH" | "NON_PROFIT" | "OTC_DRUGS" | "OTHER" | "PHYSICAL_GAMBLING" | "PROFESSIONAL_SERVICES" | "PUBLIC_SERVICE" | "RESTAURANT" | "SHOPPING_AND_RETAIL" | "TRAVEL_AND_TRANSPORTATION";
        /** @description TODO */
        WhatsAppInputAccountSenderRelatedDetails: {
            displayName: string;
            businessCategory: components["schemas"]["WhatsAppInputAccountWhatsAppVerticalsEnum"];
            region?: components["schemas"]["WhatsAppSenderInputRegionEnum"];
            metaLocalStorage?: components["schemas"]["WhatsAppSenderInputMetaLocalStoragesEnum"];
        };
        /** @description TODO */
        WhatsAppInputAccountPartnerInitiated: {
            wabaName: string;
            clientBusinessManagerId: string;
            businessManager?: components["schemas"]["WhatsAppInputBusinessManagersEnum"];
            senderDetails: components["schemas"]["WhatsAppInputAccountSenderRelatedDetails"];
        };
        /** @description TODO */
        WhatsAppInputAccountDeprecated: {
            clientBusinessManagerId: string;
            businessManager?: components["schemas"]["WhatsAppInputBusinessManagersEnum"];
            companyLegalName: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppAccountStateEnum: "ONBOARDED" | "PENDING_FACEBOOK_VERIFICATION" | "REJECTED";
        /** @description TODO */
        WhatsAppAccountSenderRelatedDetails: {
            displayName: string;
            businessCategory: components["schemas"]["WhatsAppSenderWhatsAppVerticalEnum"];
            region: components["schemas"]["WhatsAppSenderBotRegionEnum"];
            metaLocalStorage: components["schemas"]["WhatsAppSenderMetaLocalStoragesEnum"];
        };
        /** @description TODO */
        WhatsAppAccountDetails: {
            clientBusinessManagerId: string;
            /** @deprecated */
            companyLegalName?: string;
            wabaName: string;
            senderDetails?: components["schemas"]["WhatsAppAccountSenderRelatedDetails"];
        };
        /** @description TODO */
        WhatsAppAccountSenderRelatedChangesDetails: {
            displayName: string;
            businessCategory: components["schemas"]["WhatsAppSenderWhatsAppVerticalEnum"];
            region: components["schemas"]["WhatsAppSenderBotRegionEnum"];
            metaLocalStorage: components["schemas"]["WhatsAppSenderMetaLocalStoragesEnum"];
        };
        /** @description TODO */
        WhatsAppAccountChangesDetails: {
            clientBusinessManagerId?: string;
            /** @deprecated */
            companyLegalName?: string;
            wabaName?: string;
            senderDetails?: components["schemas"]["WhatsAppAccountSenderRelatedChangesDetails"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppAccountChangeStateEnum: "DRAFT" | "IN_PROGRESS" | "PENDING_FACEBOOK_VERIFICATION" | "REJECTED";
        /** @description TODO */
        WhatsAppAccountChanges: {
            status: components["schemas"]["WhatsAppAccountChangeStateEnum"];
            details?: components["schemas"]["WhatsAppAccountDetails"] | components["schemas"]["WhatsAppAccountChangesDetails"];
        };
        /** @description TODO */
        WhatsAppAccount: {
            state?: components["schemas"]["WhatsAppAccountStateEnum"];
            isEmbeddedSignup: boolean;
            businessManager: components["schemas"]["WhatsAppBusinessManagersEnum"];
            wabaId?: string;
            changes?: components["schemas"]["WhatsAppAccountChanges"];
            details?: components["schemas"]["WhatsAppAccountDetails"];
            wabaBanState?: components["schemas"]["WhatsAppWabaBanStatesEnum"];
            wabaBanDate?: string;
            wabaEnabledForInsights?: boolean;
            wabaEnabledForDirectSend?: boolean;
            wabaMaxPriceOnboarded: boolean;
            compatibleRegions: components["schemas"]["WhatsAppConversationAppRegionsEnum"][];
            primaryBusinessLocation?: components["schemas"]["WhatsAppCountryCodesEnum"];
            /** @deprecated */
            partnerInitiatedRequestId?: string;
            businessDailyLimit?: components["schemas"]["WhatsAppDailyLimitEnum"];
            currency?: string;
        };
        /** @description TODO */
        WhatsAppInputAccountSenderRelatedUpdateDetails: {
            displayName?: string;
            businessCategory?: components["schemas"]["WhatsAppInputAccountWhatsAppVerticalsEnum"];
            region?: components["schemas"]["WhatsAppSenderInputRegionEnum"];
            metaLocalStorage?: components["schemas"]["WhatsAppSenderInputMetaLocalStoragesEnum"];
        };
        /** @description TODO */
        WhatsAppInputUpdateAccount: {
            /** @deprecated */
            companyLegalName?: string;
            wabaName?: string;
            clientBusinessManagerId?: string;
            senderDetails?: components["schemas"]["WhatsAppInputAccountSenderRelatedUpdateDetails"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppAccountNotificationTypeEnum: "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "PENDING_FACEBOOK_VERIFICATION" | "REJECTED";
        /** @description TODO */
        WhatsAppAccountNotification: {
            type: components["schemas"]["WhatsAppAccountNotificationTypeEnum"];
            created?: string;
            author?: string;
            comment?: string;
        };
        /** @description TODO */
        WhatsAppAccountNotificationList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["WhatsAppAccountNotification"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppFlowStatusesEnum: "FLOW_STATUS_DEPRECATED" | "FLOW_STATUS_DRAFT" | "FLOW_STATUS_PUBLISHED" | "UNRECOGNIZED";
        /** @description TODO */
        WhatsAppFlow: {
            id: string;
            name: string;
            status: components["schemas"]["WhatsAppFlowStatusesEnum"];
        };
        /** @description TODO */
        WhatsAppFlowList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            flows: components["schemas"]["WhatsAppFlow"][];
        };
        /** @description TODO */
        WhatsAppFlowScreen: {
            id: string;
        };
        /** @description TODO */
        WhatsAppFlowScreenList: {
            screens: components["schemas"]["WhatsAppFlowScreen"][];
        };
        /** @description TODO */
        WhatsAppAccountCommentEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_ACCOUNT_COMMENT_ADDED";
            payload: components["schemas"]["WhatsAppAccount"];
            comment: string;
        };
        /** @description TODO */
        WhatsAppAccountOnboardEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_ACCOUNT_ONBOARDED";
            payload: components["schemas"]["WhatsAppAccount"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppAccountRejectedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_ACCOUNT_REJECTED";
            payload: components["schemas"]["WhatsAppAccount"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppAccountPendingVerificationEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_ACCOUNT_PENDING_VERIFICATION";
            payload: components["schemas"]["WhatsAppAccount"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppAccountBusinessDailyLimitChangedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED";
            payload: components["schemas"]["WhatsAppAccount"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppAccountWabaInformationChangedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_WABA_ACCOUNT_CHANGED";
            payload: components["schemas"]["WhatsAppAccount"];
            comment?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderStatesEnum: "ACTIVE" | "IN_PROGRESS" | "INACTIVE" | "PENDING_VERIFICATION" | "SUSPENDED" | "ERROR";
        /** @description TODO */
        WhatsAppSenderDetails: {
            displayName: string;
            description?: string;
            vertical: components["schemas"]["WhatsAppSenderWhatsAppVerticalEnum"];
            email?: string;
            address?: string;
            websiteOne?: string;
            websiteTwo?: string;
            about?: string;
            photoUrl?: string;
            username?: string;
        };
        /** @description TODO */
        WhatsAppSenderChangesDetails: {
            displayName?: string;
            description?: string;
            vertical?: components["schemas"]["WhatsAppSenderWhatsAppVerticalEnum"];
            email?: string;
            address?: string;
            websiteOne?: string;
            websiteTwo?: string;
            about?: string;
            photoUrl?: string;
            username?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderStatusesEnum: "DRAFT" | "ERROR" | "IN_PROGRESS" | "MULTIPLE_WABA_ERROR" | "REJECTED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderErrorCodeEnum: "CANNOT_ASSIGN_CREDIT_LINE" | "CANNOT_ASSIGN_SYSTEM_USER" | "CANNOT_CREATE_NEW_WHATSAPP_SENDER" | "CANNOT_CREATE_WABA_FOR_BUSINESS" | "CANNOT_GET_DETAILS_FOR_CLOUD_API" | "CANNOT_GET_WABA_DETAILS" | "CANNOT_REGISTER_NEW_WHATSAPP_SENDER" | "CANNOT_REGISTER_TO_CLOUD_API" | "CANNOT_SUBSCRIBE_TO_CLOUD_API" | "CANNOT_SUBSCRIBE_TO_WEBHOOK" | "DUPLICATES_ON_SENDER_PHONE_NUMBER" | "FAILED_TO_FETCH_APPROVED_MESSAGE_TEMPLATES" | "MULTIPLE_WABA_FOR_PROJECT_ID" | "NO_CERTIFICATE_AVAILABLE" | "NO_NOVA_ACCOUNT_ID" | "NO_PRICING_PLAN" | "NO_PROJECT_ID" | "NO_VERIFIED_PHONE_NUMBER" | "NOT_VERIFIED_REQUESTED_PHONE_NUMBER" | "NOT_VERIFY_BUSINESS_VIA_WHATSAPP" | "NOVA_ACCOUNT_ID_CONFLICT" | "PROJECT_ID_CONFLICT" | "REQUESTED_PHONE_NUMBER_OR_COUNTRY_CODE_CONFLICT" | "SENDER_HAS_BEEN_DELETED" | "WABA_CONNECTED_TO_ANOTHER_PROJECT" | "UNKNOWN_ERROR" | "UNRECOGNIZED";
        /** @description TODO */
        WhatsAppSenderChanges: {
            status: components["schemas"]["WhatsAppSenderStatusesEnum"];
            details?: components["schemas"]["WhatsAppSenderDetails"] | components["schemas"]["WhatsAppSenderChangesDetails"];
            errorReason?: string;
            errorCode?: components["schemas"]["WhatsAppSenderErrorCodeEnum"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderFieldUpdateStatusEnum: "APPROVED" | "DEFERRED" | "DELETED" | "EXPIRED" | "PENDING" | "REJECTED" | "RESERVED" | "UNRECOGNIZED" | "UNSPECIFIED";
        /** @description TODO */
        WhatsAppSenderMetadataField: {
            value?: string;
            status: components["schemas"]["WhatsAppSenderFieldUpdateStatusEnum"];
            rejectionReason?: string;
        };
        /** @description TODO */
        WhatsAppSenderMetadata: {
            displayName?: components["schemas"]["WhatsAppSenderMetadataField"];
            username?: components["schemas"]["WhatsAppSenderMetadataField"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppConversationApiAppRegionsEnum: "BR" | "EU" | "US" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppConversationAppChannelIntegrationStatusEnum: "ACTIVE" | "FAILING" | "PENDING" | "UNRECOGNIZED";
        /** @description TODO */
        WhatsAppConversationApiApp: {
            id: string;
            projectId: string;
            region: components["schemas"]["WhatsAppConversationApiAppRegionsEnum"];
            channelStatus?: components["schemas"]["WhatsAppConversationAppChannelIntegrationStatusEnum"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppQualityRatingEnum: "GREEN" | "RED" | "YELLOW" | "UNKNOWN" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderNumberProviderTypeEnum: "CUSTOMER" | "SINCH" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderInputWhatsAppVerticalEnum: "ALCOHOL" | "AUTOMOTIVE" | "BEAUTY_SPA_SALON" | "CLOTHING_AND_APPAREL" | "EDUCATION" | "ENTERTAINMENT" | "EVENT_PLANNING_AND_SERVICE" | "FINANCE_AND_BANKING" | "FOOD_AND_GROCERY" | "HOTEL_AND_LODGING" | "MEDICAL_AND_HEALTH" | "NON_PROFIT" | "ONLINE_GAMBLING" | "OTC_DRUGS" | "OTHER" | "PHYSICAL_GAMBLING" | "PROFESSIONAL_SERVICES" | "PUBLIC_SERVICE" | "RESTAURANT" | "SHOPPING_AND_RETAIL" | "TRAVEL_AND_TRANSPORTATION";
        /** @description TODO */
        WhatsAppUpdateSenderInputDetails: {
            displayName?: string;
            description?: string | null;
            vertical?: components["schemas"]["WhatsAppSenderInputWhatsAppVerticalEnum"];
            /** Format: email */
            email?: string | null;
            address?: string | null;
            /** Format: url */
            websiteOne?: string | null;
            /** Format: url */
            websiteTwo?: string | null;
            about?: string | null;
            /** Format: url */
            photoUrl?: string | null;
            username?: string | null;
        };
        /** @description TODO */
        WhatsAppUpdateSenderInput: {
            /** @default DRAFT */
            status: components["schemas"]["WhatsAppActionsEnum"];
            details?: components["schemas"]["WhatsAppUpdateSenderInputDetails"];
        };
        /** @description TODO */
        WhatsAppSender: {
            id: string;
            state?: components["schemas"]["WhatsAppSenderStatesEnum"];
            changes?: components["schemas"]["WhatsAppSenderChanges"];
            details?: components["schemas"]["WhatsAppSenderDetails"];
            metadata?: components["schemas"]["WhatsAppSenderMetadata"];
            region: components["schemas"]["WhatsAppSenderBotRegionEnum"];
            metaLocalStorage: components["schemas"]["WhatsAppSenderMetaLocalStoragesEnum"];
            /** @deprecated */
            conversationApiApp?: string;
            conversationApiAppDetails?: components["schemas"]["WhatsAppConversationApiApp"];
            maxTps?: number;
            qualityRating?: components["schemas"]["WhatsAppQualityRatingEnum"];
            /** @deprecated */
            dailyLimit?: components["schemas"]["WhatsAppDailyLimitEnum"];
            bearerToken?: string;
            /** @deprecated */
            cloudApi: boolean;
            created?: string;
            modified?: string;
            countryCode?: string;
            phoneNumber?: string;
            numberProvider?: components["schemas"]["WhatsAppSenderNumberProviderTypeEnum"];
            businessManager: components["schemas"]["WhatsAppBusinessManagersEnum"];
            /** @deprecated */
            wabaBanState?: components["schemas"]["WhatsAppWabaBanStatesEnum"];
            /** @deprecated */
            wabaBanDate?: string;
            compatibleRegions: components["schemas"]["WhatsAppConversationAppRegionsEnum"][];
        };
        /** @description TODO */
        WhatsAppSenderList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            senders: components["schemas"]["WhatsAppSender"][];
        };
        /** @description TODO */
        WhatsAppSenderInputEs: {
            region?: components["schemas"]["WhatsAppSenderInputRegionEnum"];
            metaLocalStorage?: components["schemas"]["WhatsAppSenderInputMetaLocalStoragesEnum"];
            wabaId: string;
            phoneNumberId: string;
            businessManager?: components["schemas"]["WhatsAppInputBusinessManagersPublicDocumentationEnum"];
            authenticationCode?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderInputBotRegionEnum: "BR" | "EU" | "US";
        /** @description TODO */
        WhatsAppInputSenderPhoneProvisioningDetails: {
            /** Format: country code */
            countryCode: string;
            /** Format: numeric phone number */
            phoneNumber: string;
            displayName: string;
        };
        /** @description TODO */
        WhatsAppInputSenderPhoneProvisioning: {
            region?: components["schemas"]["WhatsAppSenderInputBotRegionEnum"];
            metaLocalStorage?: components["schemas"]["WhatsAppSenderInputMetaLocalStoragesEnum"];
            details: components["schemas"]["WhatsAppInputSenderPhoneProvisioningDetails"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderInputNumberProviderTypeEnum: "CUSTOMER" | "SINCH";
        /** @description TODO */
        WhatsAppInputSenderPartnerInitiatedDetails: {
            displayName: string;
            description?: string;
            vertical: components["schemas"]["WhatsAppSenderInputWhatsAppVerticalEnum"];
            /** Format: email */
            email?: string;
            address?: string;
            /** Format: url */
            websiteOne?: string;
            /** Format: url */
            websiteTwo?: string;
            about?: string;
            /** Format: url */
            photoUrl?: string;
            /** Format: country code */
            countryCode: string;
            /** Format: numeric phone number */
            phoneNumber?: string;
        };
        /** @description TODO */
        WhatsAppInputSenderPartnerInitiated: {
            /** @default SUBMIT */
            status: components["schemas"]["WhatsAppActionsEnum"];
            region?: components["schemas"]["WhatsAppSenderInputBotRegionEnum"];
            metaLocalStorage?: components["schemas"]["WhatsAppSenderInputMetaLocalStoragesEnum"];
            phoneNumberProvider: components["schemas"]["WhatsAppSenderInputNumberProviderTypeEnum"];
            /** @default false */
            saveDraftOnFailure: boolean;
            details: components["schemas"]["WhatsAppInputSenderPartnerInitiatedDetails"];
        };
        /** @description TODO */
        WhatsAppSenderInputDetails: {
            displayName: string;
            description?: string;
            vertical: components["schemas"]["WhatsAppSenderInputWhatsAppVerticalEnum"];
            /** Format: email */
            email?: string;
            address?: string;
            /** Format: url */
            websiteOne?: string;
            /** Format: url */
            websiteTwo?: string;
            about?: string;
            /** Format: url */
            photoUrl?: string;
        };
        /** @description TODO */
        WhatsAppSenderInputDeprecated: {
            region?: components["schemas"]["WhatsAppSenderInputRegionEnum"];
            metaLocalStorage?: components["schemas"]["WhatsAppSenderInputMetaLocalStoragesEnum"];
            businessManager?: components["schemas"]["WhatsAppInputBusinessManagersPublicDocumentationEnum"];
            wabaId?: string;
            phoneNumberId?: string;
            facebookAccessToken?: string;
            /** Format: uri */
            facebookCode?: string;
            name: string;
            details: components["schemas"]["WhatsAppSenderInputDetails"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderRegistrationMethodEnum: "SMS" | "VOICE" | "UNRECOGNIZED";
        /** @description TODO */
        WhatsAppSenderRegister: {
            id: string;
            method: components["schemas"]["WhatsAppSenderRegistrationMethodEnum"];
            accepted: string;
            verificationCodeSent: boolean;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderInputRegistrationMethodEnum: "SMS" | "VOICE";
        /** @description TODO */
        WhatsAppSenderInputRegister: {
            method: components["schemas"]["WhatsAppSenderInputRegistrationMethodEnum"];
        };
        /** @description TODO */
        WhatsAppSenderInputVerify: {
            /**
             * Format: otp
             * @example 123456
             */
            code?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderNotificationTypeEnum: "ACTIVE" | "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "ERROR" | "IN_PROGRESS" | "INACTIVE" | "REGISTERED" | "REJECTED" | "VERIFIED";
        /** @description TODO */
        WhatsAppSenderNotification: {
            type: components["schemas"]["WhatsAppSenderNotificationTypeEnum"];
            created?: string;
            author?: string;
            comment?: string;
        };
        /** @description TODO */
        WhatsAppSenderNotificationList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["WhatsAppSenderNotification"][];
        };
        /** @description TODO */
        WhatsAppSuggestedUsernames: {
            usernames: string[];
        };
        /** @description TODO */
        WhatsAppSenderCommentEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_SENDER_COMMENT_ADDED";
            payload: components["schemas"]["WhatsAppSender"];
            comment: string;
        };
        /** @description TODO */
        WhatsAppSenderActiveEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_SENDER_ACTIVE";
            payload: components["schemas"]["WhatsAppSender"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppSenderInactiveEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_SENDER_INACTIVE";
            payload: components["schemas"]["WhatsAppSender"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppSenderPendingVerificationEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_SENDER_PENDING_VERIFICATION";
            payload: components["schemas"]["WhatsAppSender"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppSenderRejectedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_SENDER_REJECTED";
            payload: components["schemas"]["WhatsAppSender"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppSenderErrorEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_SENDER_ERROR";
            payload: components["schemas"]["WhatsAppSender"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppSenderDailyLimitChangedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED";
            payload: components["schemas"]["WhatsAppSender"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppSenderQualityRatingChangedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_SENDER_QUALITY_RATING_CHANGED";
            payload: components["schemas"]["WhatsAppSender"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppSenderDeletedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_SENDER_DELETED";
            payload: components["schemas"]["WhatsAppSender"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppSenderDisplayNameUpdatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED";
            payload: components["schemas"]["WhatsAppSender"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppSenderUsernameUpdatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_SENDER_USERNAME_UPDATED";
            payload: components["schemas"]["WhatsAppSender"];
            comment?: string;
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppComponentTypeHeaderEnum: "HEADER";
        /**
         * @description TODO
         * @constant
         */
        WhatsAppLocationHeaderComponentFormatEnum: "LOCATION";
        /** @description TODO */
        WhatsAppLocationHeaderComponent: {
            type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
            format: components["schemas"]["WhatsAppLocationHeaderComponentFormatEnum"];
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppTextHeaderComponentFormatEnum: "TEXT";
        /** @description TODO */
        WhatsAppTextHeaderComponent: {
            type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
            format: components["schemas"]["WhatsAppTextHeaderComponentFormatEnum"];
            text?: string;
            example?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppMediaHeaderComponentFormatEnum: "DOCUMENT" | "IMAGE" | "VIDEO";
        /** @description TODO */
        WhatsAppMediaHeaderExample: {
            /** Format: url */
            url?: string;
        };
        /** @description TODO */
        WhatsAppMediaHeaderComponent: {
            type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
            format: components["schemas"]["WhatsAppMediaHeaderComponentFormatEnum"];
            examples?: components["schemas"]["WhatsAppMediaHeaderExample"][];
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppComponentTypeBodyEnum: "BODY";
        /** @description TODO */
        WhatsAppBodyComponent: {
            type: components["schemas"]["WhatsAppComponentTypeBodyEnum"];
            text?: string;
            examples?: string[];
            addSecurityRecommendation?: boolean;
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppComponentTypeFooterEnum: "FOOTER";
        /** @description TODO */
        WhatsAppFooterComponent: {
            type: components["schemas"]["WhatsAppComponentTypeFooterEnum"];
            text?: string;
            codeExpirationMinutes?: number;
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppButtonTypePhoneNumberEnum: "PHONE_NUMBER";
        /** @description TODO */
        WhatsAppPhoneNumberButton: {
            type: components["schemas"]["WhatsAppButtonTypePhoneNumberEnum"];
            text?: string;
            /** Format: phone number */
            phoneNumber?: string;
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppButtonTypeUrlEnum: "URL";
        /** @description TODO */
        WhatsAppUrlButton: {
            type: components["schemas"]["WhatsAppButtonTypeUrlEnum"];
            text?: string;
            /** Format: url */
            url?: string;
            examples?: string[];
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppButtonTypeQuickReplyEnum: "QUICK_REPLY";
        /** @description TODO */
        WhatsAppQuickReplyButton: {
            type: components["schemas"]["WhatsAppButtonTypeQuickReplyEnum"];
            text?: string;
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppButtonTypeOtpEnum: "OTP";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppOtpTypeEnum: "COPY_CODE" | "ONE_TAP" | "ZERO_TAP" | "UNRECOGNIZED";
        /** @description TODO */
        WhatsAppSupportedApp: {
            packageName: string;
            signatureHash: string;
        };
        /** @description TODO */
        WhatsAppOtpButton: {
            type: components["schemas"]["WhatsAppButtonTypeOtpEnum"];
            otpType: components["schemas"]["WhatsAppOtpTypeEnum"];
            text?: string;
            autofillText?: string;
            /** @deprecated */
            packageName?: string;
            /** @deprecated */
            signatureHash?: string;
            supportedApps?: components["schemas"]["WhatsAppSupportedApp"][];
            zeroTapTermsAccepted?: boolean;
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppButtonTypeEnum: "FLOW";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppFlowActionEnum: "DATA_EXCHANGE" | "NAVIGATE" | "UNKNOWN" | "UNRECOGNIZED";
        /** @description TODO */
        WhatsAppFlowButton: {
            type: components["schemas"]["WhatsAppButtonTypeEnum"];
            text?: string;
            flowId?: string;
            flowAction?: components["schemas"]["WhatsAppFlowActionEnum"];
            navigateScreen?: string;
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppButtonTypeRequestContactInfoEnum: "REQUEST_CONTACT_INFO";
        /** @description TODO */
        WhatsAppRequestContactInfoButton: {
            type: components["schemas"]["WhatsAppButtonTypeRequestContactInfoEnum"];
            text?: string;
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppButtonTypeOrderDetailsEnum: "ORDER_DETAILS";
        /** @description TODO */
        WhatsAppOrderDetailsButton: {
            type: components["schemas"]["WhatsAppButtonTypeOrderDetailsEnum"];
            text?: string;
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppButtonTypeCopyCodeEnum: "COPY_CODE";
        /** @description TODO */
        WhatsAppCopyCodeButton: {
            type: components["schemas"]["WhatsAppButtonTypeCopyCodeEnum"];
            text?: string;
            examples?: string[];
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppComponentTypeButtonsEnum: "BUTTONS";
        /** @description TODO */
        WhatsAppButtonsComponent: {
            type: components["schemas"]["WhatsAppComponentTypeButtonsEnum"];
            buttons: (components["schemas"]["WhatsAppPhoneNumberButton"] | components["schemas"]["WhatsAppUrlButton"] | components["schemas"]["WhatsAppQuickReplyButton"] | components["schemas"]["WhatsAppOtpButton"] | components["schemas"]["WhatsAppFlowButton"] | components["schemas"]["WhatsAppRequestContactInfoButton"] | components["schemas"]["WhatsAppOrderDetailsButton"] | components["schemas"]["WhatsAppCopyCodeButton"])[];
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppComponentTypeCarouselEnum: "CAROUSEL";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppCardHeaderComponentFormatsEnum: "IMAGE" | "VIDEO";
        /** @description TODO */
        WhatsAppCardHeaderComponent: {
            type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
            format: components["schemas"]["WhatsAppCardHeaderComponentFormatsEnum"];
            examples?: components["schemas"]["WhatsAppMediaHeaderExample"][];
        };
        /** @description TODO */
        WhatsAppCardBodyComponent: {
            type: components["schemas"]["WhatsAppComponentTypeBodyEnum"];
            examples?: string[];
            text?: string;
        };
        /** @description TODO */
        WhatsAppCardButtonsComponent: {
            type: components["schemas"]["WhatsAppComponentTypeButtonsEnum"];
            buttons: (components["schemas"]["WhatsAppUrlButton"] | components["schemas"]["WhatsAppQuickReplyButton"] | components["schemas"]["WhatsAppPhoneNumberButton"])[];
        };
        /** @description TODO */
        WhatsAppCard: {
            components: (components["schemas"]["WhatsAppCardHeaderComponent"] | components["schemas"]["WhatsAppCardBodyComponent"] | components["schemas"]["WhatsAppCardButtonsComponent"])[];
        };
        /** @description TODO */
        WhatsAppCarouselComponent: {
            type: components["schemas"]["WhatsAppComponentTypeCarouselEnum"];
            cards: components["schemas"]["WhatsAppCard"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppBidStrategiesEnum: "BID_STRATEGY_LOWEST_COST_WITH_BID_CAP" | "BID_STRATEGY_UNSPECIFIED" | "UNRECOGNIZED";
        /** @description TODO */
        WhatsAppTemplateDetailsOptimization: {
            bidAmount: number;
            bidStrategy: components["schemas"]["WhatsAppBidStrategiesEnum"];
            bidCountryMultiplierOverrides?: {
                [key: string]: string;
            };
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppComponentTypeLimitedTimeOfferEnum: "LIMITED_TIME_OFFER";
        /** @description TODO */
        WhatsAppLimitedTimeOfferComponent: {
            type: components["schemas"]["WhatsAppComponentTypeLimitedTimeOfferEnum"];
            text?: string;
            hasExpiration: boolean;
        };
        /** @description TODO */
        WhatsAppTemplateDetails: {
            components: (components["schemas"]["WhatsAppTextHeaderComponent"] | components["schemas"]["WhatsAppMediaHeaderComponent"] | components["schemas"]["WhatsAppBodyComponent"] | components["schemas"]["WhatsAppFooterComponent"] | components["schemas"]["WhatsAppButtonsComponent"] | components["schemas"]["WhatsAppLocationHeaderComponent"] | components["schemas"]["WhatsAppCarouselComponent"] | components["schemas"]["WhatsAppLimitedTimeOfferComponent"])[];
            messageSendTtlSeconds?: number;
            optimization?: components["schemas"]["WhatsAppTemplateDetailsOptimization"];
        };
        /** @description TODO */
        WhatsAppTemplateChangesDetails: {
            components?: (components["schemas"]["WhatsAppTextHeaderComponent"] | components["schemas"]["WhatsAppMediaHeaderComponent"] | components["schemas"]["WhatsAppLocationHeaderComponent"] | components["schemas"]["WhatsAppBodyComponent"] | components["schemas"]["WhatsAppFooterComponent"] | components["schemas"]["WhatsAppButtonsComponent"] | components["schemas"]["WhatsAppCarouselComponent"] | components["schemas"]["WhatsAppLimitedTimeOfferComponent"])[];
            messageSendTtlSeconds?: number;
            optimization?: components["schemas"]["WhatsAppTemplateDetailsOptimization"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppTemplateStatusesEnum: "DRAFT" | "IN_PROGRESS" | "REJECTED";
        /** @description TODO */
        WhatsAppTemplateChanges: {
            status: components["schemas"]["WhatsAppTemplateStatusesEnum"];
            allowCategoryChange?: boolean;
            details?: components["schemas"]["WhatsAppTemplateDetails"] | components["schemas"]["WhatsAppTemplateChangesDetails"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppTemplateAnalyticsButtonTypesEnum: "QUICK_REPLY" | "UNIQUE_URL" | "URL" | "UNRECOGNIZED";
        /** @description TODO */
        WhatsAppTemplateAnalyticsButtons: {
            type: components["schemas"]["WhatsAppTemplateAnalyticsButtonTypesEnum"];
            content: string;
            clicks: number;
        };
        /** @description TODO */
        WhatsAppTemplateAnalytics: {
            sent: number;
            delivered: number;
            read: number;
            start: string;
            end: string;
            buttons: components["schemas"]["WhatsAppTemplateAnalyticsButtons"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppTemplateStatesEnum: "APPROVED" | "DISABLED" | "PAUSED" | "PENDING" | "REJECTED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppTemplateLanguagesEnum: "AF" | "AR" | "AZ" | "BG" | "BN" | "CA" | "CS" | "DA" | "DE" | "EL" | "EN" | "EN_GB" | "EN_US" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "ES_UY" | "ET" | "FA" | "FI" | "FIL" | "FR" | "GA" | "GU" | "HA" | "HE" | "HI" | "HR" | "HU" | "ID" | "IT" | "JA" | "KA" | "KK" | "KN" | "KO" | "KY_KG" | "LO" | "LT" | "LV" | "MK" | "ML" | "MR" | "MS" | "NB" | "NL" | "PA" | "PL" | "PT_BR" | "PT_PT" | "RO" | "RU" | "RW_RW" | "SK" | "SL" | "SQ" | "SR" | "SV" | "SW" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "ZU" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppTemplateCategoryEnum: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppTemplateRejectionCodeEnum: "ABUSIVE_CONTENT" | "INCORRECT_CATEGORY" | "INVALID_FORMAT" | "NONE" | "SCAM" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppTemplateQualityScoreEnum: "QUALITY_SCORE_GREEN" | "QUALITY_SCORE_RED" | "QUALITY_SCORE_YELLOW" | "QUALITY_SCORE_UNKNOWN" | "UNRECOGNIZED";
        /** @description TODO */
        WhatsAppTemplate: {
            whatsappId?: string;
            state?: components["schemas"]["WhatsAppTemplateStatesEnum"];
            name: string;
            language: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
            category: components["schemas"]["WhatsAppTemplateCategoryEnum"];
            rejectionCode?: components["schemas"]["WhatsAppTemplateRejectionCodeEnum"];
            qualityScore?: components["schemas"]["WhatsAppTemplateQualityScoreEnum"];
            changes?: components["schemas"]["WhatsAppTemplateChanges"];
            details?: components["schemas"]["WhatsAppTemplateDetails"];
            analytics: components["schemas"]["WhatsAppTemplateAnalytics"][];
            isMetaGenerated: boolean;
        };
        /** @description TODO */
        WhatsAppPartialTextHeaderComponent: {
            type?: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
            format?: components["schemas"]["WhatsAppTextHeaderComponentFormatEnum"];
            text?: string;
            example?: string;
        };
        /** @description TODO */
        WhatsAppPartialMediaHeaderExample: {
            /** Format: url */
            url?: string;
        };
        /** @description TODO */
        WhatsAppPartialMediaHeaderComponent: {
            type?: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
            format?: components["schemas"]["WhatsAppMediaHeaderComponentFormatEnum"];
            examples?: components["schemas"]["WhatsAppPartialMediaHeaderExample"][];
        };
        /** @description TODO */
        WhatsAppPartialBodyComponent: {
            type?: components["schemas"]["WhatsAppComponentTypeBodyEnum"];
            text?: string;
            examples?: string[];
            addSecurityRecommendation?: boolean;
        };
        /** @description TODO */
        WhatsAppPartialFooterComponent: {
            type?: components["schemas"]["WhatsAppComponentTypeFooterEnum"];
            text?: string;
            codeExpirationMinutes?: number;
        };
        /** @description TODO */
        WhatsAppPartialLocationHeaderComponent: {
            type?: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
            format?: components["schemas"]["WhatsAppLocationHeaderComponentFormatEnum"];
        };
        /** @description TODO */
        WhatsAppPartialCardHeaderComponent: {
            type?: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
            format?: components["schemas"]["WhatsAppCardHeaderComponentFormatsEnum"];
            examples?: components["schemas"]["WhatsAppPartialMediaHeaderExample"][];
        };
        /** @description TODO */
        WhatsAppPartialCardBodyComponent: {
            type?: components["schemas"]["WhatsAppComponentTypeBodyEnum"];
            examples?: string[];
            text?: string;
        };
        /** @description TODO */
        WhatsAppPartialUrlButton: {
            type?: components["schemas"]["WhatsAppButtonTypeUrlEnum"];
            text?: string;
            /** Format: url */
            url?: string;
            examples?: string[];
        };
        /** @description TODO */
        WhatsAppPartialQuickReplyButton: {
            type?: components["schemas"]["WhatsAppButtonTypeQuickReplyEnum"];
            text?: string;
        };
        /** @description TODO */
        WhatsAppPartialPhoneNumberButton: {
            type?: components["schemas"]["WhatsAppButtonTypePhoneNumberEnum"];
            text?: string;
            /** Format: phone number */
            phoneNumber?: string;
        };
        /** @description TODO */
        WhatsAppPartialCardButtonsComponent: {
            type?: components["schemas"]["WhatsAppComponentTypeButtonsEnum"];
            buttons?: (components["schemas"]["WhatsAppPartialUrlButton"] | components["schemas"]["WhatsAppPartialQuickReplyButton"] | components["schemas"]["WhatsAppPartialPhoneNumberButton"])[];
        };
        /** @description TODO */
        WhatsAppPartialCard: {
            components?: (components["schemas"]["WhatsAppPartialCardHeaderComponent"] | components["schemas"]["WhatsAppPartialCardBodyComponent"] | components["schemas"]["WhatsAppPartialCardButtonsComponent"])[];
        };
        /** @description TODO */
        WhatsAppPartialCarouselComponent: {
            type?: components["schemas"]["WhatsAppComponentTypeCarouselEnum"];
            cards?: components["schemas"]["WhatsAppPartialCard"][];
        };
        /** @description TODO */
        WhatsAppPartialLimitedTimeOfferComponent: {
            type?: components["schemas"]["WhatsAppComponentTypeLimitedTimeOfferEnum"];
            text?: string;
            hasExpiration?: boolean;
        };
        /** @description TODO */
        WhatsAppPartialTemplateDetails: {
            messageSendTtlSeconds?: number;
            optimization?: components["schemas"]["WhatsAppTemplateDetailsOptimization"];
            components?: (components["schemas"]["WhatsAppPartialTextHeaderComponent"] | components["schemas"]["WhatsAppPartialMediaHeaderComponent"] | components["schemas"]["WhatsAppPartialBodyComponent"] | components["schemas"]["WhatsAppPartialFooterComponent"] | components["schemas"]["WhatsAppPartialButtonsComponent"] | components["schemas"]["WhatsAppPartialLocationHeaderComponent"] | components["schemas"]["WhatsAppPartialCarouselComponent"] | components["schemas"]["WhatsAppPartialLimitedTimeOfferComponent"])[];
        };
        /** @description TODO */
        WhatsAppPartialOtpButton: {
            type?: components["schemas"]["WhatsAppButtonTypeOtpEnum"];
            otpType?: components["schemas"]["WhatsAppOtpTypeEnum"];
            text?: string;
            autofillText?: string;
            /** @deprecated */
            packageName?: string;
            /** @deprecated */
            signatureHash?: string;
            supportedApps?: components["schemas"]["WhatsAppSupportedApp"][];
            zeroTapTermsAccepted?: boolean;
        };
        /** @description TODO */
        WhatsAppPartialFlowButton: {
            type?: components["schemas"]["WhatsAppButtonTypeEnum"];
            text?: string;
            flowId?: string;
            flowAction?: components["schemas"]["WhatsAppFlowActionEnum"];
            navigateScreen?: string;
        };
        /** @description TODO */
        WhatsAppPartialButtonsComponent: {
            type?: components["schemas"]["WhatsAppComponentTypeButtonsEnum"];
            buttons?: (components["schemas"]["WhatsAppPartialPhoneNumberButton"] | components["schemas"]["WhatsAppPartialUrlButton"] | components["schemas"]["WhatsAppPartialQuickReplyButton"] | components["schemas"]["WhatsAppPartialOtpButton"] | components["schemas"]["WhatsAppPartialFlowButton"])[];
        };
        /** @description TODO */
        WhatsAppPartialTemplateChanges: {
            status?: components["schemas"]["WhatsAppTemplateStatusesEnum"];
            allowCategoryChange?: boolean;
            details?: components["schemas"]["WhatsAppPartialTemplateDetails"] | components["schemas"]["WhatsAppTemplateChangesDetails"];
        };
        /** @description TODO */
        WhatsAppPartialTemplateAnalyticsButtons: {
            type?: components["schemas"]["WhatsAppTemplateAnalyticsButtonTypesEnum"];
            content?: string;
            clicks?: number;
        };
        /** @description TODO */
        WhatsAppPartialTemplateAnalytics: {
            sent?: number;
            delivered?: number;
            read?: number;
            start?: string;
            end?: string;
            buttons?: components["schemas"]["WhatsAppPartialTemplateAnalyticsButtons"][];
        };
        /** @description TODO */
        WhatsAppPartialTemplate: {
            whatsappId?: string;
            state?: components["schemas"]["WhatsAppTemplateStatesEnum"];
            name?: string;
            language?: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
            category?: components["schemas"]["WhatsAppTemplateCategoryEnum"];
            rejectionCode?: components["schemas"]["WhatsAppTemplateRejectionCodeEnum"];
            qualityScore?: components["schemas"]["WhatsAppTemplateQualityScoreEnum"];
            isMetaGenerated?: boolean;
            changes?: components["schemas"]["WhatsAppPartialTemplateChanges"];
            details?: components["schemas"]["WhatsAppPartialTemplateDetails"];
            analytics?: components["schemas"]["WhatsAppPartialTemplateAnalytics"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppTemplateDtoFieldMaskPathsEnum: "whatsappId" | "state" | "name" | "language" | "category" | "rejectionCode" | "qualityScore" | "changes" | "changes.status" | "changes.allowCategoryChange" | "changes.details" | "changes.details.components" | "changes.details.components.0.type" | "changes.details.components.0.format" | "changes.details.components.0.text" | "changes.details.components.0.example" | "changes.details.components.0.example.url" | "changes.details.components.0.examples" | "changes.details.components.0.addSecurityRecommendation" | "changes.details.components.0.codeExpirationMinutes" | "changes.details.components.0.buttons" | "changes.details.components.0.buttons.0.type" | "changes.details.components.0.buttons.0.text" | "changes.details.components.0.buttons.0.phoneNumber" | "changes.details.components.0.buttons.0.url" | "changes.details.components.0.buttons.0.example" | "changes.details.components.0.buttons.0.otpType" | "changes.details.components.0.buttons.0.autofillText" | "changes.details.components.0.buttons.0.packageName" | "changes.details.components.0.buttons.0.signatureHash" | "changes.details.components.0.buttons.0.supportedApps" | "changes.details.components.0.buttons.0.supportedApps.0.packageName" | "changes.details.components.0.buttons.0.supportedApps.0.signatureHash" | "changes.details.components.0.buttons.0.zeroTapTermsAccepted" | "changes.details.components.0.buttons.0.flowId" | "changes.details.components.0.buttons.0.flowAction" | "changes.details.components.0.buttons.0.navigateScreen" | "changes.details.components.0.hasExpiration" | "changes.details.messageSendTtlSeconds" | "changes.details.optimization" | "details" | "details.components" | "details.components.0.type" | "details.components.0.format" | "details.components.0.text" | "details.components.0.example" | "details.components.0.example.url" | "details.components.0.examples" | "details.components.0.addSecurityRecommendation" | "details.components.0.codeExpirationMinutes" | "details.components.0.buttons" | "details.components.0.buttons.0.type" | "details.components.0.buttons.0.text" | "details.components.0.buttons.0.phoneNumber" | "details.components.0.buttons.0.url" | "details.components.0.buttons.0.example" | "details.components.0.buttons.0.otpType" | "details.components.0.buttons.0.autofillText" | "details.components.0.buttons.0.packageName" | "details.components.0.buttons.0.signatureHash" | "details.components.0.buttons.0.supportedApps" | "details.components.0.buttons.0.supportedApps.0.packageName" | "details.components.0.buttons.0.supportedApps.0.signatureHash" | "details.components.0.buttons.0.zeroTapTermsAccepted" | "details.components.0.buttons.0.flowId" | "details.components.0.buttons.0.flowAction" | "details.components.0.buttons.0.navigateScreen" | "details.components.0.hasExpiration" | "details.messageSendTtlSeconds" | "details.optimization" | "analytics" | "analytics.0.sent" | "analytics.0.delivered" | "analytics.0.read" | "analytics.0.start" | "analytics.0.end" | "analytics.0.buttons" | "analytics.0.buttons.0.type" | "analytics.0.buttons.0.content" | "analytics.0.buttons.0.clicks" | "isMetaGenerated";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppTemplateAnalyticsDateRangesEnum: "DAY" | "MONTH" | "QUARTER" | "WEEK";
        /** @description TODO */
        WhatsAppTemplateList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            templates: components["schemas"]["WhatsAppTemplate"][];
        };
        /** @description TODO */
        WhatsAppPartialTemplateList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            templates: components["schemas"]["WhatsAppPartialTemplate"][];
        };
        /** @description TODO */
        WhatsAppLocationHeaderComponentInput: {
            type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
            format: components["schemas"]["WhatsAppLocationHeaderComponentFormatEnum"];
        };
        /** @description TODO */
        WhatsAppTextHeaderComponentInput: {
            type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
            format: components["schemas"]["WhatsAppTextHeaderComponentFormatEnum"];
            text: string;
            examples?: string[];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppInputMediaHeaderExampleSupportedMimeTypesEnum: "IMAGE/JPEG" | "IMAGE/PNG" | "APPLICATION/PDF" | "VIDEO/3GP" | "VIDEO/MP4";
        /** @description TODO */
        WhatsAppMediaHeaderExampleInput: {
            /** Format: url */
            url: string;
            mimeType?: components["schemas"]["WhatsAppInputMediaHeaderExampleSupportedMimeTypesEnum"];
        };
        /** @description TODO */
        WhatsAppMediaHeaderComponentInput: {
            type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
            format: components["schemas"]["WhatsAppMediaHeaderComponentFormatEnum"];
            examples?: components["schemas"]["WhatsAppMediaHeaderExampleInput"][];
        };
        /** @description TODO */
        WhatsAppBodyComponentInput: {
            type: components["schemas"]["WhatsAppComponentTypeBodyEnum"];
            text?: string;
            examples?: string[];
            /** @default false */
            addSecurityRecommendation: boolean;
        };
        /** @description TODO */
        WhatsAppFooterComponentInput: {
            type: components["schemas"]["WhatsAppComponentTypeFooterEnum"];
            text?: string;
            codeExpirationMinutes?: number;
        };
        /** @description TODO */
        WhatsAppPhoneNumberButtonInput: {
            type: components["schemas"]["WhatsAppButtonTypePhoneNumberEnum"];
            text: string;
            /** Format: phone number */
            phoneNumber: string;
        };
        /** @description TODO */
        WhatsAppUrlButtonInput: {
            type: components["schemas"]["WhatsAppButtonTypeUrlEnum"];
            text: string;
            /** Format: url */
            url: string;
            examples?: string[];
        };
        /** @description TODO */
        WhatsAppQuickReplyButtonInput: {
            type: components["schemas"]["WhatsAppButtonTypeQuickReplyEnum"];
            text: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppInputOtpTypeEnum: "COPY_CODE" | "ONE_TAP" | "ZERO_TAP";
        /** @description TODO */
        WhatsAppSupportedAppInput: {
            packageName: string;
            signatureHash: string;
        };
        /** @description TODO */
        WhatsAppOtpButtonInput: {
            type: components["schemas"]["WhatsAppButtonTypeOtpEnum"];
            otpType: components["schemas"]["WhatsAppInputOtpTypeEnum"];
            text: string;
            autofillText?: string;
            /** @deprecated */
            packageName?: string;
            /** @deprecated */
            signatureHash?: string;
            supportedApps?: components["schemas"]["WhatsAppSupportedAppInput"][];
            zeroTapTermsAccepted?: boolean;
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppButtonTypeFlowEnum: "FLOW";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppInputFlowActionEnum: "DATA_EXCHANGE" | "NAVIGATE";
        /** @description TODO */
        WhatsAppFlowButtonInput: {
            type: components["schemas"]["WhatsAppButtonTypeFlowEnum"];
            text: string;
            /** Format: digits */
            flowId: string;
            flowAction: components["schemas"]["WhatsAppInputFlowActionEnum"];
            navigateScreen?: string;
        };
        /** @description TODO */
        WhatsAppRequestContactInfoButtonInput: {
            type: components["schemas"]["WhatsAppButtonTypeRequestContactInfoEnum"];
        };
        /** @description TODO */
        WhatsAppOrderDetailsButtonInput: {
            type: components["schemas"]["WhatsAppButtonTypeOrderDetailsEnum"];
        };
        /** @description TODO */
        WhatsAppCopyCodeButtonInput: {
            type: components["schemas"]["WhatsAppButtonTypeCopyCodeEnum"];
            examples?: string[];
        };
        /** @description TODO */
        WhatsAppButtonsComponentInput: {
            type: components["schemas"]["WhatsAppComponentTypeButtonsEnum"];
            buttons: (components["schemas"]["WhatsAppFlowButtonInput"] | components["schemas"]["WhatsAppOtpButtonInput"] | components["schemas"]["WhatsAppPhoneNumberButtonInput"] | components["schemas"]["WhatsAppQuickReplyButtonInput"] | components["schemas"]["WhatsAppRequestContactInfoButtonInput"] | components["schemas"]["WhatsAppOrderDetailsButtonInput"] | components["schemas"]["WhatsAppUrlButtonInput"] | components["schemas"]["WhatsAppCopyCodeButtonInput"])[];
        };
        /** @description TODO */
        WhatsAppLimitedTimeOfferComponentInput: {
            type: components["schemas"]["WhatsAppComponentTypeLimitedTimeOfferEnum"];
            text: string;
            /** @default false */
            hasExpiration: boolean;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppInputCardMediaHeaderExampleSupportedMimeTypesEnum: "IMAGE/JPEG" | "IMAGE/PNG" | "VIDEO/3GP" | "VIDEO/MP4";
        /** @description TODO */
        WhatsAppInputCardMediaHeaderExample: {
            /** Format: url */
            url: string;
            mimeType?: components["schemas"]["WhatsAppInputCardMediaHeaderExampleSupportedMimeTypesEnum"];
        };
        /** @description TODO */
        WhatsAppInputCardHeaderComponent: {
            type: components["schemas"]["WhatsAppComponentTypeHeaderEnum"];
            format: components["schemas"]["WhatsAppCardHeaderComponentFormatsEnum"];
            examples?: components["schemas"]["WhatsAppInputCardMediaHeaderExample"][];
        };
        /** @description TODO */
        WhatsAppInputCardBodyComponent: {
            type: components["schemas"]["WhatsAppComponentTypeBodyEnum"];
            examples?: string[];
            text: string;
        };
        /** @description TODO */
        WhatsAppInputCardButtonsComponent: {
            type: components["schemas"]["WhatsAppComponentTypeButtonsEnum"];
            buttons: (components["schemas"]["WhatsAppUrlButtonInput"] | components["schemas"]["WhatsAppQuickReplyButtonInput"] | components["schemas"]["WhatsAppPhoneNumberButtonInput"])[];
        };
        /** @description TODO */
        WhatsAppInputCard: {
            components: (components["schemas"]["WhatsAppInputCardHeaderComponent"] | components["schemas"]["WhatsAppInputCardBodyComponent"] | components["schemas"]["WhatsAppInputCardButtonsComponent"])[];
        };
        /** @description TODO */
        WhatsAppInputCarouselComponent: {
            type: components["schemas"]["WhatsAppComponentTypeCarouselEnum"];
            cards: components["schemas"]["WhatsAppInputCard"][];
        };
        /**
         * @description TODO
         * @constant
         */
        WhatsAppInputBidStrategiesEnum: "LOWEST_COST_WITH_BID_CAP";
        /** @description TODO */
        WhatsAppInputTemplateDetailsOptimization: {
            bidAmount: number;
            bidStrategy: components["schemas"]["WhatsAppInputBidStrategiesEnum"];
            bidCountryMultiplierOverrides?: {
                [key: string]: string;
            };
        };
        /** @description TODO */
        WhatsAppTemplateDetailsInput: {
            components: (components["schemas"]["WhatsAppLocationHeaderComponentInput"] | components["schemas"]["WhatsAppTextHeaderComponentInput"] | components["schemas"]["WhatsAppMediaHeaderComponentInput"] | components["schemas"]["WhatsAppBodyComponentInput"] | components["schemas"]["WhatsAppFooterComponentInput"] | components["schemas"]["WhatsAppButtonsComponentInput"] | components["schemas"]["WhatsAppInputCarouselComponent"] | components["schemas"]["WhatsAppLimitedTimeOfferComponentInput"])[];
            messageSendTtlSeconds?: number;
            optimization?: components["schemas"]["WhatsAppInputTemplateDetailsOptimization"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppInputTemplateLanguagesEnum: "AF" | "AR" | "AZ" | "BG" | "BN" | "CA" | "CS" | "DA" | "DE" | "EL" | "EN" | "EN_GB" | "EN_US" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "ES_UY" | "ET" | "FA" | "FI" | "FIL" | "FR" | "GA" | "GU" | "HA" | "HE" | "HI" | "HR" | "HU" | "ID" | "IT" | "JA" | "KA" | "KK" | "KN" | "KO" | "KY_KG" | "LO" | "LT" | "LV" | "MK" | "ML" | "MR" | "MS" | "NB" | "NL" | "PA" | "PL" | "PT_BR" | "PT_PT" | "RO" | "RU" | "RW_RW" | "SK" | "SL" | "SQ" | "SR" | "SV" | "SW" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "ZU";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppTemplateInputCategoryEnum: "AUTHENTICATION" | "MARKETING" | "UTILITY";
        /** @description TODO */
        WhatsAppTemplateInput: {
            /** @default SUBMIT */
            status: components["schemas"]["WhatsAppActionsEnum"];
            name: string;
            language: components["schemas"]["WhatsAppInputTemplateLanguagesEnum"];
            category: components["schemas"]["WhatsAppTemplateInputCategoryEnum"];
            /** @default false */
            saveDraftOnFailure: boolean;
            /** @default false */
            allowCategoryChange: boolean;
            details: components["schemas"]["WhatsAppTemplateDetailsInput"];
        };
        /** @description TODO */
        WhatsAppInputUpdateTemplateDetailsOptimization: {
            bidAmount: number;
            bidStrategy: components["schemas"]["WhatsAppInputBidStrategiesEnum"];
            bidCountryMultiplierOverrides?: {
                [key: string]: string;
            } | null;
        };
        /** @description TODO */
        WhatsAppUpdateTemplateDetailsInput: {
            components?: (components["schemas"]["WhatsAppLocationHeaderComponentInput"] | components["schemas"]["WhatsAppTextHeaderComponentInput"] | components["schemas"]["WhatsAppMediaHeaderComponentInput"] | components["schemas"]["WhatsAppBodyComponentInput"] | components["schemas"]["WhatsAppFooterComponentInput"] | components["schemas"]["WhatsAppButtonsComponentInput"] | components["schemas"]["WhatsAppInputCarouselComponent"] | components["schemas"]["WhatsAppLimitedTimeOfferComponentInput"])[];
            messageSendTtlSeconds?: number;
            optimization?: (components["schemas"]["WhatsAppInputUpdateTemplateDetailsOptimization"] | null) & components["schemas"]["WhatsAppInputUpdateTemplateDetailsOptimization"];
        };
        /** @description TODO */
        WhatsAppUpdateTemplateInput: {
            /** @default DRAFT */
            status: components["schemas"]["WhatsAppActionsEnum"];
            category?: components["schemas"]["WhatsAppTemplateInputCategoryEnum"];
            allowCategoryChange?: boolean;
            details?: components["schemas"]["WhatsAppUpdateTemplateDetailsInput"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppTemplateNotificationTypeEnum: "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "REJECTED";
        /** @description TODO */
        WhatsAppTemplateNotification: {
            type: components["schemas"]["WhatsAppTemplateNotificationTypeEnum"];
            created?: string;
            author?: string;
            comment?: string;
        };
        /** @description TODO */
        WhatsAppTemplateNotificationList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["WhatsAppTemplateNotification"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppTemplateCompareBlockReasonsEnum: "NO_LONGER_NEEDED" | "NO_REASON" | "NO_REASON_GIVEN" | "NO_SIGN_UP" | "OFFENSIVE_MESSAGES" | "OTHER" | "OTP_DID_NOT_REQUEST" | "SPAM" | "UNKNOWN_BLOCK_REASON" | "UNRECOGNIZED";
        /** @description TODO */
        WhatsAppTemplateCompareIdentifier: {
            name: string;
            language: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
            blockOrder: number;
            messageSends: number;
            topBlockReason: components["schemas"]["WhatsAppTemplateCompareBlockReasonsEnum"];
        };
        /** @description TODO */
        WhatsAppTemplateCompare: {
            templates: components["schemas"]["WhatsAppTemplateCompareIdentifier"][];
        };
        /** @description TODO */
        WhatsAppInputTemplateCompareIdentifier: {
            templateName: string;
            templateLanguage: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppInputTemplateCompareTimeframesEnum: "30" | "60" | "7" | "90";
        /** @description TODO */
        WhatsAppInputTemplateCompare: {
            templates: components["schemas"]["WhatsAppInputTemplateCompareIdentifier"][];
            /** @default 7 */
            timeframe: components["schemas"]["WhatsAppInputTemplateCompareTimeframesEnum"];
            /** Format: timestamp */
            endTimestamp?: number;
        };
        /** @description TODO */
        WhatsAppTemplateCommentEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_TEMPLATE_COMMENT_ADDED";
            payload: components["schemas"]["WhatsAppTemplate"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppTemplateApprovedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_TEMPLATE_APPROVED";
            payload: components["schemas"]["WhatsAppTemplate"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppTemplateRejectedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_TEMPLATE_REJECTED";
            payload: components["schemas"]["WhatsAppTemplate"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppTemplateStatusUpdatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_TEMPLATE_STATUS_UPDATED";
            payload: components["schemas"]["WhatsAppTemplate"];
            /** @enum {string} */
            newState: "ARCHIVED" | "DISABLED" | "FLAGGED" | "PAUSED" | "REINSTATED" | "UNPAUSED";
            comment?: string;
        };
        /** @description TODO */
        WhatsAppTemplateDeletedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_TEMPLATE_DELETED";
        };
        /** @description TODO */
        WhatsAppTemplateQualityScoreUpdatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED";
            payload: components["schemas"]["WhatsAppTemplate"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppTemplateCategoryUpdatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_TEMPLATE_CATEGORY_UPDATED";
            payload: components["schemas"]["WhatsAppTemplate"];
            comment?: string;
        };
        /** @description TODO */
        WhatsAppTemplateFutureCategoryUpdateEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE";
            payload: components["schemas"]["WhatsAppTemplate"];
            /** @enum {string} */
            futureCategory: "AUTHENTICATION" | "MARKETING" | "UTILITY" | "UNRECOGNIZED";
            comment?: string;
        };
        /** @description TODO */
        WhatsAppError: {
            errorCode: string;
            message: string;
            resolution: string;
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderWhatsAppVerticalEnum: "ALCOHOL" | "AUTOMOTIVE" | "BEAUTY_SPA_SALON" | "CLOTHING_AND_APPAREL" | "EDUCATION" | "ENTERTAINMENT" | "EVENT_PLANNING_AND_SERVICE" | "FINANCE_AND_BANKING" | "FOOD_AND_GROCERY" | "HOTEL_AND_LODGING" | "MEDICAL_AND_HEALTH" | "NON_PROFIT" | "NOT_SET" | "ONLINE_GAMBLING" | "OTC_DRUGS" | "OTHER" | "PHYSICAL_GAMBLING" | "PROFESSIONAL_SERVICES" | "PUBLIC_SERVICE" | "RESTAURANT" | "SHOPPING_AND_RETAIL" | "TRAVEL_AND_TRANSPORTATION" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderBotRegionEnum: "BR" | "EU" | "US" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderMetaLocalStoragesEnum: "AE" | "AU" | "BH" | "BR" | "CA" | "CH" | "DE" | "GB" | "ID" | "IN" | "JP" | "KR" | "SG" | "US" | "ZA" | "UNRECOGNIZED" | "UNSPECIFIED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppDailyLimitEnum: "NOT_SET" | "TIER_100K" | "TIER_10K" | "TIER_1K" | "TIER_250" | "TIER_2K" | "TIER_50" | "TIER_UNLIMITED" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppBusinessManagersEnum: "SINCH_AMERICA" | "SINCH_BR" | "SINCH_MX" | "SINCH_SEP" | "SINCH_UK" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppWabaBanStatesEnum: "DISABLE" | "REINSTATE" | "SCHEDULE_FOR_DISABLE" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppConversationAppRegionsEnum: "br" | "eu" | "us";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppActionsEnum: "DRAFT" | "SUBMIT";
        /**
         * @description TODO
         * @constant
         */
        WhatsAppCommentTypeEnum: "CREATED";
        /** @description TODO */
        WhatsAppComment: {
            type: components["schemas"]["WhatsAppCommentTypeEnum"];
            comment: string;
            created?: string;
        };
        /** @description TODO */
        WhatsAppCommentInput: {
            comment: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderInputRegionEnum: "BR" | "EU" | "US";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppSenderInputMetaLocalStoragesEnum: "AE" | "AU" | "BH" | "BR" | "CA" | "CH" | "DE" | "GB" | "ID" | "IN" | "JP" | "KR" | "SG" | "US" | "ZA";
        /**
         * @description TODO
         * @enum {string}
         */
        WhatsAppInputBusinessManagersPublicDocumentationEnum: "SINCH_BR" | "SINCH_MX" | "SINCH_UK";
        /** @description TODO */
        BundlesSubprojectInput: {
            name?: string;
            labels?: {
                [key: string]: string;
            };
        };
        /** @description TODO */
        BundlesInputBundlesSmsApp: {
            /**
             * @deprecated
             * @default false
             */
            test: boolean;
            name?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesWebhooksInputWebhookTriggerEnum: "BATCH_DELIVERY_REPORT_FULL" | "BATCH_DELIVERY_REPORT_SUMMARY" | "BATCH_STATUS_UPDATE" | "BILLING_CREDIT_LIMIT_BREACHED" | "CAPABILITY" | "CHANNEL_EVENT" | "CONSENT_BATCH_COMPLETE" | "CONTACT_CREATE" | "CONTACT_DELETE" | "CONTACT_IDENTITIES_DUPLICATION" | "CONTACT_MERGE" | "CONTACT_UPDATE" | "CONVERSATION_DELETE" | "CONVERSATION_START" | "CONVERSATION_STOP" | "EVENT_DELIVERY" | "EVENT_INBOUND" | "MESSAGE_DELIVERY" | "MESSAGE_INBOUND" | "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION" | "MESSAGE_SUBMIT" | "OPT_IN" | "OPT_OUT" | "RECORD_NOTIFICATION" | "SMART_CONVERSATION" | "UNSUPPORTED";
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesInputWebhookTargetTypesEnum: "DISMISS" | "GRPC" | "HTTP";
        /** @description TODO */
        BundlesConversationAppWebhooksInput: {
            target: string;
            triggers: components["schemas"]["BundlesWebhooksInputWebhookTriggerEnum"][];
            secret?: string;
            /** @default HTTP */
            targetType: components["schemas"]["BundlesInputWebhookTargetTypesEnum"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesInputConversationAppConversationRetentionPolicyTypesEnum: "CONVERSATION_EXPIRE_POLICY" | "MESSAGE_EXPIRE_POLICY" | "PERSIST_RETENTION_POLICY";
        /** @description TODO */
        BundlesConversationAppConversationRetentionPolicyInput: {
            /** @default MESSAGE_EXPIRE_POLICY */
            retentionPolicyType: components["schemas"]["BundlesInputConversationAppConversationRetentionPolicyTypesEnum"];
            /** @default 180 */
            ttl: number;
        };
        /**
         * @description TODO
         * @constant
         */
        BundlesInputConversationAppDispatchRetentionPolicyTypesEnum: "MESSAGE_EXPIRE_POLICY";
        /** @description TODO */
        BundlesConversationAppDispatchRetentionPolicyInput: {
            /** @default MESSAGE_EXPIRE_POLICY */
            retentionPolicyType: components["schemas"]["BundlesInputConversationAppDispatchRetentionPolicyTypesEnum"];
            /** @default 7 */
            ttl: number;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesInputConversationAppProcessingModesEnum: "CONVERSATION" | "DISPATCH";
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesInputConversationAppConsentManagerSettingsModesEnum: "DISABLED" | "PRIMARY" | "SECONDARY";
        /** @description TODO */
        BundlesConversationAppConsentManagerSettingsInput: {
            mode: components["schemas"]["BundlesInputConversationAppConsentManagerSettingsModesEnum"];
        };
        /** @description TODO */
        BundlesConversationAppInput: {
            name?: string;
            webhooks?: components["schemas"]["BundlesConversationAppWebhooksInput"][];
            /** @default DISPATCH */
            processingMode: components["schemas"]["BundlesInputConversationAppProcessingModesEnum"];
            retentionPolicy?: components["schemas"]["BundlesConversationAppConversationRetentionPolicyInput"] | components["schemas"]["BundlesConversationAppDispatchRetentionPolicyInput"];
            consentManagerSettings?: components["schemas"]["BundlesConversationAppConsentManagerSettingsInput"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesWebhookTriggersEnum: "ALL" | "BUNDLE_DONE" | "KAKAOTALK_SENDER_ACTIVE" | "KAKAOTALK_SENDER_COMMENT_ADDED" | "KAKAOTALK_SENDER_INACTIVE" | "KAKAOTALK_SENDER_REJECTED" | "KAKAOTALK_TEMPLATE_APPROVED" | "KAKAOTALK_TEMPLATE_COMMENT_ADDED" | "KAKAOTALK_TEMPLATE_REJECTED" | "RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED" | "RCS_SENDER_COMMENT_ADDED" | "RCS_SENDER_OPERATOR_STATUS_UPDATED" | "RCS_SENDER_STATUS_UPDATED" | "RCS_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_COMMENT_ADDED" | "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED" | "WHATSAPP_ACCOUNT_ONBOARDED" | "WHATSAPP_ACCOUNT_PENDING_VERIFICATION" | "WHATSAPP_ACCOUNT_REJECTED" | "WHATSAPP_WABA_ACCOUNT_CHANGED" | "WHATSAPP_SENDER_ACTIVE" | "WHATSAPP_SENDER_COMMENT_ADDED" | "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED" | "WHATSAPP_SENDER_DELETED" | "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED" | "WHATSAPP_SENDER_ERROR" | "WHATSAPP_SENDER_INACTIVE" | "WHATSAPP_SENDER_PENDING_VERIFICATION" | "WHATSAPP_SENDER_QUALITY_RATING_CHANGED" | "WHATSAPP_SENDER_REJECTED" | "WHATSAPP_SENDER_USERNAME_UPDATED" | "WHATSAPP_TEMPLATE_APPROVED" | "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE" | "WHATSAPP_TEMPLATE_CATEGORY_UPDATED" | "WHATSAPP_TEMPLATE_COMMENT_ADDED" | "WHATSAPP_TEMPLATE_DELETED" | "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED" | "WHATSAPP_TEMPLATE_REJECTED" | "WHATSAPP_TEMPLATE_STATUS_UPDATED";
        /** @description TODO */
        BundlesWebhookInput: {
            /** Format: url */
            target: string;
            secret: string;
            triggers: components["schemas"]["BundlesWebhookTriggersEnum"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        BundleInputRegionEnum: "BR" | "EU" | "US";
        /** @description TODO */
        BundlesInputBundles: {
            name?: string;
            /** @example US */
            region: components["schemas"]["BundleInputRegionEnum"];
            /** @example true */
            subproject?: components["schemas"]["BundlesSubprojectInput"] | boolean;
            /** @example true */
            smsApp?: components["schemas"]["BundlesInputBundlesSmsApp"] | boolean;
            /** @example true */
            convApp?: components["schemas"]["BundlesConversationAppInput"] | boolean;
            webhooks?: components["schemas"]["BundlesWebhookInput"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesBundleServicesStateEnum: "DONE" | "FAILED" | "IN_PROGRESS";
        /**
         * @description TODO
         * @enum {number}
         */
        BundlesHttpStatusCodeEnum: 100 | 101 | 102 | 103 | 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226 | 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 421 | 422 | 423 | 424 | 425 | 426 | 428 | 429 | 431 | 451 | 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 510 | 511;
        /** @description TODO */
        BundlesWebhookDeliveryStatus: {
            webhookId: string;
            httpStatusCode: components["schemas"]["BundlesHttpStatusCodeEnum"];
            errorMessage?: string;
            date: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        BundleRegionEnum: "BR" | "EU" | "US";
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesSubprojectStatusEnum: "PENDING" | "READY";
        /** @description TODO */
        BundlesSubproject: {
            id: string;
            name: string;
            labels?: {
                [key: string]: string;
            };
            parentProjectId: string;
            status: components["schemas"]["BundlesSubprojectStatusEnum"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesProvisioningStatesEnum: "ACTIVE" | "BLOCKED" | "DELETED" | "DEPROVISIONING" | "DEPROVISIONING_FAILED" | "FAILED_ADD" | "FAILED_BLOCK" | "FAILED_DELETE" | "FAILED_UNBLOCK" | "FAILED_UPDATE" | "IN_PROGRESS_ADD" | "IN_PROGRESS_BLOCK" | "IN_PROGRESS_DELETE" | "IN_PROGRESS_UNBLOCK" | "IN_PROGRESS_UPDATE" | "PENDING_ADD" | "PENDING_BLOCK" | "PENDING_DELETE" | "PENDING_UNBLOCK" | "PENDING_UPDATE" | "PROVISIONING" | "PROVISIONING_ADD" | "PROVISIONING_ADD_FAILED" | "PROVISIONING_BLOCK" | "PROVISIONING_BLOCK_FAILED" | "PROVISIONING_FAILED" | "PROVISIONING_UNBLOCK" | "PROVISIONING_UNBLOCK_FAILED" | "PROVISIONING_UPDATE" | "PROVISIONING_UPDATE_FAILED" | "STATUS_UNSPECIFIED" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesSmsAppRegionsEnum: "AU" | "BR" | "CA" | "EU" | "US" | "UNRECOGNIZED";
        /** @description TODO */
        BundleSmsApp: {
            id: string;
            smsServiceId: string;
            name: string;
            status: components["schemas"]["BundlesProvisioningStatesEnum"];
            regions: components["schemas"]["BundlesSmsAppRegionsEnum"][];
            test: boolean;
            numberVerified: boolean;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesWebhooksWebhookTriggerEnum: "BATCH_DELIVERY_REPORT_FULL" | "BATCH_DELIVERY_REPORT_SUMMARY" | "BATCH_STATUS_UPDATE" | "BILLING_CREDIT_LIMIT_BREACHED" | "CAPABILITY" | "CHANNEL_EVENT" | "CONSENT_BATCH_COMPLETE" | "CONTACT_CREATE" | "CONTACT_DELETE" | "CONTACT_IDENTITIES_DUPLICATION" | "CONTACT_MERGE" | "CONTACT_UPDATE" | "CONVERSATION_DELETE" | "CONVERSATION_START" | "CONVERSATION_STOP" | "EVENT_DELIVERY" | "EVENT_INBOUND" | "MESSAGE_DELIVERY" | "MESSAGE_INBOUND" | "MESSAGE_INBOUND_SMART_CONVERSATION_REDACTION" | "MESSAGE_SUBMIT" | "OPT_IN" | "OPT_OUT" | "RECORD_NOTIFICATION" | "SMART_CONVERSATION" | "UNRECOGNIZED" | "UNSPECIFIED_TRIGGER" | "UNSUPPORTED";
        /** @description TODO */
        BundlesConversationAppWebhooks: {
            id: string;
            target: string;
            triggers: components["schemas"]["BundlesWebhooksWebhookTriggerEnum"][];
            secret?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesConversationAppProcessingModesEnum: "CONVERSATION" | "DISPATCH" | "UNRECOGNIZED" | "UNSPECIFIED";
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesConversationAppRetentionPolicyTypesEnum: "CONVERSATION_EXPIRE_POLICY" | "MESSAGE_EXPIRE_POLICY" | "PERSIST_RETENTION_POLICY" | "UNRECOGNIZED";
        /** @description TODO */
        BundlesConversationAppRetentionPolicy: {
            retentionPolicyType: components["schemas"]["BundlesConversationAppRetentionPolicyTypesEnum"];
            ttl?: number;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesConversationAppConsentManagerSettingsModesEnum: "DISABLED" | "PRIMARY" | "SECONDARY" | "UNRECOGNIZED";
        /** @description TODO */
        BundlesConversationAppConsentManagerSettings: {
            mode: components["schemas"]["BundlesConversationAppConsentManagerSettingsModesEnum"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        BundlesConversationAppChannelIntegrationStatusEnum: "ACTIVE" | "FAILING" | "PENDING" | "UNRECOGNIZED";
        /** @description TODO */
        BundlesConversationApp: {
            id: string;
            name: string;
            webhooks?: components["schemas"]["BundlesConversationAppWebhooks"][];
            processingMode: components["schemas"]["BundlesConversationAppProcessingModesEnum"];
            retentionPolicy?: components["schemas"]["BundlesConversationAppRetentionPolicy"];
            consentManagerSettings?: components["schemas"]["BundlesConversationAppConsentManagerSettings"];
            smsChannelStatus?: components["schemas"]["BundlesConversationAppChannelIntegrationStatusEnum"];
        };
        /** @description TODO */
        BundlesWebhook: {
            id: string;
            target: string;
            projectId: string;
            triggers: components["schemas"]["BundlesWebhookTriggersEnum"][];
        };
        /** @description TODO */
        Bundle: {
            id: string;
            projectId: string;
            name?: string;
            state: components["schemas"]["BundlesBundleServicesStateEnum"];
            webhookDeliveryStatuses?: components["schemas"]["BundlesWebhookDeliveryStatus"][];
            region: components["schemas"]["BundleRegionEnum"];
            subproject?: components["schemas"]["BundlesSubproject"];
            smsApp?: components["schemas"]["BundleSmsApp"];
            convApp?: components["schemas"]["BundlesConversationApp"];
            webhooks?: components["schemas"]["BundlesWebhook"][];
        };
        /** @description TODO */
        BundlesError: {
            errorCode: string;
            message: string;
            resolution: string;
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        /** @description TODO */
        BundlesListBundles: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            bundles: components["schemas"]["Bundle"][];
        };
        /** @description TODO */
        BundleDoneEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "BUNDLE_DONE";
            payload: components["schemas"]["Bundle"];
        };
        /** @description TODO */
        KakaoTalkSenderCategory: {
            parentCode: string;
            depth: number;
            code: string;
            name: string;
            subcategories: components["schemas"]["KakaoTalkSenderCategory"][];
        };
        /** @description TODO */
        KakaoTalkSenderCategoryList: {
            categories: components["schemas"]["KakaoTalkSenderCategory"][];
        };
        /** @description TODO */
        KakaoTalkError: {
            errorCode: string;
            message: string;
            resolution: string;
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkTemplateSubcategoryNamesEnum: "인증/비밀번호/로그인" | "회원가입" | "회원정보/회원혜택" | "구매예약/입고알림" | "구매완료" | "구매취소" | "상품가입" | "진행상태" | "예약상태" | "예약알림/리마인드" | "예약완료/예약내역" | "예약취소" | "구매감사/이용확인" | "리마인드" | "방문서비스" | "신청접수" | "이용도구" | "이용안내/공지" | "처리완료" | "피드백 요청" | "거래알림" | "계약/견적" | "뉴스레터" | "안전/피해예방" | "요금청구" | "피드백" | "배송상태" | "배송실패" | "배송예정" | "배송완료" | "개인정보" | "수신동의" | "약관변경" | "휴면 관련" | "내부 업무 알림" | "주문/예약" | "쿠폰/포인트안내" | "쿠폰발급" | "쿠폰사용" | "포인트사용" | "포인트적립" | "기타" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkTemplateSubcategoryEnglishNamesEnum: "Authentication/Password/Login" | "Join membership" | "Membership information/Member ship benefits" | "Pre-order/Stock alerts" | "Product subscription" | "Purchase cancellation" | "Purchase completed" | "Purchase status" | "Completed reservations/Reservation history" | "Notification/Reminder" | "Reservation cancellation" | "Reservation status" | "Application reception" | "Feedback request" | "Greeting message/Order confirmation" | "Information/Notification" | "Notification for treated demands" | "Reminder message" | "Tools for use" | "Visiting service" | "Billing" | "Contract/Quote" | "Feedback" | "Newsletter" | "Safety/Damage prevention" | "Transaction notification" | "Failed shipment" | "Shipping completed" | "Shipping estimation" | "Shipping status" | "Change of terms and conditions" | "Consent of reception" | "Dormant account related" | "Privacy" | "Internal business notification" | "Order/Reservation" | "Coupon issuance" | "Earn points" | "Information coupon/Points" | "Notification for coupon use" | "Use of points" | "Others" | "UNRECOGNIZED";
        /** @description TODO */
        KakaoTalkTemplateSubcategory: {
            code: string;
            name: components["schemas"]["KakaoTalkTemplateSubcategoryNamesEnum"];
            nameEnglish: components["schemas"]["KakaoTalkTemplateSubcategoryEnglishNamesEnum"];
            groupName: string;
            inclusion: string;
            exclusion: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkTemplateCategoryNamesEnum: "구매" | "기타" | "리포팅" | "배송" | "법적고지" | "서비스이용" | "업무알림" | "예약" | "쿠폰/포인트" | "회원" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkTemplateCategoryEnglishNamesEnum: "Business notification" | "Coupon/Points" | "Customer service" | "Legal notification" | "Membership" | "Others" | "Purchase" | "Reports" | "Reservation" | "Shipping" | "UNRECOGNIZED";
        /** @description TODO */
        KakaoTalkTemplateCategory: {
            name: components["schemas"]["KakaoTalkTemplateCategoryNamesEnum"];
            nameEnglish: components["schemas"]["KakaoTalkTemplateCategoryEnglishNamesEnum"];
            subcategories: components["schemas"]["KakaoTalkTemplateSubcategory"][];
        };
        /** @description TODO */
        KakaoTalkTemplateCategoryList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            categories: components["schemas"]["KakaoTalkTemplateCategory"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkTemplateStatesEnum: "APPROVED" | "REJECTED";
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkButtonTypeEnum: "APP_LINK" | "BOT_FOR_CONSULTATION" | "BOT_KEYWORD" | "BOT_TRANSFER" | "BUSINESS_FORM" | "BUTTON_TYPE_UNSPECIFIED" | "CHANNEL_ID_ADDED" | "DELIVERY_SEARCH" | "IMAGE_SECURE_TRANSMISSION_PLUGIN_ID" | "MESSAGE_DELIVERY" | "ONE_CLICK_PAYMENT_PLUGIN" | "PERSONAL_INFORMATION_USE_PLUGIN_ID" | "WEB_LINK" | "UNRECOGNIZED";
        /** @description TODO */
        KakaoTalkButton: {
            ordering?: number;
            type?: components["schemas"]["KakaoTalkButtonTypeEnum"];
            name?: string;
            /** Format: url */
            linkMo?: string;
            /** Format: url */
            linkPc?: string;
            schemeIos?: string;
            schemeAndroid?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkTemplateLanguagesEnum: "AF" | "AR" | "AZ" | "BG" | "BN" | "CA" | "CS" | "DA" | "DE" | "EL" | "EN" | "EN_GB" | "EN_US" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "ET" | "FA" | "FI" | "FIL" | "FR" | "GA" | "GU" | "HA" | "HE" | "HI" | "HR" | "HU" | "ID" | "IT" | "JA" | "KA" | "KK" | "KN" | "KO" | "KY_KG" | "LO" | "LT" | "LV" | "MK" | "ML" | "MR" | "MS" | "NB" | "NL" | "PA" | "PL" | "PT_BR" | "PT_PT" | "RO" | "RU" | "RW_RW" | "SK" | "SL" | "SQ" | "SR" | "SV" | "SW" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "ZU" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkTemplateMessageTypeEnum: "AD_INCLUDED" | "BASIC" | "EXTRA_INFORMATION" | "MIXED" | "TEMPLATE_MESSAGE_TYPE_UNSPECIFIED" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkTemplateEmphasizeTypeEnum: "EMPHASIZE_TYPE_IMAGE" | "EMPHASIZE_TYPE_NONE" | "EMPHASIZE_TYPE_TEXT" | "EMPHASIZE_TYPE_UNSPECIFIED" | "UNRECOGNIZED";
        /** @description TODO */
        KakaoTalkTemplateDetails: {
            language: components["schemas"]["KakaoTalkTemplateLanguagesEnum"];
            messageType: components["schemas"]["KakaoTalkTemplateMessageTypeEnum"];
            emphasizeType: components["schemas"]["KakaoTalkTemplateEmphasizeTypeEnum"];
            categoryCode: string;
            securityFlag: boolean;
            name: string;
            content?: string;
            extra?: string;
            ad?: string;
            title?: string;
            subtitle?: string;
            imageName?: string;
            /** Format: url */
            imageUrl?: string;
            buttons: components["schemas"]["KakaoTalkButton"][];
        };
        /** @description TODO */
        KakaoTalkTemplateChangesDetails: {
            language?: components["schemas"]["KakaoTalkTemplateLanguagesEnum"];
            messageType?: components["schemas"]["KakaoTalkTemplateMessageTypeEnum"];
            emphasizeType?: components["schemas"]["KakaoTalkTemplateEmphasizeTypeEnum"];
            categoryCode?: string;
            securityFlag?: boolean;
            name?: string;
            content?: string;
            extra?: string;
            ad?: string;
            title?: string;
            subtitle?: string;
            imageName?: string;
            /** Format: url */
            imageUrl?: string;
            buttons?: components["schemas"]["KakaoTalkButton"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkTemplateStatusesEnum: "DRAFT" | "IN_PROGRESS" | "REJECTED";
        /** @description TODO */
        KakaoTalkTemplateChanges: {
            status: components["schemas"]["KakaoTalkTemplateStatusesEnum"];
            details: components["schemas"]["KakaoTalkTemplateDetails"] | components["schemas"]["KakaoTalkTemplateChangesDetails"];
        };
        /** @description TODO */
        KakaoTalkTemplate: {
            id?: string;
            code: string;
            state?: components["schemas"]["KakaoTalkTemplateStatesEnum"];
            changes?: components["schemas"]["KakaoTalkTemplateChanges"];
            details?: components["schemas"]["KakaoTalkTemplateDetails"];
            created?: string;
            modified?: string;
        };
        /** @description TODO */
        KakaoTalkTemplateList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            templates: components["schemas"]["KakaoTalkTemplate"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkActionsEnum: "DRAFT" | "SUBMIT";
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkInputKakaoTalkButtonTypeEnum: "APP_LINK" | "BOT_FOR_CONSULTATION" | "BOT_KEYWORD" | "BOT_TRANSFER" | "BUSINESS_FORM" | "CHANNEL_ID_ADDED" | "DELIVERY_SEARCH" | "IMAGE_SECURE_TRANSMISSION_PLUGIN_ID" | "MESSAGE_DELIVERY" | "ONE_CLICK_PAYMENT_PLUGIN" | "PERSONAL_INFORMATION_USE_PLUGIN_ID" | "WEB_LINK";
        /** @description TODO */
        KakaoTalkInputButton: {
            ordering: number;
            type: components["schemas"]["KakaoTalkInputKakaoTalkButtonTypeEnum"];
            name: string;
            /** Format: url */
            linkMo?: string;
            /** Format: url */
            linkPc?: string;
            /** Format: url */
            schemeIos?: string;
            /** Format: url */
            schemeAndroid?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkInputTemplateLanguagesEnum: "AF" | "AR" | "AZ" | "BG" | "BN" | "CA" | "CS" | "DA" | "DE" | "EL" | "EN" | "EN_GB" | "EN_US" | "ES" | "ES_AR" | "ES_ES" | "ES_MX" | "ET" | "FA" | "FI" | "FIL" | "FR" | "GA" | "GU" | "HA" | "HE" | "HI" | "HR" | "HU" | "ID" | "IT" | "JA" | "KA" | "KK" | "KN" | "KO" | "KY_KG" | "LO" | "LT" | "LV" | "MK" | "ML" | "MR" | "MS" | "NB" | "NL" | "PA" | "PL" | "PT_BR" | "PT_PT" | "RO" | "RU" | "RW_RW" | "SK" | "SL" | "SQ" | "SR" | "SV" | "SW" | "TA" | "TE" | "TH" | "TR" | "UK" | "UR" | "UZ" | "VI" | "ZH_CN" | "ZH_HK" | "ZH_TW" | "ZU";
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkInputKakaoTalkTemplateMessageTypeEnum: "AD_INCLUDED" | "BASIC" | "EXTRA_INFORMATION" | "MIXED";
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkInputKakaoTalkTemplateEmphasizeTypeEnum: "EMPHASIZE_TYPE_IMAGE" | "EMPHASIZE_TYPE_NONE" | "EMPHASIZE_TYPE_TEXT";
        /** @description TODO */
        KakaoTalkInputTemplateDetails: {
            name: string;
            language: components["schemas"]["KakaoTalkInputTemplateLanguagesEnum"];
            content: string;
            /** @default BASIC */
            messageType: components["schemas"]["KakaoTalkInputKakaoTalkTemplateMessageTypeEnum"];
            /** @default EMPHASIZE_TYPE_NONE */
            emphasizeType: components["schemas"]["KakaoTalkInputKakaoTalkTemplateEmphasizeTypeEnum"];
            /** @default 999999 */
            categoryCode: string;
            /** @default false */
            securityFlag: boolean;
            extra?: string;
            title?: string;
            subtitle?: string;
            imageName?: string;
            /** Format: url */
            imageUrl?: string;
            buttons?: components["schemas"]["KakaoTalkInputButton"][];
        };
        /** @description TODO */
        KakaoTalkInputTemplate: {
            /** @default SUBMIT */
            status: components["schemas"]["KakaoTalkActionsEnum"];
            details: components["schemas"]["KakaoTalkInputTemplateDetails"];
            /** @default false */
            saveDraftOnFailure: boolean;
        };
        /** @description TODO */
        KakaoTalkInputUpdateTemplateDetails: {
            name?: string;
            content?: string;
            messageType?: components["schemas"]["KakaoTalkInputKakaoTalkTemplateMessageTypeEnum"];
            emphasizeType?: components["schemas"]["KakaoTalkInputKakaoTalkTemplateEmphasizeTypeEnum"];
            categoryCode?: string;
            securityFlag?: boolean;
            extra?: string | null;
            title?: string | null;
            subtitle?: string | null;
            imageName?: string | null;
            /** Format: url */
            imageUrl?: string | null;
            buttons?: components["schemas"]["KakaoTalkInputButton"][] | null;
        };
        /** @description TODO */
        KakaoTalkInputUpdateTemplate: {
            /** @default DRAFT */
            status: components["schemas"]["KakaoTalkActionsEnum"];
            details?: components["schemas"]["KakaoTalkInputUpdateTemplateDetails"];
        };
        /**
         * @description TODO
         * @constant
         */
        KakaoTalkCommentTypeEnum: "CREATED";
        /** @description TODO */
        KakaoTalkComment: {
            type: components["schemas"]["KakaoTalkCommentTypeEnum"];
            comment: string;
            created?: string;
        };
        /** @description TODO */
        KakaoTalkCommentInput: {
            comment: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkTemplateNotificationTypeEnum: "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "REJECTED";
        /** @description TODO */
        KakaoTalkTemplateNotification: {
            type: components["schemas"]["KakaoTalkTemplateNotificationTypeEnum"];
            created?: string;
            author?: string;
            comment?: string;
        };
        /** @description TODO */
        KakaoTalkTemplateNotificationList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["KakaoTalkTemplateNotification"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkSenderStatesEnum: "ACTIVE" | "BLOCKED" | "INACTIVE" | "SUSPENDED" | "VERIFYING";
        /** @description TODO */
        KakaoTalkSenderDetails: {
            adminPhoneNo: string;
            name: string;
            logoImage?: string;
            topLevelCategoryCode: string;
            midLevelCategoryCode: string;
            subLevelCategoryCode: string;
        };
        /** @description TODO */
        KakaoTalkSenderChangesDetails: {
            adminPhoneNo?: string;
            name?: string;
            logoImage?: string;
            topLevelCategoryCode?: string;
            midLevelCategoryCode?: string;
            subLevelCategoryCode?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkSenderStatusesEnum: "DRAFT" | "IN_PROGRESS" | "REJECTED";
        /** @description TODO */
        KakaoTalkSenderChanges: {
            status: components["schemas"]["KakaoTalkSenderStatusesEnum"];
            details: components["schemas"]["KakaoTalkSenderDetails"] | components["schemas"]["KakaoTalkSenderChangesDetails"];
        };
        /** @description TODO */
        KakaoTalkSender: {
            id?: string;
            plusFriendId: string;
            state?: components["schemas"]["KakaoTalkSenderStatesEnum"];
            changes?: components["schemas"]["KakaoTalkSenderChanges"];
            details?: components["schemas"]["KakaoTalkSenderDetails"];
            created?: string;
            modified?: string;
        };
        /** @description TODO */
        KakaoTalkInputSenderDetails: {
            /** Format: phone number */
            adminPhoneNo: string;
            name: string;
            /** Format: url */
            logoImage?: string;
            topLevelCategoryCode: string;
            midLevelCategoryCode: string;
            subLevelCategoryCode: string;
        };
        /** @description TODO */
        KakaoTalkInputSender: {
            /** @default SUBMIT */
            status: components["schemas"]["KakaoTalkActionsEnum"];
            /** @default false */
            saveDraftOnFailure: boolean;
            plusFriendId: string;
            details: components["schemas"]["KakaoTalkInputSenderDetails"];
        };
        /** @description TODO */
        KakaoTalkInputVerifySender: {
            code: number;
        };
        /** @description TODO */
        KakaoTalkSenderList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            senders: components["schemas"]["KakaoTalkSender"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        KakaoTalkSenderNotificationTypeEnum: "ACTIVE" | "COMMENT_ADDED" | "CREATED" | "DRAFT" | "EDITED" | "IN_PROGRESS" | "INACTIVE" | "REJECTED";
        /** @description TODO */
        KakaoTalkSenderNotification: {
            type: components["schemas"]["KakaoTalkSenderNotificationTypeEnum"];
            created?: string;
            author?: string;
            comment?: string;
        };
        /** @description TODO */
        KakaoTalkSenderNotificationList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["KakaoTalkSenderNotification"][];
        };
        /** @description TODO */
        KakaoTalkInputUpdateSenderDetails: {
            /** Format: phone number */
            adminPhoneNo?: string;
            name?: string;
            /** Format: url */
            logoImage?: string | null;
            topLevelCategoryCode?: string;
            midLevelCategoryCode?: string;
            subLevelCategoryCode?: string;
        };
        /** @description TODO */
        KakaoTalkInputUpdateSender: {
            /** @default DRAFT */
            status: components["schemas"]["KakaoTalkActionsEnum"];
            details?: components["schemas"]["KakaoTalkInputUpdateSenderDetails"];
        };
        /** @description TODO */
        KakaoTalkSenderActiveEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "KAKAOTALK_SENDER_ACTIVE";
            payload: components["schemas"]["KakaoTalkSender"];
            comment?: string;
        };
        /** @description TODO */
        KakaoTalkSenderInactiveEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "KAKAOTALK_SENDER_INACTIVE";
            payload: components["schemas"]["KakaoTalkSender"];
            comment?: string;
        };
        /** @description TODO */
        KakaoTalkSenderRejectedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "KAKAOTALK_SENDER_REJECTED";
            payload: components["schemas"]["KakaoTalkSender"];
            comment?: string;
        };
        /** @description TODO */
        KakaoTalkSenderCommentEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "KAKAOTALK_SENDER_COMMENT_ADDED";
            payload: components["schemas"]["KakaoTalkSender"];
            comment: string;
        };
        /** @description TODO */
        KakaoTalkTemplateCommentEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "KAKAOTALK_TEMPLATE_COMMENT_ADDED";
            payload: components["schemas"]["KakaoTalkTemplate"];
            comment: string;
        };
        /** @description TODO */
        KakaoTalkTemplateApprovedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "KAKAOTALK_TEMPLATE_APPROVED";
            payload: components["schemas"]["KakaoTalkTemplate"];
        };
        /** @description TODO */
        KakaoTalkTemplateRejectedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "KAKAOTALK_TEMPLATE_REJECTED";
            payload: components["schemas"]["KakaoTalkTemplate"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        ConversationChannelStatusEnum: "ACTIVE" | "ERROR" | "FAILING" | "PENDING" | "UNRECOGNIZED";
        /** @description TODO */
        ConversationTelegramBotInfo: {
            status: components["schemas"]["ConversationChannelStatusEnum"];
            statusDescription?: string;
            name?: string;
            username?: string;
            canJoinGroups?: boolean;
            canReadAllGroupMessages?: boolean;
            supportsInlineQueries?: boolean;
        };
        /** @description TODO */
        ConversationError: {
            errorCode: string;
            message: string;
            resolution: string;
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        /** @description TODO */
        ConversationAccountLocation: {
            lon: number;
            lat: number;
        };
        /** @description TODO */
        ConversationViberBotInfo: {
            status: components["schemas"]["ConversationChannelStatusEnum"];
            statusDescription?: string;
            id?: string;
            name?: string;
            uri?: string;
            icon?: string;
            category?: string;
            subcategory?: string;
            location?: components["schemas"]["ConversationAccountLocation"];
            country?: string;
            subscribersCount?: number;
        };
        /** @description TODO */
        ConversationInstagramInfo: {
            status: components["schemas"]["ConversationChannelStatusEnum"];
            statusDescription?: string;
            id?: string;
            name?: string;
            username?: string;
            biography?: string;
            followersCount?: number;
            followsCount?: number;
            mediaCount?: number;
            profilePictureUrl?: string;
            website?: string;
        };
        /** @description TODO */
        ConversationMessengerInfo: {
            status: components["schemas"]["ConversationChannelStatusEnum"];
            statusDescription?: string;
            id?: string;
            name?: string;
            globalBrandPageName?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsAccountNotificationTypeEnum: "COMMENT_ADDED" | "CREATED";
        /** @description TODO */
        RcsAccountNotification: {
            type: components["schemas"]["RcsAccountNotificationTypeEnum"];
            created?: string;
            author?: string;
            comment?: string;
        };
        /** @description TODO */
        RcsAccountNotificationList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["RcsAccountNotification"][];
        };
        /** @description TODO */
        RcsError: {
            errorCode: string;
            message: string;
            resolution: string;
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        /**
         * @description TODO
         * @constant
         */
        RcsCommentTypeEnum: "CREATED";
        /** @description TODO */
        RcsComment: {
            type: components["schemas"]["RcsCommentTypeEnum"];
            comment: string;
            created?: string;
        };
        /** @description TODO */
        RcsCommentInput: {
            comment: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsOperatorStatusEnum: "LAUNCHED" | "NOT_LAUNCHED" | "PENDING" | "PENDING_UNLAUNCHED" | "REJECTED" | "SUSPENDED" | "UNLAUNCHED" | "INVALID_IN_GOOGLE_MY_BUSINESS" | "UNRECOGNIZED";
        /** @description TODO */
        RcsOperator: {
            name: string;
            status: components["schemas"]["RcsOperatorStatusEnum"];
            remark?: string;
            modified?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsCountryCodesEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "UNRECOGNIZED";
        /** @description TODO */
        RcsCountryStatus: {
            country: components["schemas"]["RcsCountryCodesEnum"];
            status: components["schemas"]["RcsOperatorStatusEnum"];
            operators: components["schemas"]["RcsOperator"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsTestNumberStatesEnum: "DECLINED" | "EXPIRED" | "FAILED" | "INVALID" | "PENDING" | "REJECTED" | "UNVERIFIED" | "VERIFIED" | "UNRECOGNIZED";
        /** @description TODO */
        RcsTestNumberState: {
            /** Format: e.164 phone number */
            number: string;
            state: components["schemas"]["RcsTestNumberStatesEnum"];
            submitted: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsConversationApiAppRegionsEnum: "BR" | "EU" | "US" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsConversationAppChannelIntegrationStatusEnum: "ACTIVE" | "FAILING" | "PENDING" | "UNRECOGNIZED";
        /** @description TODO */
        RcsConversationApiApp: {
            id: string;
            projectId: string;
            region: components["schemas"]["RcsConversationApiAppRegionsEnum"];
            channelStatus?: components["schemas"]["RcsConversationAppChannelIntegrationStatusEnum"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsSenderStatesEnum: "DRAFT" | "IN_PROGRESS" | "IN_TEST" | "LAUNCHED" | "LAUNCHING" | "PREPARING_LAUNCH" | "UNLAUNCHED" | "UNKNOWN";
        /** @description TODO */
        RcsEmail: {
            label: string;
            /** Format: email */
            address: string;
        };
        /** @description TODO */
        RcsPhone: {
            label: string;
            number: string;
        };
        /** @description TODO */
        RcsWebsite: {
            label: string;
            /** Format: url */
            url: string;
        };
        /** @description TODO */
        RcsSenderDetailsBrand: {
            name?: string;
            emails?: components["schemas"]["RcsEmail"][];
            phones?: components["schemas"]["RcsPhone"][];
            websites?: components["schemas"]["RcsWebsite"][];
            /** Format: hex */
            color?: string;
            description?: string;
            /** Format: url */
            bannerUrl?: string;
            /** Format: url */
            logoUrl?: string;
            /** Format: url */
            privacyPolicyUrl?: string;
            /** Format: url */
            termsOfServiceUrl?: string;
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireQuestionObject: {
            readonly question: string;
            readonly suggestedAnswers: string[];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireGeneralQuestions: {
            readonly optInDescription: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly triggerDescription: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly interactionsDescription: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly optOutDescription: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly videoUris: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly screenshotUris: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireAnswerMetadata: {
            ignore?: string;
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireGeneralAnswers: {
            optInDescription?: string;
            optInDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
            triggerDescription?: string;
            triggerDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
            interactionsDescription?: string;
            interactionsDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
            optOutDescription?: string;
            optOutDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
            videoUris?: string[];
            screenshotUris?: string[];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireGeneral: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralQuestions"];
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralAnswers"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireVerificationPartnerQuestions: {
            readonly companyName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly contactName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly contactEmailAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireVerificationQuestions: {
            readonly name: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly email: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly title: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly website: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly phone: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly partner: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationPartnerQuestions"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireVerificationPartnerAnswers: {
            companyName?: string;
            contactName?: string;
            /** Format: email */
            contactEmailAddress?: string;
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireVerificationAnswers: {
            name?: string;
            /** Format: email */
            email?: string;
            title?: string;
            /** Format: url */
            website?: string;
            phone?: string;
            partner?: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationPartnerAnswers"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireVerification: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationQuestions"];
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationAnswers"];
        };
        /** @description TODO */
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
        /** @description TODO */
        RcsSenderDetailsQuestionnaireGBAnswers: {
            brandIndustry?: string;
            companyLegalName?: string;
            companyRegistrationNumber?: string;
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
            messagesVolume?: string;
            messagesFrequency?: string;
            /** @deprecated */
            campaignLength?: string;
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireGB: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireGBQuestions"];
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireGBAnswers"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireFRQuestions: {
            readonly fullCompanyAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly siren: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireFRAnswers: {
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
            siren?: string;
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireFR: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireFRQuestions"];
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireFRAnswers"];
        };
        /** @description TODO */
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
        /** @description TODO */
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
        /** @description TODO */
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
        /** @description TODO */
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
        /** @description TODO */
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
         * @description TODO
         * @enum {string}
         */
        RcsUsQuestionnaireOwnershipTypeEnum: "PRIVATE" | "PUBLIC";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsUsQuestionnaireBrandIndustriesEnum: "AGRICULTURE" | "COMMUNICATION" | "CONSTRUCTION" | "EDUCATION" | "ENERGY" | "ENTERTAINMENT" | "FINANCIAL" | "GAMBLING" | "GOVERNMENT" | "HEALTHCARE" | "HOSPITALITY" | "HUMAN_RESOURCES" | "INSURANCE" | "LEGAL" | "MANUFACTURING" | "NON_GOVERNMENTAL_ORGANIZATION" | "POLITICAL" | "POSTAL" | "PROFESSIONAL" | "REAL_ESTATE" | "RETAIL" | "TECHNOLOGY" | "TRANSPORTATION";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsUsQuestionnaireBrandLegalFormsEnum: "CORPORATION" | "LIMITED_LIABILITY_COMPANY" | "PARTNERSHIP" | "S_CORPORATION";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsInputCountryCodesEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsUsStatesEnum: "AK" | "AL" | "AR" | "AS" | "AZ" | "CA" | "CO" | "CT" | "DC" | "DE" | "FL" | "GA" | "GU" | "HI" | "IA" | "ID" | "IL" | "IN" | "KS" | "KY" | "LA" | "MA" | "MD" | "ME" | "MI" | "MN" | "MO" | "MP" | "MS" | "MT" | "NC" | "ND" | "NE" | "NH" | "NJ" | "NM" | "NV" | "NY" | "OH" | "OK" | "OR" | "PA" | "PR" | "RI" | "SC" | "SD" | "TN" | "TX" | "UT" | "VA" | "VI" | "VT" | "WA" | "WI" | "WV" | "WY";
        /** @description TODO */
        RcsBrandCampaignSenderDetailsQuestionnaireUSAnswers: {
            ownershipType?: components["schemas"]["RcsUsQuestionnaireOwnershipTypeEnum"];
            companyLegalName?: string;
            companyPhoneNumber?: string;
            /** Format: email */
            companyEmailAddress?: string;
            brandName?: string;
            brandIndustry?: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
            legalForm?: components["schemas"]["RcsUsQuestionnaireBrandLegalFormsEnum"];
            taxIdCountry?: components["schemas"]["RcsInputCountryCodesEnum"];
            taxId?: string;
            addressLine?: string;
            addressCity?: string;
            addressCountry?: components["schemas"]["RcsInputCountryCodesEnum"];
            addressState?: components["schemas"]["RcsUsStatesEnum"];
            addressPostalCode?: string;
            websiteUrl?: string;
            contactFirstName?: string;
            contactSurname?: string;
            stockExchange?: string;
            stockSymbol?: string;
            sampleMessages?: string[];
            messagesVolume?: number;
            embeddedLink?: boolean;
            embeddedPhone?: boolean;
            ageGatedContent?: boolean;
            directLending?: boolean;
            optInConfirmationMessage?: string;
            helpMessage?: string;
            callToActionMessage?: string;
        };
        /** @description TODO */
        RcsBrandCampaignSenderDetailsQuestionnaireUS: {
            readonly questions: components["schemas"]["RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSQuestions"];
            answers: components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSAnswers"];
        };
        /** @description TODO */
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
        /** @description TODO */
        RcsDefaultSenderDetailsQuestionnaireUS: {
            readonly questions: components["schemas"]["RcsDefaultSenderDetailsQuestionnaireUSQuestions"];
            answers: components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSAnswers"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireUSQuestions: {
            readonly companyLegalName: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly ein: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly brandIndustry: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly fullCompanyAddress: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly smsCampaign: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
            readonly messagesVolume: components["schemas"]["RcsSenderDetailsQuestionnaireQuestionObject"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireUSAnswers: {
            companyLegalName?: string;
            ein?: string;
            brandIndustry?: string;
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadata"];
            smsCampaign?: string;
            messagesVolume?: string;
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireUS: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireUSQuestions"];
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireUSAnswers"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaire: {
            general: components["schemas"]["RcsSenderDetailsQuestionnaireGeneral"];
            verification: components["schemas"]["RcsSenderDetailsQuestionnaireVerification"];
            gb?: components["schemas"]["RcsSenderDetailsQuestionnaireGB"];
            fr?: components["schemas"]["RcsSenderDetailsQuestionnaireFR"];
            us?: components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUS"] | components["schemas"]["RcsDefaultSenderDetailsQuestionnaireUS"] | components["schemas"]["RcsSenderDetailsQuestionnaireUS"];
        };
        /** @description TODO */
        RcsSenderDetails: {
            brand?: components["schemas"]["RcsSenderDetailsBrand"];
            /**
             * Format: url
             * @deprecated
             */
            callbackUrl?: string;
            testNumbers?: string[];
            countries?: components["schemas"]["RcsCountryCodesEnum"][];
            questionnaire: components["schemas"]["RcsSenderDetailsQuestionnaire"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsSenderRegionsEnum: "BR" | "EU" | "US";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsSenderBillingCategoriesEnum: "CONVERSATIONAL" | "NON_CONVERSATIONAL" | "BASIC_MESSAGE" | "CONVERSATIONAL_LEGACY" | "SINGLE_MESSAGE";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsSenderUseCasesEnum: "MULTIUSE" | "OTP" | "PROMOTIONAL" | "TRANSACTIONAL";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsSenderHostingRegionsEnum: "ASIA_PACIFIC" | "EUROPE" | "NORTH_AMERICA";
        /** @description TODO */
        RcsSupplierDetailsGoogle: {
            agentId?: string;
            brandId?: string;
        };
        /** @description TODO */
        RcsSupplierDetails: {
            google?: components["schemas"]["RcsSupplierDetailsGoogle"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsBrandRegistrationStatusesEnum: "ARCHIVED" | "COMPLETED" | "DRAFT" | "UNRECOGNIZED" | "UNSPECIFIED";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsBrandRegistrationProcessStatusesEnum: "ARCHIVED" | "COMPLETED" | "INCOMPLETE" | "MANUAL_REVIEW" | "NEW" | "PENDING" | "PENDING_REVIEW" | "REJECTED" | "UNRECOGNIZED" | "UNSPECIFIED";
        /** @description TODO */
        RcsBrandRegistrationProcess: {
            id: string;
            status: components["schemas"]["RcsBrandRegistrationProcessStatusesEnum"];
        };
        /** @description TODO */
        RcsBrandRegistration: {
            id: string;
            status: components["schemas"]["RcsBrandRegistrationStatusesEnum"];
            registration: components["schemas"]["RcsBrandRegistrationProcess"];
        };
        /** @description TODO */
        RcsCampaignRegistration: {
            id: string;
            campaignName: string;
            requestId: string;
        };
        /** @description TODO */
        RcsSender: {
            id: string;
            /** @deprecated */
            conversationApiApp?: string;
            conversationApiAppDetails?: components["schemas"]["RcsConversationApiApp"];
            state?: components["schemas"]["RcsSenderStatesEnum"];
            testNumberStates?: components["schemas"]["RcsTestNumberState"][];
            countryStatus?: components["schemas"]["RcsCountryStatus"][];
            details?: components["schemas"]["RcsSenderDetails"];
            region: components["schemas"]["RcsSenderRegionsEnum"];
            billingCategory: components["schemas"]["RcsSenderBillingCategoriesEnum"];
            useCase: components["schemas"]["RcsSenderUseCasesEnum"];
            hostingRegion: components["schemas"]["RcsSenderHostingRegionsEnum"];
            authName?: string;
            authToken?: string;
            created?: string;
            modified?: string;
            supplierDetails?: components["schemas"]["RcsSupplierDetails"];
            launched?: string;
            brandDetails?: components["schemas"]["RcsBrandRegistration"];
            campaignDetails?: components["schemas"]["RcsCampaignRegistration"];
        };
        /** @description TODO */
        RcsSenderList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            senders: components["schemas"]["RcsSender"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsSenderSortColumnsEnum: "CREATED" | "MODIFIED" | "NAME" | "STATE";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsSortDirectionsEnum: "ASC" | "DESC";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsInputSenderRegionsEnum: "BR" | "EU" | "US";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsInputSenderBillingCategoriesEnum: "CONVERSATIONAL" | "NON_CONVERSATIONAL" | "BASIC_MESSAGE" | "CONVERSATIONAL_LEGACY" | "SINGLE_MESSAGE";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsInputSenderUseCasesEnum: "MULTIUSE" | "OTP" | "PROMOTIONAL" | "TRANSACTIONAL";
        /** @description TODO */
        RcsEmailInput: {
            label: string;
            /** Format: email */
            address: string;
        };
        /** @description TODO */
        RcsPhoneInput: {
            label: string;
            number: string;
        };
        /** @description TODO */
        RcsWebsiteInput: {
            label: string;
            /** Format: url */
            url: string;
        };
        /** @description TODO */
        RcsSenderDetailsBrandInput: {
            /** @default RCS Sender */
            name: string;
            emails?: components["schemas"]["RcsEmailInput"][];
            phones?: components["schemas"]["RcsPhoneInput"][];
            websites?: components["schemas"]["RcsWebsiteInput"][];
            /**
             * Format: hex
             * @default #000000
             */
            color: string;
            description?: string;
            /** Format: url */
            bannerUrl?: string;
            /** Format: url */
            logoUrl?: string;
            /** Format: url */
            privacyPolicyUrl?: string;
            /** Format: url */
            termsOfServiceUrl?: string;
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsInputRcsCountryCodesEnum: "AT" | "BE" | "BR" | "CA" | "CZ" | "DK" | "FI" | "FR" | "DE" | "GR" | "HU" | "IT" | "LT" | "MX" | "NL" | "NO" | "PE" | "PL" | "PT" | "SG" | "SK" | "ES" | "SE" | "US" | "GB";
        /** @description TODO */
        RcsSenderDetailsQuestionnaireAnswerMetadataInput: {
            ignore?: string;
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireGeneralAnswersInput: {
            optInDescription?: string;
            optInDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
            triggerDescription?: string;
            triggerDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
            interactionsDescription?: string;
            interactionsDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
            optOutDescription?: string;
            optOutDescriptionMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
            videoUris?: string[];
            screenshotUris?: string[];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireGeneralInput: {
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralAnswersInput"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInput: {
            companyName?: string;
            contactName?: string;
            /** Format: email */
            contactEmailAddress?: string;
        };
        /** @description TODO */
        RcsUsSenderDetailsQuestionnaireVerificationAnswersInput: {
            name: string;
            /** Format: email */
            email: string;
            title?: string;
            /** Format: url */
            website: string;
            partner?: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInput"];
            phone: string;
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireVerificationAnswersInput: {
            name: string;
            /** Format: email */
            email: string;
            title?: string;
            /** Format: url */
            website: string;
            phone?: string;
            partner?: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationPartnerAnswersInput"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireVerificationInput: {
            answers: components["schemas"]["RcsUsSenderDetailsQuestionnaireVerificationAnswersInput"] | components["schemas"]["RcsSenderDetailsQuestionnaireVerificationAnswersInput"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireGBAnswersInput: {
            brandIndustry?: string;
            companyLegalName?: string;
            companyRegistrationNumber?: string;
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
            messagesVolume?: string;
            messagesFrequency?: string;
            /** @deprecated */
            campaignLength?: string;
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireGBInput: {
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireGBAnswersInput"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireFRAnswersInput: {
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
            siren?: string;
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireFRInput: {
            answers: components["schemas"]["RcsSenderDetailsQuestionnaireFRAnswersInput"];
        };
        /**
         * @description TODO
         * @constant
         */
        RcsUsQuestionnaireOwnershipTypePublicEnum: "PUBLIC";
        /**
         * @description TODO
         * @constant
         */
        RcsPublicUsQuestionnaireBrandLegalFormsEnum: "CORPORATION";
        /**
         * @description TODO
         * @constant
         */
        RcsInputCountryCodesUsEnum: "US";
        /** @description TODO */
        RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInput: {
            companyLegalName: string;
            companyPhoneNumber: string;
            /** Format: email */
            companyEmailAddress: string;
            brandName: string;
            brandIndustry: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
            addressLine: string;
            addressCity: string;
            addressCountry: components["schemas"]["RcsInputCountryCodesEnum"];
            addressPostalCode: string;
            /** Format: url */
            websiteUrl: string;
            contactFirstName: string;
            contactSurname: string;
            sampleMessages: string[];
            messagesVolume: number;
            embeddedLink: boolean;
            embeddedPhone: boolean;
            ageGatedContent: boolean;
            directLending: boolean;
            optInConfirmationMessage: string;
            helpMessage: string;
            callToActionMessage: string;
            ownershipType: components["schemas"]["RcsUsQuestionnaireOwnershipTypePublicEnum"];
            legalForm: components["schemas"]["RcsPublicUsQuestionnaireBrandLegalFormsEnum"];
            taxIdCountry: components["schemas"]["RcsInputCountryCodesUsEnum"];
            taxId: string;
            addressState: components["schemas"]["RcsUsStatesEnum"];
            stockExchange: string;
            stockSymbol: string;
        };
        /**
         * @description TODO
         * @constant
         */
        RcsUsQuestionnaireOwnershipTypePrivateEnum: "PRIVATE";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsPrivateUsQuestionnaireBrandLegalFormsEnum: "CORPORATION" | "LIMITED_LIABILITY_COMPANY" | "PARTNERSHIP" | "S_CORPORATION";
        /** @description TODO */
        RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInput: {
            companyLegalName: string;
            companyPhoneNumber: string;
            /** Format: email */
            companyEmailAddress: string;
            brandName: string;
            brandIndustry: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
            addressLine: string;
            addressCity: string;
            addressCountry: components["schemas"]["RcsInputCountryCodesEnum"];
            addressPostalCode: string;
            /** Format: url */
            websiteUrl: string;
            contactFirstName: string;
            contactSurname: string;
            sampleMessages: string[];
            messagesVolume: number;
            embeddedLink: boolean;
            embeddedPhone: boolean;
            ageGatedContent: boolean;
            directLending: boolean;
            optInConfirmationMessage: string;
            helpMessage: string;
            callToActionMessage: string;
            ownershipType: components["schemas"]["RcsUsQuestionnaireOwnershipTypePrivateEnum"];
            legalForm: components["schemas"]["RcsPrivateUsQuestionnaireBrandLegalFormsEnum"];
            taxIdCountry: components["schemas"]["RcsInputCountryCodesUsEnum"];
            taxId: string;
            addressState: components["schemas"]["RcsUsStatesEnum"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsInputCountryCodesNonUsEnum: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
        /** @description TODO */
        RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInput: {
            companyLegalName: string;
            companyPhoneNumber: string;
            /** Format: email */
            companyEmailAddress: string;
            brandName: string;
            brandIndustry: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
            addressLine: string;
            addressCity: string;
            addressCountry: components["schemas"]["RcsInputCountryCodesEnum"];
            addressPostalCode: string;
            /** Format: url */
            websiteUrl: string;
            contactFirstName: string;
            contactSurname: string;
            sampleMessages: string[];
            messagesVolume: number;
            embeddedLink: boolean;
            embeddedPhone: boolean;
            ageGatedContent: boolean;
            directLending: boolean;
            optInConfirmationMessage: string;
            helpMessage: string;
            callToActionMessage: string;
            ownershipType: components["schemas"]["RcsUsQuestionnaireOwnershipTypePublicEnum"];
            legalForm: components["schemas"]["RcsPublicUsQuestionnaireBrandLegalFormsEnum"];
            taxIdCountry: components["schemas"]["RcsInputCountryCodesNonUsEnum"];
            taxId: string;
            stockExchange: string;
            stockSymbol: string;
        };
        /** @description TODO */
        RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInput: {
            companyLegalName: string;
            companyPhoneNumber: string;
            /** Format: email */
            companyEmailAddress: string;
            brandName: string;
            brandIndustry: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
            addressLine: string;
            addressCity: string;
            addressCountry: components["schemas"]["RcsInputCountryCodesEnum"];
            addressPostalCode: string;
            /** Format: url */
            websiteUrl: string;
            contactFirstName: string;
            contactSurname: string;
            sampleMessages: string[];
            messagesVolume: number;
            embeddedLink: boolean;
            embeddedPhone: boolean;
            ageGatedContent: boolean;
            directLending: boolean;
            optInConfirmationMessage: string;
            helpMessage: string;
            callToActionMessage: string;
            ownershipType: components["schemas"]["RcsUsQuestionnaireOwnershipTypePrivateEnum"];
            legalForm: components["schemas"]["RcsPrivateUsQuestionnaireBrandLegalFormsEnum"];
            taxIdCountry: components["schemas"]["RcsInputCountryCodesNonUsEnum"];
            taxId: string;
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireUSAnswersInput: {
            companyLegalName?: string;
            ein?: string;
            brandIndustry?: string;
            fullCompanyAddress?: string;
            fullCompanyAddressMetadata?: components["schemas"]["RcsSenderDetailsQuestionnaireAnswerMetadataInput"];
            smsCampaign?: string;
            messagesVolume?: string;
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireUSInput: {
            answers: components["schemas"]["RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInput"] | components["schemas"]["RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInput"] | components["schemas"]["RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSAnswersInput"] | components["schemas"]["RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSAnswersInput"] | components["schemas"]["RcsSenderDetailsQuestionnaireUSAnswersInput"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireInput: {
            general?: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralInput"];
            verification?: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationInput"];
            gb?: components["schemas"]["RcsSenderDetailsQuestionnaireGBInput"];
            fr?: components["schemas"]["RcsSenderDetailsQuestionnaireFRInput"];
            us?: components["schemas"]["RcsSenderDetailsQuestionnaireUSInput"];
        };
        /** @description TODO */
        RcsSenderDetailsInput: {
            brand?: components["schemas"]["RcsSenderDetailsBrandInput"];
            testNumbers?: string[];
            countries?: components["schemas"]["RcsInputRcsCountryCodesEnum"][];
            questionnaire?: components["schemas"]["RcsSenderDetailsQuestionnaireInput"];
        };
        /** @description TODO */
        RcsSenderInput: {
            region: components["schemas"]["RcsInputSenderRegionsEnum"];
            billingCategory: components["schemas"]["RcsInputSenderBillingCategoriesEnum"];
            useCase: components["schemas"]["RcsInputSenderUseCasesEnum"];
            details?: components["schemas"]["RcsSenderDetailsInput"];
        };
        /** @description TODO */
        RcsUpdateSenderDetailsBrandInput: {
            name?: string;
            emails?: components["schemas"]["RcsEmailInput"][] | null;
            phones?: components["schemas"]["RcsPhoneInput"][] | null;
            websites?: components["schemas"]["RcsWebsiteInput"][] | null;
            /** Format: hex */
            color?: string;
            description?: string;
            /** Format: url */
            bannerUrl?: string;
            /** Format: url */
            logoUrl?: string;
            /** Format: url */
            privacyPolicyUrl?: string;
            /** Format: url */
            termsOfServiceUrl?: string;
        };
        /** @description TODO */
        RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput: {
            ignore?: string | null;
        };
        /** @description TODO */
        RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInput: {
            optInDescription?: string | null;
            optInDescriptionMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
            triggerDescription?: string | null;
            triggerDescriptionMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
            interactionsDescription?: string | null;
            interactionsDescriptionMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
            optOutDescription?: string | null;
            optOutDescriptionMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
            videoUris?: string[] | null;
            screenshotUris?: string[] | null;
        };
        /** @description TODO */
        RcsUpdateSenderDetailsQuestionnaireGeneralInput: {
            answers: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireGeneralAnswersInput"];
        };
        /** @description TODO */
        RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInput: {
            companyName?: string | null;
            contactName?: string | null;
            /** Format: email */
            contactEmailAddress?: string | null;
        };
        /** @description TODO */
        RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInput: {
            name?: string | null;
            /** Format: email */
            email?: string | null;
            title?: string | null;
            /** Format: url */
            website?: string | null;
            phone?: string | null;
            partner?: (components["schemas"]["RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInput"] | null) & components["schemas"]["RcsUpdateSenderDetailsQuestionnaireVerificationPartnerAnswersInput"];
        };
        /** @description TODO */
        RcsUpdateSenderDetailsQuestionnaireVerificationInput: {
            answers: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireVerificationAnswersInput"];
        };
        /** @description TODO */
        RcsUpdateSenderDetailsQuestionnaireGBAnswersInput: {
            brandIndustry?: string | null;
            companyLegalName?: string | null;
            companyRegistrationNumber?: string | null;
            fullCompanyAddress?: string | null;
            fullCompanyAddressMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
            messagesVolume?: string | null;
            messagesFrequency?: string | null;
            /** @deprecated */
            campaignLength?: string | null;
        };
        /** @description TODO */
        RcsUpdateSenderDetailsQuestionnaireGBInput: {
            answers: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireGBAnswersInput"];
        };
        /** @description TODO */
        RcsUpdateSenderDetailsQuestionnaireFRAnswersInput: {
            fullCompanyAddress?: string | null;
            fullCompanyAddressMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
            siren?: string | null;
        };
        /** @description TODO */
        RcsUpdateSenderDetailsQuestionnaireFRInput: {
            answers: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireFRAnswersInput"];
        };
        /** @description TODO */
        RcsBrandCampaignUpdateSenderDetailsQuestionnaireUSAnswersInput: {
            ownershipType?: components["schemas"]["RcsUsQuestionnaireOwnershipTypeEnum"];
            companyLegalName?: string | null;
            companyPhoneNumber?: string | null;
            /** Format: email */
            companyEmailAddress?: string | null;
            brandName?: string | null;
            brandIndustry?: components["schemas"]["RcsUsQuestionnaireBrandIndustriesEnum"];
            legalForm?: components["schemas"]["RcsUsQuestionnaireBrandLegalFormsEnum"];
            taxIdCountry?: components["schemas"]["RcsInputCountryCodesEnum"];
            taxId?: string | null;
            addressLine?: string | null;
            addressCity?: string | null;
            addressCountry?: components["schemas"]["RcsInputCountryCodesEnum"];
            addressState?: components["schemas"]["RcsUsStatesEnum"];
            addressPostalCode?: string | null;
            /** Format: url */
            websiteUrl?: string | null;
            contactFirstName?: string | null;
            contactSurname?: string | null;
            stockExchange?: string | null;
            stockSymbol?: string | null;
            sampleMessages?: string[] | null;
            messagesVolume?: number | null;
            embeddedLink?: boolean | null;
            embeddedPhone?: boolean | null;
            ageGatedContent?: boolean | null;
            directLending?: boolean | null;
            optInConfirmationMessage?: string | null;
            helpMessage?: string | null;
            callToActionMessage?: string | null;
        };
        /** @description TODO */
        RcsUpdateSenderDetailsQuestionnaireUSAnswersInput: {
            companyLegalName?: string | null;
            ein?: string | null;
            brandIndustry?: string | null;
            fullCompanyAddress?: string | null;
            fullCompanyAddressMetadata?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireAnswerMetadataInput"];
            smsCampaign?: string | null;
            messagesVolume?: string | null;
        };
        /** @description TODO */
        RcsUpdateSenderDetailsQuestionnaireUSInput: {
            answers: components["schemas"]["RcsBrandCampaignUpdateSenderDetailsQuestionnaireUSAnswersInput"] | components["schemas"]["RcsUpdateSenderDetailsQuestionnaireUSAnswersInput"];
        };
        /** @description TODO */
        RcsUpdateSenderDetailsQuestionnaireInput: {
            general?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireGeneralInput"];
            verification?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireVerificationInput"];
            gb?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireGBInput"];
            fr?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireFRInput"];
            us?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireUSInput"];
        };
        /** @description TODO */
        RcsUpdateSenderDetailsInput: {
            brand?: components["schemas"]["RcsUpdateSenderDetailsBrandInput"];
            testNumbers?: string[] | null;
            countries?: components["schemas"]["RcsInputRcsCountryCodesEnum"][] | null;
            questionnaire?: components["schemas"]["RcsUpdateSenderDetailsQuestionnaireInput"];
        };
        /** @description TODO */
        RcsUpdateSenderInput: {
            details: components["schemas"]["RcsUpdateSenderDetailsInput"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsUsQuestionnaireVersionsEnum: "v1" | "v2";
        /**
         * @description TODO
         * @enum {string}
         */
        RcsSenderNotificationTypeEnum: "ACTIVE" | "COMMENT_ADDED" | "CREATED" | "DELETED" | "EDITED" | "INACTIVE" | "TEST";
        /** @description TODO */
        RcsSenderNotification: {
            type: components["schemas"]["RcsSenderNotificationTypeEnum"];
            created?: string;
            author?: string;
            comment?: string;
        };
        /** @description TODO */
        RcsSenderNotificationList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            notifications: components["schemas"]["RcsSenderNotification"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsTestNumberCapabilitiesFeaturesEnum: "ACTION_COMPOSE" | "ACTION_CREATE_CALENDAR_EVENT" | "ACTION_DIAL" | "ACTION_OPEN_URL" | "ACTION_OPEN_URL_IN_WEBVIEW" | "ACTION_SHARE_LOCATION" | "ACTION_VIEW_LOCATION" | "REVOCATION" | "RICHCARD_CAROUSEL" | "RICHCARD_STANDALONE" | "FEATURE_UNSPECIFIED" | "UNRECOGNIZED";
        /** @description TODO */
        RcsTestNumberCapabilities: {
            features: components["schemas"]["RcsTestNumberCapabilitiesFeaturesEnum"][];
        };
        /** @description TODO */
        RcsTestNumbers: {
            testNumbers: components["schemas"]["RcsTestNumberState"][];
        };
        /** @description TODO */
        RcsTestNumbersInput: {
            testNumbers: string[];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireGeneralBase: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralQuestions"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireVerificationBase: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationQuestions"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireGBBase: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireGBQuestions"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireFRBase: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireFRQuestions"];
        };
        /** @description TODO */
        RcsBrandCampaignSenderDetailsQuestionnaireUSBase: {
            readonly questions: components["schemas"]["RcsUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsNonUsPublicBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsNonUsPrivateBrandCampaignSenderDetailsQuestionnaireUSQuestions"] | components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSQuestions"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireUSBase: {
            readonly questions: components["schemas"]["RcsSenderDetailsQuestionnaireUSQuestions"];
        };
        /** @description TODO */
        RcsSenderDetailsQuestionnaireBase: {
            general: components["schemas"]["RcsSenderDetailsQuestionnaireGeneralBase"];
            verification: components["schemas"]["RcsSenderDetailsQuestionnaireVerificationBase"];
            gb?: components["schemas"]["RcsSenderDetailsQuestionnaireGBBase"];
            fr?: components["schemas"]["RcsSenderDetailsQuestionnaireFRBase"];
            us?: components["schemas"]["RcsBrandCampaignSenderDetailsQuestionnaireUSBase"] | components["schemas"]["RcsSenderDetailsQuestionnaireUSBase"];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        RcsUsQuestionnaireBrandCampaignVersionsEnum: "NON_US_PRIVATE" | "NON_US_PUBLIC" | "US_PRIVATE" | "US_PUBLIC";
        /** @description TODO */
        RcsAccountCommentEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RCS_ACCOUNT_COMMENT_ADDED";
            comment: string;
        };
        /** @description TODO */
        RcsSenderStatusUpdateEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RCS_SENDER_STATUS_UPDATED";
            payload: components["schemas"]["RcsSender"];
            /** @enum {string} */
            previousState: "DRAFT" | "IN_PROGRESS" | "IN_TEST" | "LAUNCHED" | "LAUNCHING" | "PREPARING_LAUNCH" | "UNLAUNCHED" | "UNKNOWN";
            /** @enum {string} */
            currentState: "DRAFT" | "IN_PROGRESS" | "IN_TEST" | "LAUNCHED" | "LAUNCHING" | "PREPARING_LAUNCH" | "UNLAUNCHED" | "UNKNOWN";
            comment?: string;
        };
        /** @description TODO */
        RcsSenderOperatorStatusUpdateEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RCS_SENDER_OPERATOR_STATUS_UPDATED";
            payload: components["schemas"]["RcsSender"];
            /** @enum {string} */
            operator: "1und1" | "3" | "9 Mobile" | "A1" | "Africell" | "Airtel" | "Altan" | "AT&T" | "Bell" | "Bouygues" | "BSNL" | "C-Spire" | "Cell C" | "Claro" | "Coriolis Telecom" | "Cosmote" | "Deutsche Telekom" | "Dialog Axiata PLC" | "Digi" | "DISH Wireless" | "DNA" | "Eastlink" | "EE" | "Elisa" | "Entel" | "Ethio Telecom" | "Fizz" | "Free" | "Freedom" | "Glo" | "Google Fi" | "Hrvatski Telecom" | "Hutchison 3G" | "Iliad" | "Indosat Ooredoo Hutchison" | "JIO" | "KDDI" | "Kpn" | "Kyivstar" | "Lebara Mobile" | "Legos" | "lifecell" | "Lycamobile" | "M1" | "Magenta" | "MEO" | "MobiFone" | "Movistar" | "MTN" | "NOS" | "NRJ Mobile" | "NTTDocomo" | "O2" | "Odido" | "Ooredoo" | "Orange" | "Personal" | "Proximus" | "Reliance JIO" | "Robi Axiata" | "Rogers" | "Sasktel" | "SFR" | "Simba" | "Singtel" | "Sky" | "Smart" | "Smartfren" | "Softbank" | "Spectrum" | "Starhub" | "Swisscom" | "T-Mobile" | "Telcel" | "Tele2" | "Telefonica" | "Telekom" | "Telenet" | "Telenor" | "Telia" | "Telkom" | "Telkomsel" | "Telus" | "Three" | "TIM" | "TracFone" | "US Cellular" | "Verizon" | "Videotron" | "Vivo" | "Vodacom" | "Vodafone" | "Vodafone Idea" | "WindTre" | "Xfinity" | "XL" | "Yoigo" | "Unrecognized";
            /** @enum {string} */
            operatorCountry: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BW" | "BY" | "BZ" | "CA" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GT" | "GU" | "GW" | "GY" | "HK" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "XK" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "UNRECOGNIZED";
            /** @enum {string} */
            operatorPreviousStatus: "LAUNCHED" | "NOT_LAUNCHED" | "PENDING" | "PENDING_UNLAUNCHED" | "REJECTED" | "SUSPENDED" | "UNLAUNCHED" | "INVALID_IN_GOOGLE_MY_BUSINESS" | "UNRECOGNIZED";
            /** @enum {string} */
            operatorCurrentStatus: "LAUNCHED" | "NOT_LAUNCHED" | "PENDING" | "PENDING_UNLAUNCHED" | "REJECTED" | "SUSPENDED" | "UNLAUNCHED" | "INVALID_IN_GOOGLE_MY_BUSINESS" | "UNRECOGNIZED";
            comment?: string;
        };
        /** @description TODO */
        RcsSenderCommentEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RCS_SENDER_COMMENT_ADDED";
            payload: components["schemas"]["RcsSender"];
            comment?: string;
        };
        /** @description TODO */
        RcsSenderBrandOrderStatusUpdateEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED";
            payload: components["schemas"]["RcsSender"];
            /** @enum {string} */
            status: "ARCHIVED" | "COMPLETED" | "INCOMPLETE" | "MANUAL_REVIEW" | "NEW" | "PENDING" | "PENDING_REVIEW" | "REJECTED" | "UNRECOGNIZED" | "UNSPECIFIED";
            comment?: string;
        };
        /** @description TODO */
        SmsError: {
            errorCode: string;
            message: string;
            resolution: string;
            additionalInformation?: {
                [key: string]: string[];
            };
        };
        /**
         * @description TODO
         * @enum {string}
         */
        SmsProvisioningStatesEnum: "ACTIVE" | "BLOCKED" | "DELETED" | "DEPROVISIONING" | "DEPROVISIONING_FAILED" | "FAILED_ADD" | "FAILED_BLOCK" | "FAILED_DELETE" | "FAILED_UNBLOCK" | "FAILED_UPDATE" | "IN_PROGRESS_ADD" | "IN_PROGRESS_BLOCK" | "IN_PROGRESS_DELETE" | "IN_PROGRESS_UNBLOCK" | "IN_PROGRESS_UPDATE" | "PENDING_ADD" | "PENDING_BLOCK" | "PENDING_DELETE" | "PENDING_UNBLOCK" | "PENDING_UPDATE" | "PROVISIONING" | "PROVISIONING_ADD" | "PROVISIONING_ADD_FAILED" | "PROVISIONING_BLOCK" | "PROVISIONING_BLOCK_FAILED" | "PROVISIONING_FAILED" | "PROVISIONING_UNBLOCK" | "PROVISIONING_UNBLOCK_FAILED" | "PROVISIONING_UPDATE" | "PROVISIONING_UPDATE_FAILED" | "STATUS_UNSPECIFIED" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        SmsAppRegionsEnum: "AU" | "BR" | "CA" | "EU" | "US" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        SmsConversationApiAppRegionsEnum: "BR" | "EU" | "US" | "UNRECOGNIZED";
        /**
         * @description TODO
         * @enum {string}
         */
        SmsConversationAppChannelIntegrationStatusEnum: "ACTIVE" | "FAILING" | "PENDING" | "UNRECOGNIZED";
        /** @description TODO */
        SmsConversationApiApp: {
            id: string;
            projectId: string;
            region: components["schemas"]["SmsConversationApiAppRegionsEnum"];
            channelStatus?: components["schemas"]["SmsConversationAppChannelIntegrationStatusEnum"];
        };
        /** @description TODO */
        SmsApp: {
            id: string;
            smsServiceId: string;
            name: string;
            status: components["schemas"]["SmsProvisioningStatesEnum"];
            regions: components["schemas"]["SmsAppRegionsEnum"][];
            conversationApiAppDetails?: components["schemas"]["SmsConversationApiApp"];
            test: boolean;
        };
        /** @description TODO */
        SmsAppList: {
            totalSize: number;
            pageSize: number;
            previousPageToken?: string;
            nextPageToken?: string;
            smsApps: components["schemas"]["SmsApp"][];
        };
        /**
         * @description TODO
         * @enum {string}
         */
        SmsInputSmsAppRegionsEnum: "BR" | "EU" | "US";
        /** @description TODO */
        SmsInputSmsApp: {
            name: string;
            region: components["schemas"]["SmsInputSmsAppRegionsEnum"];
            /**
             * @deprecated
             * @default false
             */
            test: boolean;
            convApiApp?: boolean;
            convApiAppId?: string;
        };
        /** @description TODO */
        SmsUpdateSmsApp: {
            name?: string;
        };
        /** @description TODO */
        ProvisioningCallbackEvent: components["schemas"]["WhatsAppAccountCommentEvent"] | components["schemas"]["WhatsAppAccountOnboardEvent"] | components["schemas"]["WhatsAppAccountRejectedEvent"] | components["schemas"]["WhatsAppAccountPendingVerificationEvent"] | components["schemas"]["WhatsAppAccountBusinessDailyLimitChangedEvent"] | components["schemas"]["WhatsAppAccountWabaInformationChangedEvent"] | components["schemas"]["WhatsAppSenderCommentEvent"] | components["schemas"]["WhatsAppSenderActiveEvent"] | components["schemas"]["WhatsAppSenderInactiveEvent"] | components["schemas"]["WhatsAppSenderPendingVerificationEvent"] | components["schemas"]["WhatsAppSenderRejectedEvent"] | components["schemas"]["WhatsAppSenderErrorEvent"] | components["schemas"]["WhatsAppSenderDailyLimitChangedEvent"] | components["schemas"]["WhatsAppSenderQualityRatingChangedEvent"] | components["schemas"]["WhatsAppSenderDeletedEvent"] | components["schemas"]["WhatsAppSenderDisplayNameUpdatedEvent"] | components["schemas"]["WhatsAppSenderUsernameUpdatedEvent"] | components["schemas"]["WhatsAppTemplateCommentEvent"] | components["schemas"]["WhatsAppTemplateApprovedEvent"] | components["schemas"]["WhatsAppTemplateRejectedEvent"] | components["schemas"]["WhatsAppTemplateStatusUpdatedEvent"] | components["schemas"]["WhatsAppTemplateDeletedEvent"] | components["schemas"]["WhatsAppTemplateQualityScoreUpdatedEvent"] | components["schemas"]["WhatsAppTemplateCategoryUpdatedEvent"] | components["schemas"]["WhatsAppTemplateFutureCategoryUpdateEvent"] | components["schemas"]["BundleDoneEvent"] | components["schemas"]["KakaoTalkSenderActiveEvent"] | components["schemas"]["KakaoTalkSenderInactiveEvent"] | components["schemas"]["KakaoTalkSenderRejectedEvent"] | components["schemas"]["KakaoTalkSenderCommentEvent"] | components["schemas"]["KakaoTalkTemplateCommentEvent"] | components["schemas"]["KakaoTalkTemplateApprovedEvent"] | components["schemas"]["KakaoTalkTemplateRejectedEvent"] | components["schemas"]["RcsAccountCommentEvent"] | components["schemas"]["RcsSenderStatusUpdateEvent"] | components["schemas"]["RcsSenderOperatorStatusUpdateEvent"] | components["schemas"]["RcsSenderCommentEvent"] | components["schemas"]["RcsSenderBrandOrderStatusUpdateEvent"];
    };
    responses: never;
    parameters: {
        /** @example Jc88RMjzkxPoy/fCPiL+iy7osojuUgawpjl1g6H38O8= */
        WebhookSignature: string;
        /** @example HmacSHA256 */
        WebhookSignatureAlgorithm: "HmacSHA256";
        /** @example 01EAW2BNWCG9DC13RS582V0ZQ3 */
        WebhookSignatureNonce: string;
        /** @example 1592227387 */
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
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
        };
    };
    replaceWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdateWebhookInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookError"];
                };
            };
        };
    };
    getWhatsAppAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppAccount"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    createWhatsAppAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppAccount"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    deleteWhatsAppAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    updateWhatsAppAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppAccount"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    listWhatsAppAccountActivities: {
        parameters: {
            query?: {
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppAccountNotificationList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    createWhatsAppAccountComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppComment"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    enableWhatsAppTemplateAnalytics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    listWhatsAppFlows: {
        parameters: {
            query?: {
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppFlowList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    listWhatsAppFlowScreens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                flowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppFlowScreenList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    createWhatsAppLongLivedAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppLongLivedAccessToken"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    listWhatsAppSolutions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppSolutionList"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    createWhatsAppSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppCreateSolutionList"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    getWhatsAppSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                solutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppSolution"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    assignWhatsAppSolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                solutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    listWhatsAppWabaDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppWabaDetailsList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    listWhatsAppSenders: {
        parameters: {
            query?: {
                pageToken?: string;
                pageSize?: number;
                filterStates?: components["schemas"]["WhatsAppSenderStatesEnum"][];
                filterStatuses?: components["schemas"]["WhatsAppSenderStatusesEnum"][];
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppSenderList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    createWhatsAppSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WhatsAppSenderInputEs"] | components["schemas"]["WhatsAppInputSenderPhoneProvisioning"] | components["schemas"]["WhatsAppInputSenderPartnerInitiated"] | components["schemas"]["WhatsAppSenderInputDeprecated"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppSender"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    getWhatsAppSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppSender"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    deleteWhatsAppSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    updateWhatsAppSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppSender"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    listWhatsAppSenderActivities: {
        parameters: {
            query?: {
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppSenderNotificationList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    deleteWhatsAppSenderChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    createWhatsAppSenderComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppComment"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    registerWhatsAppSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppSenderRegister"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    getWhatsAppSenderSuggestedUsernames: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppSuggestedUsernames"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    verifyWhatsAppSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    listWhatsAppTemplates: {
        parameters: {
            query?: {
                pageToken?: string;
                pageSize?: number;
                fieldMask?: components["schemas"]["WhatsAppTemplateDtoFieldMaskPathsEnum"][];
                filterStates?: components["schemas"]["WhatsAppTemplateStatesEnum"][];
                filterStatuses?: components["schemas"]["WhatsAppTemplateStatusesEnum"][];
                templateAnalyticsDateRange?: components["schemas"]["WhatsAppTemplateAnalyticsDateRangesEnum"];
                templateName?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppTemplateList"] | components["schemas"]["WhatsAppPartialTemplateList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    createWhatsAppTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppTemplate"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    listWhatsAppTemplatesByName: {
        parameters: {
            query?: {
                pageToken?: string;
                pageSize?: number;
                fieldMask?: components["schemas"]["WhatsAppTemplateDtoFieldMaskPathsEnum"][];
                templateAnalyticsDateRange?: components["schemas"]["WhatsAppTemplateAnalyticsDateRangesEnum"];
            };
            header?: never;
            path: {
                projectId: string;
                templateName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppTemplateList"] | components["schemas"]["WhatsAppPartialTemplateList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    deleteWhatsAppTemplatesByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                templateName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    getWhatsAppTemplate: {
        parameters: {
            query?: {
                fieldMask?: components["schemas"]["WhatsAppTemplateDtoFieldMaskPathsEnum"][];
                templateAnalyticsDateRange?: components["schemas"]["WhatsAppTemplateAnalyticsDateRangesEnum"];
            };
            header?: never;
            path: {
                projectId: string;
                templateName: string;
                languageCode: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppTemplate"] | components["schemas"]["WhatsAppPartialTemplate"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    deleteWhatsAppTemplate: {
        parameters: {
            query?: {
                deleteSubmitted?: boolean;
            };
            header?: never;
            path: {
                projectId: string;
                templateName: string;
                languageCode: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    updateWhatsAppTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                templateName: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppTemplate"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    listWhatsAppTemplateActivities: {
        parameters: {
            query?: {
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                projectId: string;
                templateName: string;
                languageCode: components["schemas"]["WhatsAppTemplateLanguagesEnum"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppTemplateNotificationList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    createWhatsAppTemplateComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                templateName: string;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppComment"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    compareWhatsAppTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                templateName: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppTemplateCompare"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    syncWhatsAppTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhatsAppError"];
                };
            };
        };
    };
    listBundles: {
        parameters: {
            query?: {
                pageToken?: string;
                pageSize?: number;
                filterConvAppIds?: string[];
                filterSmsAppIds?: string[];
                filterStates?: components["schemas"]["BundlesBundleServicesStateEnum"][];
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesListBundles"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
        };
    };
    createBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BundlesInputBundles"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bundle"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
        };
    };
    getBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                bundleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bundle"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundlesError"];
                };
            };
        };
    };
    listKakaoTalkSenderCategories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkSenderCategoryList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    listKakaoTalkTemplateCategories: {
        parameters: {
            query?: {
                pageSize?: number;
                pageToken?: string;
            };
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkTemplateCategoryList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    listKakaoTalkSenders: {
        parameters: {
            query?: {
                pageToken?: string;
                pageSize?: number;
                filterStates?: components["schemas"]["KakaoTalkSenderStatesEnum"][];
                filterStatuses?: components["schemas"]["KakaoTalkSenderStatusesEnum"][];
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkSenderList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    createKakaoTalkSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkSender"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    getKakaoTalkSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkSender"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    deleteKakaoTalkSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    updateKakaoTalkSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkSender"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    listKakaoTalkSenderActivities: {
        parameters: {
            query?: {
                pageSize?: number;
                pageToken?: string;
            };
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkSenderNotificationList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    deleteKakaoTalkSenderChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    createKakaoTalkSenderComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkComment"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    registerKakaoTalkSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkSender"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    listKakaoTalkTemplates: {
        parameters: {
            query?: {
                filterStates?: components["schemas"]["KakaoTalkTemplateStatesEnum"][];
                filterStatuses?: components["schemas"]["KakaoTalkTemplateStatusesEnum"][];
                pageSize?: number;
                pageToken?: string;
                templateName?: string;
            };
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkTemplateList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    createKakaoTalkTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkTemplate"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    getKakaoTalkTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
                templateCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkTemplate"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    deleteKakaoTalkTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
                templateCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    updateKakaoTalkTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkTemplate"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            424: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    listKakaoTalkTemplateActivities: {
        parameters: {
            query?: {
                pageSize?: number;
                pageToken?: string;
            };
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
                templateCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkTemplateNotificationList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    deleteKakaoTalkTemplateDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
                templateCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    createKakaoTalkTemplateComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                plusFriendId: string;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkComment"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    verifyKakaoTalkSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkSender"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KakaoTalkError"];
                };
            };
        };
    };
    getInstagramChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                conversationAppId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationInstagramInfo"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
        };
    };
    getMessengerChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                conversationAppId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationMessengerInfo"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
        };
    };
    getTelegramChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                conversationAppId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationTelegramBotInfo"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
        };
    };
    getViberChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                conversationAppId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationViberBotInfo"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationError"];
                };
            };
        };
    };
    listRcsAccountActivities: {
        parameters: {
            query?: {
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsAccountNotificationList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    createRcsAccountComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RcsCommentInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsComment"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    getRcsQuestionnaire: {
        parameters: {
            query?: {
                countries?: components["schemas"]["RcsInputRcsCountryCodesEnum"][];
                usQuestionnaireBrandCampaignVersion?: components["schemas"]["RcsUsQuestionnaireBrandCampaignVersionsEnum"];
                usQuestionnaireVersion?: components["schemas"]["RcsUsQuestionnaireVersionsEnum"];
            };
            header?: never;
            path: {
                projectId: string;
                useCase: components["schemas"]["RcsInputSenderUseCasesEnum"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSenderDetailsQuestionnaireBase"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    listRcsSenders: {
        parameters: {
            query?: {
                pageToken?: string;
                pageSize?: number;
                filterConversationApiAppId?: string;
                filterSenderIds?: string;
                /** @deprecated */
                filterSenderName?: string;
                filterStates?: components["schemas"]["RcsSenderStatesEnum"][];
                search?: string;
                sortColumn?: components["schemas"]["RcsSenderSortColumnsEnum"];
                sortDirection?: components["schemas"]["RcsSortDirectionsEnum"];
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSenderList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    createRcsSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RcsSenderInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSender"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    getRcsSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSender"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    updateRcsSender: {
        parameters: {
            query?: {
                usQuestionnaireVersion?: components["schemas"]["RcsUsQuestionnaireVersionsEnum"];
            };
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RcsUpdateSenderInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSender"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    listRcsSenderActivities: {
        parameters: {
            query?: {
                pageToken?: string;
                pageSize?: number;
            };
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSenderNotificationList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    createRcsSenderComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RcsCommentInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsComment"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    launchRcsSender: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsSender"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    addRcsTestNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RcsTestNumbersInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsTestNumbers"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    getRcsTestNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
                testNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsTestNumberState"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    deleteRcsTestNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
                testNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    getRcsTestNumberCapabilities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
                testNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsTestNumberCapabilities"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    retryRcsTestNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                senderId: string;
                testNumber: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsTestNumberState"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RcsError"];
                };
            };
        };
    };
    listSmsApps: {
        parameters: {
            query?: {
                pageSize?: number;
                pageToken?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsAppList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
        };
    };
    createSmsApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsInputSmsApp"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsApp"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
        };
    };
    getSmsApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                smsAppId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsApp"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
        };
    };
    deleteSmsApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                smsAppId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
        };
    };
    updateSmsApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                smsAppId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmsUpdateSmsApp"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsApp"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsError"];
                };
            };
        };
    };
}

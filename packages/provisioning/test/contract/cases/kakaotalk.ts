import type { OperationCases } from '../../../../../scripts/testing/contract.js';
import { type Client, PROJECT_ID } from '../client.js';

const plusFriendId = '@sinchmarket';
const templateCode = 'SMK_SHIPPED_001';

// The generated types make every body field that has a `default` required (openapi-typescript's
// defaultNonNullable), although the spec leaves it optional: the `required` cases below must send
// those fields, so they send the spec's default values (status, saveDraftOnFailure, and for a
// template messageType, emphasizeType, categoryCode and securityFlag).

export const kakaoTalkCases = {
  // Categories
  listKakaoTalkSenderCategories: {
    required: (c) => c.GET('/v1/projects/{projectId}/kakaotalk/categories/senders'),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/categories/senders', { params: { path: { projectId: PROJECT_ID } } }),
  },
  listKakaoTalkTemplateCategories: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/categories/senders/{plusFriendId}/templates', {
        params: { path: { plusFriendId } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/categories/senders/{plusFriendId}/templates', {
        params: { path: { projectId: PROJECT_ID, plusFriendId }, query: { pageSize: 20, pageToken: 'Y2F0ZWdvcnk6Mg' } },
      }),
  },

  // Senders
  listKakaoTalkSenders: {
    required: (c) => c.GET('/v1/projects/{projectId}/kakaotalk/senders'),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/senders', {
        params: {
          path: { projectId: PROJECT_ID },
          query: {
            pageToken: 'c2VuZGVyOjI',
            pageSize: 25,
            filterStates: ['ACTIVE', 'VERIFYING'],
            filterStatuses: ['DRAFT', 'REJECTED'],
          },
        },
      }),
  },
  createKakaoTalkSender: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/kakaotalk/senders', {
        body: {
          status: 'SUBMIT',
          saveDraftOnFailure: false,
          plusFriendId: '@sinchtravel',
          details: {
            adminPhoneNo: '01055501234',
            name: '신치여행',
            topLevelCategoryCode: '012',
            midLevelCategoryCode: '0001',
            subLevelCategoryCode: '0002',
          },
        },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/kakaotalk/senders', {
        params: { path: { projectId: PROJECT_ID } },
        body: {
          status: 'SUBMIT',
          saveDraftOnFailure: true,
          plusFriendId: '@sinchbooks',
          details: {
            adminPhoneNo: '01098765432',
            name: '신치북스',
            logoImage: 'https://assets.example.com/sinchbooks/kakao-logo.png',
            topLevelCategoryCode: '005',
            midLevelCategoryCode: '0003',
            subLevelCategoryCode: '0001',
          },
        },
      }),
  },
  getKakaoTalkSender: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}', { params: { path: { plusFriendId } } }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}', {
        params: { path: { projectId: PROJECT_ID, plusFriendId } },
      }),
  },
  updateKakaoTalkSender: {
    required: (c) =>
      c.PATCH('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}', {
        params: { path: { plusFriendId } },
        body: { status: 'DRAFT' },
      }),
    all: (c) =>
      c.PATCH('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}', {
        params: { path: { projectId: PROJECT_ID, plusFriendId } },
        body: {
          status: 'SUBMIT',
          details: {
            adminPhoneNo: '01022223333',
            name: '신치마켓 공식',
            logoImage: 'https://assets.example.com/sinchmarket/kakao-logo-2024.png',
            topLevelCategoryCode: '012',
            midLevelCategoryCode: '0002',
            subLevelCategoryCode: '0001',
          },
        },
      }),
  },
  deleteKakaoTalkSender: {
    required: (c) =>
      c.DELETE('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}', { params: { path: { plusFriendId } } }),
    all: (c) =>
      c.DELETE('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}', {
        params: { path: { projectId: PROJECT_ID, plusFriendId } },
      }),
  },
  listKakaoTalkSenderActivities: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/activities', {
        params: { path: { plusFriendId } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/activities', {
        params: {
          path: { projectId: PROJECT_ID, plusFriendId },
          query: { pageSize: 10, pageToken: 'YWN0aXZpdHk6MTA' },
        },
      }),
  },
  deleteKakaoTalkSenderChanges: {
    required: (c) =>
      c.DELETE('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/changes', {
        params: { path: { plusFriendId } },
      }),
    all: (c) =>
      c.DELETE('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/changes', {
        params: { path: { projectId: PROJECT_ID, plusFriendId } },
      }),
  },
  createKakaoTalkSenderComment: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/comments', {
        params: { path: { plusFriendId } },
        body: { comment: '관리자센터에 등록된 번호와 동일합니다. 다시 검토 부탁드립니다.' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/comments', {
        params: { path: { projectId: PROJECT_ID, plusFriendId } },
        body: { comment: '관리자센터에 등록된 번호와 동일합니다. 다시 검토 부탁드립니다.' },
      }),
  },
  registerKakaoTalkSender: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/register', {
        params: { path: { plusFriendId } },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/register', {
        params: { path: { projectId: PROJECT_ID, plusFriendId } },
      }),
  },
  verifyKakaoTalkSender: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/verify', {
        params: { path: { plusFriendId } },
        body: { code: 482913 },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/verify', {
        params: { path: { projectId: PROJECT_ID, plusFriendId } },
        body: { code: 482913 },
      }),
  },

  // Templates
  listKakaoTalkTemplates: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates', {
        params: { path: { plusFriendId } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates', {
        params: {
          path: { projectId: PROJECT_ID, plusFriendId },
          query: {
            filterStates: ['APPROVED'],
            filterStatuses: ['DRAFT', 'IN_PROGRESS'],
            pageSize: 50,
            pageToken: 'dGVtcGxhdGU6NTA',
            templateName: '배송 시작 안내',
          },
        },
      }),
  },
  createKakaoTalkTemplate: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates', {
        params: { path: { plusFriendId } },
        body: {
          status: 'SUBMIT',
          saveDraftOnFailure: false,
          details: {
            name: '로그인 인증번호',
            language: 'KO',
            content: '[신치마켓] 인증번호 [#{인증번호}]를 입력해 주세요. 타인에게 절대 알려주지 마세요.',
            messageType: 'BASIC',
            emphasizeType: 'EMPHASIZE_TYPE_NONE',
            categoryCode: '999999',
            securityFlag: false,
          },
        },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates', {
        params: { path: { projectId: PROJECT_ID, plusFriendId } },
        body: {
          status: 'DRAFT',
          saveDraftOnFailure: true,
          details: {
            name: '포인트 적립 안내',
            language: 'KO',
            content:
              '#{고객명}님, 구매 감사 포인트가 적립되었습니다.\n\n적립 포인트: #{적립포인트}P\n보유 포인트: #{보유포인트}P',
            messageType: 'EXTRA_INFORMATION',
            emphasizeType: 'EMPHASIZE_TYPE_TEXT',
            categoryCode: '006005',
            securityFlag: false,
            extra: '포인트는 적립일로부터 1년간 사용할 수 있습니다.',
            title: '#{적립포인트}P 적립',
            subtitle: '포인트 적립 안내',
            buttons: [
              {
                ordering: 1,
                type: 'WEB_LINK',
                name: '포인트 확인',
                linkMo: 'https://m.shop.example.com/mypage/points',
                linkPc: 'https://shop.example.com/mypage/points',
              },
              {
                ordering: 2,
                type: 'APP_LINK',
                name: '앱에서 보기',
                linkMo: 'https://m.shop.example.com/mypage/points',
                linkPc: 'https://shop.example.com/mypage/points',
                // Universal / App Links: Prism checks `format: url` as http(s) or ftp, refusing custom schemes.
                schemeIos: 'https://app.shop.example.com/ios/mypage/points',
                schemeAndroid: 'https://app.shop.example.com/android/mypage/points',
              },
            ],
          },
        },
      }),
  },
  getKakaoTalkTemplate: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}', {
        params: { path: { plusFriendId, templateCode } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}', {
        params: { path: { projectId: PROJECT_ID, plusFriendId, templateCode } },
      }),
  },
  updateKakaoTalkTemplate: {
    required: (c) =>
      c.PATCH('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}', {
        params: { path: { plusFriendId, templateCode } },
        body: { status: 'DRAFT' },
      }),
    all: (c) =>
      c.PATCH('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}', {
        params: { path: { projectId: PROJECT_ID, plusFriendId, templateCode } },
        body: {
          status: 'SUBMIT',
          details: {
            name: '배송 시작 안내',
            content:
              '#{고객명}님, 주문하신 상품이 발송되었습니다.\n\n주문번호: #{주문번호}\n택배사: #{택배사}\n송장번호: #{송장번호}\n도착 예정일: #{도착예정일}',
            messageType: 'BASIC',
            emphasizeType: 'EMPHASIZE_TYPE_IMAGE',
            categoryCode: '004001',
            securityFlag: false,
            extra: null,
            title: null,
            subtitle: null,
            imageName: 'shipping-header.png',
            imageUrl: 'https://assets.example.com/sinchmarket/shipping-header.png',
            buttons: [
              { ordering: 1, type: 'DELIVERY_SEARCH', name: '배송조회' },
              {
                ordering: 2,
                type: 'WEB_LINK',
                name: '주문 상세보기',
                linkMo: 'https://m.shop.example.com/orders/#{주문번호}',
                linkPc: 'https://shop.example.com/orders/#{주문번호}',
              },
            ],
          },
        },
      }),
  },
  deleteKakaoTalkTemplate: {
    required: (c) =>
      c.DELETE('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}', {
        params: { path: { plusFriendId, templateCode } },
      }),
    all: (c) =>
      c.DELETE('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}', {
        params: { path: { projectId: PROJECT_ID, plusFriendId, templateCode } },
      }),
  },
  listKakaoTalkTemplateActivities: {
    required: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}/activities', {
        params: { path: { plusFriendId, templateCode } },
      }),
    all: (c) =>
      c.GET('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}/activities', {
        params: {
          path: { projectId: PROJECT_ID, plusFriendId, templateCode },
          query: { pageSize: 10, pageToken: 'YWN0aXZpdHk6MTA' },
        },
      }),
  },
  deleteKakaoTalkTemplateDraft: {
    required: (c) =>
      c.DELETE('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}/changes', {
        params: { path: { plusFriendId, templateCode } },
      }),
    all: (c) =>
      c.DELETE('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}/changes', {
        params: { path: { projectId: PROJECT_ID, plusFriendId, templateCode } },
      }),
  },
  createKakaoTalkTemplateComment: {
    required: (c) =>
      c.POST('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}/comments', {
        params: { path: { plusFriendId, templateCode } },
        body: { comment: '강조 표기 제목에 고정 문구를 추가해 다시 제출했습니다.' },
      }),
    all: (c) =>
      c.POST('/v1/projects/{projectId}/kakaotalk/senders/{plusFriendId}/templates/{templateCode}/comments', {
        params: { path: { projectId: PROJECT_ID, plusFriendId, templateCode } },
        body: { comment: '강조 표기 제목에 고정 문구를 추가해 다시 제출했습니다.' },
      }),
  },
} satisfies OperationCases<
  Client,
  | 'listKakaoTalkSenderCategories'
  | 'listKakaoTalkTemplateCategories'
  | 'listKakaoTalkSenders'
  | 'createKakaoTalkSender'
  | 'getKakaoTalkSender'
  | 'updateKakaoTalkSender'
  | 'deleteKakaoTalkSender'
  | 'listKakaoTalkSenderActivities'
  | 'deleteKakaoTalkSenderChanges'
  | 'createKakaoTalkSenderComment'
  | 'registerKakaoTalkSender'
  | 'verifyKakaoTalkSender'
  | 'listKakaoTalkTemplates'
  | 'createKakaoTalkTemplate'
  | 'getKakaoTalkTemplate'
  | 'updateKakaoTalkTemplate'
  | 'deleteKakaoTalkTemplate'
  | 'listKakaoTalkTemplateActivities'
  | 'deleteKakaoTalkTemplateDraft'
  | 'createKakaoTalkTemplateComment'
>;

// Every operation of the Provisioning spec, through the typed client, against a Prism mock: with
// only the required parameters and with all of them. See scripts/testing/contract.ts.
import { type ApiOperationId, describeOperations, type OperationCases } from '../../../../scripts/testing/contract.js';
import { type operations, spec } from '../../src/index.js';
import { kakaoTalkCases } from './cases/kakaotalk.js';
import { rcsAndMoreCases } from './cases/rcs-bundles-sms-channels.js';
import { webhookAndWhatsAppAccountCases } from './cases/webhooks-whatsapp-accounts.js';
import { whatsAppSenderAndTemplateCases } from './cases/whatsapp-senders-templates.js';
import { type Client, makeClient } from './client.js';

const cases = {
  ...webhookAndWhatsAppAccountCases,
  ...whatsAppSenderAndTemplateCases,
  ...kakaoTalkCases,
  ...rcsAndMoreCases,
} satisfies OperationCases<Client, ApiOperationId<operations>>;

describeOperations({ api: spec.api, version: spec.version }, cases, makeClient);

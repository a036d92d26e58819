// Every operation of the Conversation spec, through the typed client, against a Prism mock: with
// only the required parameters and with all of them. See scripts/testing/contract.ts.
import { type ApiOperationId, describeOperations, type OperationCases } from '../../../../scripts/testing/contract.js';
import { type operations, spec } from '../../src/index.js';
import { resourceCases } from './cases/apps-contacts-conversations-settings.js';
import { messagingCases } from './cases/messages-events-consents.js';
import { webhookCases } from './cases/webhooks.js';
import { type Client, makeClient } from './client.js';

const cases = {
  ...messagingCases,
  ...resourceCases,
  ...webhookCases,
} satisfies OperationCases<Client, ApiOperationId<operations>>;

describeOperations({ api: spec.api, version: spec.version }, cases, makeClient);

// Every documented error status of every operation, parsed into its typed error.
import { describeErrorStatuses, errorClassesOf } from '../../../../scripts/testing/contract.js';
import * as sdk from '../../src/index.js';
import { makeClient } from './client.js';

describeErrorStatuses({ api: sdk.spec.api, version: sdk.spec.version }, (url) => makeClient(url), {
  orThrow: sdk.orThrow,
  classOf: errorClassesOf(sdk),
});

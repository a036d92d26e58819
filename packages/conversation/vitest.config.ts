export { default } from '../../vitest.contract.ts';

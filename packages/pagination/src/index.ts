/**
 * Typed async iteration over the paginated lists of any sinchkit client, one page in memory at a time.
 *
 * @module @sinchkit/pagination
 */
export { type Page, type PaginateOptions, PaginationLoopError, type Paginator, paginate } from './paginate.js';
export { TOKEN_STYLES, type TokenStyle } from './token-style.js';
export type { ArrayField, GetInit, GetPath, ItemOf, PageData } from './types.js';

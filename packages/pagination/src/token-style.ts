/** Where a list API takes its page token and where it returns the next one. */
export interface TokenStyle {
  /** Query parameter of the request, e.g. `pageToken`. */
  request: string;
  /** Field of the response, e.g. `nextPageToken`. */
  response: string;
}

export const TOKEN_STYLES = {
  /** Provisioning API: `?pageToken=` → `nextPageToken`. */
  pageToken: { request: 'pageToken', response: 'nextPageToken' },
  /** Conversation API lists (and most Google-style APIs): `?page_token=` → `next_page_token`. */
  page_token: { request: 'page_token', response: 'next_page_token' },
} as const satisfies Record<string, TokenStyle>;

export function tokenStyle(style: keyof typeof TOKEN_STYLES | TokenStyle | undefined): TokenStyle {
  if (style === undefined) return TOKEN_STYLES.pageToken;
  if (typeof style === 'string') {
    const known = TOKEN_STYLES[style];
    if (!known)
      throw new TypeError(
        `sinchkit: unknown token style ${JSON.stringify(style)}; use "pageToken", "page_token" or { request, response }`,
      );
    return known;
  }
  if (!style.request || !style.response)
    throw new TypeError('sinchkit: a token style needs both request and response names');
  return style;
}

/**
 * A page that names no next token in `style`'s field but has one in another known style's field:
 * the list is paged the other way, and stopping here would silently drop every later page.
 */
export function otherStyleOf(
  page: Record<string, unknown>,
  style: TokenStyle,
): { name: string; field: string } | undefined {
  for (const [name, other] of Object.entries(TOKEN_STYLES)) {
    const token = page[other.response];
    if (other.response !== style.response && typeof token === 'string' && token !== '')
      return { name, field: other.response };
  }
  return undefined;
}

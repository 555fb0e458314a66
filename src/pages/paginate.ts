/** One page of a paginated list. */
export interface ListPageSlice<T> {
  page: number;
  pages: number;
  items: T[];
  /** Decoded site path of this page: `base` for page 1, `base` + `page/N/` after. */
  path: string;
  prev: string | null;
  next: string | null;
}

/** The path of page `n` of a list whose first page is `base` (`/tags/x/` → `/tags/x/page/2/`). */
export function pagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/** Splits items into pages of `perPage`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], perPage: number, base: string): ListPageSlice<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pages }, (_, i) => {
    const page = i + 1;
    return {
      page,
      pages,
      items: items.slice(i * perPage, page * perPage),
      path: pagePath(base, page),
      prev: page > 1 ? pagePath(base, page - 1) : null,
      next: page < pages ? pagePath(base, page + 1) : null,
    };
  });
}

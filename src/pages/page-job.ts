/**
 * One page to write: its path, the posts it shows (so an edit re-renders only the pages
 * that show the edited post) and a render function, run only when the page is needed.
 */
export interface PageJob {
  /** Decoded site path, e.g. `/tags/生成ai/page/2/`, or a file path such as `/404.html`. */
  path: string;
  /** Indices of the posts whose content this page shows. */
  posts: readonly number[];
  render: () => string;
}

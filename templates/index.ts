import PostPage from './post.js';

/**
 * Post layouts by name: front matter `layout: post` picks `post`. Add a layout by writing a
 * component with the same props as `PostPage` and naming it here.
 */
export const postLayouts = {
  post: PostPage,
} satisfies Record<string, typeof PostPage>;

export { default as ListPage } from './list.js';
export { default as TermsPage } from './terms.js';
export { default as ArchivesPage } from './archives.js';
export { default as NotFoundPage } from './not-found.js';

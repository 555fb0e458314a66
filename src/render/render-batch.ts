import { renderPost, type RenderInput, type RenderedBody } from './render-post.js';

/** Renders a batch of posts in one worker message: fewer round trips than one post per task. */
export function renderBatch(inputs: RenderInput[]): RenderedBody[] {
  return inputs.map(renderPost);
}

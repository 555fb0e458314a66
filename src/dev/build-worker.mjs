// Entry of the dev server's build thread. Node starts it as plain JavaScript, so register tsx
// here. Each thread loads the templates and site.config.ts afresh: starting a new thread is how
// a template or config change reaches the build, since ES modules cannot be unloaded.
import { register } from 'tsx/esm/api';

register();
await import('./build-thread.ts');

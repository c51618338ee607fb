// Runs the TypeScript web host through tsx, so `npm run web` needs no separate server build.
import { register } from 'tsx/esm/api';

register();
await import('../web/start.ts');

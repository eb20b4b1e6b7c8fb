/** Writes docs/nginx-headers.conf from scripts/securityHeaders.ts (a unit test keeps them equal). */
import { writeFileSync } from 'node:fs';
import { nginxConf } from './securityHeaders.ts';

writeFileSync(new URL('../docs/nginx-headers.conf', import.meta.url), nginxConf());

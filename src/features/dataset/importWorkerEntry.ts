/**
 * The import worker (started by useImport.ts): data/importWorker.ts does the work; this entry
 * hands it the app's words, which a worker cannot be sent (they are functions), from i18n.
 */
import type { ImportWorkerScope } from '@/data/importProtocol';
import { serveImportRequests } from '@/data/importWorker';
import { importWording } from '@/i18n/importText';

serveImportRequests(self as unknown as ImportWorkerScope, importWording());

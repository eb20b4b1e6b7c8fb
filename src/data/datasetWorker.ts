/** The dataset worker (started by workerClient.ts); its work is in serveDatasetRequests.ts. */
import { serveDatasetRequests, type DatasetWorkerScope } from './serveDatasetRequests';

serveDatasetRequests(self as unknown as DatasetWorkerScope);

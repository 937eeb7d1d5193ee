// Worker threads do not inherit the TypeScript loader of the thread that started them: register it here,
// then load the worker's module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);

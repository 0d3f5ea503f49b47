// `npm run bench:instances`: only the multi-instance table (also printed by `npm run bench`).

import { formatInstances } from './format-instances.ts';
import type { InstancesResult } from './measure-instances.ts';
import { runChild } from './run-child.ts';

const result = await runChild<InstancesResult>('./measure-instances.ts', []);
process.stdout.write(`${formatInstances(result)}\n`);

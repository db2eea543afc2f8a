/** Runs in a worker thread (piscina): posting analysis and fit scoring, off the event loop. */
import { loadTaxonomy } from '../core/taxonomy/index.js';
import { runTask, type AnalysisTask } from './tasks.js';

const taxonomy = loadTaxonomy();

export default function analyse(task: AnalysisTask): ReturnType<typeof runTask> {
  return runTask(taxonomy, task);
}

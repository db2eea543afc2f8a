/** Runs in a worker thread (piscina): posting analysis and fit scoring, off the event loop. */
import { loadOccupations } from '../core/occupations/index.js';
import { loadTaxonomy } from '../core/taxonomy/index.js';
import { runTask, type AnalysisTask } from './tasks.js';

const vocabularies = { taxonomy: loadTaxonomy(), occupations: loadOccupations() };

export default function analyse(task: AnalysisTask): ReturnType<typeof runTask> {
  return runTask(vocabularies, task);
}

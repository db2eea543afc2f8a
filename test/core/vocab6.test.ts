import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/core/extract/extract.js';
import { loadTaxonomy } from '../../src/core/taxonomy/index.js';
import { namedSkills } from '../support/named-skills.js';

const taxonomy = loadTaxonomy();
const ids = (text: string): string[] => extractPosting(taxonomy, text).requirements.map((r) => r.skill.id);
const named = (text: string): string[] => namedSkills(taxonomy, text);
const req = (line: string): string[] => ids(`Requirements:\n- ${line}`);
const namedReq = (line: string): string[] => named(`Requirements:\n- ${line}`);

describe('vocabulary round 6: methods, domains and tools of analytics, research and internet-platform postings', () => {
  it.each([
    // analysis methods named by a noun phrase
    ['Experience with MaxDiff and TURF analysis', ['conjoint-analysis', 'turf-analysis']],
    ['Familiar with exponential smoothing and Holt-Winters models', ['forecasting']],
    ['Forecasting in Python with statsmodels and Prophet', ['python', 'statsmodels', 'prophet']],
    ['Experience with Facebook Prophet', ['prophet']],
    ['Experience with text analytics', ['data-mining']],
    ['Price elasticity modeling, Van Westendorp and Gabor-Granger studies', ['price-elasticity-analysis']],
    ['Experimentation methods such as CUPED, sequential testing and guardrail metrics', ['a-b-testing']],
    ['Experience designing switchback experiments', ['experimental-design']],
    ['Panel data analysis and event study methods', ['econometrics']],
    ['Time-series models: SARIMA, VAR models, GARCH, changepoint detection', ['time-series-analysis']],
    ['Experience with MCMC', ['bayesian-statistics']],
    ['Latent class analysis and discriminant analysis', ['multivariate-analysis']],
    ['Estimating heterogeneous treatment effects with causal forests or double machine learning', ['causal-inference']],
    ['Bootstrap resampling and permutation tests', ['inferential-statistics']],
    ['Define engagement metrics such as DAU/MAU', ['product-analytics']],
    ['Analyse retention curves', ['churn-analysis']],
    ['Experience with clickstream analysis', ['user-behavior-analysis']],
    ['Own event tracking and tracking plans for product instrumentation', ['analytics-instrumentation']],
    ['Experience with win/loss analysis', ['competitive-analysis']],
    ['Experience with break-even analysis', ['financial-analysis']],
    ['Opportunity sizing for new products', ['market-sizing']],
    ['Brand tracking and perceptual mapping studies', ['market-research']],
    // user research and design practice
    ['Heuristic reviews against usability heuristics', ['heuristic-evaluation']],
    ['Strong understanding of usability principles', ['user-experience']],
    ['Experience running first-click testing', ['usability-testing']],
    ['Figma, Maze and Lookback', ['figma', 'maze', 'lookback']],
    ['Prioritise features with the Kano model', ['feature-prioritization']],
    ['Conduct stakeholder interviews', ['requirements-gathering']],
    // language processing, ranking and vision
    ['NER, summarization and question answering', ['named-entity-recognition', 'text-summarization', 'question-answering']],
    ['Experience with abstractive summarization', ['text-summarization']],
    ['Experience with text generation and subword tokenization', ['natural-language-processing']],
    ['Experience building dialogue systems and conversational AI', ['conversational-ai']],
    ['Experience with learning to rank and feed ranking', ['learning-to-rank']],
    ['Experience with multimodal models and vision-language models', ['multimodal-ai']],
    ['Work on content understanding', ['content-understanding']],
    ['Experience with vector search', ['embeddings']],
    ['Query understanding and query rewriting', ['search-engines']],
    ['Video understanding and action recognition', ['computer-vision']],
    ['Fine-tuning, RAG and prompt engineering', ['llm-fine-tuning', 'retrieval-augmented-generation', 'prompt-engineering']],
    ['Supervised fine-tuning and direct preference optimization', ['llm-fine-tuning']],
    ['Thompson sampling and bandit algorithms', ['reinforcement-learning']],
    // sales and consulting
    ['Experience running discovery calls and product demos', ['lead-qualification', 'product-demonstrations']],
    ['Proven closing skills', ['sales']],
    ['Pipeline management and pipeline forecasting', ['sales-pipeline-management', 'sales-forecasting']],
    ['Experience responding to RFPs and writing tender responses', ['proposal-writing']],
    ['Structured problem solving with issue trees and MECE frameworks', ['structured-thinking']],
    // analytics and experimentation tools
    ['Amplitude, Pendo or PostHog', ['amplitude', 'pendo', 'posthog']],
    ['FullStory and Contentsquare', ['fullstory', 'contentsquare']],
    ['Segment and Snowplow', ['segment', 'snowplow']],
    [
      'Experience with customer data platforms such as Segment, Tealium or mParticle',
      ['customer-data-platforms', 'segment', 'tealium', 'mparticle'],
    ],
    ['Experience with Twilio Segment', ['segment']],
    ['RudderStack or Segment', ['rudderstack', 'segment']],
    ['Optimizely, Statsig or VWO', ['optimizely', 'statsig', 'vwo']],
    ['Experience with Adobe Target', ['adobe-target']],
    // internet-platform domains
    ['Experience in monetization', ['monetization']],
    ['Experience in user growth and product-led growth', ['user-growth']],
    ['Knowledge of the creator economy', ['creator-economy']],
    ['Experience in short-form video or short video platforms', ['short-form-video']],
    ['Experience in content operations', ['content-operations']],
    ['Understanding of the content ecosystem', ['content-ecosystem']],
    ['Experience with two-sided marketplaces and marketplace dynamics', ['marketplace-dynamics']],
    ['Experience in seller operations', ['marketplace-operations']],
    ['Experience in ads ranking and ad auctions', ['ads-ranking']],
    ['Audience targeting and retargeting', ['ad-targeting']],
    ['Account takeover and scam detection', ['fraud-detection']],
  ])('reads "%s"', (line, expected) => {
    expect(namedReq(line)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Choose the Mode of transport that suits you', ['mode-analytics']],
    ['We deal with a heap of paperwork every day', ['heap-analytics']],
    ['Experience selling into the enterprise market segment', ['segment']],
    ['Segment leaders across the region report to you', ['segment']],
    ['The Prophet of the Old Testament', ['prophet']],
    ['Navigate a maze of regulations', ['maze']],
    ['A lookback period of 12 months', ['lookback']],
    ['Snowplow driver with a clean licence', ['snowplow']],
    ['Turf management and irrigation', ['turf-analysis']],
    ['Experience with data pipeline management', ['sales-pipeline-management']],
    ['Experience with talent pipeline management', ['sales-pipeline-management']],
    ['Experience closing the books at month end', ['sales']],
    ['Support store closing procedures', ['sales']],
    ['Fine-tuning our processes for efficiency', ['llm-fine-tuning']],
    ['Strong writing and summarization skills', ['text-summarization']],
    ['Work as a search quality rater from home', ['search-engines']],
    ['Experience with VAR in football', ['time-series-analysis']],
  ])('reads no tool or method into "%s"', (line, absent) => {
    const found = req(line);
    for (const id of absent) expect(found).not.toContain(id);
  });

  it('reads month-end closing as accounting, not sales', () => {
    expect(req('Experience with month-end closing')).toEqual(['month-end-close']);
  });
});

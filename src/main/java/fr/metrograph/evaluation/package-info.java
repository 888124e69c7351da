/**
 * Measures the extractor like a named-entity recogniser: reads hand-written expected
 * extractions ({@code *.expected.yml}), runs the extractor on their documents and counts
 * true positives, false positives and false negatives per entity type (people,
 * metropolises, organisations, communes, dated meetings, roles). Spring-free; the only
 * class that knows the extractor is {@link fr.metrograph.evaluation.ExtractorAdapter}.
 */
package fr.metrograph.evaluation;

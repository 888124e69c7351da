/**
 * French NLP under the prose finders: sentences, tokens, UD part-of-speech tags, named
 * entities and a UD dependency parse from Stanford CoreNLP's French models, loaded once,
 * lazily, and run only on prose paragraphs.
 */
package fr.metrograph.ingest.annotate;

/**
 * Find: one small finder per thing, each reading one layout or one kind of fact.
 * <h2>The finder contract</h2> A {@link fr.metrograph.ingest.find.Finder} has a
 * {@code name()} (stored as {@code extractor} on every fact it adds), a default
 * {@code confidence()} (0–1, stored as {@code confidence}), and
 * {@code find(ExtractionContext)}. The
 * {@link fr.metrograph.ingest.find.ExtractionContext} gives it everything about one
 * document: {@code part()} (lines numbered as in the file, kind, title, group, the year
 * decided by the split, the main date, the layout), {@code paragraphs()},
 * {@code reference()} (metropolises, EPTs, organisations and their aliases),
 * {@code names()} (the person-name parser), {@code annotations()} (what the NLP
 * annotators found, when they ran), what earlier finders found ({@code findings()},
 * {@code mainMeeting()}) and which lines a list or table already read
 * ({@code claimed(line)}). A finder adds facts through {@code findings()}: every passage
 * it gives is attributed to it unless it set its own confidence with
 * {@code evidence.withConfidence(…)}. Finders hold no state (one instance serves every
 * document, from any thread).
 * <h2>Plugging a finder in</h2> Add it to the list of the
 * {@link fr.metrograph.ingest.find.KindExtractor} of each kind it reads
 * ({@code MeetingReportExtractor}, {@code ProseExtractor},
 * {@code AnnualSummaryExtractor}, {@code ProjectSheetExtractor}), at the place where what
 * it needs has been found: people finders go from the surest layout to the least sure
 * (lists, tables, programme lines, prose) and before {@code RoleAffiliationFinder}, which
 * turns role titles into roles. Give it its own tests on inline text.
 * <h2>Sub-packages</h2> {@code bodies} (bodies and communes named, the group),
 * {@code meeting} (the meeting a document reports, its sessions, format and attending
 * bodies), {@code people} (people in list blocks, inline lists, tables, programme lines,
 * prose; roles and affiliations), {@code annual} (annual summaries: members, counted
 * meetings, figures, experience sharing, plans, dated meetings), {@code sheet} (project
 * sheets), {@code names} (person names, first names, role titles), {@code themes} (theme
 * labels), {@code prose} (the NLP finders of prose).
 */
package fr.metrograph.ingest.find;

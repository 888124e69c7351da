package fr.metrograph.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import fr.metrograph.cypher.CypherQueries;
import fr.metrograph.graph.EntityNotFoundException;
import fr.metrograph.ingest.IngestReport;
import fr.metrograph.ingest.IngestService;
import fr.metrograph.ingest.model.PersonNames;
import fr.metrograph.graph.Slugs;
import fr.metrograph.ingest.resolve.Correction;
import fr.metrograph.ingest.resolve.FactIdentity;
import fr.metrograph.security.Accounts.Author;

/**
 * Records, applies and undoes corrections. Recording one, under the store's lock: check
 * the item's revision (optimistic concurrency), check and complete the correction, write
 * its file, then reload through the pipeline every document it may change, in one
 * transaction that bumps the graph version ("curation"). If the reload fails, the file is
 * removed again and the graph is as it was. Undoing one marks it undone the same way.
 */
@Service
public class CurationService {

	private static final Logger log = LoggerFactory.getLogger(CurationService.class);

	private final CorrectionStore store;

	private final CorrectionDrafts drafts;

	private final IngestService ingest;

	private final Driver driver;

	private final CypherQueries queries;

	CurationService(CorrectionStore store, CorrectionDrafts drafts, IngestService ingest, Driver driver,
			CypherQueries queries) {
		this.store = store;
		this.drafts = drafts;
		this.ingest = ingest;
		this.driver = driver;
		this.queries = queries;
		List.of("curation/affected_files", "curation/applied_corrections").forEach(queries::get);
	}

	/**
	 * A correction recorded and applied.
	 *
	 * @param correction as stored
	 * @param applied whether it changed something in the loaded documents (otherwise it
	 * is stale from the start)
	 * @param report what the reload did
	 * @param revisions the items' revisions now
	 */
	public record Applied(HistoryEntry correction, boolean applied, String report, Map<String, Integer> revisions) {
	}

	/** Records and applies a correction. */
	public Applied record(CorrectionRequest request, Author author) {
		return this.store.locked(() -> {
			List<Correction> all = this.store.all();
			Correction correction = this.drafts.build(request, author);
			checkRevision(request.items().isEmpty() ? correction.itemKeys() : request.items(), request.revision(), all);
			Set<String> files = affectedFiles(correction);
			this.store.write(correction);
			IngestReport report;
			try {
				report = this.ingest.reload(files, "curation");
			}
			catch (RuntimeException ex) {
				this.store.delete(correction.id());
				throw ex;
			}
			boolean applied = appliedIds().containsKey(correction.id()) || appliesWithoutDocuments(correction);
			log.info("Correction {} by {} ({} file(s) reloaded, applied: {})", correction.id(), author.username(),
					files.size(), applied);
			List<Correction> now = new ArrayList<>(all);
			now.add(correction);
			return new Applied(entry(correction, !applied), applied, report.summary(),
					revisions(correction.itemKeys(), now));
		});
	}

	/** Undoes a correction (it stays in the folder, marked undone). */
	public Applied undo(String id, String why, Integer revision, Author author) {
		return this.store.locked(() -> {
			List<Correction> all = this.store.all();
			Correction correction = all.stream()
				.filter((c) -> c.id().equals(id))
				.findFirst()
				.orElseThrow(() -> new EntityNotFoundException("correction", id));
			if (correction.undone() != null) {
				throw new CorrectionConflictException(
						"Cette correction a déjà été annulée par " + correction.undone().byName() + " le "
								+ correction.undone().at() + ".",
						"correction:" + id, revision(correction.itemKeys().get(0), all),
						List.of(entry(correction, false)));
			}
			if (correction.kindOfAction() == null || correction.kindOfAction().journalOnly()) {
				throw new InvalidCorrectionException("id",
						"Un dépôt s'annule en retirant le document (rôle admin), pas depuis l'historique des corrections.");
			}
			checkRevision(correction.itemKeys(), revision, all);
			Set<String> files = affectedFiles(correction);
			Correction undone = correction.undo(new Correction.Undo(author.username(), author.name(),
					Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), blankToNull(why)));
			this.store.write(undone);
			IngestReport report;
			try {
				report = this.ingest.reload(files, "curation");
			}
			catch (RuntimeException ex) {
				this.store.write(correction);
				throw ex;
			}
			log.info("Correction {} undone by {} ({} file(s) reloaded)", id, author.username(), files.size());
			List<Correction> now = new ArrayList<>(all);
			now.replaceAll((c) -> c.id().equals(id) ? undone : c);
			return new Applied(entry(undone, false), true, report.summary(), revisions(correction.itemKeys(), now));
		});
	}

	/**
	 * Runs a load alone: no correction is recorded or undone meanwhile, so a load always
	 * sees one state of the curation.
	 */
	public <T> T exclusive(java.util.function.Supplier<T> action) {
		return this.store.locked(action);
	}

	/** Records a line of the journal (an upload, a retraction): no reload. */
	public void journal(Correction entry) {
		this.store.locked(() -> {
			this.store.write(entry);
			return null;
		});
	}

	/** Every correction and upload, newest first, with whether each is stale. */
	public List<HistoryEntry> history() {
		Map<String, Long> applied = appliedIds();
		List<HistoryEntry> entries = new ArrayList<>();
		for (Correction c : this.store.all()) {
			boolean stale = c.active() && !applied.containsKey(c.id()) && !appliesWithoutDocuments(c);
			entries.add(entry(c, stale));
		}
		entries.sort(Comparator.comparing(HistoryEntry::at).thenComparing(HistoryEntry::id).reversed());
		return entries;
	}

	/** The revision of each item (0 when nothing was ever done to it). */
	public Map<String, Integer> revisions(List<String> items) {
		return revisions(items, this.store.all());
	}

	/** The corrections in force, for the review queue. */
	public List<Correction> active() {
		return this.store.all().stream().filter(Correction::active).toList();
	}

	private Map<String, Integer> revisions(List<String> items, List<Correction> all) {
		Map<String, Integer> revisions = new HashMap<>();
		items.forEach((item) -> revisions.put(item, revision(item, all)));
		return revisions;
	}

	/** How many times the item was corrected or a correction of it undone. */
	static int revision(String item, List<Correction> all) {
		int revision = 0;
		for (Correction c : all) {
			if (c.itemKeys().contains(item)) {
				revision += (c.undone() != null) ? 2 : 1;
			}
		}
		return revision;
	}

	private void checkRevision(List<String> items, Integer expected, List<Correction> all) {
		if (expected == null) {
			return;
		}
		for (String item : items) {
			int current = revision(item, all);
			if (current != expected) {
				List<HistoryEntry> since = all.stream()
					.filter((c) -> c.itemKeys().contains(item))
					.sorted(Comparator.comparing(Correction::at).reversed())
					.map((c) -> entry(c, false))
					.toList();
				String last = since.isEmpty() ? "" : " Dernière modification : " + since.get(0).label().toLowerCase()
						+ " par " + since.get(0).byName() + " (" + since.get(0).at() + ").";
				throw new CorrectionConflictException("Quelqu'un a modifié cet élément depuis que vous l'avez affiché."
						+ last + " Relisez et recommencez si besoin.", item, current, since);
			}
		}
	}

	/** The files a correction may change (before and after it applies). */
	private Set<String> affectedFiles(Correction c) {
		Set<String> people = new LinkedHashSet<>();
		Set<String> keys = new LinkedHashSet<>();
		Set<String> entities = new LinkedHashSet<>();
		List<String> files = new ArrayList<>();
		if (c.person() != null) {
			people.add(c.person());
		}
		people.addAll((c.kindOfAction() == Correction.Action.MERGE_PEOPLE) ? c.others() : List.of());
		if (c.kindOfAction() == Correction.Action.SPLIT_PERSON && c.name() != null) {
			people.add(PersonNames.id(c.name()));
		}
		c.spellings().forEach((s) -> keys.add(Slugs.fold(PersonNames.stripHonorific(s))));
		if (c.file() != null) {
			files.add(c.file());
		}
		FactIdentity fact = FactIdentity.parse(c.fact());
		if (fact != null && c.file() == null) {
			entities.add(fact.start());
		}
		if (c.entity() != null && c.file() == null) {
			entities.add(c.entity());
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("files", files);
		parameters.put("correction", c.id());
		parameters.put("people", List.copyOf(people));
		parameters.put("keys", List.copyOf(keys));
		parameters.put("entities", List.copyOf(entities));
		parameters.put("mentions", (c.mention() != null) ? List.of(c.mention()) : List.of());
		try (var session = this.driver.session()) {
			return new LinkedHashSet<>(
					session.executeRead((tx) -> tx.run(this.queries.get("curation/affected_files"), parameters)
						.list((r) -> r.get("path").asString())));
		}
	}

	/** Correction id → number of documents it applies to. */
	private Map<String, Long> appliedIds() {
		try (var session = this.driver.session()) {
			Map<String, Long> ids = new HashMap<>();
			session.executeRead((tx) -> tx.run(this.queries.get("curation/applied_corrections")).list())
				.forEach((r) -> ids.put(r.get("correction").asString(), r.get("documents").asLong()));
			return ids;
		}
	}

	/** Corrections that act on reference nodes or on resolution only, never "stale". */
	private static boolean appliesWithoutDocuments(Correction c) {
		Correction.Action action = c.kindOfAction();
		return action == Correction.Action.RENAME_METROPOLIS || action == Correction.Action.ALIAS_METROPOLIS
				|| action == Correction.Action.KEEP_APART;
	}

	static HistoryEntry entry(Correction c, boolean stale) {
		boolean undoable = c.undone() == null && c.kindOfAction() != null && !c.kindOfAction().journalOnly();
		return new HistoryEntry(c.id(), c.action(), Descriptions.label(c), Descriptions.describe(c), c.by(),
				(c.byName() != null) ? c.byName() : c.by(), c.at(), c.why(), c.file(), c.itemKeys(),
				(c.undone() != null) ? c.undone().byName() : null, (c.undone() != null) ? c.undone().at() : null, stale,
				undoable);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

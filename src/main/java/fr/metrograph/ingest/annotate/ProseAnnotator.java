package fr.metrograph.ingest.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Annotates the paragraphs of a document: each is cut into {@link ProseSegments}; running
 * prose (or a short line that says who speaks or leads: "Intervenant : X. Animé par Y.")
 * that may name a person (two capitalised words in a row once the names of known bodies
 * are masked, the first not a determiner or a preposition starting a sentence; an
 * honorific; or a word in capitals after a capitalised one) goes through the French NLP
 * pipeline; everything else is only cut into sentences, for the event finder. Lists and
 * tables never reach the pipeline: the rules read them.
 * <p>
 * Thread-safe (no state besides the shared pipeline).
 */
public final class ProseAnnotator {

	private static final Pattern NAME_SHAPE = Pattern.compile(
			"(?U)\\b(?!(?:Le|La|Les|L|Un|Une|Des|Du|De|Au|Aux|En|Pour|Par|Dans|Sur|Avec|Selon|Chez|Entre|Depuis|Après|Avant|Lors|Ce|Cette|Ces|Cet|Son|Sa|Ses|Leur|Leurs|Notre|Nos|Votre|Vos|Mais|Et|Ou|Si|Il|Elle|Ils|Elles|On|Nous|Vous|Ici|Voici)\\b)\\p{Lu}[\\p{Ll}'’\\-]+\\s+(?:(?:de|du|des|d['’]|le|la|van|von|ben|el)\\s+)?\\p{Lu}[\\p{L}'’\\-]+|\\b(?:M\\.|Mme|Mmes|MM\\.|Mlle|Madame|Monsieur|Dr)\\s+\\p{Lu}|\\b\\p{Lu}[\\p{Ll}'’\\-]+\\s+\\p{Lu}{2,}\\b");

	/**
	 * Words that say who speaks or leads at an event: a short line holding one
	 * ("Intervenant : X (Body). Animé par Y.") is annotated even when it is not prose.
	 */
	private static final Pattern CAPACITY_MARKER = Pattern.compile(
			"(?iU)\\b(?:intervenant\\S*|intervention\\s+d[e']|anim[ée]e?s?\\s+par|animation\\s*:|mod[ée]r[ée]e?s?\\s+par|avec|en pr[ée]sence d[e']|organis[ée]e?s?\\s+par|accueilli\\S*\\s+par|grand t[ée]moin|ouverture\\s+par|conf[ée]rence\\s+d[e'])\\b");

	private final FrenchNlp nlp;

	private final Function<String, String> maskBodies;

	/**
	 * @param nlp the French pipeline
	 * @param maskBodies replaces the names of known bodies in a text by lower-case
	 * letters of the same length (so that "Rennes Métropole" does not look like a
	 * person's name); the identity when unknown
	 */
	public ProseAnnotator(FrenchNlp nlp, Function<String, String> maskBodies) {
		this.nlp = nlp;
		this.maskBodies = maskBodies;
	}

	/**
	 * @param paragraphs the document's paragraphs, lines joined by '\n'
	 * @return their segments, annotated where needed, in order
	 */
	public List<AnnotatedSegment> annotate(List<String> paragraphs) {
		List<AnnotatedSegment> out = new ArrayList<>();
		for (int i = 0; i < paragraphs.size(); i++) {
			for (ProseSegments.Segment s : ProseSegments.of(paragraphs.get(i))) {
				boolean annotate = (s.prose() || (!s.listItem() && CAPACITY_MARKER.matcher(s.text()).find()))
						&& mayNameSomeone(s.text());
				AnnotatedText text = annotate ? this.nlp.annotate(s.text()) : AnnotatedText.sentencesOnly(s.text());
				out.add(new AnnotatedSegment(i, s.offset(), text, s.prose()));
			}
		}
		return out;
	}

	/**
	 * @param text a prose segment
	 * @return whether it has the shape of a person's name somewhere
	 */
	boolean mayNameSomeone(String text) {
		return NAME_SHAPE.matcher(this.maskBodies.apply(text)).find();
	}

}

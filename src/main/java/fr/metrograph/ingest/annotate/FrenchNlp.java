package fr.metrograph.ingest.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stanford CoreNLP's French pipeline, loaded once per JVM, lazily, and shared: tokens and
 * sentences, multi-word tokens ("du" → "de le"), UD part-of-speech tags and the 4-class
 * named-entity recogniser (PER, LOC, ORG, MISC, trained on WikiNER) on every sentence
 * given; the UD dependency parser only on the sentences a caller asks for (those with a
 * person or an event noun), since it costs two thirds of the time.
 * <p>
 * Settings come from {@code StanfordCoreNLP-french.properties} inside the
 * {@code models-french} jar, with SUTime, numeric and fine-grained NER off (the date
 * parser of the project does dates).
 * <p>
 * Cost, measured on this project's 2-core machine (README, "French NLP"): the tagging
 * models load in about 5 s and the parser in about 8 s (each on first use); together they
 * hold about 500 MB of heap. Annotation runs at about 6,000 words per second without the
 * parse and 2,500 with it, per core.
 * <p>
 * Thread-safe: loading is guarded, and CoreNLP's annotators may be called from several
 * threads at once. Spring-free on purpose, so that every test JVM and every application
 * context share the one copy ({@link #shared()}).
 * <p>
 * Why just over 300 lines: the models' loading (lazy, shared, timed, on two threads) and
 * the annotation that reads their output into tokens depend on the same pipelines'
 * properties.
 */
public final class FrenchNlp {

	private static final Logger logger = LoggerFactory.getLogger(FrenchNlp.class);

	private static final FrenchNlp SHARED = new FrenchNlp();

	private static final Pattern HONORIFIC = Pattern
		.compile("M\\.?|Mme\\.?|Mmes|MM\\.?|Mlle\\.?|Madame|Monsieur|Mademoiselle|Dr\\.?");

	private static final Pattern CAPITAL_SURNAME = Pattern.compile(
			"(?U)(?:\\b(?!(?:La|Le|Les|Pour|Selon|Avec|Par|De|Du|Des|En|Et|Ou|Sur|Dans|Chez|Une|Un|Son|Sa|Ses|Leur|Leurs|Cette|Ce|Cet|Ces|Notre|Nos|Votre|Vos|Mais|Si|Contact|Lieu|Date|Source|Photo|Crédits?|Entre|Vers|Depuis|Comme|Ville|Métropole|Conseil|Agence|Institut|Commune|Région|Département)\\b)\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\bM\\.|\\bMme\\.?|\\bMlle\\.?|\\bMadame|\\bMonsieur)\\s+((?:(?:LE|LA|DE|DU|DES|VAN|VON|DA|DI|D['’])\\s+)?\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})*(?:\\s+\\p{Lu}{2,}(?:-\\p{Lu}{2,})*)?)\\b(?!\\s*\\p{Lu}{2,})");

	private static final Pattern INCLUSIVE_DOT = Pattern.compile("(?<=\\p{L})[·•∙⋅](?=\\p{L})");

	private static final Pattern INCLUSIVE_POINT = Pattern
		.compile("(?<=\\p{Ll})\\.(?=(?:e|es|s|e\\.s|ne|nes|rice|rices)(?!\\p{L}))");

	private final Object taggerLock = new Object();

	private final Object parserLock = new Object();

	private volatile StanfordCoreNLP tagger;

	private volatile StanfordCoreNLP parser;

	private volatile Duration taggerLoad;

	private volatile Duration parserLoad;

	private FrenchNlp() {
	}

	/**
	 * @return the one instance of this JVM (models load on its first use)
	 */
	public static FrenchNlp shared() {
		return SHARED;
	}

	/**
	 * Annotates a text, parsing the sentences that hold a person or an honorific (the
	 * prose finders read roles and enumerations from their parse).
	 * @param text the text (a prose paragraph; line breaks inside are soft wraps)
	 * @return the annotated text
	 */
	public AnnotatedText annotate(String text) {
		return annotate(text, FrenchNlp::namesSomeone);
	}

	/**
	 * @param s a tagged sentence
	 * @return whether a word of it is (part of) a person or an honorific
	 */
	public static boolean namesSomeone(Sentence s) {
		for (Token t : s.tokens()) {
			if (t.person() || HONORIFIC.matcher(t.word()).matches()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Annotates a text: tags and entities on every sentence, the dependency parse on
	 * those for which {@code parse} is true (it sees the sentence with tags and
	 * entities).
	 * @param text the text
	 * @param parse which sentences to parse
	 * @return the annotated text
	 */
	public AnnotatedText annotate(String text, Predicate<Sentence> parse) {
		Annotation document = new Annotation(normalise(text));
		tagger().annotate(document);
		List<CoreMap> maps = document.get(CoreAnnotations.SentencesAnnotation.class);
		List<Sentence> sentences = new ArrayList<>(maps.size());
		List<CoreMap> toParse = new ArrayList<>();
		List<Integer> parsedIndexes = new ArrayList<>();
		for (CoreMap map : maps) {
			Sentence s = sentence(map, null);
			if (parse.test(s)) {
				toParse.add(map);
				parsedIndexes.add(sentences.size());
			}
			sentences.add(s);
		}
		if (!toParse.isEmpty()) {
			Annotation subset = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
			subset.set(CoreAnnotations.SentencesAnnotation.class, toParse);
			parser().annotate(subset);
			for (int k = 0; k < toParse.size(); k++) {
				CoreMap map = toParse.get(k);
				sentences.set(parsedIndexes.get(k),
						sentence(map, map.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)));
			}
		}
		return new AnnotatedText(text, sentences);
	}

	/**
	 * Loads every model now (for measurements and warm-up): the parser on a thread of its
	 * own while this one loads the tagger, as neither needs the other.
	 * @return the load times
	 */
	public LoadTimes load() {
		Thread parsing = new Thread(this::parser, "nlp-parser-load");
		parsing.setDaemon(true);
		// a failure is reported by the parser() call below, which loads it again
		parsing.setUncaughtExceptionHandler((thread, ex) -> {
		});
		parsing.start();
		tagger();
		try {
			parsing.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		parser();
		return loadTimes();
	}

	/**
	 * @return how long the models took to load (null parts are not loaded yet)
	 */
	public LoadTimes loadTimes() {
		return new LoadTimes(this.taggerLoad, this.parserLoad);
	}

	/**
	 * Model load times.
	 *
	 * @param tagger tokens, sentences, multi-word tokens, tags and entities; null until
	 * loaded
	 * @param parser the dependency parser; null until loaded
	 */
	public record LoadTimes(Duration tagger, Duration parser) {
	}

	/**
	 * Prepares a text for the tokenizer without moving any offset: line breaks inside a
	 * paragraph are soft wraps (spaces), and inclusive writing ("élu·es", "élu.e.s",
	 * "participant•es") becomes one hyphenated word, which the French tokenizer keeps
	 * whole, instead of three tokens that derail the tagger and the parser.
	 * @param text the text
	 * @return a text of the same length
	 */
	static String normalise(String text) {
		String s = text.replace('\n', ' ').replace('\r', ' ');
		s = INCLUSIVE_DOT.matcher(s).replaceAll("-");
		s = INCLUSIVE_POINT.matcher(s).replaceAll("-");
		// "Soizic LE BIHAN", "Mme SCUOTTO-CALVEZ": a surname in capitals after a given
		// name
		// or an honorific reads as a person to the recogniser once written "Le Bihan"
		Matcher m = CAPITAL_SURNAME.matcher(s);
		StringBuilder out = new StringBuilder(s.length());
		int last = 0;
		while (m.find()) {
			out.append(s, last, m.start(1));
			out.append(titleCase(m.group(1)));
			last = m.end(1);
		}
		return out.append(s, last, s.length()).toString();
	}

	private static String titleCase(String capitals) {
		StringBuilder b = new StringBuilder(capitals.length());
		boolean start = true;
		for (int i = 0; i < capitals.length(); i++) {
			char c = capitals.charAt(i);
			b.append(start ? c : Character.toLowerCase(c));
			start = !Character.isLetter(c);
		}
		return b.toString();
	}

	private static Sentence sentence(CoreMap map, SemanticGraph graph) {
		List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
		List<Token> tokens = new ArrayList<>(labels.size());
		for (int i = 0; i < labels.size(); i++) {
			CoreLabel l = labels.get(i);
			int head = -1;
			String relation = null;
			if (graph != null) {
				IndexedWord w = graph.getNodeByIndexSafe(i + 1);
				if (w != null) {
					SemanticGraphEdge edge = graph.incomingEdgeIterator(w).hasNext()
							? graph.incomingEdgeIterator(w).next() : null;
					head = (edge != null) ? edge.getGovernor().index() : 0;
					relation = (edge != null) ? edge.getRelation().toString() : "root";
				}
			}
			tokens.add(new Token(i + 1, l.word(), l.tag(), entityClass(l.ner()), l.beginPosition(), l.endPosition(),
					head, relation));
		}
		int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
		int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
		return new Sentence(begin, end, tokens, graph != null);
	}

	private static String entityClass(String ner) {
		if (ner == null || ner.equals("O")) {
			return "O";
		}
		// the French model writes IO tags: I-PER, I-LOC…
		int dash = ner.indexOf('-');
		return (dash >= 0) ? ner.substring(dash + 1) : ner;
	}

	private StanfordCoreNLP tagger() {
		StanfordCoreNLP t = this.tagger;
		if (t == null) {
			synchronized (this.taggerLock) {
				t = this.tagger;
				if (t == null) {
					long start = System.nanoTime();
					t = new StanfordCoreNLP(properties("tokenize,ssplit,mwt,pos,ner"));
					this.taggerLoad = Duration.ofNanos(System.nanoTime() - start);
					logger.info("French NLP: tagger and named-entity models loaded in {} ms",
							this.taggerLoad.toMillis());
					this.tagger = t;
				}
			}
		}
		return t;
	}

	private StanfordCoreNLP parser() {
		StanfordCoreNLP p = this.parser;
		if (p == null) {
			synchronized (this.parserLock) {
				p = this.parser;
				if (p == null) {
					long start = System.nanoTime();
					Properties props = properties("depparse");
					// the sentences come tagged from the tagger pipeline
					props.setProperty("enforceRequirements", "false");
					p = new StanfordCoreNLP(props);
					this.parserLoad = Duration.ofNanos(System.nanoTime() - start);
					logger.info("French NLP: dependency parser loaded in {} ms", this.parserLoad.toMillis());
					this.parser = p;
				}
			}
		}
		return p;
	}

	private static Properties properties(String annotators) {
		Properties props = new Properties();
		try (InputStream in = FrenchNlp.class.getClassLoader()
			.getResourceAsStream("StanfordCoreNLP-french.properties")) {
			if (in == null) {
				throw new IllegalStateException(
						"StanfordCoreNLP-french.properties is not on the class path: the stanford-corenlp models-french jar is missing");
			}
			props.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		props.setProperty("annotators", annotators);
		props.setProperty("ner.useSUTime", "false");
		props.setProperty("ner.applyNumericClassifiers", "false");
		props.setProperty("ner.applyFineGrained", "false");
		props.setProperty("ner.buildEntityMentions", "false");
		return props;
	}

}

package fr.metrograph.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a researcher's query looks like before Neo4j sees it, from one pass of a small
 * tokenizer that knows Cypher's strings, comments, quoted names and parameters (so
 * brackets or keywords inside them do not count):
 * <ul>
 * <li>{@link #expressionDepth()}: an upper estimate of the depth of the syntax tree the
 * planner will build: one per open bracket, plus one per binary operator chained at that
 * level ({@code 1 + 1 + 1}, {@code a AND b AND c}, each pattern arrow). Neo4j's planner
 * stops answering, and ignores the transaction timeout, past a few hundred levels
 * ({@code RETURN ((((…1…))))} with 400 levels, or {@code 1 + 1 + …} with 200 terms, did
 * not plan in 45 s on Neo4j 2026.08), so this is checked before planning;</li>
 * <li>{@link #ranges()}: every {@code range(start, end[, step])} call, with its bounds
 * when they are integer literals or parameters, so that the number of values it
 * enumerates can be bounded (Neo4j does not interrupt a list comprehension or a
 * {@code reduce} at the transaction timeout);</li>
 * <li>{@link #leadingWords()}: the first keywords, to name administration commands
 * ({@code SHOW USERS}) for what they are.</li>
 * </ul>
 * Cost: linear in the length of the text. The tokenizer is deliberately lenient: text it
 * does not understand is left to Neo4j's parser, which reports errors.
 *
 * @param expressionDepth the estimated depth of the deepest expression
 * @param ranges the {@code range()} calls, in order
 * @param leadingWords the first three keywords, upper case (after {@code CYPHER …} and
 * {@code USE …} prefixes)
 */
record QueryShape(int expressionDepth, List<Range> ranges, List<String> leadingWords) {

	/**
	 * One {@code range()} call.
	 *
	 * @param arguments its arguments as written (trimmed)
	 */
	record Range(List<String> arguments) {

		/**
		 * The number of values it enumerates, when its bounds are integer literals or
		 * integer parameters.
		 * @param parameters the query's parameters
		 * @return the count, or -1 when it cannot be known before running
		 */
		long size(java.util.Map<String, Object> parameters) {
			if (this.arguments.size() < 2 || this.arguments.size() > 3) {
				return -1;
			}
			Long start = integer(this.arguments.get(0), parameters);
			Long end = integer(this.arguments.get(1), parameters);
			Long step = (this.arguments.size() == 3) ? integer(this.arguments.get(2), parameters) : Long.valueOf(1);
			if (start == null || end == null || step == null || step == 0) {
				return -1;
			}
			double count = Math.floor(((double) end - start) / step) + 1;
			return (count <= 0) ? 0 : (long) Math.min(count, Long.MAX_VALUE);
		}

		private static Long integer(String text, java.util.Map<String, Object> parameters) {
			String value = text.replace(" ", "");
			if (value.startsWith("$")) {
				Object parameter = parameters.get(value.substring(1));
				return (parameter instanceof Number number && !(parameter instanceof Double)
						&& !(parameter instanceof Float)) ? Long.valueOf(number.longValue()) : null;
			}
			try {
				return Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

	/** Keywords that are binary operators, or that chain like them. */
	private static final Set<String> OPERATOR_WORDS = Set.of("AND", "OR", "XOR", "IN", "CONTAINS", "STARTS", "ENDS",
			"IS");

	/** Keywords that start a new expression (clauses, CASE branches). */
	private static final Set<String> RESET_WORDS = Set.of("MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "UNWIND",
			"ORDER", "BY", "SKIP", "LIMIT", "CALL", "YIELD", "UNION", "AS", "WHEN", "THEN", "ELSE", "END", "CASE",
			"DISTINCT", "FILTER", "LET", "NEXT", "FINISH", "OFFSET");

	private static final String OPERATOR_CHARACTERS = "+-*/%^=<>!~";

	/**
	 * Reads a query's shape.
	 * @param query the text
	 * @return its shape
	 */
	static QueryShape of(String query) {
		return new Scanner(query).scan();
	}

	private static final class Scanner {

		private final String text;

		private int position;

		private final List<int[]> levels = new ArrayList<>();

		private int deepest;

		private final List<Range> ranges = new ArrayList<>();

		private final List<String> words = new ArrayList<>();

		private boolean prefix = true;

		private String lastWord = "";

		Scanner(String text) {
			this.text = text;
			this.levels.add(new int[] { 0 });
		}

		QueryShape scan() {
			while (this.position < this.text.length()) {
				char c = this.text.charAt(this.position);
				if (Character.isWhitespace(c)) {
					this.position++;
				}
				else if (this.text.startsWith("//", this.position)) {
					skipTo("\n", 2);
				}
				else if (this.text.startsWith("/*", this.position)) {
					skipTo("*/", 2);
				}
				else if (c == '\'' || c == '"') {
					skipString(c);
					this.lastWord = "";
				}
				else if (c == '`') {
					skipTo("`", 1);
					this.lastWord = "";
				}
				else if (Character.isLetter(c) || c == '_') {
					word();
				}
				else if (Character.isDigit(c) || c == '$') {
					this.position++;
					while (this.position < this.text.length()
							&& (Character.isLetterOrDigit(this.text.charAt(this.position))
									|| this.text.charAt(this.position) == '_'
									|| this.text.charAt(this.position) == '.')) {
						this.position++;
					}
					this.lastWord = "";
				}
				else if (OPERATOR_CHARACTERS.indexOf(c) >= 0) {
					while (this.position < this.text.length()
							&& OPERATOR_CHARACTERS.indexOf(this.text.charAt(this.position)) >= 0) {
						this.position++;
					}
					operator();
				}
				else {
					punctuation(c);
					this.position++;
				}
			}
			return new QueryShape(this.deepest, List.copyOf(this.ranges),
					List.copyOf(this.words.subList(0, Math.min(3, this.words.size()))));
		}

		private void word() {
			int start = this.position;
			while (this.position < this.text.length() && (Character.isLetterOrDigit(this.text.charAt(this.position))
					|| this.text.charAt(this.position) == '_')) {
				this.position++;
			}
			String word = this.text.substring(start, this.position).toUpperCase(Locale.ROOT);
			if (this.words.size() < 3 && !skippedPrefix(word)) {
				this.words.add(word);
			}
			if (OPERATOR_WORDS.contains(word)) {
				operator();
			}
			else if (RESET_WORDS.contains(word)) {
				top()[0] = 0;
			}
			this.lastWord = word;
		}

		/**
		 * {@code CYPHER 25 runtime=slotted} and {@code USE db} come before the command.
		 */
		private boolean skippedPrefix(String word) {
			if (!this.prefix) {
				return false;
			}
			if (this.words.isEmpty() && (word.equals("CYPHER") || word.equals("USE") || word.equals("EXPLAIN")
					|| word.equals("PROFILE"))) {
				this.lastWord = word;
				return true;
			}
			if (this.words.isEmpty() && (this.lastWord.equals("CYPHER") || this.lastWord.equals("USE"))) {
				return true;
			}
			this.prefix = false;
			return false;
		}

		private void punctuation(char c) {
			switch (c) {
				case '(', '[', '{' -> {
					if (c == '(' && this.lastWord.equals("RANGE")) {
						this.ranges.add(new Range(arguments(this.position + 1)));
					}
					this.levels.add(new int[] { 0 });
					measure();
				}
				case ')', ']', '}' -> {
					if (this.levels.size() > 1) {
						this.levels.remove(this.levels.size() - 1);
					}
				}
				case ',', '|', ';' -> top()[0] = 0;
				default -> {
				}
			}
			this.lastWord = "";
		}

		private void operator() {
			top()[0]++;
			measure();
		}

		private void measure() {
			int depth = 0;
			for (int[] level : this.levels) {
				depth += 1 + level[0];
			}
			this.deepest = Math.max(this.deepest, depth);
		}

		private int[] top() {
			return this.levels.get(this.levels.size() - 1);
		}

		/** The comma-separated arguments of a call whose text starts at {@code from}. */
		private List<String> arguments(int from) {
			List<String> arguments = new ArrayList<>();
			int depth = 0;
			int start = from;
			for (int i = from; i < this.text.length(); i++) {
				char c = this.text.charAt(i);
				if (c == '(' || c == '[' || c == '{') {
					depth++;
				}
				else if (c == ')' || c == ']' || c == '}') {
					if (depth == 0) {
						arguments.add(this.text.substring(start, i).strip());
						return arguments;
					}
					depth--;
				}
				else if (c == ',' && depth == 0) {
					arguments.add(this.text.substring(start, i).strip());
					start = i + 1;
				}
				else if (c == '\'' || c == '"' || c == '`') {
					return List.of();
				}
			}
			return List.of();
		}

		private void skipTo(String end, int skip) {
			int found = this.text.indexOf(end, this.position + skip);
			this.position = (found < 0) ? this.text.length() : found + end.length();
		}

		private void skipString(char quote) {
			this.position++;
			while (this.position < this.text.length()) {
				char c = this.text.charAt(this.position);
				if (c == '\\') {
					this.position += 2;
				}
				else if (c == quote) {
					this.position++;
					return;
				}
				else {
					this.position++;
				}
			}
		}

	}

}

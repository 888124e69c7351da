package fr.metrograph.ingest.read;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text a reader sees in a web page saved as HTML, laid out as the finders read
 * documents: one block per line, a blank line between paragraphs, list items as
 * {@code - item}, table rows as {@code | cell | cell |} (a separator line after the
 * first, as in Markdown), headings as in Markdown ({@code # title}, {@code ## section}).
 * Left out: what the browser does not show (the head, scripts, styles, templates, hidden
 * elements, images' alternative texts, form controls), navigation menus, and
 * cookie-consent banners, which only add words that are nobody's name. The page's
 * structured data (JSON-LD) is left out too: it is often stale, and the visible text is
 * what the author checked.
 */
final class HtmlText {

	/**
	 * Elements whose content the browser does not show, or that only hold site
	 * navigation.
	 */
	private static final String NOT_SHOWN = String.join(", ", "script", "style", "noscript", "template", "svg",
			"canvas", "iframe", "object", "embed", "select", "textarea", "dialog:not([open])", "nav",
			"[role=navigation]", "[hidden]", "[aria-hidden=true]", "[style~=(?i)display\\s*:\\s*none]",
			"[style~=(?i)visibility\\s*:\\s*hidden]");

	/**
	 * Cookie-consent banners, by the ids, classes and labels of the common consent tools,
	 * and the page's dialogs (consent, newsletter and sign-in pop-ups), shown over the
	 * page, not in it.
	 */
	private static final String CONSENT = "[id~=(?i)cookie|consent|gdpr|rgpd|tarteaucitron|axeptio|didomi|onetrust|cmplz],"
			+ "[class~=(?i)cookie|consent|gdpr|rgpd|tarteaucitron|axeptio|didomi|onetrust|cmplz],"
			+ "[aria-label~=(?i)cookie|consent], [role=dialog], [role=alertdialog], [aria-modal=true]";

	/** Elements that start and end a line. */
	private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
			"dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
			"h4", "h5", "h6", "header", "hgroup", "legend", "li", "main", "menu", "ol", "p", "pre", "section",
			"summary", "table", "ul");

	/** Blocks set apart by a blank line, as paragraphs are. */
	private static final Set<String> PARAGRAPHS = Set.of("blockquote", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
			"hgroup", "ol", "p", "pre", "section", "article", "aside", "table", "ul", "header", "footer", "main");

	private HtmlText() {
	}

	/**
	 * The visible text of an HTML page.
	 * @param html the page's source
	 * @return its text, one block per line
	 */
	static String of(String html) {
		Document page = Jsoup.parse(html);
		Element body = page.body();
		body.select(NOT_SHOWN).remove();
		body.select(CONSENT).remove();
		Writer writer = new Writer();
		NodeTraversor.traverse(writer, body);
		return tidy(writer.out.toString());
	}

	/**
	 * Trailing spaces dropped, at most one blank line in a row, no blank line at either
	 * end.
	 */
	private static String tidy(String text) {
		StringBuilder out = new StringBuilder();
		int blank = 0;
		for (String line : text.split("\n", -1)) {
			String stripped = line.stripTrailing();
			if (stripped.isBlank()) {
				blank++;
				continue;
			}
			if (!out.isEmpty()) {
				out.append(blank > 0 ? "\n\n" : "\n");
			}
			out.append(stripped);
			blank = 0;
		}
		return out.toString();
	}

	/** Walks the page once, writing text as it goes. */
	private static final class Writer implements NodeVisitor {

		private final StringBuilder out = new StringBuilder();

		/** Rows written in the current table, to put the separator after the first. */
		private int rowsInTable;

		/**
		 * Table cells open around the current node: a line break in one is a semicolon.
		 */
		private int cells;

		/** Preformatted elements open around the current node: their spaces are kept. */
		private int preformatted;

		/** Where the innermost open cell's text starts. */
		private int cellStart;

		/** Merged cells written again on each row they span. */
		private final TableSpans spans = new TableSpans();

		/**
		 * An inline element just ended with another element next to it: style sheets lay
		 * such neighbours out apart (a logo beside a heading, a day beside its month), so
		 * the next word is not glued to the last one.
		 */
		private boolean apart;

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				write(text);
			}
			else if (node instanceof Element element) {
				String tag = element.normalName();
				if ("pre".equals(tag)) {
					this.preformatted++;
				}
				switch (tag) {
					case "br" -> newline();
					case "h1", "h2", "h3", "h4", "h5", "h6" -> {
						blankLine();
						if (this.cells == 0) {
							this.out.append("#".repeat(tag.charAt(1) - '0')).append(' ');
						}
					}
					case "hr" -> blankLine();
					case "li" -> {
						newline();
						if (this.cells == 0) {
							this.out.append("- ");
						}
					}
					case "table" -> {
						blankLine();
						this.rowsInTable = 0;
						this.spans.openTable();
					}
					case "tr" -> {
						newline();
						this.out.append('|');
						this.out.append(this.spans.rowStart());
					}
					case "td", "th" -> {
						this.out.append(' ');
						this.cells++;
						this.cellStart = this.out.length();
					}
					default -> {
						if (PARAGRAPHS.contains(tag)) {
							blankLine();
						}
						else if (BLOCKS.contains(tag)) {
							newline();
						}
					}
				}
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (!(node instanceof Element element)) {
				return;
			}
			String tag = element.normalName();
			if ("pre".equals(tag)) {
				this.preformatted--;
			}
			switch (tag) {
				case "td", "th" -> {
					this.cells--;
					trimEndSpaces();
					if (endsWith(" ;")) {
						this.out.setLength(this.out.length() - 2);
					}
					String text = this.out.substring(Math.min(this.cellStart, this.out.length()));
					this.out.append(" |");
					this.out.append(this.spans.cellEnd(text, element.attr("rowspan"), element.attr("colspan")));
				}
				case "tr" -> {
					this.rowsInTable++;
					if (this.rowsInTable == 1) {
						this.out.append('\n').append("|---".repeat(Math.max(1, element.childrenSize()))).append('|');
					}
					newline();
				}
				default -> {
					if ("table".equals(tag)) {
						this.spans.closeTable();
					}
					if (PARAGRAPHS.contains(tag)) {
						blankLine();
					}
					else if (BLOCKS.contains(tag)) {
						newline();
					}
					else if (element.nextSibling() instanceof Element) {
						this.apart = true;
					}
				}
			}
		}

		private void write(TextNode text) {
			String value = text.getWholeText().replace('\u00A0', ' ').replace('\u202F', ' ');
			if (this.preformatted > 0) {
				this.out.append(value);
				return;
			}
			String collapsed = value.replaceAll("[\\s\\u200B]+", " ");
			if (collapsed.startsWith(" ") && atLineStart()) {
				collapsed = collapsed.substring(1);
			}
			if (collapsed.startsWith(" ") && endsWithSpace()) {
				collapsed = collapsed.substring(1);
			}
			if (collapsed.isEmpty()) {
				return;
			}
			if (this.apart && !atLineStart() && !endsWithSpace() && ",.;:!?)]»…-–".indexOf(collapsed.charAt(0)) < 0
					&& !Character.isWhitespace(collapsed.charAt(0))) {
				this.out.append(' ');
			}
			this.apart = false;
			this.out.append(collapsed);
		}

		private boolean atLineStart() {
			int n = this.out.length();
			return n == 0 || this.out.charAt(n - 1) == '\n' || atEmptyItem();
		}

		private boolean endsWith(String suffix) {
			int from = this.out.length() - suffix.length();
			return from >= 0 && this.out.indexOf(suffix, from) == from;
		}

		private boolean endsWithSpace() {
			int n = this.out.length();
			return n > 0 && this.out.charAt(n - 1) == ' ';
		}

		private void trimEndSpaces() {
			while (endsWithSpace()) {
				this.out.setLength(this.out.length() - 1);
			}
		}

		private void newline() {
			if (atEmptyItem()) {
				// an item whose content is a block: its first line goes after the dash
				return;
			}
			trimEndSpaces();
			if (this.cells > 0) {
				if (this.out.length() > this.cellStart && !endsWith(" ;")) {
					this.out.append(" ;");
				}
				this.out.append(' ');
				return;
			}
			if (!this.out.isEmpty() && this.out.charAt(this.out.length() - 1) != '\n') {
				this.out.append('\n');
			}
		}

		/** Whether the line written so far is only a list item's dash. */
		private boolean atEmptyItem() {
			return endsWith("\n- ") || (this.out.length() == 2 && endsWith("- "));
		}

		private void blankLine() {
			if (atEmptyItem()) {
				return;
			}
			newline();
			if (this.cells == 0) {
				this.out.append('\n');
			}
		}

	}

}

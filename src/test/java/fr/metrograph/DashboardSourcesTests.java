package fr.metrograph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's pages and scripts stay loadable under a strict Content Security Policy
 * ({@code script-src 'self'}): no inline script, no {@code on…=} attribute, no
 * {@code javascript:} URL, no string evaluation; and the dashboard is ES modules.
 */
class DashboardSourcesTests {

	private static final Path STATIC = Path.of("src/main/resources/static");

	private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

	private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	@Test
	void pagesHaveNoInlineScriptsNoEventAttributesAndNoJavascriptUrls() throws IOException {
		List<Path> pages = files(".html");
		assertThat(pages).isNotEmpty();
		for (Path page : pages) {
			String html = Files.readString(page, StandardCharsets.UTF_8);
			Matcher script = SCRIPT_TAG.matcher(html);
			while (script.find()) {
				assertThat(script.group(1)).as("every <script> of %s loads a file", page).contains("src=");
			}
			assertThat(EVENT_ATTRIBUTE.matcher(html).find()).as("on…= attribute in %s", page).isFalse();
			assertThat(html.toLowerCase()).as("javascript: URL in %s", page).doesNotContain("javascript:");
		}
	}

	@Test
	void scriptsNeitherEvaluateStringsNorSetEventAttributes() throws IOException {
		List<Path> scripts = files(".js");
		assertThat(scripts).isNotEmpty();
		for (Path script : scripts) {
			String js = Files.readString(script, StandardCharsets.UTF_8);
			assertThat(js).as(script.toString())
				.doesNotContain("eval(", "new Function(", "javascript:", "setAttribute('on", "setAttribute(\"on");
		}
	}

	@Test
	void theDashboardLoadsAsAnEsModule() throws IOException {
		String index = Files.readString(STATIC.resolve("index.html"), StandardCharsets.UTF_8);
		assertThat(index).contains("<script type=\"module\" src=\"tableau/principal.js\"></script>");
	}

	private static List<Path> files(String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(STATIC)) {
			return files.filter((p) -> p.toString().endsWith(suffix)).toList();
		}
	}

}

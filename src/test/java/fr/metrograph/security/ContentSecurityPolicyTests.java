package fr.metrograph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the jar serves keeps to its own Content-Security-Policy: no inline script,
 * no {@code on…=} event attribute, no {@code javascript:} URL, no {@code eval}. The
 * browser would refuse them (and the browser tests would see the console errors); this
 * test names the file and line before anyone opens a browser.
 */
class ContentSecurityPolicyTests {

	private static final Path STATIC = Path.of("src/main/resources/static");

	private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

	private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	@Test
	void noPageHasAnInlineScriptOrAnEventAttribute() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path page : files(".html")) {
			String html = Files.readString(page, StandardCharsets.UTF_8);
			Matcher script = SCRIPT_TAG.matcher(html);
			while (script.find()) {
				if (!script.group(1).contains("src=")) {
					problems.add(page + ": inline <script> at line " + line(html, script.start()));
				}
			}
			Matcher event = EVENT_ATTRIBUTE.matcher(html);
			while (event.find()) {
				problems.add(page + ": event attribute at line " + line(html, event.start()));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void noScriptOrPageUsesJavascriptUrlsEvalOrEventAttributes() throws IOException {
		List<String> problems = new ArrayList<>();
		List<Path> all = new ArrayList<>(files(".js"));
		all.addAll(files(".html"));
		Pattern forbidden = Pattern
			.compile("javascript:|\\beval\\s*\\(|new\\s+Function\\s*\\(|setAttribute\\(\\s*['\"]on[a-z]+");
		for (Path file : all) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			Matcher matcher = forbidden.matcher(text);
			while (matcher.find()) {
				problems.add(file + ": '" + matcher.group() + "' at line " + line(text, matcher.start()));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void thePolicyAllowsOnlyTheServicesOwnScripts() {
		String policy = SecurityConfiguration.CONTENT_SECURITY_POLICY;
		assertThat(policy).contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'none'",
				"base-uri 'self'", "form-action 'self'");
		assertThat(policy).doesNotContain("unsafe-eval", "script-src 'self' 'unsafe-inline'", "*");
	}

	private static List<Path> files(String extension) throws IOException {
		try (Stream<Path> walk = Files.walk(STATIC)) {
			return walk.filter((p) -> p.toString().endsWith(extension)).sorted().toList();
		}
	}

	private static int line(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}

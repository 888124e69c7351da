package fr.metrograph.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.metrograph.ingest.IngestService;
import fr.metrograph.testsupport.GraphSnapshot;
import fr.metrograph.testsupport.Sandbox;
import fr.metrograph.testsupport.TestNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The correction loop as a coordinator goes through it in headless Chromium: without a
 * login every write is refused and the pages say how to log in; then log in (French
 * form), upload a document and watch it load, open "À vérifier", merge two spellings of a
 * person, see one person page with both spellings, undo from "Historique", see two people
 * again. Screenshots go to {@code target/screenshots/curation-*.png}. Same requirements
 * and {@code -Dbrowser.skip=true} as {@code DashboardBrowserIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurationBrowserIT {

	static final Sandbox SANDBOX = new Sandbox("navigateur");

	private static final Path CHROMIUM = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration WAIT = Duration.ofSeconds(90);

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		SANDBOX.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	IngestService ingest;

	private ChromeDriver driver;

	private Path profile;

	@BeforeAll
	void startBrowser() throws IOException {
		assumeThat(Boolean.getBoolean("browser.skip")).as("-Dbrowser.skip=true").isFalse();
		assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
			.as("Chromium and chromedriver (apt-get install -y chromium chromium-driver), or -Dbrowser.skip=true")
			.isTrue();
		Files.createDirectories(SCREENSHOTS);
		this.profile = Files.createTempDirectory("metrograph-chromium-");
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1280,1000", "--lang=fr-FR", "--user-data-dir=" + this.profile);
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
		this.driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build(), options);
	}

	@AfterAll
	void stopBrowser() throws IOException {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.profile != null) {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
			}
		}
	}

	@Test
	void logInUploadMergeTwoSpellingsSeeOnePersonUndoSeeTwoAgain() throws IOException {
		SANDBOX.reset(false, "curation/reunion_agents_octobre_2023.txt");
		TestNeo4j.clear();
		this.ingest.ingestInputDirectory((o) -> {
		});
		Path december = Files.createTempDirectory("metrograph-depot-").resolve("reunion_agents_decembre_2023.txt");
		Files.copy(Path.of("src/test/resources/curation/reunion_agents_decembre_2023.txt"), december);

		// Without a login: the pages say how to log in and the API refuses every write.
		String before = GraphSnapshot.take();
		open("#/ajouter");
		assertThat(waitFor(".avertissement").getText()).contains("connectez-vous");
		assertThat(this.driver.findElements(By.id("fichiers"))).isEmpty();
		assertThat(fetchStatus("POST", "api/curation/corrections",
				"{\"action\":\"merge-people\",\"person\":\"julie-marchand\",\"others\":[\"x\"]}"))
			.isIn(401L, 403L);
		assertThat(fetchStatus("POST", "api/curation/corrections/x/undo", "{}")).isIn(401L, 403L);
		assertThat(GraphSnapshot.difference(before, GraphSnapshot.take())).isEmpty();
		assertThat(SANDBOX.correctionFiles()).isEmpty();

		// Log in, in French, and come back to the upload page.
		this.driver.get(url("/connexion.html?continuer=" + java.net.URLEncoder.encode("/#/ajouter", "UTF-8")));
		assertThat(waitFor("h1").getText()).isEqualTo("Connexion");
		this.driver.findElement(By.id("identifiant")).sendKeys("claire");
		this.driver.findElement(By.id("mot-de-passe")).sendKeys("mauvais");
		this.driver.findElement(By.id("se-connecter")).click();
		until((d) -> d.findElement(By.id("message")).getText().contains("Identifiant ou mot de passe incorrect"));
		this.driver.findElement(By.id("mot-de-passe")).clear();
		this.driver.findElement(By.id("mot-de-passe")).sendKeys(Sandbox.PASSWORD);
		this.driver.findElement(By.id("se-connecter")).click();
		until((d) -> d.getCurrentUrl().contains("#/ajouter") && !d.findElements(By.id("fichiers")).isEmpty());
		assertThat(waitFor("#utilisateur").getText()).isEqualTo("Claire Martin");

		// Upload the December report and watch it load.
		this.driver.findElement(By.id("fichiers")).sendKeys(december.toString());
		until((d) -> "chargé".equals(d.findElement(By.cssSelector("li.depot")).getAttribute("data-etat")));
		assertThat(text("li.depot")).contains("CHARGÉ").contains("reunion_agents_decembre_2023.txt");
		screenshot("curation-1-ajouter");
		assertThat(SANDBOX.documentFiles()).contains("reunion_agents_decembre_2023.txt");

		// The review queue shows the two spellings as a candidate pair; merge them.
		open("#/a-verifier?genre=candidate-pair");
		WebElement pair = until((d) -> d.findElements(By.cssSelector("li.element-a-verifier"))
			.stream()
			.filter((e) -> e.getText().contains("Julie Marchand") && e.getText().contains("Julie Marchant"))
			.findFirst()
			.orElse(null));
		assertThat(pair.getText()).contains("Pour :").contains("Contre :");
		WebElement merge = pair.findElements(By.cssSelector(".action-correction[data-action='merge-people'] button"))
			.stream()
			.filter((b) -> b.getText().contains("garder « Julie Marchand »"))
			.findFirst()
			.orElseThrow();
		merge.click();
		pair.findElement(By.cssSelector("form.formulaire-correction input[name='why']"))
			.sendKeys("Même personne : faute de frappe.");
		screenshot("curation-2-a-verifier");
		pair.findElement(By.cssSelector("form.formulaire-correction button[type='submit']")).click();
		until((d) -> d.getPageSource().contains("Correction enregistrée et appliquée."));
		assertThat(SANDBOX.correctionFiles()).as("the upload's journal line and the merge")
			.hasSize(2)
			.anyMatch((f) -> f.contains("merge-people"));

		// One person page with both spellings; the other spelling has no page any more.
		open("#/personnes/julie-marchand");
		until((d) -> d.findElement(By.id("contenu")).getText().contains("Julie Marchant"));
		screenshot("curation-3-une-personne");
		open("#/personnes/julie-marchant");
		until((d) -> d.findElement(By.id("contenu")).getAttribute("aria-busy") == null
				&& !d.findElement(By.id("contenu")).getText().contains("Graphies relevées"));

		// Undo from the history: two people again.
		open("#/historique");
		WebElement undo = waitFor("button.bouton-annuler");
		assertThat(text("#contenu")).contains("Claire Martin").contains("Même personne : faute de frappe.");
		undo.click();
		until((d) -> d.findElement(By.id("contenu")).getText().contains("Annulée par Claire Martin"));
		screenshot("curation-4-historique");
		open("#/personnes/julie-marchant");
		until((d) -> d.findElement(By.id("contenu")).getText().contains("Graphies relevées"));
		open("#/personnes/julie-marchand");
		until((d) -> d.findElement(By.id("contenu")).getText().contains("Graphies relevées"));
		assertThat(text("#contenu")).doesNotContain("Julie Marchant");
		assertThat(severeConsoleMessages()).as("errors in the browser console").isEmpty();
	}

	private void open(String hash) {
		this.driver.get(url("/" + hash));
		this.driver.navigate().refresh();
		until((d) -> {
			WebElement main = d.findElement(By.id("contenu"));
			return main.getAttribute("data-rendu") != null && main.getAttribute("aria-busy") == null;
		});
	}

	private WebElement waitFor(String css) {
		return until((d) -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
	}

	private <T> T until(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
		return new WebDriverWait(this.driver, WAIT).ignoring(StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.NoSuchElementException.class)
			.until((d) -> {
				T value = condition.apply(d);
				return (value instanceof Boolean b && !b) ? null : value;
			});
	}

	private String text(String css) {
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	/** The status of a write sent by the page itself, with its cookies and token. */
	private long fetchStatus(String method, String path, String json) {
		Object status = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const c = document.cookie.split('; ').find((x) => x.startsWith('XSRF-TOKEN='));
				const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
				if (c) { headers['X-XSRF-TOKEN'] = decodeURIComponent(c.substring(11)); }
				fetch(arguments[1], { method: arguments[0], headers: headers, body: arguments[2] })
				  .then((r) => done(r.status)).catch(() => done(-1));""", method, path, json);
		return ((Number) status).longValue();
	}

	private List<String> severeConsoleMessages() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((e) -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			// The writes refused on purpose above, the wrong password, and the page of
			// the
			// spelling merged away (opened on purpose: 404).
			.filter((m) -> !m.matches("(?s).*(api/curation/corrections|/connexion).*\\b(401|403)\\b.*"))
			.filter((m) -> !m.matches("(?s).*api/people/julie-marchant\\b.*\\b404\\b.*"))
			.toList();
	}

	private void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot write screenshot " + name, ex);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

package fr.metrograph.cypher;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryPrecheckTests {

	private final QueryPrecheck precheck = new QueryPrecheck(properties());

	static CypherProperties properties() {
		return new CypherProperties("classpath:cypher/", Duration.ofSeconds(10), 10_000, List.of("db.labels"), 10_000,
				100, 100_000, 2, Duration.ofSeconds(2), Duration.ofSeconds(2));
	}

	/**
	 * The message with French digit grouping (narrow no-break spaces) as plain spaces.
	 */
	static String plain(Throwable ex) {
		return ex.getMessage().replace('\u202f', ' ').replace('\u00a0', ' ');
	}

	@Test
	void refusesTheNestedExpressionThatHungThePlanner() {
		String query = "RETURN " + "(".repeat(5000) + "1" + ")".repeat(5000);
		assertThat(query.length()).isGreaterThan(10_000);
		assertThatThrownBy(() -> this.precheck.check(query, Map.of())).isInstanceOf(QueryRefusedException.class)
			.satisfies((ex) -> assertThat(plain(ex)).contains("10 008 caractères"))
			.hasMessageContaining("app.cypher.max-length");
		String shorter = "RETURN " + "(".repeat(400) + "1" + ")".repeat(400);
		assertThatThrownBy(() -> this.precheck.check(shorter, Map.of())).isInstanceOf(QueryRefusedException.class)
			.hasMessageContaining("imbrique trop d'expressions")
			.satisfies((ex) -> assertThat(((QueryRefusedException) ex).reason()).isEqualTo("depth"));
	}

	@Test
	void refusesLongOperatorChainsButNotOrdinaryQueries() {
		assertThatThrownBy(() -> this.precheck.check("RETURN 1" + " + 1".repeat(250_000), Map.of()))
			.isInstanceOf(QueryRefusedException.class)
			.hasMessageContaining("app.cypher.max-length");
		assertThatThrownBy(() -> this.precheck.check("RETURN 1" + " + 1".repeat(150), Map.of()))
			.isInstanceOf(QueryRefusedException.class)
			.hasMessageContaining("profondeur estimée 151");
		assertThatThrownBy(() -> this.precheck.check("RETURN 1=1" + " AND 1=1".repeat(200), Map.of()))
			.isInstanceOf(QueryRefusedException.class)
			.hasMessageContaining("a AND b AND");
		this.precheck.check("RETURN 1" + " + 1".repeat(60), Map.of());
		this.precheck.check("MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person) "
				+ "WHERE a.id < b.id AND m.year >= 2022 AND m.year <= 2025 AND (m.format = 'IN_PERSON' OR m.format = 'HYBRID') "
				+ "RETURN a.name, b.name, count(DISTINCT m) AS w ORDER BY w DESC LIMIT 10", Map.of());
	}

	@Test
	void ignoresBracketsAndOperatorsInsideStringsCommentsAndQuotedNames() {
		String hidden = "'" + "(".repeat(500) + "+".repeat(500) + "'";
		this.precheck.check("RETURN " + hidden + " AS `" + "((((".repeat(50) + "` // " + ")))+++".repeat(100),
				Map.of());
		this.precheck.check("RETURN \"it\\\"s (((\" /* ((((((( + + + */ AS x", Map.of());
	}

	@Test
	void refusesRangesThatEnumerateTooManyValuesLiteralOrParameter() {
		assertThatThrownBy(
				() -> this.precheck.check("RETURN size(reduce(s = '', x IN range(1, 5000000) | s + 'x'))", Map.of()))
			.isInstanceOf(QueryRefusedException.class)
			.satisfies((ex) -> assertThat(plain(ex)).contains("5 000 000 valeurs avec range(1, 5000000)"))
			.hasMessageContaining("app.cypher.max-range-values");
		assertThatThrownBy(
				() -> this.precheck.check("RETURN size([x IN range(1, 2000000000) WHERE x % 7 = 0])", Map.of()))
			.isInstanceOf(QueryRefusedException.class)
			.satisfies((ex) -> assertThat(((QueryRefusedException) ex).reason()).isEqualTo("range"));
		assertThatThrownBy(() -> this.precheck.check("UNWIND range(1, $n) AS x RETURN x", Map.of("n", 10_000_000L)))
			.isInstanceOf(QueryRefusedException.class);
		assertThatThrownBy(() -> this.precheck
			.check("RETURN [x IN range(1, 1000) | [y IN range(1, 1000) | x * y]] AS table", Map.of()))
			.isInstanceOf(QueryRefusedException.class)
			.satisfies((ex) -> assertThat(plain(ex)).contains("1 000 000 valeurs"));
		this.precheck.check("UNWIND range(2019, 2025) AS annee RETURN annee", Map.of());
		this.precheck.check("RETURN range(0, 100000, 2)", Map.of());
		this.precheck.check("WITH [1, 2, 3] AS xs RETURN [i IN range(0, size(xs) - 1) | xs[i]]", Map.of());
	}

	@ParameterizedTest
	@ValueSource(strings = { "SHOW USERS", "show users yield user return user", "SHOW CURRENT USER", "SHOW ROLES",
			"SHOW ALL PRIVILEGES", "SHOW DATABASES", "SHOW DEFAULT DATABASE", "SHOW HOME DATABASE", "SHOW ALIASES",
			"SHOW SERVERS", "SHOW TRANSACTIONS", "SHOW SETTINGS", "TERMINATE TRANSACTIONS 'x'",
			"CREATE USER bob SET PASSWORD 'secret123'", "DROP DATABASE neo4j", "ALTER USER neo4j SET PASSWORD 'x'",
			"GRANT ROLE admin TO bob", "CYPHER 25 SHOW USERS", "USE system SHOW DATABASES", "START DATABASE neo4j" })
	void namesAdministrationCommandsForWhatTheyAre(String query) {
		assertThatThrownBy(() -> this.precheck.check(query, Map.of())).isInstanceOf(QueryRefusedException.class)
			.hasMessageContaining("est une commande d'administration")
			.satisfies((ex) -> assertThat(((QueryRefusedException) ex).reason()).isEqualTo("admin"));
	}

	@Test
	void explainsWhatSomeAdministrationCommandsDo() {
		assertThatThrownBy(() -> this.precheck.check("SHOW USERS", Map.of())).hasMessageStartingWith(
				"« SHOW USERS » est une commande d'administration (elle liste ou modifie les comptes");
		assertThatThrownBy(() -> this.precheck.check("SHOW DATABASES", Map.of()))
			.hasMessageContaining("les bases de données du serveur");
	}

	@ParameterizedTest
	@ValueSource(strings = { "SHOW INDEXES", "SHOW RANGE INDEXES", "SHOW CONSTRAINTS", "SHOW PROCEDURES",
			"SHOW FUNCTIONS", "SHOW USER DEFINED FUNCTIONS", "SHOW ALL INDEXES", "CREATE (n)", "MATCH (n) RETURN n",
			"DROP INDEX x" })
	void leavesReadOnlyShowCommandsAndOrdinaryClausesToTheGuard(String query) {
		this.precheck.check(query, Map.of());
	}

}

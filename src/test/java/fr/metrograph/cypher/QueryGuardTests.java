package fr.metrograph.cypher;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryGuardTests {

	private final QueryGuard guard = new QueryGuard(List.of("db.labels"));

	@Test
	void letsAReadOnlyPlanThrough() {
		assertThatCode(() -> this.guard.check(QueryType.READ_ONLY,
				plan("ProduceResults@neo4j", plan("Projection@neo4j", plan("NodeByLabelScan@neo4j")))))
			.doesNotThrowAnyException();
	}

	@Test
	void namesTheWriteClausesOfAWritingPlan() {
		assertThatThrownBy(() -> this.guard.check(QueryType.WRITE_ONLY,
				plan("EmptyResult@neo4j", plan("Foreach@neo4j", plan("SetProperty@neo4j"), plan("Create@neo4j")))))
			.isInstanceOf(QueryRefusedException.class)
			.hasMessage("La requête modifie le graphe (FOREACH, SET, CREATE) : seules les lectures sont permises.");
	}

	@Test
	void refusesWriteOperatorsEvenWhenTheQueryTypeSaysReadOnly() {
		assertThatThrownBy(() -> this.guard.check(QueryType.READ_ONLY, plan("DetachDelete@neo4j")))
			.hasMessageContaining("(DELETE)");
	}

	@Test
	void refusesSchemaCommands() {
		assertThatThrownBy(() -> this.guard.check(QueryType.SCHEMA_WRITE, plan("CreateIndex@neo4j")))
			.hasMessage("La requête modifie le schéma (CREATE INDEX) : seules les lectures sont permises.");
	}

	@Test
	void refusesLoadCsvAndOwnTransactions() {
		assertThatThrownBy(() -> this.guard.check(QueryType.READ_ONLY, plan("ProduceResults", plan("LoadCSV"))))
			.hasMessageContaining("LOAD CSV");
		assertThatThrownBy(() -> this.guard.check(QueryType.READ_ONLY, plan("TransactionApply")))
			.hasMessageContaining("IN TRANSACTIONS");
	}

	@Test
	void allowsListedProceduresOnlyAndNeverDbms() {
		assertThatCode(() -> this.guard.check(QueryType.READ_ONLY, procedure("db.labels() :: (label :: STRING)")))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> this.guard.check(QueryType.READ_ONLY, procedure("db.createLabel(newLabel :: STRING)")))
			.hasMessageContaining("db.createLabel n'est pas permise ; procédures autorisées : db.labels.");
		QueryGuard permissive = new QueryGuard(List.of("dbms.components"));
		assertThatThrownBy(() -> permissive.check(QueryType.READ_ONLY, procedure("dbms.components() :: (x)")))
			.hasMessageContaining("dbms.*");
	}

	@Test
	void allowsShowIndexesButNotShowTransactions() {
		assertThatCode(() -> this.guard.check(QueryType.READ_ONLY, plan("ShowIndexes"))).doesNotThrowAnyException();
		assertThatThrownBy(() -> this.guard.check(QueryType.READ_ONLY, plan("ShowTransactions")))
			.isInstanceOf(QueryRefusedException.class);
	}

	private static Plan procedure(String signature) {
		return new FakePlan("ProcedureCall@neo4j", Map.of("Signature", Values.value(signature)), List.of());
	}

	private static Plan plan(String operator, Plan... children) {
		return new FakePlan(operator, Map.of(), List.of(children));
	}

	private record FakePlan(String operatorType, Map<String, Value> arguments, List<Plan> children) implements Plan {

		@Override
		public List<String> identifiers() {
			return List.of();
		}

	}

}

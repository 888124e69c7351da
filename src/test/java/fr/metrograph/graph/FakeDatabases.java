package fr.metrograph.graph;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.dbms.api.DatabaseManagementService;

/** Stand-ins for the embedded database in the start-up tests. */
final class FakeDatabases {

	private FakeDatabases() {
	}

	/** A database whose only behaviour is counting its shutdowns. */
	static DatabaseManagementService countingShutdowns(AtomicInteger shutdowns) {
		return (DatabaseManagementService) Proxy.newProxyInstance(FakeDatabases.class.getClassLoader(),
				new Class<?>[] { DatabaseManagementService.class }, (proxy, method, args) -> {
					if (method.getName().equals("shutdown")) {
						shutdowns.incrementAndGet();
						return null;
					}
					if (method.getName().equals("database")) {
						throw new IllegalStateException("no database in this fake");
					}
					return null;
				});
	}

}

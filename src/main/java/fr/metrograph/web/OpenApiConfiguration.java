package fr.metrograph.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}):
 * a real title, version and description, and the media types the endpoints really answer
 * with. Springdoc cannot see them for endpoints that return bytes (charts, reports,
 * network exports: {@code *}{@code /*}), nor for errors (problem details); this fills
 * them in.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String TITLE = "API Metrograph";

	static final String DESCRIPTION = """
			Le graphe du réseau des métropoles participatives, extrait des documents du réseau : \
			métropoles, personnes, réunions, thèmes et documents avec le passage cité de chaque fait, \
			tendances, réseaux de co-présence, graphiques, rapports annuels, recherche globale et \
			requêtes Cypher en lecture seule. Les erreurs sont des « problem details » (RFC 9457) en \
			français. Ce qui n'est pas documenté est dit inconnu, jamais zéro.""";

	/** Binary answers, by path: what each can be (the extension in the path decides). */
	private static final Map<String, List<String>> BINARY = Map.of("/api/charts/{file}",
			List.of("image/png", "image/svg+xml"), "/api/reports/{file}", List.of("application/pdf", "text/html"),
			"/api/export/{format}", List.of("application/gexf+xml", "application/graphml+xml", "application/zip"));

	private static final String ANY = "*/*";

	@Bean
	OpenApiCustomizer metrographOpenApi() {
		return (openApi) -> {
			openApi.info(new Info().title(TITLE)
				.version(version())
				.description(DESCRIPTION)
				.license(new License().name("GPL-3.0").url("https://www.gnu.org/licenses/gpl-3.0.html")));
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> {
				operation.getResponses().forEach((status, response) -> mediaTypes(path, status, response));
				problems(path, operation);
			}));
		};
	}

	/**
	 * The errors an endpoint answers as problem details: 400 for a bad parameter, and 404
	 * for an unknown id in the path.
	 */
	private static void problems(String path, Operation operation) {
		if (!path.startsWith("/api/")) {
			return;
		}
		if ((operation.getParameters() != null && !operation.getParameters().isEmpty())
				|| operation.getRequestBody() != null) {
			operation.getResponses()
				.putIfAbsent("400", problem("Paramètre ou requête invalide ; le détail dit pourquoi, en français."));
		}
		if (path.contains("{")) {
			operation.getResponses().putIfAbsent("404", problem("Inconnu : rien ne porte cet identifiant."));
		}
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new ObjectSchema()
						.description("Problem details (RFC 9457) : type, title, status, detail, instance et, "
								+ "selon le cas, le paramètre en cause."))));
	}

	private static void mediaTypes(String path, String status, ApiResponse response) {
		Content content = response.getContent();
		if (content == null || !content.containsKey(ANY)) {
			return;
		}
		MediaType any = content.remove(ANY);
		Map<String, MediaType> types = new LinkedHashMap<>();
		if (!status.startsWith("2")) {
			types.put("application/problem+json", any);
		}
		else if (BINARY.containsKey(path)) {
			BINARY.get(path).forEach((t) -> types.put(t, new MediaType().schema(new BinarySchema())));
		}
		else {
			types.put("application/json", any);
		}
		types.forEach(content::addMediaType);
	}

	static String version() {
		String version = OpenApiConfiguration.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "0.1.0-SNAPSHOT";
	}

}

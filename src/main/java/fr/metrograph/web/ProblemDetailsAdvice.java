package fr.metrograph.web;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import fr.metrograph.charts.UnknownChartException;
import fr.metrograph.cypher.CypherBusyException;
import fr.metrograph.cypher.CypherFailedException;
import fr.metrograph.cypher.CypherTimeoutException;
import fr.metrograph.cypher.InvalidCypherException;
import fr.metrograph.cypher.QueryRefusedException;
import fr.metrograph.graph.EntityNotFoundException;
import fr.metrograph.graph.InvalidParameterException;
import fr.metrograph.graph.LoadSwitchingException;
import fr.metrograph.ingest.read.DocumentRejectedException;
import fr.metrograph.reports.NoDataForYearException;
import fr.metrograph.research.QueryParameterException;
import fr.metrograph.research.UnknownQueryException;

/**
 * Maps exceptions to RFC 9457 problem details with a stable type, a French title and
 * detail, and the domain data that explains them. Only this class knows HTTP statuses.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(EntityNotFoundException.class)
	ProblemDetail notFound(EntityNotFoundException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Introuvable", ex.getMessage());
		problem.setProperty("entite", ex.entity());
		problem.setProperty("id", ex.id());
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badParameter(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_PARAMETER, "Paramètre invalide", ex.getMessage());
	}

	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail invalidParameter(InvalidParameterException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_PARAMETER, "Paramètre invalide",
				ex.getMessage());
		problem.setProperty("parametre", ex.parameter());
		problem.setProperty("valeur", ex.value());
		return problem;
	}

	@ExceptionHandler(UnknownChartException.class)
	ProblemDetail unknownChart(UnknownChartException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Graphique inconnu",
				ex.getMessage());
		problem.setProperty("graphique", ex.name());
		return problem;
	}

	@ExceptionHandler(NoDataForYearException.class)
	ProblemDetail noDataForYear(NoDataForYearException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Aucune donnée", ex.getMessage());
		problem.setProperty("annee", ex.year());
		return problem;
	}

	@ExceptionHandler(DocumentRejectedException.class)
	ProblemDetail rejected(DocumentRejectedException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.DOCUMENT_REJECTED,
				"Document rejeté", ex.getMessage());
		problem.setProperty("raison", ex.reason());
		return problem;
	}

	@ExceptionHandler(QueryRefusedException.class)
	ProblemDetail queryRefused(QueryRefusedException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.QUERY_REFUSED, "Requête refusée",
				ex.getMessage());
		problem.setProperty("motif", ex.reason());
		problem.setProperty("clause", ex.clause());
		return problem;
	}

	@ExceptionHandler(InvalidCypherException.class)
	ProblemDetail queryInvalid(InvalidCypherException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.QUERY_INVALID, "Requête Cypher invalide",
				ex.getMessage());
		if (ex.neo4jCode() != null) {
			problem.setProperty("codeNeo4j", ex.neo4jCode());
		}
		if (ex.line() != null) {
			problem.setProperty("ligne", ex.line());
			problem.setProperty("colonne", ex.column());
		}
		return problem;
	}

	@ExceptionHandler(CypherFailedException.class)
	ProblemDetail queryFailed(CypherFailedException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.QUERY_FAILED, "Requête interrompue",
				ex.getMessage());
		problem.setProperty("motif", ex.reason());
		return problem;
	}

	/** 503 with Retry-After: every slot for researchers' queries is taken. */
	@ExceptionHandler(CypherBusyException.class)
	ResponseEntity<ProblemDetail> queryBusy(CypherBusyException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfter().toSeconds()))
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.QUERY_BUSY, "Requêtes trop nombreuses",
					ex.getMessage()));
	}

	/**
	 * 400 rather than 408: browsers and HTTP clients may silently resend a request that
	 * got a 408, which would run the same slow query again.
	 */
	@ExceptionHandler(CypherTimeoutException.class)
	ProblemDetail queryTimeout(CypherTimeoutException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.QUERY_TIMEOUT, "Requête trop longue",
				ex.getMessage());
		problem.setProperty("delaiMs", ex.timeout().toMillis());
		return problem;
	}

	@ExceptionHandler(UnknownQueryException.class)
	ProblemDetail unknownQuery(UnknownQueryException ex) {
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Requête inconnue",
				ex.getMessage());
		problem.setProperty("requete", ex.name());
		return problem;
	}

	@ExceptionHandler(QueryParameterException.class)
	ProblemDetail queryParameter(QueryParameterException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_PARAMETER, "Paramètre invalide",
				ex.getMessage());
		problem.setProperty("requete", ex.query());
		problem.setProperty("parametre", ex.parameter());
		return problem;
	}

	// Curation (corrections, upload): one block, kept together.

	@ExceptionHandler(fr.metrograph.curation.InvalidCorrectionException.class)
	ProblemDetail invalidCorrection(fr.metrograph.curation.InvalidCorrectionException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.CORRECTION_INVALID,
				"Correction impossible", ex.getMessage());
		problem.setProperty("champ", ex.field());
		return problem;
	}

	@ExceptionHandler(fr.metrograph.curation.CorrectionConflictException.class)
	ProblemDetail correctionConflict(fr.metrograph.curation.CorrectionConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, ProblemTypes.CORRECTION_CONFLICT, "Modifié entre-temps",
				ex.getMessage());
		problem.setProperty("element", ex.item());
		problem.setProperty("revision", ex.revision());
		problem.setProperty("depuis", ex.since());
		return problem;
	}

	@ExceptionHandler(fr.metrograph.upload.UploadRefusedException.class)
	ProblemDetail uploadRefused(fr.metrograph.upload.UploadRefusedException ex) {
		HttpStatus status = switch (ex.reason()) {
			case TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case NAME, EMPTY -> HttpStatus.BAD_REQUEST;
			case DUPLICATE -> HttpStatus.CONFLICT;
		};
		ProblemDetail problem = problem(status, ProblemTypes.UPLOAD_REFUSED, "Fichier refusé", ex.getMessage());
		problem.setProperty("fichier", ex.file());
		problem.setProperty("motif", ex.reason().name().toLowerCase(java.util.Locale.ROOT));
		if (ex.duplicateOf() != null) {
			problem.setProperty("doublonDe", ex.duplicateOf());
		}
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
			org.springframework.web.multipart.MaxUploadSizeExceededException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.UPLOAD_REFUSED, "Fichier refusé",
				"Envoi refusé : il dépasse la taille maximale acceptée"
						+ ((ex.getMaxUploadSize() > 0) ? " (" + (ex.getMaxUploadSize() / 1024) + " Kio)" : "")
						+ ". Rien n'a été enregistré.");
		problem.setProperty("motif", "too_large");
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	@ExceptionHandler(ServiceUnavailableException.class)
	ProblemDetail storeUnavailable(ServiceUnavailableException ex) {
		log.warn("Neo4j unavailable: {}", ex.getMessage());
		return problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.STORE_UNAVAILABLE, "Base indisponible",
				"La base de données ne répond pas ; réessayez dans un instant.");
	}

	/** A large load was switching in for longer than a read may wait. */
	@ExceptionHandler(LoadSwitchingException.class)
	ResponseEntity<ProblemDetail> loadSwitching(LoadSwitchingException ex) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.LOAD_SWITCHING,
				"Chargement en cours d'activation", ex.getMessage());
		problem.setProperty("attenteMs", ex.waited().toMillis());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	/** Anything else: a problem detail too, never the legacy error body. */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Erreur interne",
				"Une erreur inattendue s'est produite ; elle a été journalisée.");
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_PARAMETER, "Paramètre invalide",
				"La valeur « " + ex.getValue() + " » ne convient pas pour le paramètre « " + ex.getPropertyName()
						+ " ».");
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = ex.getAllErrors()
			.stream()
			.map((error) -> error.getDefaultMessage())
			.reduce((a, b) -> a + " ; " + b)
			.orElse("Paramètres invalides.");
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_PARAMETER, "Paramètre invalide", detail));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestBodyLimitFilter.BodyTooLargeException tooLarge) {
				// A body whose length was not announced, read past the limit.
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
					.body(problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE, "Requête trop volumineuse",
							RequestBodyLimitFilter.detail(-1, tooLarge.limit())));
			}
		}
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_PARAMETER, "Corps de requête illisible",
					"Le corps de la requête doit être un objet JSON, par exemple {\"query\": \"MATCH (n) RETURN n LIMIT 5\", \"params\": {}}."));
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Introuvable",
					"Aucune ressource à l'adresse /" + ex.getResourcePath() + "."));
	}

	private static ProblemDetail problem(HttpStatus status, java.net.URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

}

package fr.metrograph.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a JSON request body larger than {@code app.web.max-json-body} with a French 413
 * problem detail, before it is read: at once when the request announces its length, and
 * as soon as the limit is passed for a body sent in chunks. Multipart uploads are left to
 * their own limits. Registered by {@link RequestLimitsConfiguration}.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final long limit;

	RequestBodyLimitFilter(RequestLimitsProperties properties) {
		this.limit = properties.maxJsonBody().toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(Locale.ROOT).contains("json");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.limit) {
			tooLarge(request, response, length);
			return;
		}
		LimitedRequest limited = new LimitedRequest(request, this.limit);
		try {
			chain.doFilter(limited, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (limited.exceeded && !response.isCommitted()) {
				response.reset();
				tooLarge(request, response, -1);
				return;
			}
			throw ex;
		}
		if (limited.exceeded && !response.isCommitted()) {
			response.reset();
			tooLarge(request, response, -1);
		}
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response, long length) throws IOException {
		String detail = detail(length, this.limit);
		// The fields of an RFC 9457 problem detail, as the other errors of the API have
		// them.
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ProblemTypes.TOO_LARGE.toString());
		problem.put("title", "Requête trop volumineuse");
		problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(problem));
	}

	/**
	 * The French explanation of a refusal.
	 * @param length the body's announced length, or -1 when it was not announced
	 * @param limit the limit in bytes
	 * @return the problem's detail
	 */
	static String detail(long length, long limit) {
		String size = (length >= 0) ? String.format(Locale.FRENCH, "fait %,d octets", length) : "dépasse la limite";
		return String.format(Locale.FRENCH,
				"Le corps de la requête %s : %,d octets au plus sont acceptés (app.web.max-json-body). "
						+ "Raccourcissez la requête ou ses paramètres.",
				size, limit);
	}

	/**
	 * A body read past the limit (a body whose length was not announced): the request's
	 * handler fails reading it and the API answers 413 ({@link ProblemDetailsAdvice}).
	 */
	static final class BodyTooLargeException extends IOException {

		private final long limit;

		BodyTooLargeException(long limit) {
			super("Request body over " + limit + " bytes");
			this.limit = limit;
		}

		long limit() {
			return this.limit;
		}

	}

	/** Counts the bytes read and fails past the limit. */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private boolean exceeded;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				ServletInputStream in = super.getInputStream();
				this.stream = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(int n) throws IOException {
						this.read += n;
						if (this.read > LimitedRequest.this.limit) {
							LimitedRequest.this.exceeded = true;
							throw new BodyTooLargeException(LimitedRequest.this.limit);
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}

				};
			}
			return this.stream;
		}

	}

}

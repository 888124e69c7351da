package fr.metrograph.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.StreamUtils;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON bodies over {@code app.web.max-json-body} get a French 413, whether they announce
 * their length or not; other bodies are left alone.
 */
class RequestBodyLimitFilterTests {

	private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(
			new RequestLimitsProperties(DataSize.ofBytes(100)));

	@Test
	void refusesAJsonBodyThatAnnouncesMoreThanTheLimitWithAFrench413() throws Exception {
		MockHttpServletRequest request = json(new byte[101]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(chain.getRequest()).as("not passed on").isNull();
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Requête trop volumineuse",
				"fait 101 octets", "100 octets au plus", "requete-trop-volumineuse");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("properties")
			.contains("\"status\":413", "\"instance\":\"/api/cypher\"");
	}

	@Test
	void refusesAChunkedJsonBodyAsSoonAsItPassesTheLimit() throws Exception {
		// Sent in chunks: the length is not known in advance.
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/cypher") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		request.setContentType("application/json");
		request.setContent(new byte[500]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, (req, res) -> {
			try {
				StreamUtils.copyToByteArray(req.getInputStream());
			}
			catch (java.io.IOException ex) {
				// What Spring's message converter does with a failed read.
				throw new IllegalStateException(ex);
			}
			((HttpServletResponse) res).setStatus(200);
		});
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("dépasse la limite");
	}

	@Test
	void passesJsonBodiesWithinTheLimitAndOtherBodiesWhateverTheirSize() throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(json(new byte[100]), response, chain);
		assertThat(chain.getRequest()).isNotNull();
		assertThat(response.getStatus()).isEqualTo(200);
		MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/upload");
		upload.setContentType("multipart/form-data; boundary=x");
		upload.setContent(new byte[10_000]);
		MockFilterChain uploadChain = new MockFilterChain();
		this.filter.doFilter(upload, new MockHttpServletResponse(), uploadChain);
		assertThat(uploadChain.getRequest()).isNotNull();
	}

	private static MockHttpServletRequest json(byte[] body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/cypher");
		request.setContentType("application/json");
		request.setContent(body);
		return request;
	}

}

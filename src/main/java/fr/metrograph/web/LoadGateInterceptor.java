package fr.metrograph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.AsyncHandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import fr.metrograph.graph.LoadGate;

/**
 * Holds every API request while a large load switches in ({@link LoadGate}), so no answer
 * mixes two versions of a file; a request that would wait longer than
 * {@code app.graph.switch-wait} gets a French 503. The permit is kept until the response
 * is complete, streamed exports included (their database read happens after the handler
 * returns).
 */
@Configuration(proxyBeanMethods = false)
class LoadGateInterceptor implements AsyncHandlerInterceptor, WebMvcConfigurer {

	private static final String PERMIT = LoadGateInterceptor.class.getName() + ".permit";

	private final LoadGate gate;

	/** Without a gate (web slice tests, which have no database), requests pass. */
	LoadGateInterceptor(ObjectProvider<LoadGate> gate) {
		this.gate = gate.getIfAvailable();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// An asynchronous response (a streamed export) comes back here once more.
		if (this.gate != null && request.getAttribute(PERMIT) == null) {
			request.setAttribute(PERMIT, this.gate.read());
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (request.getAttribute(PERMIT) instanceof LoadGate.Permit permit) {
			request.removeAttribute(PERMIT);
			permit.close();
		}
	}

}

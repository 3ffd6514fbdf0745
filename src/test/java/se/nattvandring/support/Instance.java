package se.nattvandring.support;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.nattvandring.NattvandringApplication;

/**
 * One instance of the app in this JVM, as operations run it: on an external PostgreSQL named by URL, on ports of its
 * own for the public and the management side. Several of them on one database are the cluster a city runs.
 */
public final class Instance implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private final ConfigurableApplicationContext context;

	private Instance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts an instance with the demo world (made by the first instance, found by the others). */
	public static Instance start(String jdbcUrl, String name, String... more) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", jdbcUrl);
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "");
		properties.put("server.port", "0");
		properties.put("management.server.port", "0");
		properties.put("nattvandring.demo", "true");
		properties.put("spring.application.name", name);
		for (String pair : more) {
			properties.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		// As arguments, which outrank application.properties, as an operator's settings do.
		String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new Instance(new SpringApplicationBuilder(NattvandringApplication.class).run(arguments));
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Publishes an event in a transaction of its own, as a module's write does. */
	public void publishInTransaction(Object event) {
		bean(org.springframework.transaction.support.TransactionTemplate.class)
			.executeWithoutResult(status -> context.publishEvent(event));
	}

	public String url(String path) {
		return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + path;
	}

	public String managementUrl(String path) {
		return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.management.port") + path;
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), headers);
	}

	public HttpResponse<String> post(String path, String body, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(url(path))).POST(HttpRequest.BodyPublishers.ofString(body)),
				headers);
	}

	/** Signs in through the login form and returns the session cookie, as a browser would keep it. */
	public String signIn(String username, String password) {
		HttpResponse<String> done = login(username, password);
		String to = done.headers().firstValue("Location").orElse("");
		if (to.contains("/login")) {
			throw new IllegalStateException("Sign-in of " + username + " refused: " + to);
		}
		return cookieOf(done);
	}

	/** One try of the login form, with its CSRF token; the answer is the form's redirect. */
	public HttpResponse<String> login(String username, String password) {
		HttpResponse<String> form = get("/login");
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login form");
		}
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		return post("/login", body, "Cookie", cookieOf(form), "Content-Type", "application/x-www-form-urlencoded");
	}

	private static String cookieOf(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.contains("SESSION="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';'))).reduce((first, last) -> last).orElseThrow();
	}

	/** Calls a package-private method of a bean, as its scheduler would. */
	public void invoke(String className, String method) {
		try {
			Class<?> type = Class.forName(className);
			var invoked = type.getDeclaredMethod(method);
			invoked.setAccessible(true);
			invoked.invoke(bean(type));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** How many rounds of the job this instance ran, and how many it left to another. */
	public long jobRuns(String job) {
		return bean(MeterRegistry.class).find("nattvandring.jobs").tag("job", job).timers().stream()
			.mapToLong(timer -> timer.count()).sum();
	}

	public double skippedRounds(String job) {
		return bean(MeterRegistry.class).find("nattvandring.jobs.skipped").tag("job", job).counters().stream()
			.mapToDouble(counter -> counter.count()).sum();
	}

	public static HttpResponse<String> fetch(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	private static HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
		request.timeout(Duration.ofSeconds(20));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		context.close();
	}
}

package se.nattvandring.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

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

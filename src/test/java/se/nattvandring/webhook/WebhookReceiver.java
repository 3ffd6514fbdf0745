package se.nattvandring.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.springframework.context.ApplicationContext;

/**
 * A receiver on this machine that answers 500 for its first {@code failures} calls and 204 after, and keeps what it
 * was sent; with it, the tests send the deliveries that are due at a moment they choose.
 */
public final class WebhookReceiver implements AutoCloseable {

	public record Received(Map<String, String> headers, String body, int answered) {
	}

	private final HttpServer server;

	private final AtomicInteger failures;

	public final List<Received> received = new CopyOnWriteArrayList<>();

	public WebhookReceiver(int failures) throws IOException {
		this.failures = new AtomicInteger(failures);
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			int status = this.failures.getAndDecrement() > 0 ? 500 : 204;
			received.add(new Received(Map.of("webhook-id", header(exchange, "webhook-id"), "webhook-timestamp",
					header(exchange, "webhook-timestamp"), "webhook-signature", header(exchange, "webhook-signature")),
					body, status));
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		server.start();
	}

	private static String header(com.sun.net.httpserver.HttpExchange exchange, String name) {
		String value = exchange.getRequestHeaders().getFirst(name);
		return value == null ? "" : value;
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
	}

	/** Sends the endpoint's deliveries due at {@code now}, as the schedule does; returns the attempts made. */
	public static int sendDue(ApplicationContext context, long endpoint, Instant now) {
		return context.getBean(WebhookDeliveries.class).deliverDue(now, endpoint);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}

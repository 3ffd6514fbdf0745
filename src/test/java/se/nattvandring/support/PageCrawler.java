package se.nattvandring.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Reads every page a signed-in user reaches by following the links of their pages, breadth first from the start
 * page, as a person clicking through would. It only reads (GET), and keeps each text answer by its address, so that a
 * test can assert what those pages show and never show.
 */
public final class PageCrawler {

	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

	/** Addresses that end the session, change the language, or serve files that are not the user's data. */
	private static final Predicate<String> SKIPPED = path -> path.startsWith("/logout") || path.startsWith("/login")
			|| path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
			|| path.startsWith("/images/") || path.startsWith("/icons/") || path.startsWith("/v3/")
			|| path.startsWith("/swagger") || path.contains("lang=") || path.equals("/manifest.webmanifest")
			|| path.equals("/favicon.ico") || path.equals("/sw.js");

	private final MockMvcTester mvc;

	private final int limit;

	public PageCrawler(MockMvcTester mvc, int limit) {
		this.mvc = mvc;
		this.limit = limit;
	}

	/** Each reached address with its text answer: HTML, JSON, CSV or a calendar; PDFs and other bytes are left out. */
	public Map<String, String> crawl(Cookie session, String... starts) throws Exception {
		Map<String, String> seen = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(java.util.List.of(starts));
		while (!queue.isEmpty() && seen.size() < limit) {
			String path = queue.removeFirst();
			if (seen.containsKey(path)) {
				continue;
			}
			MockHttpServletResponse response = mvc.get().uri(path).cookie(session).exchange().getResponse();
			String type = response.getContentType() == null ? "" : response.getContentType();
			boolean text = type.startsWith("text/") || type.contains("json");
			seen.put(path, text ? response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8) : "");
			if (type.startsWith("text/html")) {
				Matcher links = LINK.matcher(seen.get(path));
				while (links.find()) {
					String link = links.group(1).replace("&amp;", "&");
					if (!SKIPPED.test(link) && !seen.containsKey(link)) {
						queue.addLast(link);
					}
				}
			}
		}
		return seen;
	}
}

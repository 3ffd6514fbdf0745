package se.nattvandring.identity;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recent security events for an administrator: a district's administrator sees its own people's, the installation's
 * administrator every one, including sign-ins that reached no account. Newest first, a page at a time.
 */
@Controller
class SecurityEventsController {

	static final int PAGE_SIZE = 50;

	record Row(Instant occurredAt, String kind, String outcome, @Nullable String person, @Nullable String method,
			@Nullable String detail, @Nullable String clientAddress) {
	}

	private final JdbcClient jdbc;

	SecurityEventsController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/security-events")
	String recent(CurrentUser admin, @RequestParam(defaultValue = "0") int page, Model model) {
		int number = Math.max(0, Math.min(page, 1000));
		boolean everything = admin.has(Role.INSTALLATION_ADMIN);
		List<Row> rows = jdbc.sql("""
				select e.occurred_at, e.kind, e.outcome, u.display_name as person, e.method, e.detail, e.client_address
				from security_event e left join user_account u on u.id = e.user_id
				where :everything or e.organisation_id = :org
				order by e.occurred_at desc, e.id desc limit :size offset :offset
				""").param("everything", everything).param("org", admin.organisationId()).param("size", PAGE_SIZE + 1)
			.param("offset", number * PAGE_SIZE).query(Row.class).list();
		model.addAttribute("events", rows.subList(0, Math.min(PAGE_SIZE, rows.size())));
		model.addAttribute("page", number);
		model.addAttribute("more", rows.size() > PAGE_SIZE);
		return "identity/security-events";
	}
}

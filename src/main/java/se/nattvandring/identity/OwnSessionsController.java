package se.nattvandring.identity;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own sessions, to end any of them (a phone left somewhere), and an administrator's way to end all of one
 * of their people's without ending their access. A session is named by Spring Session's internal key, never by the
 * id its cookie carries, so the page gives away nothing that opens a session.
 */
@Controller
class OwnSessionsController {

	record Session(String key, Instant started, Instant lastActive, boolean current) {
	}

	private final JdbcClient jdbc;

	private final People people;

	OwnSessionsController(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	@GetMapping("/profile/sessions")
	String list(CurrentUser user, HttpServletRequest request, Model model) {
		String current = request.getSession().getId();
		List<Session> sessions = jdbc.sql("""
				select primary_id, session_id, creation_time, last_access_time from spring_session
				where principal_name = :username order by last_access_time desc limit 50
				""").param("username", user.username())
			.query((rs, row) -> new Session(rs.getString("primary_id").strip(),
					Instant.ofEpochMilli(rs.getLong("creation_time")),
					Instant.ofEpochMilli(rs.getLong("last_access_time")),
					rs.getString("session_id").strip().equals(current)))
			.list();
		model.addAttribute("sessions", sessions);
		return "identity/sessions";
	}

	@PostMapping("/profile/sessions/end")
	String end(CurrentUser user, @RequestParam(defaultValue = "") String key, RedirectAttributes redirect) {
		int ended = jdbc.sql("delete from spring_session where primary_id = :key and principal_name = :username")
			.param("key", key).param("username", user.username()).update();
		redirect.addFlashAttribute("message", ended == 1 ? "sessions.ended" : "sessions.notFound");
		return "redirect:/profile/sessions";
	}

	@PostMapping("/admin/staff/{id}/sessions/end")
	String endAllOf(@PathVariable long id, CurrentUser admin, RedirectAttributes redirect) {
		people.endSessions(admin, id);
		redirect.addFlashAttribute("message", "sessions.endedForPerson");
		return "redirect:/admin/staff";
	}
}

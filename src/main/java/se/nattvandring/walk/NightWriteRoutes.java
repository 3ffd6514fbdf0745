package se.nattvandring.walk;

import java.util.List;

/** The routes of the night's writes: where the phone sends them, and the only requests a night pass allows. */
public final class NightWriteRoutes {

	public static final String CHECK_IN = "/api/v1/walks/{id}/check-in";

	public static final String VISITS = "/api/v1/walks/{id}/visits";

	public static final String OBSERVATIONS = "/api/v1/walks/{id}/observations";

	public static final String YOUTH_CONTACTS = "/api/v1/walks/{id}/youth-contacts";

	public static final String CHECK_OUT = "/api/v1/walks/{id}/check-out";

	public static final String REPORT = "/api/v1/walks/{id}/report";

	public static final String SUBMIT = "/api/v1/walks/{id}/report/submit";

	/** Each write as "METHOD path", as a scoped token lists the requests it allows. */
	static final List<String> WRITES = List.of("POST " + CHECK_IN, "POST " + VISITS, "POST " + OBSERVATIONS,
			"POST " + YOUTH_CONTACTS, "POST " + CHECK_OUT, "PUT " + REPORT, "POST " + SUBMIT);

	private NightWriteRoutes() {
	}
}

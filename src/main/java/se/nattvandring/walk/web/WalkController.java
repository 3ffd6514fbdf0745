package se.nattvandring.walk.web;

import se.nattvandring.walk.WalkReaders;
import se.nattvandring.walk.NightPasses;
import se.nattvandring.walk.TeamSignUps;
import se.nattvandring.walk.WalkDecisions;
import se.nattvandring.walk.WalkFactsOfAWalk;
import se.nattvandring.walk.WalkStatus;
import se.nattvandring.walk.WalkView;
import se.nattvandring.walk.Walks;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Role;
import se.nattvandring.shared.RuleViolationException;
import se.nattvandring.volunteer.Eligibility;
import se.nattvandring.volunteer.Walker;
import se.nattvandring.volunteer.WalkerView;
import se.nattvandring.volunteer.Walkers;

/** One walk: its route and team, signing up and withdrawing, and the contact's team management. */
@Controller
class WalkController {

	/** A walker the contact may add, with whether the agreement lets them walk that night and why not. */
	public record Candidate(WalkerView walker, @Nullable String refusal) {
	}

	/** A team member's phone that holds a live night pass, for the contact or an admin to revoke. */
	public record PassHolder(long walkerId, String name, java.time.Instant expiresAt) {
	}

	private final Walks walks;

	private final TeamSignUps signUps;

	private final Walkers walkers;

	private final Agreements agreements;

	private final MessageSource messages;

	private final Clock clock;

	private final NightPasses passes;

	private final WalkFactsOfAWalk facts;

	private final WalkDecisions decisions;

	/** From the check-out on, the night's facts are what they are: the criteria are shown on them. */
	private static final java.util.Set<WalkStatus> RECORDED = java.util.EnumSet.of(WalkStatus.COMPLETED,
			WalkStatus.REPORTED, WalkStatus.RETURNED, WalkStatus.APPROVED, WalkStatus.REJECTED, WalkStatus.PAID);

	WalkController(Walks walks, TeamSignUps signUps, Walkers walkers, Agreements agreements, MessageSource messages,
			Clock clock, NightPasses passes, WalkFactsOfAWalk facts, WalkDecisions decisions) {
		this.decisions = decisions;
		this.passes = passes;
		this.facts = facts;
		this.messages = messages;
		this.walks = walks;
		this.signUps = signUps;
		this.walkers = walkers;
		this.agreements = agreements;
		this.clock = clock;
	}

	@GetMapping("/walks/{id}")
	String show(@PathVariable long id, CurrentUser user, Model model, Locale locale) {
		fill(id, user, model, locale);
		return "walk/detail";
	}

	private void fill(long id, CurrentUser user, Model model, Locale locale) {
		WalkView walk = walks.get(id, user);
		AgreementDocument agreement = agreements.document(walk.agreementId(), user);
		boolean manage = signUps.mayManageTeam(walk, user);
		@Nullable Walker self = walkers.self(user).orElse(null);
		boolean ownAssociation = WalkReaders.seesNames(user, walk.associationId());
		model.addAttribute("walk", walk);
		model.addAttribute("agreement", agreement);
		model.addAttribute("showNames", ownAssociation);
		boolean contact = WalkReaders.managesTeamOf(user, walk.associationId());
		Map<Long, String> names = walk.team().stream()
			.collect(java.util.stream.Collectors.toMap(WalkView.Member::walkerId, WalkView.Member::name));
		model.addAttribute("passHolders", !contact ? List.of() : passes.holdersOf(id).stream()
			.map(h -> new PassHolder(h.walkerId(), names.getOrDefault(h.walkerId(), "#" + h.walkerId()), h.expiresAt()))
			.toList());
		model.addAttribute("mayManage", manage);
		model.addAttribute("self", self == null ? null : self.requiredId());
		model.addAttribute("cutoff", signUps.cutoffFor(walk));
		model.addAttribute("cutoffPassed", !clock.instant().isBefore(signUps.cutoffFor(walk)));
		List<Long> teamIds = walk.team().stream().map(WalkView.Member::walkerId).toList();
		if (manage && walk.status() == WalkStatus.PLANNED && WalkReaders.managesTeamOf(user, walk.associationId())) {
			List<WalkerView> active = walkers.active(walk.associationId());
			Map<Long, Eligibility> verdicts = walkers.eligibility(active.stream().map(WalkerView::id).toList(),
					walk.date(), agreement.criteriaOn(walk.date()));
			model.addAttribute("candidates", active.stream().filter(w -> !teamIds.contains(w.id()))
				.map(w -> new Candidate(w, reason(verdicts.get(w.id()), locale))).toList());
		}
		// The same function approval decides with: on the planned facts it warns now what would fail then; once the
		// night is recorded, it shows the team what the district will see.
		boolean recorded = RECORDED.contains(walk.status());
		model.addAttribute("recorded", recorded);
		model.addAttribute("preview", recorded ? decisions.criteria(id, user)
				: agreement.criteriaOn(walk.date()).evaluate(facts.planned(walk, agreement.criteriaOn(walk.date()))));
		model.addAttribute("decisionsVisible", recorded && walk.status() != WalkStatus.COMPLETED
				&& decisions.mayReadDecisions(walk.agreementId(), walk.associationId(), user));
	}

	private @Nullable String reason(@Nullable Eligibility verdict, Locale locale) {
		if (verdict == null || verdict.eligible()) {
			return null;
		}
		var reason = verdict.reasons().get(0);
		return messages.getMessage(reason.messageKey(), reason.arguments().toArray(), locale);
	}

	@PostMapping("/walks/{id}/signups")
	String signUp(@PathVariable long id, @RequestParam(required = false) @Nullable Long walkerId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, CurrentUser user, Model model,
			Locale locale, RedirectAttributes redirect) {
		return act(id, htmx, user, model, redirect, locale, walkerId == null ? "signup.done" : "signup.assigned",
				() -> signUps.signUp(id, walkerId, user));
	}

	@PostMapping("/walks/{id}/signups/{walkerId}/delete")
	String withdraw(@PathVariable long id, @PathVariable long walkerId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, CurrentUser user, Model model,
			Locale locale, RedirectAttributes redirect) {
		return act(id, htmx, user, model, redirect, locale, "signup.withdrawn", () -> signUps.withdraw(id, walkerId, user));
	}

	@PostMapping("/walks/{id}/leader")
	String appointLeader(@PathVariable long id, @RequestParam long walkerId,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, CurrentUser user, Model model,
			Locale locale, RedirectAttributes redirect) {
		return act(id, htmx, user, model, redirect, locale, "walk.leaderAppointed", () -> signUps.appointLeader(id, walkerId, user));
	}

	@PostMapping("/walks/{id}/cancel")
	String cancel(@PathVariable long id, CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		return act(id, null, user, model, redirect, locale, "walk.cancelled", () -> walks.cancel(id, user));
	}

	/** The contact or an admin ends a walker's night passes for the walk, as when a phone is lost. */
	@PostMapping("/walks/{id}/night-passes/{walkerId}/revoke")
	String revokePass(@PathVariable long id, @PathVariable long walkerId, CurrentUser user,
			RedirectAttributes redirect) {
		passes.revoke(id, walkerId, user);
		redirect.addFlashAttribute("notice", "walk.passes.revoked");
		return "redirect:/walks/" + id;
	}

	/**
	 * Runs a team change and answers as the page asked: htmx gets the team section again, in place; a plain form
	 * gets a redirect to the walk (post/redirect/get).
	 */
	private String act(long id, @Nullable String htmx, CurrentUser user, Model model, RedirectAttributes redirect,
			Locale locale, String notice, Runnable action) {
		String refusal = null;
		try {
			action.run();
		}
		catch (RuleViolationException refused) {
			refusal = messages.getMessage(refused.messageKey(), refused.arguments(), locale);
		}
		if (htmx != null) {
			fill(id, user, model, locale);
			model.addAttribute("inPlace", true);
			model.addAttribute(refusal == null ? "notice" : "refusal", refusal == null ? notice : refusal);
			return "walk/detail :: team";
		}
		redirect.addFlashAttribute(refusal == null ? "notice" : "refusal", refusal == null ? notice : refusal);
		return "redirect:/walks/" + id;
	}
}

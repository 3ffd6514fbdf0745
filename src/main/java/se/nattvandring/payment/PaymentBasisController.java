package se.nattvandring.payment;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.nattvandring.agreement.AgreementDocument;
import se.nattvandring.agreement.Agreements;
import se.nattvandring.identity.CurrentUser;
import se.nattvandring.identity.Organisation;
import se.nattvandring.identity.Organisations;
import se.nattvandring.shared.FieldViolation;
import se.nattvandring.shared.InvalidInputException;
import se.nattvandring.shared.RuleViolationException;

/**
 * The payment pages: an agreement's bases with the form that prepares one, a basis with its steps and documents, and
 * the budget. Each step is one call to {@link PaymentBases}; a refusal comes back as the page's own message.
 */
@Controller
class PaymentBasisController {

	/** What the prepare form posts: the association and any date in the period, which the cadence widens. */
	record PrepareForm(@Nullable Long associationId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate period) {
	}

	private final PaymentBases bases;

	private final BasisDocuments documents;

	private final Budgets budgets;

	private final Agreements agreements;

	private final Organisations organisations;

	private final MessageSource messages;

	private final PayeeConfirmations payees;

	PaymentBasisController(PaymentBases bases, BasisDocuments documents, Budgets budgets, Agreements agreements,
			Organisations organisations, MessageSource messages, PayeeConfirmations payees) {
		this.payees = payees;
		this.bases = bases;
		this.documents = documents;
		this.budgets = budgets;
		this.agreements = agreements;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/agreements/{id}/payments")
	String list(@PathVariable long id, @RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
		return listPage(id, page, new PrepareForm(null, null), user, model);
	}

	@PostMapping("/agreements/{id}/payments")
	String prepare(@PathVariable long id, PrepareForm form, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			PaymentBasis basis = bases.prepareForPeriodOf(id, form.associationId(), form.period(), user);
			return "redirect:/payments/" + basis.id();
		}
		catch (InvalidInputException invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			FieldViolation problem = invalid.violations().get(0);
			model.addAttribute("problemText", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		}
		catch (RuleViolationException refused) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("refusalText", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		return listPage(id, 0, form, user, model);
	}

	@GetMapping("/payments/{id}")
	String basis(@PathVariable long id, CurrentUser user, Model model) {
		PaymentBasis basis = bases.get(id, user);
		AgreementDocument agreement = agreements.document(basis.agreementId(), user);
		model.addAttribute("basis", basis);
		model.addAttribute("agreement", agreement);
		model.addAttribute("association", organisations.byId(basis.associationId()).map(Organisation::name)
			.orElse("#" + basis.associationId()));
		model.addAttribute("mayPrepare", bases.mayPrepare(agreement, user));
		model.addAttribute("mayAttest", bases.mayAttest(basis, user));
		return "payment/basis";
	}

	@PostMapping("/payments/{id}/issue")
	String issue(@PathVariable long id, CurrentUser user, RedirectAttributes redirect, Locale locale) {
		return step(id, () -> bases.issue(id, user), "payment.saved.issued", redirect, locale);
	}

	@PostMapping("/payments/{id}/attest")
	String attest(@PathVariable long id, CurrentUser user, RedirectAttributes redirect, Locale locale) {
		return step(id, () -> bases.attest(id, user), "payment.saved.attested", redirect, locale);
	}

	@PostMapping("/payments/{id}/refresh")
	String refresh(@PathVariable long id, CurrentUser user, RedirectAttributes redirect, Locale locale) {
		return step(id, () -> bases.refresh(id, user), "payment.saved.refreshed", redirect, locale);
	}

	@PostMapping("/payments/{id}/discard")
	String discard(@PathVariable long id, CurrentUser user, RedirectAttributes redirect, Locale locale) {
		long agreementId = bases.get(id, user).agreementId();
		try {
			bases.discard(id, user);
			redirect.addFlashAttribute("notice", "payment.saved.discarded");
			return "redirect:/agreements/" + agreementId + "/payments";
		}
		catch (RuleViolationException refused) {
			redirect.addFlashAttribute("refusalText",
					messages.getMessage(refused.messageKey(), refused.arguments(), locale));
			return "redirect:/payments/" + id;
		}
	}

	@GetMapping("/payments/{id}/document/{kind}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String kind, CurrentUser user) {
		return PaymentBasisApiController.send(documents.file(id, BasisDocuments.Kind.named(kind)
			.orElseThrow(() -> new se.nattvandring.shared.NotFoundException("document", kind)), user));
	}

	@GetMapping("/agreements/{id}/budget")
	String budget(@PathVariable long id, CurrentUser user, Model model) {
		model.addAttribute("budget", budgets.of(id, user));
		model.addAttribute("agreement", agreements.document(id, user));
		return "payment/budget";
	}

	private String listPage(long id, int page, PrepareForm form, CurrentUser user, Model model) {
		AgreementDocument agreement = agreements.document(id, user);
		var found = bases.ofAgreement(id, page, user);
		model.addAttribute("agreement", agreement);
		model.addAttribute("page", found);
		model.addAttribute("form", form);
		model.addAttribute("mayPrepare", bases.mayPrepare(agreement, user));
		model.addAttribute("pendingPayees", agreement.associations().stream()
			.filter(a -> payees.mayConfirm(a.organisationId(), user))
			.flatMap(a -> payees.pending(a.organisationId(), user).stream()).toList());
		model.addAttribute("names", agreement.associations().stream()
			.collect(Collectors.toMap(AgreementDocument.PartyView::organisationId, AgreementDocument.PartyView::name,
					(a, b) -> a)));
		return "payment/list";
	}

	/** The district confirms an association's changed payment details, and comes back to the agreement's bases. */
	@PostMapping("/agreements/{id}/payees/{organisationId}/confirm")
	String confirmPayee(@PathVariable long id, @PathVariable long organisationId, CurrentUser user,
			RedirectAttributes redirect, Locale locale) {
		agreements.requireVisible(id, user);
		try {
			payees.confirm(organisationId, user);
			redirect.addFlashAttribute("notice", "payee.confirmed");
		}
		catch (RuleViolationException refused) {
			redirect.addFlashAttribute("refusalText",
					messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		return "redirect:/agreements/" + id + "/payments";
	}

	private String step(long id, Runnable step, String notice, RedirectAttributes redirect, Locale locale) {
		try {
			step.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RuleViolationException refused) {
			redirect.addFlashAttribute("refusalText",
					messages.getMessage(refused.messageKey(), refused.arguments(), locale));
		}
		return "redirect:/payments/" + id;
	}

}

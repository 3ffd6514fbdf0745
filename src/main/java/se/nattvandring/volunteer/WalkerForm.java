package se.nattvandring.volunteer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The walker form as typed, valid or not, so that a rejected form comes back with everything the contact wrote. */
class WalkerForm {

	public @Nullable String name;
	public @Nullable String phone;
	public @Nullable String email;
	public @Nullable LocalDate birthDate;
	public @Nullable LocalDate informedOn;

	static WalkerForm of(Walker walker) {
		WalkerForm form = new WalkerForm();
		form.name = walker.name();
		form.phone = walker.phone();
		form.email = walker.email();
		form.birthDate = walker.birthDate();
		form.informedOn = walker.informedOn();
		return form;
	}

	WalkerDraft toDraft() {
		return new WalkerDraft(name, phone, email, birthDate, informedOn);
	}
}

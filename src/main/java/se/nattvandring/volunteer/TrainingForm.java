package se.nattvandring.volunteer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A training record as typed. */
class TrainingForm {

	public @Nullable String course;
	public @Nullable String provider;
	public @Nullable LocalDate completedOn;
	public @Nullable LocalDate validUntil;

	/** Prefilled with the course most walkers take, so recording it is one date away. */
	static TrainingForm suggested(String course, String provider) {
		TrainingForm form = new TrainingForm();
		form.course = course;
		form.provider = provider;
		return form;
	}

	TrainingDraft toDraft() {
		return new TrainingDraft(course, provider, completedOn, validUntil);
	}
}

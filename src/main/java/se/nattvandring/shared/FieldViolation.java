package se.nattvandring.shared;

/**
 * One problem with one field of user input, named by a message key so that the web page and the API each say it in the
 * user's language.
 */
public record FieldViolation(String field, String messageKey, Object... arguments) {
}

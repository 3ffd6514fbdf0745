package se.nattvandring.shared;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON bodies are read as strictly as the forms: a field the body may not have (so that nothing a district types is
 * silently dropped), a null inside a list, a fraction where a whole number belongs, a
 * number or a boolean where text belongs, and text that no field may hold are each refused, with the field's path,
 * instead of being quietly turned into something the caller did not send.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return builder -> builder.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL))
			.withCoercionConfig(LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer,
					CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.addModule(new SimpleModule("plain-text").addDeserializer(String.class, new PlainText()));
	}

	/** Text as any field may hold it: no NUL or other control characters, no bidirectional overrides. */
	static final class PlainText extends ValueDeserializer<String> {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && TextChecks.hasForbiddenCharacters(text, true)) {
				throw new ForbiddenCharactersException(parser);
			}
			return text;
		}
	}

	/** Tells the problem details which field held the characters, and why it was refused. */
	static final class ForbiddenCharactersException extends tools.jackson.databind.exc.MismatchedInputException {

		ForbiddenCharactersException(JsonParser parser) {
			super(parser, "Text with a control character or a bidirectional override", parser.currentLocation());
		}
	}
}

package se.nattvandring.shared;

import java.math.BigDecimal;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamWriteFeature;

/**
 * Values come back in the form they were sent, and exactly (docs/api.md, "Values"):
 * <ul>
 * <li>every decimal (an amount in kronor, a coordinate) is a JSON string with a plain decimal, "1700.00", because a
 * JSON number is read as a binary float by most clients and 0.1 + 0.2 is not an amount a district pays; a number
 * is still accepted on the way in, so older clients keep working;</li>
 * <li>a time of day is "HH:mm", as the agreement and the plan are written.</li>
 * </ul>
 * The OpenAPI document says the same, so a generated client has a string for each.
 */
@Configuration(proxyBeanMethods = false)
class ApiValueShapes {

	static final String DECIMAL = "^-?\\d+(\\.\\d+)?$";

	static final String TIME_OF_DAY = "^([01]\\d|2[0-3]):[0-5]\\d$";

	static {
		SpringDocUtils.getConfig()
			.replaceWithSchema(BigDecimal.class, new StringSchema().format("decimal").pattern(DECIMAL).example("1700.00")
				.description("An exact decimal as text; amounts are kronor with öre as two decimals"))
			// A document (a PDF, a CSV, an SIE file) is its bytes, not base64 text in JSON.
			.replaceWithSchema(byte[].class, new io.swagger.v3.oas.models.media.BinarySchema())
			.replaceWithSchema(LocalTime.class, new StringSchema().pattern(TIME_OF_DAY).example("19:00")
				.description("A time of day, HH:mm"));
	}

	@Bean
	JsonMapperBuilderCustomizer exactDecimalsAndTimesOfDay() {
		return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			.withConfigOverride(BigDecimal.class,
					override -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
			.withConfigOverride(LocalTime.class,
					override -> override.setFormat(JsonFormat.Value.forPattern("HH:mm")));
	}
}

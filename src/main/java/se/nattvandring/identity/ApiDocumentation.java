package se.nattvandring.identity;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document a client is generated from: who is asking ({@link CurrentUser}) comes from the token or the
 * session, never from a parameter; the bearer scheme is declared; and every operation names the problem details it may
 * answer with, so a generated client knows the shape of an error.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BEARER = "bearer";

	static final String PROBLEM = "Problem";

	/** The answers every operation may give besides its own; 400, 404, 409 and 422 say why in {@code detail}. */
	private static final Map<String, String> ERRORS = Map.of(
			"400", "Invalid input: the problem detail's errors name each field",
			"401", "No valid token or session",
			"403", "The caller's role or organisation may not do this",
			"404", "Not found, or not visible to the caller",
			"409", "Refused in the state things are in; detail says why",
			"503", "The database cannot take the call just now (away, read-only or full); the Retry-After header says "
					+ "when to try again, and a write sent again with its Idempotency-Key is stored once");

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Bean
	OpenAPI nattvandringApi() {
		Schema<?> problem = new Schema<>().type("object")
			.description("RFC 9457 problem details, in the caller's language (Accept-Language: sv or en)")
			.addProperty("type", new Schema<>().type("string").format("uri")
				.description("What kind of problem, stable across languages: urn:nattvandring:problem:<kind> (docs/api.md)"))
			.addProperty("title", new Schema<>().type("string"))
			.addProperty("status", new Schema<>().type("integer").format("int32"))
			.addProperty("detail", new Schema<>().type("string"))
			.addProperty("instance", new Schema<>().type("string"))
			.addProperty("errors", new Schema<>().type("array").items(new Schema<>().type("object")
				.addProperty("field", new Schema<>().type("string"))
				.addProperty("message", new Schema<>().type("string"))));
		return new OpenAPI()
			.info(new Info().title("Nattvandring API").version("v1")
				.description("Agreements, places, walkers and walks of a night-walk partnership (IOP)."))
			.components(new Components()
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("A personal API token from the profile page, or a walk's night pass"))
				.addSchemas(PROBLEM, problem))
			.addSecurityItem(new SecurityRequirement().addList(BEARER))
			// Relative, so the document names the installation it is read from, whatever its address.
			.servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")
				.description("This installation")));
	}

	/**
	 * Names a generated client's methods by what they act on, so they stay the same when another controller gains a
	 * method of the same name: "list" on the agreements becomes listAgreement, never list_4.
	 */
	@Bean
	OperationCustomizer stableOperationIds() {
		return (operation, handler) -> {
			String name = handler.getMethod().getName();
			if (GENERIC_NAMES.contains(name)) {
				String noun = handler.getBeanType().getSimpleName().replace("ApiController", "");
				operation.setOperationId(name + noun);
			}
			else {
				operation.setOperationId(name);
			}
			return operation;
		};
	}

	private static final java.util.Set<String> GENERIC_NAMES = java.util.Set.of("list", "get", "create", "update",
			"issue", "correct", "pending", "revoke", "csv", "confirm", "answer", "add", "register", "record", "state",
			"draft", "settings", "configure", "discard", "refresh", "invite", "draw", "report", "submit", "hashes",
			"versions", "budget", "statistics", "comparison", "evaluation", "workbook", "openData", "holders", "withdraw", "pdf",
			"signUp", "decide", "criteria", "attest", "prepare", "peppol", "sie", "me");

	@Bean
	OperationCustomizer problemResponsesInTheDocument() {
		return (operation, handler) -> {
			if (operation.getParameters() != null) {
				operation.getParameters().stream()
					.filter(parameter -> "header".equals(parameter.getIn())
							&& "Idempotency-Key".equalsIgnoreCase(parameter.getName()))
					.forEach(parameter -> parameter.description("A new random UUID for each change; the same one when "
							+ "the same change is sent again, which is then stored once (docs/offline-outbox.md)")
						.schema(new Schema<>().type("string").types(java.util.Set.of("string")).format("uuid")));
			}
			ERRORS.forEach((status, description) -> {
				if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
					operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
						.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
				}
			});
			return operation;
		};
	}
}

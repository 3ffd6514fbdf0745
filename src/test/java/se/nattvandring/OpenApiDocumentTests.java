package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.nattvandring.support.IntegrationTest;

/**
 * The OpenAPI document is one a client can be generated from: a parser for OpenAPI 3 reads it without a complaint,
 * every parameter an operation names is one its handler takes, the bearer scheme is declared, and every operation
 * says which problem details it may answer with.
 */
@IntegrationTest
class OpenApiDocumentTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	OpenAPI api;

	SwaggerParseResult parsed;

	@BeforeEach
	void readTheDocument() throws Exception {
		var answer = mvc.get().uri("/v3/api-docs").exchange();
		assertThat(answer).hasStatusOk();
		parsed = new OpenAPIV3Parser().readContents(answer.getResponse().getContentAsString(), null, null);
		api = parsed.getOpenAPI();
	}

	@Test
	void anOpenApi3ParserReadsTheDocumentWithoutAComplaint() {
		assertThat(parsed.getMessages()).isEmpty();
		assertThat(api.getOpenapi()).startsWith("3.");
		assertThat(api.getPaths()).containsKeys("/api/v1/walks", "/api/v1/walks/{id}", "/api/v1/agreements");
	}

	@Test
	void theServerIsRelativeAndEveryIdempotencyKeyIsAUuid() {
		assertThat(api.getServers()).singleElement().satisfies(server -> assertThat(server.getUrl()).isEqualTo("/"));
		List<String> keys = new ArrayList<>();
		operations().forEach((key, operation) -> {
			if (operation.getParameters() != null) {
				operation.getParameters().stream().filter(parameter -> parameter.getName().equals("Idempotency-Key"))
					.forEach(parameter -> keys.add(key + " " + parameter.getIn() + " " + parameter.getSchema().getFormat()));
			}
			assertThat(operation.getResponses()).as(key).containsKey("503");
		});

		assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(key).endsWith(" header uuid"));
	}

	/**
	 * A JSON body, sent or answered, has a schema a client can be generated from: an object or a list of them, never
	 * "a string" holding JSON, and never nothing. Operation ids are stable names, never springdoc's list_4.
	 */
	@Test
	void noOperationHasAJsonBodyWithoutASchema() {
		List<String> vague = new ArrayList<>();
		operations().forEach((key, operation) -> {
			assertThat(operation.getOperationId()).as(key).doesNotContain("_");
			if (operation.getRequestBody() != null) {
				operation.getRequestBody().getContent().forEach((type, media) -> {
					if (type.contains("json") && !isModel(media.getSchema())) {
						vague.add(key + " takes " + type);
					}
				});
			}
			operation.getResponses().forEach((status, response) -> {
				if (response.getContent() != null) {
					response.getContent().forEach((type, media) -> {
						if (type.contains("json") && !isModel(media.getSchema())) {
							vague.add(key + " answers " + status + " " + type);
						}
						if (type.equals("*/*")) {
							vague.add(key + " answers " + status + " of any type");
						}
					});
				}
			});
		});

		assertThat(vague).isEmpty();
	}

	private static boolean isModel(io.swagger.v3.oas.models.media.Schema<?> schema) {
		if (schema == null) {
			return false;
		}
		if (schema.get$ref() != null) {
			return true;
		}
		if (schema.getItems() != null) {
			return isModel(schema.getItems());
		}
		String type = schema.getType() != null ? schema.getType()
				: schema.getTypes() == null ? null : schema.getTypes().iterator().next();
		return "object".equals(type) && (schema.getProperties() != null || schema.getAdditionalProperties() != null);
	}

	/**
	 * springdoc names a schema by the Java type's simple name, so two types of one name (a walk's Correction and a
	 * basis's) would silently become one schema, and a generated client would send the wrong fields. Every type an
	 * operation reads or answers, down through its fields, has a name no other such type has.
	 */
	@Test
	void noTwoTypesOfTheApiShareASchemaName() {
		Map<String, Set<Class<?>>> byName = new java.util.TreeMap<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			if (info.getPathPatternsCondition() == null || info.getPathPatternsCondition().getPatternValues().stream()
				.noneMatch(path -> path.startsWith("/api/"))) {
				return;
			}
			collect(org.springframework.core.ResolvableType.forMethodReturnType(handler.getMethod()), byName,
					new HashSet<>());
			for (int i = 0; i < handler.getMethod().getParameterCount(); i++) {
				if (handler.getMethodParameters()[i].hasParameterAnnotation(
						org.springframework.web.bind.annotation.RequestBody.class)) {
					collect(org.springframework.core.ResolvableType.forMethodParameter(handler.getMethod(), i), byName,
							new HashSet<>());
				}
			}
		});

		assertThat(byName).isNotEmpty();
		assertThat(byName.entrySet().stream().filter(entry -> entry.getValue().size() > 1).map(Object::toString)
			.toList()).isEmpty();
	}

	private static void collect(org.springframework.core.ResolvableType type, Map<String, Set<Class<?>>> byName,
			Set<Class<?>> seen) {
		for (org.springframework.core.ResolvableType generic : type.getGenerics()) {
			collect(generic, byName, seen);
		}
		Class<?> raw = type.resolve();
		if (raw == null || raw.isArray() && raw.getComponentType().isPrimitive() || !seen.add(raw)) {
			return;
		}
		if (raw.isArray()) {
			collect(type.getComponentType(), byName, seen);
			return;
		}
		if (raw.isRecord() && raw.getName().startsWith("se.nattvandring.")) {
			byName.computeIfAbsent(raw.getSimpleName(), name -> new HashSet<>()).add(raw);
			for (var component : raw.getRecordComponents()) {
				collect(org.springframework.core.ResolvableType.forType(component.getGenericType()), byName, seen);
			}
		}
	}

	@Test
	void everyParameterAnOperationNamesIsOneItsHandlerTakes() {
		List<String> strangers = new ArrayList<>();
		operations().forEach((key, operation) -> {
			Set<String> taken = parametersOf(handlerFor(key));
			if (operation.getParameters() != null) {
				operation.getParameters().stream()
					.filter(parameter -> !taken.contains(parameter.getName()))
					.forEach(parameter -> strangers.add(key + " names " + parameter.getIn() + " " + parameter.getName()));
			}
		});

		assertThat(strangers).isEmpty();
		assertThat(operations()).isNotEmpty();
	}

	@Test
	void theBearerSchemeIsDeclaredAndRequired() {
		var scheme = api.getComponents().getSecuritySchemes().get("bearer");
		assertThat(scheme).isNotNull();
		assertThat(scheme.getType()).hasToString("http");
		assertThat(scheme.getScheme()).isEqualTo("bearer");
		assertThat(api.getSecurity()).anySatisfy(requirement -> assertThat(requirement).containsKey("bearer"));
	}

	@Test
	void everyOperationDeclaresItsProblemDetails() {
		operations().forEach((key, operation) -> {
			assertThat(operation.getResponses()).as(key).containsKeys("400", "401", "403", "404", "409");
			assertThat(operation.getResponses().get("404").getContent()).as(key)
				.containsKey("application/problem+json");
		});
	}

	/** Each operation, keyed "GET /api/v1/walks/{id}". */
	private Map<String, Operation> operations() {
		Map<String, Operation> all = new java.util.TreeMap<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap()
			.forEach((method, operation) -> all.put(method.name() + " " + path, operation)));
		return all;
	}

	private HandlerMethod handlerFor(String key) {
		String method = key.substring(0, key.indexOf(' '));
		String path = key.substring(key.indexOf(' ') + 1);
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			boolean samePath = info.getPathPatternsCondition() != null
					&& info.getPathPatternsCondition().getPatternValues().contains(path);
			boolean sameMethod = info.getMethodsCondition().getMethods().stream()
				.anyMatch(m -> m.name().equals(method));
			if (samePath && sameMethod) {
				return entry.getValue();
			}
		}
		throw new AssertionError("The document names " + key + ", which no handler serves");
	}

	private static Set<String> parametersOf(HandlerMethod handler) {
		Set<String> names = new HashSet<>();
		String[] discovered = new DefaultParameterNameDiscoverer().getParameterNames(handler.getMethod());
		Parameter[] parameters = handler.getMethod().getParameters();
		for (int i = 0; i < parameters.length; i++) {
			Parameter parameter = parameters[i];
			String name = discovered == null ? parameter.getName() : discovered[i];
			RequestParam param = parameter.getAnnotation(RequestParam.class);
			PathVariable path = parameter.getAnnotation(PathVariable.class);
			RequestHeader header = parameter.getAnnotation(RequestHeader.class);
			if (param != null) {
				names.add(param.name().isEmpty() ? name : param.name());
			}
			else if (path != null) {
				names.add(path.name().isEmpty() ? name : path.name());
			}
			else if (header != null) {
				names.add(header.name().isEmpty() ? name : header.name());
			}
			else if (parameter.isAnnotationPresent(ParameterObject.class) && parameter.getType().isRecord()) {
				// A record of query parameters, bound by its components' names.
				for (var component : parameter.getType().getRecordComponents()) {
					names.add(component.getName());
				}
			}
		}
		return names;
	}
}

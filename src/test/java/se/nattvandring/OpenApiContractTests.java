package se.nattvandring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.nattvandring.support.IntegrationTest;

/**
 * The document the test client is generated from ({@code src/test/resources/openapi/nattvandring.json}, read by
 * openapi-generator in {@code generate-test-sources}) is the one the server serves. When a change to the API changes
 * the document, this test fails until the file is written again with {@code -Popenapi-write -Dopenapi.write=true}, so the generated
 * client, and the season run through it, always speak to the server as it is.
 */
@IntegrationTest
class OpenApiContractTests {

	static final Path COMMITTED = Path.of("src/test/resources/openapi/nattvandring.json");

	@Autowired
	MockMvcTester mvc;

	@Test
	void theCommittedDocumentIsTheOneTheServerServes() throws Exception {
		var answer = mvc.get().uri("/v3/api-docs").exchange();
		assertThat(answer).hasStatusOk();
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		JsonNode served = json.readTree(answer.getResponse().getContentAsString(StandardCharsets.UTF_8));
		String pretty = json.writeValueAsString(served) + "\n";
		if (Boolean.getBoolean("openapi.write")) {
			Files.writeString(COMMITTED, pretty, StandardCharsets.UTF_8);
		}

		assertThat(json.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8)))
			.as("the document the client is generated from; write it again with -Popenapi-write -Dopenapi.write=true")
			.isEqualTo(served);
	}
}

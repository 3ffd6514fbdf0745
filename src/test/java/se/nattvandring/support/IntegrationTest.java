package se.nattvandring.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a throw-away embedded PostgreSQL with the demo world, driven through MockMvc. Every test
 * class with this annotation shares one application context, so the database starts once. Statements are counted,
 * for the tests that keep a request's cost bounded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
public @interface IntegrationTest {
}

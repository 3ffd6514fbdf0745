package se.nattvandring.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread prepares, so a test can say how many statements a request costs.
 * MockMvc runs a request on the test's own thread, which is what makes a thread-local count exact. The session's
 * own statements (Spring Session reads it and notes the access on every request) are counted apart: they are the same
 * few on every page, and the first request after a login also clears what the login left.
 */
public class StatementCounter implements BeanPostProcessor {

	/** What the session store may cost a request: read the session and its attributes, note the access, clean up. */
	public static final int SESSION_BUDGET = 5;

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[2]);

	public static <T> Counted<T> count(Callable<T> work) throws Exception {
		COUNT.get()[0] = 0;
		COUNT.get()[1] = 0;
		T result = work.call();
		return new Counted<>(result, COUNT.get()[0], COUNT.get()[1]);
	}

	/** The application's statements, and the session store's. */
	public record Counted<T>(T result, int statements, int sessionStatements) {
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
					(proxy, method, args) -> {
						Object result = invoke(dataSource, method, args);
						return result instanceof Connection connection ? counting(connection) : result;
					});
		}
		return bean;
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (STATEMENTS.contains(method.getName())) {
						boolean session = args != null && args.length > 0 && args[0] instanceof String sql
								&& sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION");
						COUNT.get()[session ? 1 : 0]++;
					}
					return invoke(connection, method, args);
				});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}
}

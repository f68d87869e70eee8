package dev.pamir.testkit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The PostgresExtension gives tests a {@link PostgresCluster} as a constructor or method parameter:
 * one cluster for the whole test JVM, started on first use and stopped when the tests end.
 *
 * <p>When the PostgreSQL server programs are missing, every test that asks for the cluster fails
 * and says so: CI must not pass without them. A developer without PostgreSQL can skip these tests
 * with {@code -Dpamir.postgres=skip}.
 */
public final class PostgresExtension implements ExecutionCondition, ParameterResolver {

  /** The system property that, set to {@code skip}, skips the PostgreSQL tests. */
  public static final String SKIP_PROPERTY = "pamir.postgres";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PostgresExtension.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if ("skip".equals(System.getProperty(SKIP_PROPERTY))) {
      return ConditionEvaluationResult.disabled(
          "PostgreSQL tests skipped by -D" + SKIP_PROPERTY + "=skip");
    }
    return ConditionEvaluationResult.enabled("PostgreSQL tests run");
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PostgresCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    try {
      return context
          .getRoot()
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(
              PostgresCluster.class, key -> PostgresCluster.start(), PostgresCluster.class);
    } catch (IllegalStateException e) {
      throw new ParameterResolutionException(
          "cannot start PostgreSQL for the tests: " + e.getMessage(), e);
    }
  }
}

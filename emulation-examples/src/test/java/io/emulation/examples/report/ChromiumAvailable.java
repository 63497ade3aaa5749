package io.emulation.examples.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test only where Debian's {@code chromium} is installed, except under CI ({@code
 * CI=true}), where {@code .ci/run} installs it: there the test always runs, and fails if the
 * browser is missing rather than passing unnoticed.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumAvailable.Condition.class)
@interface ChromiumAvailable {
  /** Where Debian's package puts the browser. */
  Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** The condition behind the annotation. */
  final class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (Files.isExecutable(CHROMIUM)) {
        return ConditionEvaluationResult.enabled(CHROMIUM + " is installed");
      }
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        return ConditionEvaluationResult.enabled("CI=true: .ci/run installs " + CHROMIUM
            + ", so its absence is a failure");
      }
      return ConditionEvaluationResult.disabled(CHROMIUM + " is not installed (apt-get install "
          + "chromium); skipped outside CI");
    }
  }
}

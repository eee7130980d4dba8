package dev.shortlist.stack.junit;

import dev.shortlist.stack.Component;
import dev.shortlist.stack.StackSettings;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the local stack: the components it names are started once per test
 * JVM (or reused when already running) and stopped when the JVM's tests are done. Test methods and
 * constructors may declare {@link dev.shortlist.stack.LocalStack} or {@link
 * dev.shortlist.stack.StackEndpoints} parameters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LocalStackExtension.class)
public @interface LocalStackTest {

    /** What the tests need; Kafka comes with the schema registry. */
    Component[] value() default {Component.KAFKA, Component.SCHEMA_REGISTRY, Component.ELASTICSEARCH};

    /**
     * How the stack runs: {@code AUTO} follows {@code shortlist.stack.mode}; {@code EMBEDDED} pins the
     * embedded stack for tests of its own implementation (the registry server, a single service's
     * outage), which containers would not exercise.
     */
    StackSettings.Mode mode() default StackSettings.Mode.AUTO;
}

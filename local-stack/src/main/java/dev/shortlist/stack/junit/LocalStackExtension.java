package dev.shortlist.stack.junit;

import dev.shortlist.stack.Component;
import dev.shortlist.stack.LocalStack;
import dev.shortlist.stack.StackEndpoints;
import dev.shortlist.stack.StackSettings;
import dev.shortlist.stack.containers.DockerEngine;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts the local stack once per test JVM and shares it between test classes.
 *
 * <p>The stack lives in the root context's store, which JUnit closes when the whole run ends: that
 * stops the services this JVM started and leaves alone those it found running. A later test class
 * that needs more components than an earlier one gets them started then.
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalStackExtension.class);

    /** The shared stack; closing it is what stops the services at the end of the run. */
    private record SharedStack(LocalStack stack) implements AutoCloseable {
        @Override
        public void close() {
            stack.stop();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<LocalStackTest> annotation = annotation(context);
        Component[] requested = annotation.map(LocalStackTest::value).orElse(Component.values());
        LocalStack stack = stack(context);
        stack.start(requested.length == 0 ? EnumSet.noneOf(Component.class) : EnumSet.copyOf(List.of(requested)));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == LocalStack.class || type == StackEndpoints.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        LocalStack stack = stack(extensionContext);
        return parameterContext.getParameter().getType() == LocalStack.class ? stack : stack.endpoints();
    }

    /** The class's annotation; a {@code @Nested} class inherits the one of the class around it. */
    private static Optional<LocalStackTest> annotation(ExtensionContext context) {
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            Optional<LocalStackTest> annotation = AnnotationSupport.findAnnotation(type, LocalStackTest.class);
            if (annotation.isPresent()) {
                return annotation;
            }
        }
        return Optional.empty();
    }

    /** One shared stack per mode it resolves to, so classes pinned to the embedded stack share theirs too. */
    private static LocalStack stack(ExtensionContext context) {
        StackSettings settings = StackSettings.fromEnvironment();
        StackSettings.Mode requested =
                annotation(context).map(LocalStackTest::mode).orElse(StackSettings.Mode.AUTO);
        StackSettings chosen = requested == StackSettings.Mode.AUTO ? settings : settings.withMode(requested);
        StackSettings.Mode mode = chosen.mode().resolve(false, DockerEngine::available);
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(
                        "stack-" + mode,
                        key -> new SharedStack(new LocalStack(chosen.withMode(mode))),
                        SharedStack.class)
                .stack();
    }
}

package dev.ascctl.e2e;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link SandboxFixture} parameters for {@link SandboxStore}: one fixture per test (or per class when a
 * {@code @BeforeAll} method asks), kept in JUnit's store so that JUnit closes it, and with it the sandbox and the
 * store copy, when that test or class ends.
 */
final class SandboxStoreExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxStoreExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SandboxFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The store finds a class-level fixture from a test too, so @BeforeAll and @Test share it.
        return context.getStore(NAMESPACE).computeIfAbsent(SandboxFixture.class,
                type -> SandboxFixture.start(settings(context), options(context)), SandboxFixture.class);
    }

    /** A free port, in the mode of the class's {@link SandboxModes} invocation (else as the run's properties say). */
    private static dev.ascctl.sandbox.SandboxOptions options(ExtensionContext context) {
        return SandboxModesExtension.of(context).map(mode -> mode.apply(SandboxFixture.sandboxOptions((String) null)))
                .orElseGet(SandboxFixture::sandboxOptions);
    }

    /** The method's annotation when it has one, else the class's (or an enclosing class's). */
    private static SandboxStore settings(ExtensionContext context) {
        Optional<SandboxStore> onMethod = context.getTestMethod().flatMap(m -> find(m));
        return onMethod.or(() -> context.getTestClass().flatMap(SandboxStoreExtension::findOnClass))
                .orElseThrow(() -> new IllegalStateException("SandboxFixture needs @SandboxStore on the test"));
    }

    private static Optional<SandboxStore> find(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, SandboxStore.class);
    }

    private static Optional<SandboxStore> findOnClass(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            Optional<SandboxStore> found = find(c);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}

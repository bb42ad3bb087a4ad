package dev.ascctl.e2e;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a {@link SandboxModes} class once per mode of the run, one after the other (a class may keep its fixture in a
 * static field), and tells its sandboxes which mode they are in: {@link SandboxStoreExtension} through JUnit's store,
 * {@link SandboxFixture#sandboxOptions()} through {@link #current()} on the thread running the class or test.
 * Before issue 20 the suite ran twice in two Failsafe executions; one JVM running both saves its start and warm-up.
 */
final class SandboxModesExtension implements ClassTemplateInvocationContextProvider {
    /** The modes of the run, e.g. "plain,variants:7" (see {@link SandboxMode}); absent: plain alone. */
    static final String MODES_PROPERTY = "asc.sandbox.modes";
    static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxModesExtension.class);
    private static final ThreadLocal<SandboxMode> CURRENT = new ThreadLocal<>();

    /** The mode of the class or test running on this thread, if it is a {@link SandboxModes} class. */
    static Optional<SandboxMode> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The mode a test's context runs in, if it is inside a {@link SandboxModes} class. */
    static Optional<SandboxMode> of(ExtensionContext context) {
        return Optional.ofNullable(context.getStore(NAMESPACE).get(SandboxMode.class, SandboxMode.class));
    }

    /**
     * The modes of this run: {@value SandboxFixture#VARIANTS_PROPERTY} (a seed, as {@code make e2e VARIANTS=7} and the
     * pom's {@code variants} execution set it) means variant mode alone, as before issue 20; else {@link #MODES_PROPERTY}.
     */
    static List<SandboxMode> runModes() {
        String seed = System.getProperty(SandboxFixture.VARIANTS_PROPERTY);
        if (seed != null && !seed.isBlank()) {
            return List.of(SandboxMode.variants(Long.parseLong(seed.trim())));
        }
        return SandboxMode.parseList(System.getProperty(MODES_PROPERTY));
    }

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public boolean mayReturnZeroClassTemplateInvocationContexts(ExtensionContext context) {
        return true; // a plain-only class in a run of variant mode alone
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        boolean plainOnly = context.getTestClass()
                .flatMap(c -> AnnotationSupport.findAnnotation(c, SandboxStore.class))
                .map(s -> !s.plainOnly().isBlank()).orElse(false);
        return runModes().stream().filter(m -> !plainOnly || m.equals(SandboxMode.PLAIN)).map(Invocation::new);
    }

    private record Invocation(SandboxMode mode) implements ClassTemplateInvocationContext {
        @Override
        public String getDisplayName(int index) {
            return "[" + mode + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new ModeCallbacks(mode));
        }
    }

    /** Sets the mode for the class's store and for the threads running its {@code @BeforeAll} and its tests. */
    private record ModeCallbacks(SandboxMode mode)
            implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getStore(NAMESPACE).put(SandboxMode.class, mode);
            CURRENT.set(mode);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            CURRENT.remove();
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            CURRENT.set(mode); // a test may run on another thread than its class
        }

        @Override
        public void afterEach(ExtensionContext context) {
            CURRENT.remove();
        }
    }
}

package dev.ascctl.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;

/**
 * Runs the annotated end-to-end class once per sandbox mode of the run, in one JVM: against plain sandboxes, then
 * against sandboxes in variant mode (Apple's varying forms, see AppleVariants). {@link SandboxStore} carries it, so a
 * class with a {@link SandboxFixture} gets both; a class that starts its own sandboxes from
 * {@link SandboxFixture#sandboxOptions()} puts it on itself. Which modes run is the system property
 * {@value SandboxModesExtension#MODES_PROPERTY} ("plain,variants:7" in {@code make test}; see {@link SandboxMode}).
 * <p>The class runs beside other classes (JUnit applies its "classes run concurrently" default to plain classes only,
 * not to class templates, hence {@code @Execution}), and so do its modes and its tests: each test has its own
 * sandbox on a free port and its own store copy. A class that keeps state in a static field that is not final (a
 * fixture made once in {@code @BeforeAll}) gets a lock of its own instead, which keeps its modes and its tests one
 * after the other on one thread, as in a plain class.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ClassTemplate
@ExtendWith(SandboxModesExtension.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(providers = SandboxModes.OwnLock.class)
public @interface SandboxModes {

    /**
     * One lock per class that keeps state in a static field that is not final: JUnit then runs everything inside the
     * class on the class's thread. Other classes get none, so their modes and tests spread over the test threads
     * (measured: the longest class, both modes one after the other on one thread, was the end of the run).
     */
    final class OwnLock implements ResourceLocksProvider {
        @Override
        public java.util.Set<Lock> provideForClass(Class<?> testClass) {
            return keepsStaticState(testClass)
                    ? java.util.Set.of(new Lock("sandbox-modes:" + testClass.getName(), ResourceAccessMode.READ_WRITE))
                    : java.util.Set.of();
        }

        static boolean keepsStaticState(Class<?> testClass) {
            for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (java.lang.reflect.Modifier.isStatic(modifiers) && !java.lang.reflect.Modifier.isFinal(modifiers)
                            && !field.isSynthetic()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}

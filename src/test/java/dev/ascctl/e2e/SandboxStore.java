package dev.ascctl.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test that asks for a {@link SandboxFixture} parameter (in the test method, {@code @BeforeEach} or
 * {@code @BeforeAll}) a started sandbox on a free port and a private copy of a store, closed and deleted after
 * the test (after the class when {@code @BeforeAll} asked). Every parameter asking within one test gets the same
 * fixture. On a method it replaces the class's settings for that test. On the class it also runs the class once per
 * sandbox mode of the run ({@link SandboxModes}: plain, then variant mode, in {@code make test}).
 *
 * <pre>{@code
 * @SandboxStore
 * class DriftIT {
 *     @Test
 *     void cleanStoreHasNoDrift(SandboxFixture fixture) {
 *         var drift = fixture.run("drift", "--store", fixture.store().toString());
 * }}</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(SandboxStoreExtension.class)
@SandboxModes
public @interface SandboxStore {

    /**
     * Why this class runs against plain sandboxes only, when variant mode can change nothing it checks (e.g. it
     * sends no request); "" (the default): it runs in every mode of the run, see {@link SandboxModes}.
     */
    String plainOnly() default "";

    /** Bundle ids of the apps the sandbox's built-in seed starts with; not used when {@link #seed} is given. */
    String[] apps() default {"com.example.notes"};

    /** A sandbox seed file, relative to the project folder, instead of the built-in seed; "" for none. */
    String seed() default "";

    /** What the test's private store folder starts with. */
    Store store() default Store.EXAMPLE_METADATA;

    enum Store {
        /** An empty folder that the test fills itself. */
        EMPTY,
        /** store.yaml, each app.yaml and locales/ of examples/store: see {@link SandboxFixture#copyExampleMetadata}. */
        EXAMPLE_METADATA
    }
}

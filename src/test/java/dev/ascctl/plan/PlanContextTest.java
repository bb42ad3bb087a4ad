package dev.ascctl.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved plan remembers its store folder (relative to the plan file), endpoint and profile; nothing secret. */
class PlanContextTest {
    static final URI SANDBOX = URI.create("http://127.0.0.1:8600");

    @TempDir
    Path temp;

    @Test
    void theStoreIsRecordedRelativeToThePlanFileAndFoundFromAnywhere() {
        Path repo = temp.resolve("repo");
        PlanContext beside = PlanContext.of(repo.resolve("store"), repo.resolve("change1.plan"), SANDBOX, null);
        assertThat(beside.store()).isEqualTo("store");
        assertThat(beside.storeDir(repo.resolve("change1.plan"))).isEqualTo(repo.resolve("store"));

        PlanContext up = PlanContext.of(repo.resolve("store"), repo.resolve("plans/ci/a.plan"), SANDBOX, "sandbox");
        assertThat(up.store()).isEqualTo("../../store");
        // Moving the repository moves both: the plan still finds its store.
        Path moved = temp.resolve("elsewhere/repo");
        assertThat(up.storeDir(moved.resolve("plans/ci/a.plan"))).isEqualTo(moved.resolve("store"));

        assertThat(PlanContext.of(repo, repo.resolve("x.plan"), SANDBOX, null).store()).isEqualTo(".");
    }

    @Test
    void theContextIsSavedWithThePlanAndReadBack() throws Exception {
        Plan plan = new Plan(Plan.FORMAT_VERSION, Instant.parse("2026-01-02T03:04:05Z"), "hash",
                List.of("com.example.notes"), List.of(), List.of(), List.of(), 3, 0);
        Path file = temp.resolve("notes.plan");
        PlanContext context = PlanContext.of(temp.resolve("store"), file, SANDBOX, "sandbox");

        PlanFile.save(new SavedPlan(plan, context), file);

        SavedPlan read = PlanFile.loadSaved(file);
        assertThat(read.plan()).isEqualTo(plan);
        assertThat(read.context()).isEqualTo(context);
        assertThat(PlanFile.load(file)).isEqualTo(plan);
        String json = Files.readString(file);
        assertThat(json).contains("\"context\"").contains("\"store\" : \"store\"")
                .contains("\"endpoint\" : \"http://127.0.0.1:8600\"").doesNotContain("PRIVATE KEY");
    }

    @Test
    void aPlanFileOfAnOlderAscctlIsRefusedWithAdvice() throws Exception {
        Plan plan = new Plan(Plan.FORMAT_VERSION, Instant.parse("2026-01-02T03:04:05Z"), "hash",
                List.of("com.example.notes"), List.of(), List.of(), List.of(), 3, 0);
        Path file = temp.resolve("old.plan");
        Files.writeString(file, PlanFile.toJson(plan));

        // Not sealed either (PlanSealTest): neither shown nor applied, with the same advice.
        assertThatThrownBy(() -> PlanFile.load(file)).hasMessageContaining("ascctl plan --out old.plan");
        assertThatThrownBy(() -> PlanFile.loadSaved(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ascctl plan --out old.plan");
    }

    @Test
    void anEndpointWithUserInfoIsNeverRecorded() {
        assertThatThrownBy(() -> new PlanContext("store", URI.create("https://user:secret@api.example.com"), null))
                .hasMessageNotContaining("secret@");
    }
}

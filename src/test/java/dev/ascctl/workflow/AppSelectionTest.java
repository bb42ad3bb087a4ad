package dev.ascctl.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.plan.PlanOptions;
import dev.ascctl.resource.Address;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Attributes;
import dev.ascctl.store.LocaleSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.Policy;
import dev.ascctl.store.Store;
import dev.ascctl.store.StoreDefaults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AppSelectionTest {
    static AppSpec app(String label, String bundleId) {
        Path dir = Path.of("/store/apps/" + label);
        var locales = new TreeMap<String, LocaleSpec>();
        locales.put("en-US", new LocaleSpec("en-US", dir.resolve("locales/en-US.yaml"), Attributes.empty(),
                Attributes.empty()));
        return new AppSpec(label, dir, new Mark(dir.resolve("app.yaml"), 1, 1), bundleId, "IOS", "en-US",
                Attributes.empty(), Attributes.empty(), Attributes.empty(), Attributes.empty(), Attributes.empty(),
                locales);
    }

    static Store store(int apps) {
        List<AppSpec> list = IntStream.range(0, apps).mapToObj(i -> app("app" + i, "com.studio.app" + i)).toList();
        return new Store(Path.of("/store"), Policy.defaults(), StoreDefaults.none(), list);
    }

    private static List<String> ids(List<AppSpec> apps) {
        return apps.stream().map(AppSpec::bundleId).toList();
    }

    @Test
    void shardsSplitEveryAppIntoExactlyOnePartWhateverTheListsOrder() {
        Store store = store(80);
        List<String> seen = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            List<AppSpec> part = new AppSelection(List.of(), List.of(), new AppSelection.Shard(i, 4)).apps(store);
            assertThat(part).as("shard %d of 80 apps", i).hasSizeBetween(10, 30);
            seen.addAll(ids(part));
        }
        assertThat(seen).hasSize(80).doesNotHaveDuplicates();

        // Adding an app moves no other app to another job: the part follows the bundle id, not the position.
        List<AppSpec> more = new ArrayList<>(store.apps());
        more.add(0, app("aaa-first", "com.studio.new"));
        Store grown = new Store(store.root(), store.policy(), store.defaults(), more);
        for (int i = 1; i <= 4; i++) {
            Set<String> before = new HashSet<>(ids(new AppSelection(List.of(), List.of(),
                    new AppSelection.Shard(i, 4)).apps(store)));
            Set<String> after = new HashSet<>(ids(new AppSelection(List.of(), List.of(),
                    new AppSelection.Shard(i, 4)).apps(grown)));
            after.remove("com.studio.new");
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void globsAndLabelsAddUpAndAShardKeepsItsPartOfThem() {
        Store store = store(20);
        var byGlob = new AppSelection(List.of("com.studio.app1*"), List.of("app3"), null).apps(store);
        assertThat(ids(byGlob)).containsExactlyInAnyOrder("com.studio.app1", "com.studio.app10", "com.studio.app11",
                "com.studio.app12", "com.studio.app13", "com.studio.app14", "com.studio.app15", "com.studio.app16",
                "com.studio.app17", "com.studio.app18", "com.studio.app19", "com.studio.app3");
        var byLabelGlob = new AppSelection(List.of("app?"), List.of(), null).apps(store);
        assertThat(byLabelGlob).hasSize(10);
        var shard = new AppSelection(List.of("app?"), List.of(), new AppSelection.Shard(1, 2)).apps(store);
        assertThat(byLabelGlob).containsAll(shard);
        assertThat(shard.size()).isLessThan(10);
    }

    @Test
    void theSelectionBecomesTargetsAndAnEmptyShardPlansNothing() {
        Store store = store(3);
        assertThat(AppSelection.all().planOptions(store, List.of())).isEqualTo(PlanOptions.all());
        PlanOptions one = new AppSelection(List.of(), List.of("app1"), null).planOptions(store, List.of());
        assertThat(one.targets()).containsExactly(Address.app("com.studio.app1"));
        Address inside = Address.parse("app[com.studio.app1].ageRating");
        Address outside = Address.parse("app[com.studio.app2].ageRating");
        assertThat(new AppSelection(List.of(), List.of("app1"), null).planOptions(store, List.of(inside, outside))
                .targets()).containsExactly(inside);
        // Three apps in 16 parts: most parts hold none.
        long empty = IntStream.rangeClosed(1, 16).filter(i -> new AppSelection(List.of(), List.of(),
                new AppSelection.Shard(i, 16)).planOptions(store, List.of()) == null).count();
        assertThat(empty).isGreaterThanOrEqualTo(13);
    }

    @Test
    void typosAreRefusedNotPlannedAsNothing() {
        Store store = store(3);
        assertThatThrownBy(() -> new AppSelection(List.of(), List.of("nope"), null).apps(store))
                .hasMessageContaining("--app nope").hasMessageContaining("app0, app1, app2");
        assertThatThrownBy(() -> new AppSelection(List.of("com.other.*"), List.of(), null).apps(store))
                .hasMessageContaining("matches none");
        assertThatThrownBy(() -> AppSelection.Shard.parse("5/4")).hasMessageContaining("1 <= I <= N");
        assertThatThrownBy(() -> AppSelection.Shard.parse("two")).hasMessageContaining("e.g. 2/4");
        assertThat(AppSelection.Shard.parse(" 2/4 ")).isEqualTo(new AppSelection.Shard(2, 4));
    }
}

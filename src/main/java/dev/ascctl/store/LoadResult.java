package dev.ascctl.store;

import java.util.List;

/**
 * The outcome of loading a store: either a {@link Store} and no problems, or every problem found
 * (sorted by file, line, column) and no store.
 *
 * <pre>{@code
 * LoadResult r = StoreLoader.load(Path.of("examples/store"), ContactDefaultsInput.none());
 * if (!r.ok()) r.problems().forEach(System.err::println);
 * }</pre>
 */
public record LoadResult(Store store, List<Problem> problems) {

    public LoadResult {
        problems = problems.stream().sorted().toList();
        if ((store == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a load result has a store or problems, not both and not neither");
        }
    }

    public boolean ok() {
        return store != null;
    }
}

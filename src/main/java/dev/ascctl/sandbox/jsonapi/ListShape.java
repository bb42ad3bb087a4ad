package dev.ascctl.sandbox.jsonapi;

import java.util.List;

/**
 * How live ASC shapes the top level of a list: whether it sends {@code meta.paging}, and whether a last page says
 * {@code "next": null} or leaves {@code next} out. Apple does both in each case, per endpoint, and documents neither;
 * the rules below are what the recorded responses in {@code asc-recorded/} show (each names its recording). Every
 * other list sends {@code meta.paging {total, limit}} (most recordings do) and leaves {@code next} out of its last
 * page.
 *
 * @param meta     whether the document carries {@code meta.paging}
 * @param nullNext whether a last page carries {@code "next": null}
 */
public record ListShape(boolean meta, boolean nullNext) {
    /** The usual shape: paging meta, no {@code next} on the last page. */
    public static final ListShape USUAL = new ListShape(true, false);

    /**
     * One observed shape: a GET on {@code template}, when the query names {@code parameter} (any query when
     * {@code null}).
     */
    private record Rule(String template, String parameter, ListShape shape, String recording) {
    }

    private static final List<Rule> OBSERVED = List.of(
            new Rule("/v1/apps/{id}/appInfos", null, new ListShape(false, false), "fl_appInfos_GET_list_for_app"),
            new Rule("/v1/apps/{id}/appStoreVersions", null, new ListShape(false, false),
                    "fl_appStoreVersions_GET_list_filter_state_ready, fl_appStoreVersions_GET_list_filter_state_empty"),
            new Rule("/v1/apps", "filter[bundleId]", new ListShape(false, false), "ib_apps_GET_list_filter_bundleId"),
            new Rule("/v1/apps", null, new ListShape(true, true), "fl_apps_GET_list_include_appStoreVersions_prices"),
            new Rule("/v1/betaGroups", "include", new ListShape(false, false), "ib_betaGroups_GET_list_include_app"),
            new Rule("/v1/users", "filter[username]", new ListShape(false, false), "ib_users_GET_list_empty_no_meta"));

    /** The shape of a GET on a path template with this query: the first observed rule that fits, else the usual. */
    public static ListShape of(String template, QueryParameters query) {
        for (Rule r : OBSERVED) {
            if (r.template().equals(template) && (r.parameter() == null || query.has(r.parameter()))) {
                return r.shape();
            }
        }
        return USUAL;
    }
}

package dev.ascctl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link OpenApiConformance#checkRequest}: what passes, and each kind of problem it must report. */
class RequestConformanceTest {

    private final OpenApiConformance conformance = OpenApiConformance.instance();

    @Test
    void queryBracketsMayBeRawOrPercentEncoded() {
        assertThat(conformance.checkRequest("GET", "/v1/apps",
                "filter[bundleId]=com.example.a,com.example.b&include=appInfos,appStoreVersions&limit=200", null))
                .isEmpty();
        assertThat(conformance.checkRequest("GET", "/v1/apps",
                "filter%5BbundleId%5D=com.example.a%2Ccom.example.b&include=appInfos%2CappStoreVersions", null))
                .isEmpty();
    }

    @Test
    void unknownQueryParameterIsReportedInEitherSpelling() {
        assertThat(conformance.checkRequest("GET", "/v1/apps", "filter[colour]=red", null))
                .containsExactly("unknown query parameter 'filter[colour]' for GET /v1/apps");
        assertThat(conformance.checkRequest("GET", "/v1/apps", "filter%5Bcolour%5D=red", null))
                .containsExactly("unknown query parameter 'filter[colour]' for GET /v1/apps");
    }

    @Test
    void enumQueryValuesAreCheckedOneByOneInCommaLists() {
        assertThat(conformance.checkRequest("GET", "/v1/apps/1/appStoreVersions",
                "filter[platform]=IOS,ANDROID", null))
                .singleElement().asString()
                .startsWith("query parameter filter[platform]=IOS,ANDROID: /1: does not have a value in the enumeration");
        assertThat(conformance.checkRequest("GET", "/v1/apps/1/appStoreVersions",
                "filter[appVersionState]=PREPARE_FOR_SUBMISSION,READY_FOR_REVIEW&filter[platform]=IOS", null))
                .isEmpty();
    }

    @Test
    void limitAboveTheDeclaredMaximumAndNonNumbersAreReported() {
        assertThat(conformance.checkRequest("GET", "/v1/apps", "limit=201", null))
                .containsExactly("query parameter limit=201: $: must have a maximum value of 200");
        assertThat(conformance.checkRequest("GET", "/v1/apps", "limit=many", null))
                .containsExactly("query parameter limit=many: 'many' is not an integer");
    }

    @Test
    void cursorIsAcceptedOnPagedOperationsOnly() {
        assertThat(conformance.checkRequest("GET", "/v1/apps", "cursor=Ag&limit=2", null)).isEmpty();
        assertThat(conformance.checkRequest("GET", "/v1/apps/1", "cursor=Ag", null))
                .containsExactly("unknown query parameter 'cursor' for GET /v1/apps/{id}");
    }

    @Test
    void requiredAndRepeatedQueryParametersAreReported() {
        assertThat(conformance.checkRequest("GET", "/v1/reviewSubmissions", null, null))
                .containsExactly("missing required query parameter 'filter[app]' for GET /v1/reviewSubmissions");
        assertThat(conformance.checkRequest("GET", "/v1/apps", "include=appInfos&include=builds", null))
                .containsExactly("query parameter 'include' sent more than once"
                        + " (the spec declares comma lists: style form, explode false)");
    }

    @Test
    void requestBodyIsCheckedAgainstTheOperationsSchema() {
        String localization = "{\"data\": {\"type\": \"appStoreVersionLocalizations\", \"attributes\": {\"locale\": \"de-DE\"},"
                + " \"relationships\": {\"appStoreVersion\": {\"data\": {\"type\": \"appStoreVersions\", \"id\": \"v1\"}}}}}";
        assertThat(conformance.checkRequest("POST", "/v1/appStoreVersionLocalizations", null, localization)).isEmpty();

        // The same body sent to the version PATCH: wrong type, and no id.
        assertThat(conformance.checkRequest("PATCH", "/v1/appStoreVersions/v1", null, localization))
                .contains("request body /data: required property 'id' not found")
                .anySatisfy(p -> assertThat(p).startsWith(
                        "request body /data/type: does not have a value in the enumeration [\"appStoreVersions\"]"));
    }

    @Test
    void requestAttributeOfWrongTypeIsReportedAndNullIsAllowedOnlyWhereNullable() {
        String patch = "{\"data\": {\"type\": \"appStoreVersions\", \"id\": \"v1\", \"attributes\": {%s}}}";
        assertThat(conformance.checkRequest("PATCH", "/v1/appStoreVersions/v1", null,
                patch.formatted("\"copyright\": null, \"earliestReleaseDate\": null"))).isEmpty();
        assertThat(conformance.checkRequest("PATCH", "/v1/appStoreVersions/v1", null,
                patch.formatted("\"downloadable\": \"yes\"")))
                .containsExactly("request body /data/attributes/downloadable: string found, boolean expected");
    }

    @Test
    void bodyWhereNoneIsDeclaredOrNoneWhereOneIsRequiredIsReported() {
        assertThat(conformance.checkRequest("GET", "/v1/apps", null, "{}"))
                .containsExactly("request body sent, but GET /v1/apps declares none");
        assertThat(conformance.checkRequest("DELETE", "/v1/appStoreVersions/v1", null, "{\"data\": null}"))
                .containsExactly("request body sent, but DELETE /v1/appStoreVersions/{id} declares none");
        assertThat(conformance.checkRequest("POST", "/v1/appStoreVersionLocalizations", null, null))
                .containsExactly("request body missing; POST /v1/appStoreVersionLocalizations requires one");
        assertThat(conformance.checkRequest("POST", "/v1/appStoreVersionLocalizations", null, "{oops"))
                .singleElement().asString().startsWith("request body not JSON: ");
    }

    @Test
    void deleteOfRelationshipMembersCarriesItsDeclaredBody() {
        String testers = "{\"data\": [{\"type\": \"betaTesters\", \"id\": \"t1\"}]}";
        assertThat(conformance.checkRequest("DELETE", "/v1/betaGroups/g1/relationships/betaTesters", null, testers))
                .isEmpty();
        assertThat(conformance.checkRequest("DELETE", "/v1/betaGroups/g1/relationships/betaTesters", null,
                "{\"data\": {\"type\": \"betaTesters\", \"id\": \"t1\"}}"))
                .containsExactly("request body /data: object found, array expected");
    }

    @Test
    void unknownPathAndUndeclaredMethodAreReported() {
        assertThat(conformance.checkRequest("GET", "/v1/appz", null, null))
                .containsExactly("no operation for GET /v1/appz: the path matches no template in the spec");
        assertThat(conformance.checkRequest("DELETE", "/v1/apps/1", null, null))
                .containsExactly("no operation for DELETE /v1/apps/{id} (declared: GET, PATCH)");
    }
}
